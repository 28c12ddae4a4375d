// Every unit and DOM test reads the English catalogue from disk (no browser.i18n there), with British dates.
import { setTestLocale } from './i18n';

setTestLocale('en');
