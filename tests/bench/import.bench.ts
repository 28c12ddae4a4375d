/**
 * Import of past mail, Node side (the CLI's reader and the same core): a Takeout-like mbox generated into /tmp
 * (CALLBACK_IMPORT_BENCH_MB, default 1024), read once for the file-read alone (the limit), then imported end to end
 * with the triage, detect and a fake-indexeddb store. Reports MB/s of each, their ratio, peak RSS and messages/s.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { defaultModel } from '../../lib/core/classify/model/default-model';
import { pathSource } from '../../lib/cli/read-mail-files';
import { runImport } from '../../lib/import/run-import';
import { dexieImportSink, openDb } from '../../lib/store';
import { generateMailbox } from '../support/mailbox-gen';
import type { Bench } from './harness';

const bench: Bench = async () => {
  const mb = Number(process.env.CALLBACK_IMPORT_BENCH_MB ?? 1024);
  const path = join(tmpdir(), `callback-bench-${process.pid}.mbox`);
  const out = createWriteStream(path);
  let pending = '';
  const summary = generateMailbox({ bytes: mb * 1024 * 1024, seed: 3 }, (t) => {
    pending += t;
    if (pending.length > 1 << 20) {
      out.write(pending);
      pending = '';
    }
  });
  out.write(pending);
  await new Promise<void>((r) => out.end(r));
  const size = statSync(path).size;
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    let t = performance.now();
    for await (const _ of createReadStream(path, { highWaterMark: 1 << 20 })) void _;
    const readMBs = size / (1 << 20) / ((performance.now() - t) / 1000);
    const db = openDb('bench-import', { indexedDB: new IDBFactory(), IDBKeyRange });
    t = performance.now();
    const result = await runImport(pathSource(path, size), dexieImportSink(db, () => new Date()), { now: () => new Date(), model: defaultModel() });
    const seconds = (performance.now() - t) / 1000;
    const endMBs = size / (1 << 20) / seconds;
    const per100k = (seconds / result.counts.messages) * 100_000;
    return [
      { name: `file read alone, ${Math.round(size / (1 << 20))} MB`, value: readMBs, unit: 'MB/s' },
      { name: `import end to end (${summary.messages.toLocaleString('en')} messages)`, value: endMBs, unit: 'MB/s', aim: '>= 50 MB/s', met: endMBs >= 50 },
      { name: 'end to end / file read', value: endMBs / readMBs, unit: 'ratio' },
      { name: '100,000 messages at this rate', value: per100k, unit: 's', aim: '< 120 s', met: per100k < 120 },
      { name: 'peak memory (RSS)', value: peak / (1 << 20), unit: 'MB', aim: '< 300 MB', met: peak < 300 * (1 << 20) },
    ];
  } finally {
    clearInterval(sample);
    rmSync(path, { force: true });
  }
};

export default bench;
