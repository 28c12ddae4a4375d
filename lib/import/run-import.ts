/**
 * An import of past mail from one file: read (read-mail.ts), classify and extract with the same core as page mail
 * (detect), and hand job mail to a sink in batches with a checkpoint (the store writes both in one transaction).
 * Store-neutral: the options page's worker passes the Dexie sink, tests pass their own.
 *
 * History is history: mail the classifier is unsure of goes to the review list only when it is recent (a review
 * card for a message from last year is noise); reminders long past lapse by their own rules (core/reminders).
 */
import { REVIEW_THRESHOLD, USER_REPLY_DETECTION, type Detection } from '../core/detection';
import { classify } from '../core/classify/index';
import { detect } from '../core/detect';
import type { JobSenders } from '../core/classify/job-senders';
import type { LinearModel } from '../core/classify/model/linear';
import type { Email } from '../core/email';
import { readFailed, type ImportIssue } from './issues';
import { fileKey, readMail, type MailFileSource } from './read-mail';

/** Unsure mail older than this is not put to the user for review. */
const REVIEW_WINDOW_DAYS = 30;
const BATCH_ITEMS = 200;
/** A checkpoint at least this often (bytes), even when no job mail was found: resume loses little. */
const CHECKPOINT_BYTES = 32 * 1024 * 1024;
const PROGRESS_MS = 250;
/**
 * A worker's share of one import (the options page's, which goes on in a fresh worker): V8 lets a worker's garbage
 * grow with the work before it collects, and a heap given back whole with its worker is memory the page never holds.
 */
export const IMPORT_SEGMENT = { bytes: 256 * 1024 * 1024, messages: 5_000 };
/** Problems kept for the report (the count goes on). */
const MAX_PROBLEMS = 200;

export interface Counts {
  messages: number;
  byKind: Record<string, number>;
  byMonth: Record<string, number>;
  applications: number;
  skipped: number;
  errors: number;
}

export interface Checkpoint {
  key: string;
  fileName: string;
  size: number;
  offset: number;
  nextIndex: number;
  counts: Counts;
  status: 'running' | 'stopped' | 'done';
  startedAt: string;
  updatedAt: string;
  /**
   * Read back (ImportSink.checkpoint): the threads the triage opened before `offset` (read-mail.ts), so that a resumed
   * import reads on as if it had not stopped. Not written with the checkpoint: ImportSink.store takes them as they open.
   */
  threads?: string[];
}

/** The threads the triage opened since the last store; `fresh`: the first store of an import that did not resume. */
export interface OpenedThreads {
  opened: string[];
  fresh: boolean;
}

export interface SinkResult {
  status: string;
  newApplication?: boolean;
}

export interface ImportSink {
  checkpoint(key: string): Promise<Checkpoint | undefined>;
  /** A batch and the checkpoint after it, with the threads opened meanwhile, all or nothing. */
  store(items: Array<{ email: Email; detection: Detection }>, checkpoint: Checkpoint, threads: OpenedThreads): Promise<SinkResult[]>;
  finish(checkpoint: Checkpoint): Promise<SinkResult[]>;
  stop(key: string): Promise<void>;
}

/** A message that could not be read, or was read in part: its number, the issue's code and values, and in English. */
export type ImportProblem = { index: number } & ImportIssue;

export interface ImportProgress {
  fileName: string;
  size: number;
  bytesRead: number;
  counts: Counts;
  problems: ImportProblem[];
  mbPerSecond: number;
  secondsLeft: number | null;
  /** Where it started (a resumed import starts past 0; a segment after the first, where the first started). */
  startOffset: number;
  /** Time spent reading since startOffset (ms), a segment's predecessors' included. */
  elapsedMs: number;
  /** 'paused': a segment ended (options.segment), the checkpoint is written, the caller goes on with a fresh worker. */
  state: 'reading' | 'paused' | 'done' | 'cancelled' | 'failed';
  /** The whole file could not be read (not mail, empty): the reason, in English. */
  fileError: string | null;
  /** The same as a code, for the options page to word. */
  fileIssue: ImportIssue | null;
}

