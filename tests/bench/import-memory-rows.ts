/** The import benches' memory rows: the renderer's peak resident memory (the aim) and what it held, and the JS heaps. */
import type { BenchRow } from './harness';
import type { MemoryPeaks } from './renderer-memory';

const mb = (n: number) => Math.round(n);

/** Every fifth sample, for CALLBACK_BENCH_VERBOSE: when the peak came, and what grew. */
function printTrace(prefix: string, m: MemoryPeaks): void {
  const rows = m.trace.filter((_, i) => i % 5 === 0).map((x) => `${x.s.toFixed(0)}s ${mb(x.rss)} (page ${mb(x.page)}, worker ${mb(x.worker)}/${mb(x.workerUsed)})`);
  console.log(`${prefix || 'import: '}memory over time (s, renderer RSS MB, JS heaps held/used MB):\n  ${rows.join('\n  ')}`);
}

export function memoryRows(prefix: string, m: MemoryPeaks): BenchRow[] {
  const p = m.peak;
  if (process.env.CALLBACK_BENCH_VERBOSE) printTrace(prefix, m);
  return [
    {
      name: `${prefix}peak memory of the page and its worker (renderer RSS)`,
      value: p.rss,
      unit: `MB (before: ${mb(m.before.rss)}; at the peak ${mb(p.anon)} anonymous + ${mb(p.file)} program code + ${mb(p.shmem)} shared)`,
      aim: '< 300 MB',
      met: p.rss < 300,
    },
    { name: `${prefix}options page's JS heap at most`, value: m.page.total, unit: `MB held (${mb(m.page.used)} MB used)` },
    { name: `${prefix}import worker's JS heap at most`, value: m.worker.total, unit: `MB held (${mb(m.worker.used)} MB used; ${m.samples} samples)` },
    { name: `${prefix}load average (1 min) when the import began`, value: m.load.before, unit: `(at its end: ${m.load.after.toFixed(2)})` },
  ];
}
