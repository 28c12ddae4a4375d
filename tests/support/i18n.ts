/**
 * The catalogues read from disk, substituted the way browser.i18n does it, for tests that run without a browser;
 * and the pseudo-locale: every English message bracketed and lengthened by about 40%, so that a word the interface
 * shows without the catalogue (hard-coded English) stands out, and so does a layout too tight for longer words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

const ACCENTED: Record<string, string> = {
  a: 'á', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Û', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** "Snooze" -> "⟦Šñööžé·····⟧": accented, about 40% longer, bracketed; placeholders kept as they are. */
export function pseudo(message: string): string {
  const parts = message.split(/(\$[a-z0-9_@]+\$)/gi);
  const text = parts.map((part, i) => (i % 2 ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join(''))).join('');
  const letters = parts.filter((_, i) => i % 2 === 0).join('').length;
  return `${PSEUDO_OPEN}${text}${'·'.repeat(Math.ceil(letters * 0.4))}${PSEUDO_CLOSE}`;
}

export function pseudoCatalogue(): Catalogue {
  const en = readCatalogue('en');
  const out: Catalogue = {};
  for (const [key, entry] of Object.entries(en)) out[key] = key === 'locale_tag' ? entry : { ...entry, message: pseudo(entry.message) };
  return out;
}
