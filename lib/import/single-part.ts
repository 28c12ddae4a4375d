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
  // A last group of two or three characters is padded (as written, "=" and all); a lone character holds no byte.
  const rest = clean.length % 4;
  const binary = atob(rest === 1 ? clean.slice(0, -1) : rest ? clean + '='.repeat(4 - rest) : clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A text part's body decoded: `html` when it is text/html. */
export interface TextBody {
  html: boolean;
  content: string;
}

/** The body of a text/plain or text/html part decoded; null when postal-mime must read it (type, flowed, encoding). */
export function decodeTextBody(body: Uint8Array, contentType: string, transferEncoding: string | null): TextBody | null {
  const kind = TYPE.exec(contentType);
  // format=flowed lines are joined by postal-mime's own reader.
  if (!kind || /format\s*=\s*"?flowed/i.test(contentType)) return null;
  const decoder = decoderFor(CHARSET.exec(contentType)?.[1] ?? 'utf-8');
  if (!decoder) return null;
  const encoding = (transferEncoding ?? '').trim().toLowerCase();
  let raw: Uint8Array;
  if (encoding === '' || encoding === '7bit' || encoding === '8bit' || encoding === 'binary') raw = body;
  else if (encoding === 'quoted-printable') raw = unQuote(body);
  else if (encoding === 'base64') raw = unBase64(body);
  else return null;
  return { html: kind[2]?.toLowerCase() === 'html', content: decoder.decode(raw) };
}

/** The message's sender and subject, from its header block, as postal-mime reads them. */
export function fromAndSubject(block: HeaderBlock): Pick<SinglePart, 'from' | 'subject'> {
  const fromValue = header(block, 'from');
  const address = fromValue ? addressParser(headerText(fromValue, (s) => s))[0] : undefined;
  const from = address && 'address' in address && address.address ? { name: address.name ?? '', address: address.address } : null;
  return { from, subject: headerText(header(block, 'subject') ?? '', decodeWords) };
}

export function readSinglePart(bytes: Uint8Array, block: HeaderBlock): SinglePart | null {
  const body = decodeTextBody(bytes.subarray(block.bodyStart), header(block, 'content-type') ?? '', header(block, 'content-transfer-encoding'));
  if (!body) return null;
  return { ...fromAndSubject(block), text: body.html ? null : body.content, html: body.html ? body.content : null };
}
