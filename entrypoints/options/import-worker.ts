/**
 * The options page's Web Worker for "Import past mail": reads the chosen files off the main thread, for as long as it
 * takes (a page's worker lives with the page, not 30 seconds like the extension's service worker), and writes the
 * store in batches. Messages in: start (files, resume), cancel. Out: progress, then done, or paused at a segment's end
 * (IMPORT_SEGMENT): the page then ends this worker and starts a fresh one that resumes from the checkpoint, so that
 * no worker's heap grows with the file (useMailImport.ts).
 */
import { JobSenders } from '../../lib/core/classify/job-senders';
import { defaultModel } from '../../lib/core/classify/model/default-model';
import { fileSource } from '../../lib/import/read-mail';
import { IMPORT_SEGMENT, runImport, type ImportProgress } from '../../lib/import/run-import';
import { jobSenders, openQuietDb, quietImportSink, type CallbackDb } from '../../lib/store';

export type ImportRequest =
  | {
      type: 'start';
      files: File[];
      /** The number of files[0] among the files the user chose (1 but for a worker that goes on from another). */
      first: number;
      total: number;
      resume: boolean;
      thorough: boolean;
      /** The last progress of the worker before, paused in files[0]: this one resumes that file where it stopped. */
      continues?: ImportProgress;
    }
  | { type: 'cancel' };
export type ImportReport =
  | { type: 'progress'; file: number; files: number; progress: ImportProgress }
  | { type: 'paused'; file: number; progress: ImportProgress }
  | { type: 'finished'; results: ImportProgress[] };

let controller: AbortController | null = null;
let db: CallbackDb | null = null;

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  const signal = controller.signal;
  // A connection of its own that announces its writes to the pages once a second, not key by key (quiet-import.ts).
  db ??= openQuietDb();
  const sink = quietImportSink(db, () => new Date());
  const results: ImportProgress[] = [];
  for (const [i, file] of request.files.entries()) {
    if (signal.aborted) break;
    const number = request.first + i;
    const continues = i === 0 ? request.continues : undefined;
    const progress = await runImport(fileSource(file), sink, {
      now: () => new Date(),
      model: defaultModel(),
      signal,
      resume: continues ? true : request.resume,
      continues,
      segment: IMPORT_SEGMENT,
      thorough: request.thorough,
      // Read per file: what the files and segments before this one stored is on the timeline by now.
      jobSenders: new JobSenders(await jobSenders(db).catch(() => [])),
      onProgress: (p) => postMessage({ type: 'progress', file: number, files: request.total, progress: p } satisfies ImportReport),
    });
    if (progress.state === 'paused') {
      postMessage({ type: 'paused', file: number, progress } satisfies ImportReport);
      return;
    }
    results.push(progress);
  }
  postMessage({ type: 'finished', results } satisfies ImportReport);
};
