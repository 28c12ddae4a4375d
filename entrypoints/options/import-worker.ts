/**
 * The options page's Web Worker for "Import past mail": reads the chosen files off the main thread, for as long as it
 * takes (a page's worker lives with the page, not 30 seconds like the extension's service worker), and writes the
 * store in batches. Messages in: start (files, resume), cancel. Out: progress, then done.
 */
import { defaultModel } from '../../lib/core/classify/model/default-model';
import { fileSource } from '../../lib/import/read-mail';
import { runImport, type ImportProgress } from '../../lib/import/run-import';
import { openQuietDb, quietImportSink, type CallbackDb } from '../../lib/store';

export type ImportRequest = { type: 'start'; files: File[]; resume: boolean; thorough: boolean } | { type: 'cancel' };
export type ImportReport = { type: 'progress'; file: number; files: number; progress: ImportProgress } | { type: 'finished'; results: ImportProgress[] };

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
    const progress = await runImport(fileSource(file), sink, {
      now: () => new Date(),
      model: defaultModel(),
      signal,
      resume: request.resume,
      thorough: request.thorough,
      onProgress: (p) => postMessage({ type: 'progress', file: i + 1, files: request.files.length, progress: p } satisfies ImportReport),
    });
    results.push(progress);
  }
  postMessage({ type: 'finished', results } satisfies ImportReport);
};
