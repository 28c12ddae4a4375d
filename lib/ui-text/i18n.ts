/**
 * Every word the interface shows comes from `public/_locales/<lang>/messages.json` through `t()`, over
 * `browser.i18n` (the popup, options and timeline pages, the background's notifications and badge, and the
 * in-page bar: content scripts read the same catalogue, so the bar's words cost the bundle nothing).
 *
 * Keys are typed from the English catalogue, and so are a message's placeholders: `t('bar_add_address', { name })`
 * does not compile without `name`, and a key missing from en/messages.json is a type error. A placeholder's
 * position ($1, $2, ...) follows the alphabetical order of the names (tests/unit/ui-text/catalogue.test.ts keeps
 * every catalogue so), which is how an object of values becomes browser.i18n's list.
 */
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
type Values<K extends MessageKey> = Catalogue[K] extends { placeholders: infer P } ? { [N in keyof P]: string | number } : never;
type Args<K extends MessageKey> = [Values<K>] extends [never] ? [] : [Values<K>];

/** Where messages come from: the browser, or (in tests and the pseudo-locale check) a catalogue read from disk. */
export interface MessageSource {
  message(key: string, substitutions: string[]): string;
  /** The browser's interface language, "en-GB", "de-AT" (dates, times and numbers follow it). */
  uiLanguage(): string;
}

const browserSource: MessageSource = {
  message: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions),
  uiLanguage: () => browser.i18n.getUILanguage(),
};

let source: MessageSource = browserSource;
let locale: string | null = null;

/** Tests and the pseudo-locale check read messages from elsewhere; `null` goes back to the browser's. */
export function setMessageSource(next: MessageSource | null): void {
  source = next ?? browserSource;
  locale = null;
  plainMessages.clear();
  templates.clear();
}

function values(subs: Record<string, string | number> | undefined): string[] {
  if (!subs) return [];
  return Object.keys(subs)
    .sort()
    .map((name) => String(subs[name]));
}

/**
 * Messages without placeholders, once asked: the catalogue does not change while a page lives, and each call into
 * `browser.i18n` is dear in a Firefox content script (about 13 µs through its wrappers, against under 5 in Chromium),
 * where the in-page bar asks for its words every time it is built.
 */
const plainMessages = new Map<string, string>();

/** The message in the interface's language; the key itself when no catalogue has it (a test then fails). */
export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  if (args[0] === undefined) {
    let text = plainMessages.get(key);
    if (text === undefined) {
      text = source.message(key, []) || key;
      plainMessages.set(key, text);
    }
    return text;
  }
  return filled(key, values(args[0] as Record<string, string | number> | undefined)) || key;
}

/** The first of the stand-ins `filled` asks the catalogue with (Unicode's private use: no catalogue writes them). */
const STAND_IN = 0xe000;

/**
 * Messages with placeholders, as the catalogue wrote them, with a stand-in character where each value goes: asked
 * once per key and count of values, then filled here (the bar's words with a name or a label in them, each time a
 * bar is built, would each be a call into `browser.i18n`).
 */
const templates = new Map<string, string>();

/** The message with `subs` put where its placeholders are, as `browser.i18n` puts them: once each, as they are. */
function filled(key: string, subs: string[]): string {
  if (subs.length === 0) return source.message(key, subs);
  const id = `${key}|${subs.length}`;
  let template = templates.get(id);
  if (template === undefined) {
    const standIns: string[] = [];
    for (let i = 0; i < subs.length; i++) standIns.push(String.fromCharCode(STAND_IN + i));
    template = source.message(key, standIns);
    templates.set(id, template);
  }
  let out = '';
  let from = 0;
  for (let i = 0; i < template.length; i++) {
    const which = template.charCodeAt(i) - STAND_IN;
    if (which >= 0 && which < subs.length) {
      out += template.slice(from, i) + subs[which]!;
      from = i + 1;
    }
  }
  return from === 0 ? template : out + template.slice(from);
}

/** A message by a key built at run time (plural forms); '' when it does not exist. */
function lookup(key: string, subs: string[]): string {
  return filled(key, subs);
}

type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * "1 application", "2 applications", "1 candidature", "0 candidature": the form Intl.PluralRules picks for the
 * language, from `<base>_one`, `<base>_two`, `<base>_few`, `<base>_many`, else `<base>_other`; the number formatted
 * for the language ("1,234", "1.234", "1 234").
 */
export function plural(base: PluralKey, n: number): string {
  const lang = uiLocale();
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const count = formatNumber(n);
  return lookup(`${base}_${rules.select(n)}`, [count]) || lookup(`${base}_other`, [count]) || `${base}_other`;
}

/**
 * The language dates, times and numbers are written in: the browser's own ("en-US" and "en-GB" write times
 * differently) when the catalogue shown is in that language, else the catalogue's (a Portuguese browser reads the
 * English catalogue, so its dates are English too, not a mixture).
 */
export function uiLocale(): string {
  if (locale) return locale;
  const catalogue = lookup('locale_tag', []) || 'en';
  let ui = '';
  try {
    ui = source.uiLanguage().replace(/_/g, '-');
  } catch {
    ui = '';
  }
  let chosen = ui.toLowerCase().split('-')[0] === catalogue.toLowerCase() ? ui : catalogue;
  try {
    chosen = Intl.getCanonicalLocales(chosen)[0] ?? catalogue;
  } catch {
    chosen = catalogue;
  }
  locale = chosen;
  return chosen;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the interface's language; the formatter is made once per language and options (making one is dear). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  const lang = uiLocale();
  const key = options ? `${lang}|${JSON.stringify(options)}` : lang;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    numberFormats.set(key, format);
  }
  return format.format(n);
}
