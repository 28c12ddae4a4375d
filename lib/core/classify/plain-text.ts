/**
 * Turning an email into text the engine can read: the plain body (or the HTML read as text when the host gave no
 * plain body), capped so a hostile 1 MB message costs the same as a long ordinary one.
 */
import type { Email } from '../email';

/** Classification reads the subject and the start of the body: the deciding sentences come first in job mail. */
export const CLASSIFY_BODY_CAP = 3_000;
/** Extraction reads further (signatures, interview details, links) but never the whole of a huge message. */
export const EXTRACT_BODY_CAP = 64 * 1024;
/** HTML is read up to this many characters before its tags are dropped. */
const HTML_CAP = 256 * 1024;

/** The message body as text, at most `cap` characters. Never throws. */
export function bodyText(email: Pick<Email, 'body' | 'html'>, cap: number): string {
  if (email === null || typeof email !== 'object') return '';
  const body = typeof email.body === 'string' ? email.body : '';
  if (/\S/.test(body)) return body.length > cap ? body.slice(0, cap) : body;
  const html = typeof email.html === 'string' ? email.html : '';
  if (html === '') return '';
  const text = htmlToText(html.length > HTML_CAP ? html.slice(0, HTML_CAP) : html);
  return text.length > cap ? text.slice(0, cap) : text;
}

const SCRIPT_END = /<\/script/gi;
const STYLE_END = /<\/style/gi;

/**
 * Drops tags, script and style content and decodes the common entities. A single left-to-right pass (no regex over
 * tags) so that an unterminated `<` cannot make it quadratic; each character is read a bounded number of times.
 * The result is only ever read as text.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) out.push(html.slice(i, lt));
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break;
    const tag = html.slice(lt + 1, Math.min(gt, lt + 12)).toLowerCase();
    if (tag.startsWith('script') || tag.startsWith('style')) {
      // Search on from here, case-insensitively: lower-casing the whole document once per tag made this quadratic.
      const closing = tag.startsWith('script') ? SCRIPT_END : STYLE_END;
      closing.lastIndex = gt;
      const close = closing.exec(html);
      i = close ? close.index : n;
      continue;
    }
    if (/^\/?(p|div|br|tr|li|h\d|table)\b/.test(tag)) out.push('\n');
    i = gt + 1;
  }
  return decodeEntities(out.join(''));
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
};

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}
