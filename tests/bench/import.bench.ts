/**
 * Import of past mail, Node side (the CLI's reader and the same core): a Takeout-like mbox generated into /tmp
 * (CALLBACK_IMPORT_BENCH_MB, default 1024) by a process of its own, and deleted afterwards. The mix is a real
 * Takeout's (TAKEOUT_MIX in takeout-file.ts): most mail is not job mail, most bytes are attachments, and a job-search
 * thread every 60 messages.
 * The file is read once alone through the same source (the limit), then imported end to end with the triage, the
 * classifier and a fake-indexeddb store. Wall-clock figures depend on what else the machine runs, so the CPU time
 * of the import is reported beside them (the aim's 2 cores are shared with other work here).
 *
 * Then a mailbox of 100,000 small messages (CALLBACK_IMPORT_BENCH_MESSAGES): messages per second and the store's share.
 *
 * Last run (6 December 2026, the project's 2-core machine shared with other sessions, load average 10.5 to 10.7):
 * 1 GB, 18,389 messages, 69% set aside unread: 77.3 MB/s wall clock, 107 MB/s per CPU second, peak RSS 239 MB (the
 * round before, at load 12 to 16: 17.5 and 69.9 MB/s). 100,000 small messages: 789 messages/s wall clock (127 s),
 * 1,760 per CPU second, 86% of the wall clock in fake-indexeddb (which keeps the store in memory: RSS 320 MB).
 */
import { rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { defaultModel } from '../../lib/core/classify/model/default-model';
import { pathSource } from '../../lib/cli/read-mail-files';
import { runImport } from '../../lib/import/run-import';
import { dexieImportSink, openDb } from '../../lib/store';
import type { Bench } from './harness';
import { makeSmallMailbox, makeTakeout } from './takeout-file';

const MB = 1 << 20;

/** The import of one file into a fresh fake-indexeddb store: wall clock, CPU time, and the time spent in the store. */
async function importFile(path: string, size: number, name: string) {
  const db = openDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  const inner = dexieImportSink(db, () => new Date());
  let storeMs = 0;
  const timed = <A extends unknown[], R>(f: (...a: A) => Promise<R>) => async (...a: A) => {
    const s = performance.now();
    try {
      return await f(...a);
    } finally {
      storeMs += performance.now() - s;
    }
  };
  const sink = { ...inner, store: timed(inner.store), finish: timed(inner.finish) };
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = await runImport(pathSource(path, size), sink, { now: () => new Date(), model: defaultModel() });
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  return { result, seconds, cpuSeconds: (used.user + used.system) / 1e6, storeShare: storeMs / 1000 / seconds };
}

const bench: Bench = async () => {
  const mb = Number(process.env.CALLBACK_IMPORT_BENCH_MB ?? 1024);
  const smallCount = Number(process.env.CALLBACK_IMPORT_BENCH_MESSAGES ?? 100_000);
  const path = join(tmpdir(), `callback-bench-${process.pid}.mbox`);
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const summary = makeTakeout(path, mb);
    const size = statSync(path).size;
    const source = pathSource(path, size);
    const t = performance.now();
    const reader = source.open(0).getReader();
    for (;;) if ((await reader.read()).done) break;
    const readMBs = size / MB / ((performance.now() - t) / 1000);
    const big = await importFile(path, size, 'bench-import');
    const endMBs = size / MB / big.seconds;
    const bigPeak = peak;
    rmSync(path, { force: true });
    // Many small messages: the per-message costs (headers, triage, the classifier, the store) rather than bytes.
    const small = makeSmallMailbox(path, smallCount);
    const smallSize = statSync(path).size;
    peak = 0;
    const many = await importFile(path, smallSize, 'bench-import-small');
    const perSecond = many.result.counts.messages / many.seconds;
    const hundredK = 100_000 / perSecond;
    const load = loadavg()[0]!;
    return [
      { name: `mailbox: ${Math.round(size / MB)} MB, ${summary.messages.toLocaleString('en')} messages, ${Math.round(size / summary.messages / 1024)} KB each`, value: big.result.counts.skipped / big.result.counts.messages, unit: 'set aside unread' },
      { name: 'file read alone (same source)', value: readMBs, unit: 'MB/s' },
      { name: 'import end to end, wall clock', value: endMBs, unit: 'MB/s', aim: '>= 50 MB/s', met: endMBs >= 50 },
      { name: 'import end to end, per CPU second', value: size / MB / big.cpuSeconds, unit: 'MB/s' },
      { name: 'end to end / file read', value: endMBs / readMBs, unit: 'ratio' },
      { name: 'messages per second, wall clock', value: big.result.counts.messages / big.seconds, unit: 'messages/s' },
      { name: 'store (fake-indexeddb): share of the wall clock', value: big.storeShare, unit: 'share' },
      { name: 'peak memory (RSS)', value: bigPeak / MB, unit: 'MB', aim: '< 300 MB', met: bigPeak < 300 * MB },
      { name: `small messages: ${small.messages.toLocaleString('en')} of ${Math.round(smallSize / small.messages / 1024)} KB (${Math.round(smallSize / MB)} MB)`, value: many.result.counts.skipped / many.result.counts.messages, unit: 'set aside unread' },
      { name: 'small messages, wall clock', value: perSecond, unit: 'messages/s' },
      { name: 'small messages, per CPU second', value: many.result.counts.messages / many.cpuSeconds, unit: 'messages/s' },
      { name: '100,000 small messages, wall clock', value: hundredK, unit: 's', aim: '< 120 s', met: hundredK < 120 },
      { name: 'small messages: the store\'s share of the wall clock', value: many.storeShare, unit: 'share' },
      { name: 'small messages: peak memory (RSS)', value: peak / MB, unit: 'MB', aim: '< 300 MB', met: peak < 300 * MB },
      { name: 'load average (1 min) at the end', value: load, unit: '' },
    ];
  } finally {
    clearInterval(sample);
    rmSync(path, { force: true });
  }
};

export default bench;
