/**
 * Cuts the bodies of attachment parts out of a raw message before MIME parsing, so a 20 MB PDF is neither decoded
 * nor copied: only text, HTML and calendar parts (and the headers of every part) are kept. One pass over the lines,
 * linear in the bytes. Also says whether the multipart message ended properly (its closing boundary was seen).
 */
import { headerEnd, latin1Of } from './headers';

export interface Stripped {
  bytes: Uint8Array;
  /** Bytes left out (attachment bodies). */
  dropped: number;
  /** A multipart message whose outer closing boundary never came: cut short (or broken MIME). */
  unclosed: boolean;
  /** A text/calendar part is present (an invite). */
  calendar: boolean;
}

const BOUNDARY = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i;
const KEPT_TYPE = /^\s*(text\/|multipart\/|message\/(rfc822|delivery-status))/i;

function boundaryOf(headers: string, original: string): string | null {
  if (!/content-type:\s*multipart\//.test(headers)) return null;
  const m = BOUNDARY.exec(original);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function keepBody(headers: string): boolean {
  const type = /content-type:\s*([^;\r\n]*)/.exec(headers)?.[1] ?? 'text/plain';
  if (/content-disposition:\s*attachment/.test(headers) && !/text\/calendar/.test(type)) return false;
  return KEPT_TYPE.test(type);
}

/**
 * `topHeaders` is the message's header block as latin1 (original case) and `bodyStart` where its body begins.
 * A message that is not multipart is returned as it is (a single non-text part has its body dropped).
 */
export function stripAttachments(bytes: Uint8Array, topHeaders: string, bodyStart: number): Stripped {
  const lower = topHeaders.replace(/\r?\n[ \t]+/g, ' ').toLowerCase();
  const calendarTop = lower.includes('text/calendar');
  const top = boundaryOf(lower, topHeaders.replace(/\r?\n[ \t]+/g, ' '));
  if (!top) {
    if (keepBody(lower)) return { bytes, dropped: 0, unclosed: false, calendar: calendarTop };
    return { bytes: bytes.subarray(0, bodyStart), dropped: bytes.length - bodyStart, unclosed: false, calendar: false };
  }
  const boundaries = new Set([top]);
  const ranges: Array<[number, number]> = [];
  let keepFrom = 0;
  let dropped = 0;
  let calendar = calendarTop;
  let closed = false;
  let pos = bodyStart;
  let dropping = false;
  const n = bytes.length;
  while (pos < n) {
    if (dropping && pos > 0) {
      // Inside a dropped body (base64 has no "-"): jump to the next line that starts with "-", a boundary's first byte.
      let dash = bytes.indexOf(0x2d, pos);
      while (dash > 0 && bytes[dash - 1] !== 0x0a) dash = bytes.indexOf(0x2d, dash + 1);
      const to = dash < 0 ? n : dash;
      dropped += to - pos;
      pos = to;
      if (pos >= n) break;
    }
    let nl = bytes.indexOf(0x0a, pos);
    if (nl < 0) nl = n;
    // A boundary line: "--" + boundary (+ "--" to close), possibly with trailing space.
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d && nl - pos <= 210) {
      const line = latin1Of(bytes, pos + 2, nl).trimEnd();
      const closing = line.endsWith('--') && boundaries.has(line.slice(0, -2));
      if (closing || boundaries.has(line)) {
        if (dropping) {
          keepFrom = pos;
          dropping = false;
        }
        if (closing && line.slice(0, -2) === top) closed = true;
        if (!closing) {
          // The part's headers: keep them, decide on its body.
          const start = nl + 1;
          const end = headerEnd(bytes, start, Math.min(n, start + 64 * 1024));
          const headersEnd = end < 0 ? n : end;
          const original = latin1Of(bytes, start, headersEnd);
          const headers = original.replace(/\r?\n[ \t]+/g, ' ').toLowerCase();
          const inner = boundaryOf(headers, original.replace(/\r?\n[ \t]+/g, ' '));
          if (inner) boundaries.add(inner);
          if (headers.includes('text/calendar')) calendar = true;
          if (!keepBody(headers)) {
            ranges.push([keepFrom, headersEnd]);
            dropping = true;
          }
          pos = headersEnd;
          continue;
        }
      }
    }
    if (dropping) dropped += nl + 1 - pos;
    pos = nl + 1;
  }
  if (!dropping) ranges.push([keepFrom, n]);
  if (ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === n) return { bytes, dropped: 0, unclosed: !closed, calendar };
  let size = 0;
  for (const [a, b] of ranges) size += b - a;
  const out = new Uint8Array(size);
  let at = 0;
  for (const [a, b] of ranges) {
    out.set(bytes.subarray(a, b), at);
    at += b - a;
  }
  return { bytes: out, dropped, unclosed: !closed, calendar };
}
