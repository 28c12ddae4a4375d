/**
 * The commonest multipart messages read without postal-mime: multipart/alternative (a text and an HTML version) and
 * multipart/mixed (a text with attachments, their bodies already cut out by strip-attachments.ts), one level deep.
 * postal-mime turns every part into a Blob and reads it back, which in a browser worker costs more than the rest of
 * the message (profiled in Chromium). The result is what postal-mime gives for the same bytes (a differential test,
 * tests/unit/import/multi-part.test.ts, holds it to that): each line ends in "\n" whatever ended it, the text parts
 * of an alternative are one entry, a part that is not text is an attachment, and where a message has only text parts
 * its HTML is the text made HTML, as postal-mime renders it. Anything else returns null and goes to postal-mime:
 * nested multiparts, attached messages, flowed text, an unknown charset or encoding, an HTML part where text is also
 * wanted, a multipart never closed.
 */
import { header, readHeaders, type HeaderBlock } from './headers';
import { decodeTextBody, fromAndSubject, type SinglePart } from './single-part';

const TOP = /^\s*multipart\/(alternative|mixed)\s*(;|$)/i;
const BOUNDARY = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i;
const NOT_LEAF = /^\s*(multipart|message)\//i;
const TEXT = /^\s*(text\/(plain|html))?\s*(;|$)/i;
const NL = 0x0a;
const CR = 0x0d;

/** Where each line of `bytes[from, to)` starts, and its end without its line break (postal-mime's lines). */
function lines(bytes: Uint8Array, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = from;
  while (at < to) {
    let nl = bytes.indexOf(NL, at);
    if (nl < 0 || nl >= to) nl = to;
    let end = nl;
    while (end > at && (bytes[end - 1] === CR || bytes[end - 1] === NL)) end--;
    out.push([at, end]);
    at = nl + 1;
  }
  return out;
}

/** The boundary lines' kind: 1 a part starts, 2 the multipart ends, 0 not a boundary (trailing blanks allowed). */
function boundaryKind(bytes: Uint8Array, start: number, end: number, marker: Uint8Array): 0 | 1 | 2 {
  const m = marker.length;
  if (end - start < m + 2 || bytes[start] !== 0x2d || bytes[start + 1] !== 0x2d) return 0;
  for (let j = 0; j < m; j++) if (bytes[start + 2 + j] !== marker[j]) return 0;
  let at = start + 2 + m;
  const closing = end - at >= 2 && bytes[at] === 0x2d && bytes[at + 1] === 0x2d;
  if (closing) at += 2;
  for (; at < end; at++) if (bytes[at] !== 0x20 && bytes[at] !== 0x09) return 0;
  return closing ? 2 : 1;
}

/** A part's lines, each ended by "\n" (postal-mime's decoders get the lines so). */
function joined(bytes: Uint8Array, parts: Array<[number, number]>): Uint8Array {
  let size = 0;
  for (const [a, b] of parts) size += b - a + 1;
  const out = new Uint8Array(size);
  let at = 0;
  for (const [a, b] of parts) {
    out.set(bytes.subarray(a, b), at);
    at += b - a;
    out[at++] = NL;
  }
  return out;
}

const ESCAPED = /[<>"'?&]/g;

/** Text made HTML as postal-mime does it (trimmed, escaped, line breaks as <br />, in a div). */
function textAsHtml(text: string): string {
  const escaped = text.trim().replace(ESCAPED, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')};`);
  return `<div>${escaped.replace(/\n/g, '<br />')}</div>`;
}

export function readMultipart(bytes: Uint8Array, block: HeaderBlock): SinglePart | null {
  const type = header(block, 'content-type') ?? '';
  const top = TOP.exec(type);
  const boundary = BOUNDARY.exec(type);
  if (!top || !boundary) return null;
  const value = boundary[1] ?? boundary[2] ?? '';
  const marker = Uint8Array.from(value, (c) => c.charCodeAt(0) & 0xff);
  if (marker.length === 0 || [...value].some((c) => c.charCodeAt(0) > 0x7f)) return null;
  const alternative = top[1]!.toLowerCase() === 'alternative';

  // The parts: the lines between one boundary and the next, until the closing one.
  const parts: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> | null = null;
  let closed = false;
  for (const line of lines(bytes, block.bodyStart, bytes.length)) {
    const kind = boundaryKind(bytes, line[0], line[1], marker);
    if (kind === 2) {
      if (current) parts.push(current);
      closed = true;
      break;
    }
    if (kind === 1) {
      if (current) parts.push(current);
      current = [];
    } else current?.push(line);
  }
  if (!closed) return null;

  // One entry per text part (mixed), or one for all of them (alternative).
  const entries: Array<{ plain?: string[]; html?: string[] }> = [];
  const shared: { plain?: string[]; html?: string[] } = {};
  for (const part of parts) {
    // Its headers: the lines up to the first blank one.
    const blank = part.findIndex(([a, b]) => a === b);
    if (blank < 0) return null;
    const headerBytes = joined(bytes, part.slice(0, blank + 1));
    const own = readHeaders(headerBytes);
    const partType = header(own, 'content-type') ?? '';
    if (NOT_LEAF.test(partType)) return null;
    const disposition = (header(own, 'content-disposition') ?? '').split(';')[0]!.trim().toLowerCase();
    if (disposition === 'attachment' || !TEXT.test(partType)) continue;
    const body = decodeTextBody(joined(bytes, part.slice(blank + 1)), partType, header(own, 'content-transfer-encoding'));
    if (!body) return null;
    const entry = alternative ? shared : {};
    const list = body.html ? (entry.html ??= []) : (entry.plain ??= []);
    list.push(body.content);
    if (!alternative) entries.push(entry);
  }
  if (alternative && (shared.plain || shared.html)) entries.push(shared);
  const hasPlain = entries.some((e) => e.plain);
  const hasHtml = entries.some((e) => e.html);
  // Text wanted from an HTML part: postal-mime's own HTML-to-text, not ours.
  if (hasPlain && entries.some((e) => !e.plain)) return null;
  const text = hasPlain ? entries.flatMap((e) => e.plain!).join('\n') : null;
  const html = hasHtml ? entries.flatMap((e) => e.html ?? e.plain!.map(textAsHtml)).join('\n') : null;
  return { ...fromAndSubject(block), text, html };
}
