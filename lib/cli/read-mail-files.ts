/**
 * Reads .eml, .mbox and .jsonl files into Email values (Node only). Mail files go through lib/import's streaming
 * reader, the one the options page uses: any size, one message in memory at a time. JSON Lines are read whole.
 */
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import PostalMime from 'postal-mime';
import type { Email } from '../core/email';
import { readMail, type MailFileSource } from '../import/read-mail';
import { emailFromRecord, normalizeDate } from './input';

export type ReadItem = { ok: true; email: Email } | { ok: false; where: string; error: string };

/** Larger files are refused rather than read whole into memory. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

export async function emailFromRaw(raw: string, fallbackId: string): Promise<Email> {
  const parsed = await PostalMime.parse(raw);
  if (parsed.headers.length === 0) throw new Error('no mail headers found');
  const header = (key: string) => parsed.headers.find((h) => h.key === key)?.value ?? null;
  const from = parsed.from && 'address' in parsed.from && parsed.from.address ? parsed.from : null;
  return {
    id: parsed.messageId ?? fallbackId,
    source: 'import',
    subject: parsed.subject ?? '',
    from: { name: from?.name ?? '', address: (from?.address ?? '').toLowerCase() },
    date: normalizeDate(header('date') ?? parsed.date),
    body: parsed.text ?? '',
    html: parsed.html ?? null,
    raw,
  };
}

/** Splits an mbox on its "From " separator lines (a line starting "From " after a blank line or at the start). */
export function splitMbox(text: string): string[] {
  const messages: string[] = [];
  const lines = text.split(/\r?\n/);
  let current: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('From ') && (i === 0 || lines[i - 1] === '')) {
      if (current) messages.push(current.join('\n'));
      current = [];
      continue;
    }
    // mboxrd escapes body lines that start with "From ".
    if (current) current.push(/^>+From /.test(line) ? line.slice(1) : line);
  }
  if (current) messages.push(current.join('\n'));
  return messages.filter((m) => m.trim() !== '');
}

/** A file on disk as the streaming reader's source. */
export function pathSource(path: string, size: number): MailFileSource {
  return {
    name: basename(path),
    size,
    open: (start) => fileStream(path, start),
  };
}

/**
 * The file from `start` on in 1 MB chunks, read straight into a fresh buffer each (the reader may keep views of a
 * chunk until its messages are handled), without Node's stream-to-web adapter and its copies.
 */
function fileStream(path: string, start: number): ReadableStream<Uint8Array> {
  const CHUNK = 1024 * 1024;
  let handle: FileHandle | null = null;
  let at = start;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      handle ??= await open(path, 'r');
      const buffer = new Uint8Array(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, at);
      if (bytesRead === 0) {
        await handle.close();
        handle = null;
        controller.close();
        return;
      }
      at += bytesRead;
      controller.enqueue(bytesRead === CHUNK ? buffer : buffer.subarray(0, bytesRead));
    },
    async cancel() {
      await handle?.close();
      handle = null;
    },
  });
}

function cannotRead(path: string, error: unknown): ReadItem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return { ok: false, where: path, error: `cannot read: ${reason}` };
}

/**
 * The emails of a .eml or .mbox file, streamed (every message: `thorough`, no triage, as scan shows what Callback
 * sees of each), or of a .jsonl file. Problems come as items with the message's number.
 */
export async function* streamMailFile(path: string, options: { thorough?: boolean } = {}): AsyncGenerator<ReadItem> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* await readMailFile(path);
    return;
  }
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    yield cannotRead(path, error);
    return;
  }
  if (ext !== '.eml' && ext !== '.mbox' && ext !== '.mbx') {
    yield { ok: false, where: path, error: `unsupported file type "${ext || '(none)'}" (use .eml, .mbox or .jsonl)` };
    return;
  }
  try {
    for await (const event of readMail(pathSource(path, size), { thorough: options.thorough ?? true })) {
      if (event.type === 'file-error') yield { ok: false, where: path, error: `cannot parse: ${event.reason}` };
      else if (event.type === 'message') {
        const where = ext === '.eml' ? path : `${path} message ${event.index}`;
        const o = event.outcome;
        if (o.kind === 'email') yield { ok: true, email: o.email };
        else if (o.kind === 'error') yield { ok: false, where, error: o.reason.startsWith('cannot') ? o.reason : `cannot parse: ${o.reason}` };
      }
    }
  } catch (error) {
    yield cannotRead(path, error);
  }
}

export async function readMailFile(path: string): Promise<ReadItem[]> {
  const name = basename(path);
  let text: string;
  try {
    const buffer = await readFile(path);
    if (buffer.byteLength > MAX_FILE_BYTES) return [{ ok: false, where: path, error: 'file too large' }];
    text = buffer.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return [{ ok: false, where: path, error: `cannot read: ${reason}` }];
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.eml') {
    try {
      return [{ ok: true, email: await emailFromRaw(text, name) }];
    } catch (error) {
      return [{ ok: false, where: path, error: `cannot parse: ${(error as Error).message}` }];
    }
  }
  if (ext === '.mbox') {
    const messages = splitMbox(text);
    if (messages.length === 0) return [{ ok: false, where: path, error: 'cannot parse: not an mbox (no "From " separator lines)' }];
    const out: ReadItem[] = [];
    for (const [index, message] of messages.entries()) {
      try {
        out.push({ ok: true, email: await emailFromRaw(message, `${name}#${index + 1}`) });
      } catch (error) {
        out.push({ ok: false, where: `${path} message ${index + 1}`, error: `cannot parse: ${(error as Error).message}` });
      }
    }
    return out;
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    const out: ReadItem[] = [];
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        out.push({ ok: false, where: `${path}:${index + 1}`, error: 'not JSON' });
        return;
      }
      const parsed = emailFromRecord(record, `${name}:${index + 1}`);
      out.push(parsed.ok ? { ok: true, email: parsed.email } : { ok: false, where: `${path}:${index + 1}`, error: parsed.error });
    });
    return out;
  }
  return [{ ok: false, where: path, error: `unsupported file type "${ext || '(none)'}" (use .eml, .mbox or .jsonl)` }];
}
