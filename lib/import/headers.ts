/**
 * The header block of a raw message, read cheaply before any MIME parsing: what Takeout says about the message
 * (Gmail's labels and thread id), its Message-ID and Date, and where the body starts. Bytes are read as latin1
 * (one character per byte), so offsets in the text are offsets in the bytes.
 */

/** Longest header block read; a message whose headers run longer is parsed as it is by postal-mime. */
const HEADER_CAP = 256 * 1024;

export interface HeaderBlock {
  /** Lower-case name to the unfolded values, in order. */
  fields: Map<string, string[]>;
  /** Byte offset where the body starts (after the blank line); the message's length when there is no body. */
  bodyStart: number;
  /** True when a blank line ended the headers (a message cut inside its headers has none). */
  complete: boolean;
  /** The header block as latin1 text, as written (folded lines and all). */
  text: string;
}

export function latin1Of(bytes: Uint8Array, from = 0, to = bytes.length): string {
  let out = '';
  const STEP = 8192;
  for (let i = from; i < to; i += STEP) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(to, i + STEP)) as unknown as number[]);
  }
  return out;
}

/** Offset of the blank line's end that closes the headers starting at `from`, or -1. */
export function headerEnd(bytes: Uint8Array, from = 0, limit = bytes.length): number {
  let pos = from;
  // A message that starts with a blank line has no headers.
  if (bytes[pos] === 0x0a) return pos + 1;
  if (bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a) return pos + 2;
  for (;;) {
    const nl = bytes.indexOf(0x0a, pos);
    if (nl < 0 || nl >= limit) return -1;
    const next = bytes[nl + 1];
    if (next === 0x0a) return nl + 2;
    if (next === 0x0d && bytes[nl + 2] === 0x0a) return nl + 3;
    pos = nl + 1;
  }
}

export function readHeaders(bytes: Uint8Array): HeaderBlock {
  const limit = Math.min(bytes.length, HEADER_CAP);
  const end = headerEnd(bytes, 0, limit);
  const complete = end >= 0;
  const text = latin1Of(bytes, 0, complete ? end : limit);
  const fields = new Map<string, string[]>();
  let name = '';
  let value = '';
  const flush = () => {
    if (!name) return;
    const key = name.toLowerCase();
    const list = fields.get(key);
    const v = value.trim();
    if (list) list.push(v);
    else fields.set(key, [v]);
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\t') {
      if (name) value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    flush();
    if (colon <= 0 || colon > 76) {
      name = '';
      value = '';
      continue;
    }
    name = line.slice(0, colon).trim();
    value = line.slice(colon + 1);
  }
  flush();
  return { fields, bodyStart: complete ? end : bytes.length, complete, text };
}

export function header(block: HeaderBlock, name: string): string | null {
  return block.fields.get(name)?.[0] ?? null;
}

/** True when the first line of `bytes` reads as a mail header ("Name: value"), as an .eml file starts. */
export function looksLikeHeader(bytes: Uint8Array): boolean {
  const nl = bytes.indexOf(0x0a);
  const line = latin1Of(bytes, 0, nl < 0 ? Math.min(bytes.length, 1000) : Math.min(nl, 1000));
  return /^[!-9;-~]{1,76}:/.test(line);
}

/** Gmail's labels on a Takeout message (`X-Gmail-Labels: Inbox,Important,"Job, search"`), as written. */
export function gmailLabels(block: HeaderBlock): string[] {
  const raw = header(block, 'x-gmail-labels');
  if (!raw) return [];
  const out: string[] = [];
  for (const m of raw.matchAll(/"((?:[^"\\]|\\.)*)"|([^,]+)/g)) {
    const label = (m[1] ?? m[2] ?? '').trim();
    if (label) out.push(label);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

/**
 * A header value read as latin1 (one character per byte), as the user sees it: raw 8-bit bytes (RFC 6532 UTF-8
 * headers, as many mailers write them) are read as UTF-8 before encoded words (=?charset?...?=) are decoded.
 */
export function headerText(value: string, decodeWords: (text: string) => string): string {
  let text = value;
  if (/[\x80-\xff]/.test(value)) {
    const bytes = new Uint8Array(value.length);
    for (let i = 0; i < value.length; i++) bytes[i] = value.charCodeAt(i) & 0xff;
    text = utf8.decode(bytes);
  }
  return text.includes('=?') ? decodeWords(text) : text;
}

/** The address of a From header ("Name <a@b>" or a bare address), lower case; '' when none. */
export function addressOf(value: string | null): string {
  if (!value) return '';
  const angle = /<([^<>\s]{1,320})>/.exec(value);
  const bare = angle ? angle[1]! : /[^\s<>"(),;:]{1,200}@[^\s<>"(),;:]{1,200}/.exec(value)?.[0] ?? '';
  return bare.toLowerCase();
}
