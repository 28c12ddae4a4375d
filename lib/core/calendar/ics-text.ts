/**
 * Email text made fit for an iCalendar file (RFC 5545), and the file's lines folded. The text comes from email and
 * is hostile: control characters go (a bare CR or LF would start a new property), a lone surrogate becomes U+FFFD
 * (it has no UTF-8 form), bidi overrides go (they can make a name read backwards), and length is capped. Escaping
 * of `\ ; , newline` is ical.js's, when the value is written.
 */

/** C0 and C1 controls and DEL, except TAB and LF (handled apart), plus the bidi embeddings, overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/** At most `max` UTF-16 units, never ending inside a surrogate pair. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function clean(raw: string): string {
  return raw.replace(LINE_BREAKS, '\n').replace(LONE_SURROGATE, '\ufffd').replace(CONTROLS, '').replace(/\t/g, ' ');
}

/** One line: a name, a summary, a place. Every run of white space (line breaks included) becomes one space. */
export function cleanLine(raw: string, max = 200): string {
  // Capped first (generously) so that hostile megabytes are not cleaned in full.
  return cap(clean(cap(raw, max * 4)).replace(/\s+/g, ' ').trim(), max);
}

/** Text that may hold lines (a description): line breaks kept (at most one blank line in a row), the rest cleaned. */
export function cleanText(raw: string, max = 4000): string {
  const text = clean(cap(raw, max * 4))
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cap(text, max);
}

/** Octets of one code point in UTF-8. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded as RFC 5545 (3.1) asks: no physical line longer than 75 octets (the space that starts a
 * continuation line counts), and never a break inside a character's UTF-8 sequence.
 */
export function foldLine(line: string, limit = 75): string {
  const parts: string[] = [];
  let start = 0;
  let size = 0;
  let room = limit;
  // Whether the character before `i` is a backslash that opens an escape (`\,` `\;` `\n` `\\`): an escape stays on
  // one line (the RFC allows the break, some readers do not).
  let escaping = false;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const n = octets(codePoint);
    if (size + n > room) {
      const cut = escaping ? i - 1 : i;
      parts.push(line.slice(start, cut));
      start = cut;
      size = i - cut;
      room = limit - 1;
    }
    size += n;
    escaping = !escaping && codePoint === 0x5c;
    i += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** Lines unfolded (what ical.js wrote, folded by its own count), then folded again by `foldLine`, CRLF after each. */
export function refold(text: string): string {
  return (
    text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line) => foldLine(line))
      .join('\r\n') + '\r\n'
  );
}
