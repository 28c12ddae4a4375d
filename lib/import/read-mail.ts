/**
 * The one streaming reader of mail files, for the options page's worker and the CLI alike (Web Streams only: no
 * Node or browser API). A `.mbox` is split as it streams (MboxSplitter), an `.eml` is one message; each message is
 * turned into an Email (to-email.ts) before the next chunk is read into the same buffer (chunk-reader.ts), so memory
 * holds one chunk and one message.
 */
import { chunkReader } from './chunk-reader';
import { looksLikeHeader } from './headers';
import { ISSUES, notMail, type ImportIssue } from './issues';
import { MboxSplitter, type RawMessage } from './mbox-splitter';
import { messageToEmail, type ConvertOptions, type MessageOutcome } from './to-email';

/** A file to read: a browser File fits (see fileSource), and the CLI makes one from a path. */
export interface MailFileSource {
  name: string;
  size: number;
  lastModified?: number;
  /** The file's bytes from `start` on. */
  open(start: number): ReadableStream<Uint8Array>;
}

export interface ReadOptions {
  /** Bytes of one message handed to the parser; the rest is counted, not read (default 2 MB). */
  keepBytes?: number;
  /** Resume: the byte offset of a message's envelope line, and that message's number. */
  startOffset?: number;
  startIndex?: number;
  signal?: AbortSignal;
  /** Parse and classify every message: no triage (see to-email.ts). */
  thorough?: boolean;
  /**
   * Threads the triage opened (to-email.ts), filled as the file is read: pass the set the import before this point
   * ended with, so that a resumed import reads what one read from the start would.
   */
  threads?: Set<string>;
}

export type ReadEvent =
  | { type: 'message'; index: number; offset: number; end: number; size: number; outcome: MessageOutcome }
  | ({ type: 'file-error' } & ImportIssue)
  /** Bytes read so far from the file (including a resumed import's skipped start), after each chunk. */
  | { type: 'bytes'; read: number };

export const DEFAULT_KEEP_BYTES = 2 * 1024 * 1024;

/** A browser File (or Blob with a name) as a MailFileSource. */
export function fileSource(file: Blob & { name: string; lastModified?: number }): MailFileSource {
  return { name: file.name, size: file.size, lastModified: file.lastModified, open: (start) => file.slice(start).stream() };
}

/** The key a resumable import is stored under: the same file chosen again has the same name, size and date. */
export function fileKey(source: Pick<MailFileSource, 'name' | 'size' | 'lastModified'>): string {
  return `${source.name}|${source.size}|${source.lastModified ?? 0}`;
}

function describeStart(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < Math.min(bytes.length, 24); i++) {
    const b = bytes[i]!;
    text += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
  }
  return text;
}

export async function* readMail(source: MailFileSource, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const keep = options.keepBytes ?? DEFAULT_KEEP_BYTES;
  const start = Math.max(0, Math.min(options.startOffset ?? 0, source.size));
  if (source.size === 0) {
    yield { type: 'file-error', ...ISSUES.fileEmpty };
    return;
  }
  const reader = chunkReader(source.open(start));
  const queue: RawMessage[] = [];
  let splitter: MboxSplitter | null = null;
  let lone: { parts: Uint8Array[]; kept: number; size: number } | null = null;
  let read = start;
  let decided = false;
  const convert: ConvertOptions = { thorough: options.thorough ?? false, threads: options.threads ?? new Set() };
  try {
    for (;;) {
      if (options.signal?.aborted) return;
      const value = await reader.read();
      if (!value) break;
      read += value.length;
      if (!decided) {
        decided = true;
        let at = 0;
        while (at < value.length && (value[at] === 0x0a || value[at] === 0x0d || value[at] === 0x20 || value[at] === 0x09)) at++;
        const head = value.subarray(at);
        const isMbox = start > 0 || (head[0] === 0x46 && head[1] === 0x72 && head[2] === 0x6f && head[3] === 0x6d && head[4] === 0x20);
        if (isMbox) {
          splitter = new MboxSplitter(keep, (m) => queue.push(m), start);
          splitter.nextIndex = options.startIndex ?? 1;
        } else if (looksLikeHeader(head)) {
          lone = { parts: [], kept: 0, size: 0 };
        } else {
          yield { type: 'file-error', ...(head.length === 0 ? ISSUES.onlyBlank : notMail(`"${describeStart(head)}"`)) };
          return;
        }
      }
      if (splitter) splitter.push(value);
      else if (lone) {
        lone.size += value.length;
        const room = keep - lone.kept;
        if (room > 0) {
          const piece = value.length > room ? value.slice(0, room) : value.slice();
          lone.parts.push(piece);
          lone.kept += piece.length;
        }
      }
      yield { type: 'bytes', read };
      while (queue.length > 0) yield await messageEvent(queue.shift()!, source.name, convert);
    }
    if (!decided) {
      yield { type: 'file-error', ...ISSUES.fileEmpty };
      return;
    }
    if (splitter) {
      splitter.end();
      if (splitter.leadingJunk > 0 && queue.length === 0 && start === 0) {
        yield { type: 'file-error', ...ISSUES.notMbox };
        return;
      }
      while (queue.length > 0) yield await messageEvent(queue.shift()!, source.name, convert);
    } else if (lone) {
      const bytes = new Uint8Array(lone.kept);
      let at = 0;
      for (const p of lone.parts) {
        bytes.set(p, at);
        at += p.length;
      }
      yield await messageEvent({ index: 1, offset: 0, end: source.size, envelope: '', bytes, size: lone.size, capped: lone.size > lone.kept }, source.name, convert);
    }
  } finally {
    // Stopped early (cancel, an error, the consumer's return): let go of the file.
    await reader.cancel().catch(() => undefined);
  }
}

async function messageEvent(raw: RawMessage, name: string, convert: ConvertOptions): Promise<ReadEvent> {
  const outcome = await messageToEmail(raw, name, convert);
  return { type: 'message', index: raw.index, offset: raw.offset, end: raw.end, size: raw.size, outcome };
}