export interface ImportOptions {
  now: () => Date;
  model: LinearModel | null;
  signal?: AbortSignal;
  /** Continue from the stored checkpoint of this file, when there is one. */
  resume?: boolean;
  thorough?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Clock for rates (default performance.now). */
  clock?: () => number;
  /**
   * Stop after this many bytes or messages (whichever first), at a message's end, with the checkpoint written and the
   * state 'paused': the options page goes on in a fresh worker (resume), so that no worker's heap grows with the file.
   */
  segment?: { bytes: number; messages: number };
  /** The last progress of the segment before this one: the rate, time left and problems go on from it. */
  continues?: ImportProgress;
  /**
   * Who wrote to the mailbox about the owner's search (classify/job-senders.ts): the timeline's senders when the
   * import starts (the options page reads them from the store, which holds what earlier segments imported), and
   * learned from each job email the import finds, so that a later note with no word of hiring from the same baker or
   * garage is read as the page would read it.
   */
  jobSenders?: JobSenders;
}


function emptyCounts(): Counts {
  return { messages: 0, byKind: {}, byMonth: {}, applications: 0, skipped: 0, errors: 0 };
}

function month(email: Email): string {
  return email.date && /^\d{4}-\d{2}/.test(email.date) ? email.date.slice(0, 7) : 'undated';
}

