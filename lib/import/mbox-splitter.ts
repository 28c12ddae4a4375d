/**
 * Splits an mbox stream into messages, one chunk at a time, without holding the file: linear in the bytes, and never
 * more than one message (capped at `keepBytes`) plus one unfinished line (capped at LINE_CAP) in memory. A message
 * is emitted as a view of the chunk it lies in; one that spans chunks is gathered in a buffer of the splitter's own,
 * used again for later messages. Either way the consumer must be done with a message before the next chunk is
 * pushed, or copy it; and the splitter keeps no view of a chunk once its push returns, so the reader may fill the
 * same buffer again (chunk-reader.ts).
 *
 * A message starts at a "From " line (the envelope) at the start of the file or after a blank line, or at any "From "
 * line that looks like an envelope ("From sender Day ..."): Thunderbird and Takeout write the blank line, and a body
 * line that happens to start with "From " is escaped (">From ") by mboxrd writers. Bytes are kept as bytes: the
 * charset is the message's business (postal-mime), not the file's.
 */

import { byteSearch } from './byte-search';

/** One message cut from the file: where it sat, its bytes (the first `keepBytes`), and its whole size. */
export interface RawMessage {
  /** 1-based position in the file. */
  index: number;
  /** Byte offset of its envelope line in the file (where a resumed import starts again). */
  offset: number;
  /** Byte offset just past its last byte. */
  end: number;
  /** The envelope line ("From 1785...@xxx Wed Feb 07 ..."), without the line end; '' for a lone .eml. */
  envelope: string;
  /** The message (headers and body) up to keepBytes. */
  bytes: Uint8Array;
  /** Whole size of the message in the file (without its envelope line). */
  size: number;
  /** True when the message was longer than keepBytes and only its start was kept. */
  capped: boolean;
}

