/**
 * The catalogues read from disk, substituted the way browser.i18n does it, for tests that run without a browser;
 * and the pseudo-locale: every English message bracketed and lengthened by about 40%, so that a word the interface
 * shows without the catalogue (hard-coded English) stands out, and so does a layout too tight for longer words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pseudoCatalogue as pseudoEnglish } from '../../lib/build/pseudo-locale';
import { setMessageSource, type MessageSource } from '../../lib/ui-text/i18n';

export const LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

const root = resolve(import.meta.dirname, '../../public/_locales');

export function readCatalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(resolve(root, locale, 'messages.json'), 'utf8')) as Catalogue;
}

/** browser.i18n.getMessage's substitution: named placeholders, then $1..$9, then $$ as a dollar sign. */
export function substitute(entry: CatalogueEntry | undefined, subs: string[]): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export function catalogueSource(catalogue: Catalogue, uiLanguage: string): MessageSource {
  return { message: (key, subs) => substitute(catalogue[key], subs), uiLanguage: () => uiLanguage };
}

/** Read messages from a locale's catalogue on disk (en by default, with British dates: "10:00", "3 Mar"). */
export function setTestLocale(locale: Locale | 'pseudo', uiLanguage = locale === 'en' || locale === 'pseudo' ? 'en-GB' : locale): void {
  setMessageSource(catalogueSource(locale === 'pseudo' ? pseudoCatalogue() : readCatalogue(locale), uiLanguage));
}

export { pseudo, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../lib/build/pseudo-locale';

export function pseudoCatalogue(): Catalogue {
  return pseudoEnglish(readCatalogue('en'));
}