export async function runImport(source: MailFileSource, sink: ImportSink, options: ImportOptions): Promise<ImportProgress> {
  const clock = options.clock ?? (() => performance.now());
  const key = fileKey(source);
  const previous = options.resume ? await sink.checkpoint(key) : undefined;
  const resumed = previous && previous.status !== 'done' ? previous : undefined;
  const startedAt = options.now().toISOString();
  const { threads: resumedThreads, ...resumedRow } = resumed ?? {};
  const checkpoint: Checkpoint = resumed
    ? { ...(resumedRow as Checkpoint), counts: structuredClone(resumed.counts), status: 'running' }
    : { key, fileName: source.name, size: source.size, offset: 0, nextIndex: 1, counts: emptyCounts(), status: 'running', startedAt, updatedAt: startedAt };
  const counts = checkpoint.counts;
  // A segment goes on from the one before only where that one stopped (its checkpoint, not one written since).
  const before = resumed && options.continues?.state === 'paused' && options.continues.bytesRead === resumed.offset ? options.continues : undefined;
  const progress: ImportProgress = {
    fileName: source.name,
    size: source.size,
    bytesRead: checkpoint.offset,
    counts,
    problems: before ? [...before.problems] : [],
    mbPerSecond: before?.mbPerSecond ?? 0,
    secondsLeft: before?.secondsLeft ?? null,
    startOffset: before?.startOffset ?? checkpoint.offset,
    elapsedMs: before?.elapsedMs ?? 0,
    state: 'reading',
    fileError: null,
    fileIssue: null,
  };
  const threads = new Set(resumedThreads ?? []);
  // The threads stored so far (a Set keeps its order: the newer ones are those after this many).
  let threadsStored = threads.size;
  let fresh = !resumed;
  const openedSince = (): OpenedThreads => {
    const opened: string[] = [];
    let i = 0;
    for (const thread of threads) if (i++ >= threadsStored) opened.push(thread);
    threadsStored = threads.size;
    const result = { opened, fresh };
    fresh = false;
    return result;
  };
  const segmentStart = { offset: checkpoint.offset, messages: counts.messages };
  const t0 = clock() - progress.elapsedMs;
  let lastReport = 0;
  const report = (force = false) => {
    const t = clock();
    if (!force && t - lastReport < PROGRESS_MS) return;
    lastReport = t;
    progress.elapsedMs = t - t0;
    const seconds = (t - t0) / 1000;
    const done = progress.bytesRead - progress.startOffset;
    progress.mbPerSecond = seconds > 0 ? done / (1024 * 1024) / seconds : 0;
    const rate = seconds > 0 ? done / seconds : 0;
    progress.secondsLeft = rate > 0 ? Math.max(0, (source.size - progress.bytesRead) / rate) : null;
    options.onProgress?.({ ...progress, counts: structuredClone(counts), problems: [...progress.problems] });
  };

  let batch: Array<{ email: Email; detection: Detection }> = [];
  let lastCheckpointBytes = checkpoint.offset;
  const flush = async () => {
    checkpoint.updatedAt = options.now().toISOString();
    const results = await sink.store(batch, structuredClone(checkpoint), openedSince());
    results.forEach((r, i) => {
      if (r.status !== 'added') return;
      if (r.newApplication) counts.applications++;
      if (batch[i]?.email.fromUser) counts.byKind.user_reply = (counts.byKind.user_reply ?? 0) + 1;
    });
    batch = [];
    lastCheckpointBytes = checkpoint.offset;
  };
  /** The last batch and then the checkpoint with that batch's own counts (the batch's write carries the counts before it). */
  const flushWhole = async () => {
    await flush();
    await sink.store([], structuredClone(checkpoint), openedSince());
  };
  /** This worker has read its share (or, with `part` 2, half of it). */
  const segmentEnded = (part = 1) =>
    options.segment !== undefined &&
    (checkpoint.offset - segmentStart.offset >= options.segment.bytes / part || counts.messages - segmentStart.messages >= options.segment.messages / part);
  const pause = async () => {
    await flushWhole();
    progress.bytesRead = checkpoint.offset;
    progress.state = 'paused';
    report(true);
    return progress;
  };
  // Resumed at the end of the file (paused, or closed, before its end was written): nothing is left to read.
  const atEnd = resumed !== undefined && checkpoint.offset >= source.size;

  try {
    for await (const event of atEnd ? [] : readMail(source, { startOffset: checkpoint.offset, startIndex: checkpoint.nextIndex, signal: options.signal, thorough: options.thorough, threads })) {
      if (options.signal?.aborted) break;
      if (event.type === 'file-error') {
        const { type: _type, ...issue } = event;
        progress.fileError = issue.reason;
        progress.fileIssue = issue;
        progress.state = 'failed';
        report(true);
        return progress;
      }
      if (event.type === 'bytes') {
        progress.bytesRead = event.read;
        report();
        continue;
      }
      counts.messages++;
      const outcome = event.outcome;
      if (outcome.kind === 'error') {
        counts.errors++;
        const { kind: _kind, ...issue } = outcome;
        if (progress.problems.length < MAX_PROBLEMS) progress.problems.push({ ...issue, index: event.index });
      } else if (outcome.kind === 'skipped') {
        counts.skipped++;
      } else {
        for (const w of outcome.warnings) if (progress.problems.length < MAX_PROBLEMS) progress.problems.push({ ...w, index: event.index });
        const email = outcome.email;
        if (email.fromUser) {
          if (email.threadId) batch.push({ email, detection: USER_REPLY_DETECTION });
        } else {
          const now = options.now();
          // Classified first: extraction (dates, people, company) is the dearer half of detect, and only job mail,
          // a few in a hundred of what gets this far, needs it; detect then reads those few whole.
          // One classification per email: classified again, it would read a sender memory that learned from it.
          const classification = classify(email, { model: options.model, jobSenders: options.jobSenders });
          const detection =
            classification.kind !== 'other'
              ? detect(email, { now: email.date && Number.isFinite(Date.parse(email.date)) ? new Date(email.date) : now, model: options.model, classification })
              : null;
          const recent = !email.date || now.getTime() - Date.parse(email.date) < REVIEW_WINDOW_DAYS * 86_400_000;
          if (detection && detection.kind !== 'other' && (detection.confidence >= REVIEW_THRESHOLD || recent)) {
            batch.push({ email, detection });
            counts.byKind[detection.kind] = (counts.byKind[detection.kind] ?? 0) + 1;
            const m = month(email);
            counts.byMonth[m] = (counts.byMonth[m] ?? 0) + 1;
          }
        }
      }
      checkpoint.offset = event.end;
      checkpoint.nextIndex = event.index + 1;
      if (segmentEnded() && checkpoint.offset < source.size) return await pause();
      if (batch.length >= BATCH_ITEMS || checkpoint.offset - lastCheckpointBytes >= CHECKPOINT_BYTES) await flush();
    }
    if (options.signal?.aborted) {
      // The messages read so far go in whole, with the checkpoint after the last of them; then the import stops.
      await flushWhole();
      await sink.stop(key);
      progress.state = 'cancelled';
      report(true);
      return progress;
    }
    // The end of the file (the waiting replies, tried again) in a fresh worker too, when this one has read much.
    if (segmentEnded(2)) return await pause();
    await flush();
    const replies = await sink.finish(structuredClone({ ...checkpoint, status: 'done' }));
    counts.byKind.user_reply = (counts.byKind.user_reply ?? 0) + replies.filter((r) => r.status === 'added').length;
    progress.bytesRead = source.size;
    progress.state = 'done';
    report(true);
    return progress;
  } catch (error) {
    await sink.stop(key).catch(() => undefined);
    progress.state = 'failed';
    progress.fileIssue = readFailed(error);
    progress.fileError = progress.fileIssue.reason;
    report(true);
    return progress;
  }
}