/** An unfinished line longer than this cannot be an envelope: it goes to the message as it comes. */
const LINE_CAP = 16 * 1024;
const NL = 0x0a;
const CR = 0x0d;
const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const DAY = /^From \S+ +(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /;
const findFromLine = byteSearch('\nFrom ');

function startsWithFrom(buf: Uint8Array, at: number, end: number): boolean {
  if (end - at < 5) return false;
  for (let i = 0; i < 5; i++) if (buf[at + i] !== FROM[i]) return false;
  return true;
}

function isPrefixOfFrom(buf: Uint8Array, at: number, end: number): boolean {
  for (let i = at; i < end; i++) if (buf[i] !== FROM[i - at]) return false;
  return true;
}

function latin1(buf: Uint8Array, from: number, to: number): string {
  let s = '';
  const stop = Math.min(to, from + 1000);
  for (let i = from; i < stop; i++) s += String.fromCharCode(buf[i]!);
  return s;
}

export class MboxSplitter {
  /** The current message's bytes in the current chunk (views), after those gathered from earlier chunks. */
  private parts: Uint8Array[] = [];
  private kept = 0;
  /** Bytes of the current message gathered from earlier chunks, at the start of `gather[use]`. */
  private gathered = 0;
  /**
   * Two buffers for messages that span chunks, taken in turn: a message emitted from one may still wait for its
   * consumer while the next message starts to gather in the other (both within one push).
   */
  private gather: [Uint8Array, Uint8Array] = [new Uint8Array(0), new Uint8Array(0)];
  private use: 0 | 1 = 0;
  private size = 0;
  private index = 0;
  private offset = 0;
  private envelope = '';
  private inMessage = false;
  /** Bytes of the file before the current chunk. */
  private consumed = 0;
  /** The unfinished last line of the previous chunk (at most LINE_CAP bytes), copied. */
  private carry: Uint8Array | null = null;
  /** The next chunk starts a line. */
  private lineStart = true;
  /** The last three bytes before the next chunk (the file's start reads as after a blank line). */
  private tail = new Uint8Array([NL, NL, NL]);
  /** Bytes before the first envelope that are not blank: the file is not an mbox. */
  leadingJunk = 0;

  constructor(
    private readonly keepBytes: number,
    private readonly emit: (message: RawMessage) => void,
    /** Where the file starts, when a resumed import skipped what came before (an envelope must start here). */
    startOffset = 0,
  ) {
    this.consumed = startOffset;
  }

  /** Index the next message will get (a resumed import sets it to continue the numbering). */
  set nextIndex(value: number) {
    this.index = value - 1;
  }

  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
      this.carry = null;
    }
    const base = this.consumed - (buf.length - chunk.length); // file offset of buf[0]
    this.consumed += chunk.length;
    const tail = this.tail;
    const at = (i: number) => (i >= 0 ? buf[i] : tail[3 + i]);
    // Candidates are found as "\nFrom " by a skipping search (byte-search.ts): most of the file is never looked at.
    let segment = 0;
    let search = 0;
    const n = buf.length;
    for (;;) {
      let p: number;
      if (search === 0 && this.lineStart) p = 0;
      else {
        const from = search === 0 ? 0 : search - 1;
        const q = findFromLine(buf, from, n);
        if (q < 0) {
          // Maybe "From " cut by the chunk's end: keep it for the next chunk.
          for (let c = Math.max(from + 1, n - 4); c < n; c++) if (buf[c - 1] === NL && isPrefixOfFrom(buf, c, n)) return this.keepCarry(buf, segment, c);
          break;
        }
        p = q + 1;
      }
      search = p + 1;
      if (!startsWithFrom(buf, p, n)) {
        if (n - p < 5 && isPrefixOfFrom(buf, p, n)) return this.keepCarry(buf, segment, p);
        continue;
      }
      const nl = buf.indexOf(NL, p);
      if (nl < 0) {
        if (n - p <= LINE_CAP) return this.keepCarry(buf, segment, p);
        break;
      }
      const line = latin1(buf, p, nl > p && buf[nl - 1] === CR ? nl - 1 : nl);
      const blankBefore = at(p - 1) === NL && (at(p - 2) === NL || (at(p - 2) === CR && at(p - 3) === NL));
      if (blankBefore || DAY.test(line)) {
        this.append(buf.subarray(segment, p));
        this.finish(base + p);
        this.start(base + p, line);
        segment = nl + 1;
      }
      search = nl + 1;
    }
    this.append(buf.subarray(segment, n));
    this.lineStart = buf[n - 1] === NL;
    this.saveTail(buf, n);
    this.keepOwn();
  }

  private keepCarry(buf: Uint8Array, segment: number, p: number): void {
    this.append(buf.subarray(segment, p));
    this.saveTail(buf, p);
    this.carry = buf.slice(p);
    this.lineStart = true;
    this.keepOwn();
  }

  /** The unfinished message's views of this chunk copied into its gathering buffer: no view outlives the push. */
  private keepOwn(): void {
    if (this.parts.length === 0) return;
    this.gathered = this.collect(this.gathered);
    this.parts = [];
  }

  /** Appends the parts to the gathering buffer after its first `at` bytes (growing it, keeping those); the new length. */
  private collect(at: number): number {
    let size = at;
    for (const p of this.parts) size += p.length;
    let buffer = this.gather[this.use];
    if (buffer.length < size) {
      const grown = new Uint8Array(Math.min(this.keepBytes, Math.max(size, buffer.length * 2)));
      grown.set(buffer.subarray(0, at));
      this.gather[this.use] = buffer = grown;
    }
    for (const p of this.parts) {
      buffer.set(p, at);
      at += p.length;
    }
    return at;
  }

  /** The three bytes before `end` (blank-line checks look that far back across chunks). */
  private saveTail(buf: Uint8Array, end: number): void {
    const t = new Uint8Array(3);
    for (let i = 1; i <= 3; i++) t[3 - i] = end - i >= 0 ? buf[end - i]! : this.tail[3 + end - i]!;
    this.tail = t;
  }

  /** The end of the file: the last message goes out (it may be truncated; the parser says what is missing). */
  end(): void {
    if (this.carry) {
      this.append(this.carry);
      this.carry = null;
    }
    this.finish(this.consumed);
  }

  private start(offset: number, envelope: string): void {
    this.inMessage = true;
    this.offset = offset;
    this.envelope = envelope;
    this.size = 0;
    this.parts = [];
    this.kept = 0;
    this.gathered = 0;
  }

  private append(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (!this.inMessage) {
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        if (b !== NL && b !== CR && b !== 0x20 && b !== 0x09) {
          this.leadingJunk += bytes.length - i;
          break;
        }
      }
      return;
    }
    this.size += bytes.length;
    const room = this.keepBytes - this.kept;
    if (room <= 0) return;
    // A view, not a copy: the reader hands each message on before it reads the next chunk, so a view keeps at most
    // the chunks of one message (keepBytes and a chunk) alive; a message within one chunk is never copied at all.
    const piece = bytes.length > room ? bytes.subarray(0, room) : bytes;
    this.parts.push(piece);
    this.kept += piece.length;
  }

  private finish(end: number): void {
    if (!this.inMessage) return;
    this.inMessage = false;
    let bytes: Uint8Array;
    if (this.gathered === 0 && this.parts.length <= 1) bytes = this.parts[0] ?? new Uint8Array(0);
    else {
      const length = this.collect(this.gathered);
      bytes = this.gather[this.use].subarray(0, length);
      // The next message that spans chunks gathers in the other buffer: this one waits for its consumer.
      this.use = this.use === 0 ? 1 : 0;
    }
    this.parts = [];
    this.gathered = 0;
    this.index++;
    this.emit({ index: this.index, offset: this.offset, end, envelope: this.envelope, bytes, size: this.size, capped: this.size > this.kept });
  }
}
