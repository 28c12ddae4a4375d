/**
 * The pseudo-locale: every English message accented, lengthened by about 40% and bracketed, "Snooze" ->
 * "⟦Šñööžé··⟧". A word still hard-coded in English stands out on any page, and so does a layout that breaks
 * with longer words. Used by the tests (tests/support/i18n.ts) and by a build: `CALLBACK_UI_LOCALE=pseudo npm run
 * build` ships only this catalogue, so the extension shows it whatever the browser's language.
 */
export interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const ACCENTED: Record<string, string> = {
  a: 'á', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Û', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** One message in the pseudo-locale; placeholders ($name$) and the $$ escape are kept as they are. */
export function pseudo(message: string): string {
  const parts = message.split(/(\$[a-z0-9_@]+\$|\$\$)/gi);
  const text = parts.map((part, i) => (i % 2 ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join(''))).join('');
  const letters = parts.filter((_, i) => i % 2 === 0).join('').length;
  return `${PSEUDO_OPEN}${text}${'·'.repeat(Math.ceil(letters * 0.4))}${PSEUDO_CLOSE}`;
}

/** A whole catalogue in the pseudo-locale; `locale_tag` stays "en", so dates and numbers stay English. */
export function pseudoCatalogue(english: Record<string, Message>): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const [key, entry] of Object.entries(english)) out[key] = key === 'locale_tag' ? entry : { ...entry, message: pseudo(entry.message) };
  return out;
}
