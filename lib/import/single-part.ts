/**
 * A message of one text part (most mail people write: text/plain, or text/html alone) read without postal-mime.
 * postal-mime turns every part into a Blob and reads it back, which is cheap in Node but dear in a browser worker (a
 * quarter of the worker's time, profiled in Chromium); one part is simple enough to read here: its transfer encoding
 * (7bit, 8bit, quoted-printable, base64) undone and its charset decoded with TextDecoder. Anything else (multipart,
 * an unknown encoding or charset) returns null and goes to postal-mime. The shape is the part of postal-mime's
 * result the import reads.
 */
import { addressParser, decodeWords } from 'postal-mime';
import { header, headerText, latin1Of, type HeaderBlock } from './headers';
import { unQuote } from './triage';

export interface SinglePart {
  from: { name: string; address: string } | null;
  subject: string;
  text: string | null;
  html: string | null;
}

const TYPE = /^\s*(text\/(plain|html))?\s*(;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]{1,40})"?/i;

function decoderFor(charset: string): TextDecoder | null {
  try {
    return new TextDecoder(charset);
  } catch {
    return null;
  }
}

function unBase64(bytes: Uint8Array): Uint8Array {
  const clean = latin1Of(bytes).replace(/[^A-Za-z0-9+/]/g, '');
  const binary = atob(clean.slice(0, clean.length - (clean.length % 4)));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function readSinglePart(bytes: Uint8Array, block: HeaderBlock): SinglePart | null {
  const type = header(block, 'content-type') ?? '';
  const kind = TYPE.exec(type);
  // format=flowed lines are joined by postal-mime's own reader.
  if (!kind || /format\s*=\s*"?flowed/i.test(type)) return null;
  const decoder = decoderFor(CHARSET.exec(type)?.[1] ?? 'utf-8');
  if (!decoder) return null;
  const encoding = (header(block, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const body = bytes.subarray(block.bodyStart);
  let raw: Uint8Array;
  if (encoding === '' || encoding === '7bit' || encoding === '8bit' || encoding === 'binary') raw = body;
  else if (encoding === 'quoted-printable') raw = unQuote(body);
  else if (encoding === 'base64') raw = unBase64(body);
  else return null;
  const content = decoder.decode(raw);
  const fromValue = header(block, 'from');
  const address = fromValue ? addressParser(headerText(fromValue, (s) => s))[0] : undefined;
  const from = address && 'address' in address && address.address ? { name: address.name ?? '', address: address.address } : null;
  const html = kind[2]?.toLowerCase() === 'html';
  return { from, subject: headerText(header(block, 'subject') ?? '', decodeWords), text: html ? null : content, html: html ? content : null };
}
