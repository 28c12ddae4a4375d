/**
 * Turning an email into text the engine can read: the plain body (or the HTML read as text when the host gave no
 * plain body), capped so a hostile 1 MB message costs the same as a long ordinary one.
 */
import type { Email } from '../email';
import { isWhiteSpace } from '../white-space';

/**
 * The rules read the subject and the start of the body: the deciding sentences come first in job mail (the learned
 * model reads its own head and tail, features.ts). 800 characters since the thirteenth session (1,500 until the
 * twelfth, then 1,000): retrained on the same data, with the model's tail at 150, the tuning sets scored the same
 * (96.0% against 96.0%, 19 false job events per 1,000 against 20), the long mail 98.4% both, and classify ran about 12%
 * faster (README, "What the engine reads").
 */
export const CLASSIFY_BODY_CAP = 800;
/** Extraction reads further (signatures, interview details, links) but never the whole of a huge message. */
export const EXTRACT_BODY_CAP = 64 * 1024;
/** HTML is read up to this many characters before its tags are dropped. */
const HTML_CAP = 256 * 1024;

/** The message body as text, at most `cap` characters. Never throws. */
export function bodyText(email: Pick<Email, 'body' | 'html'>, cap: number): string {
  const text = bodySource(email);
  return text.length > cap ? text.slice(0, cap) : text;
}

/**
 * The whole text `bodyText` cuts its start from: the plain body, or the HTML read as text. A reader that must stop
 * at the cap but reads faster from a whole text than from a slice of it (the phrase scan) is given both. Never throws.
 */
export function bodySource(email: Pick<Email, 'body' | 'html'>): string {
  if (email === null || typeof email !== 'object') return '';
  const body = typeof email.body === 'string' ? email.body : '';
  if (hasNonSpace(body)) return body;
  const html = typeof email.html === 'string' ? email.html : '';
  if (html === '') return '';
  return htmlToText(html.length > HTML_CAP ? html.slice(0, HTML_CAP) : html);
}

/**
 * What `/\S/.test(text)` says, by reading characters until the first that is not white space (most bodies: the
 * first). Every email asks this twice (the rules and the model), and a regular expression's call cost more than it.
 */
function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
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

/** The longest entity name read between `&` and `;` ("#x10ffff", "#1114111", "mdash"). */
const ENTITY_MAX = 8;

/**
 * `&amp;`, `&#39;`, `&#x2019;` and the named ones above, in one left-to-right pass: each `&` looks at most
 * ENTITY_MAX + 1 characters ahead for its `;`, so any text costs what its length does (a replace with a callback
 * paid a function call and two copies per entity: 40 times the time for 10 times the entities on a long email).
 */
function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = semicolonAfter(text, amp);
    const decoded = semi === -1 ? null : entityText(text, amp + 1, semi);
    if (decoded === null) {
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    out += text.slice(from, amp) + decoded;
    from = semi + 1;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

/** Where the `;` closing an entity that starts at `amp` is, or -1 when none is close enough. */
function semicolonAfter(text: string, amp: number): number {
  const limit = Math.min(text.length, amp + ENTITY_MAX + 2);
  for (let k = amp + 1; k < limit; k++) if (text.charCodeAt(k) === 0x3b) return k;
  return -1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** What the entity between `start` and `semi` stands for: its character, itself when unknown, null when not one. */
function entityText(text: string, start: number, semi: number): string | null {
  const length = semi - start;
  if (text.charCodeAt(start) === 0x23) {
    const hex = text.charCodeAt(start + 1) === 0x78 || text.charCodeAt(start + 1) === 0x58;
    const digitsFrom = hex ? start + 2 : start + 1;
    const digits = semi - digitsFrom;
    if (digits < 1 || digits > (hex ? 6 : 7)) return null;
    for (let k = digitsFrom; k < semi; k++) if (!(hex ? isHex : isDigit)(text.charCodeAt(k))) return null;
    const value = parseInt(text.slice(digitsFrom, semi), hex ? 16 : 10);
    return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : text.slice(start - 1, semi + 1);
  }
  if (length < 2 || length > ENTITY_MAX) return null;
  for (let k = start; k < semi; k++) if (!isLetter(text.charCodeAt(k))) return null;
  const name = text.slice(start, semi);
  const known = Object.hasOwn(ENTITIES, name) ? name : name.toLowerCase();
  return Object.hasOwn(ENTITIES, known) ? ENTITIES[known]! : text.slice(start - 1, semi + 1);
}
