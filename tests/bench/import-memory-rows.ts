/** The import benches' memory rows: the renderer's peak resident memory (the aim) and what it held, and the JS heaps. */
import type { BenchRow } from './harness';
import type { MemoryPeaks } from './renderer-memory';

const mb = (n: number) => Math.round(n);

export function memoryRows(prefix: string, m: MemoryPeaks): BenchRow[] {
  const p = m.peak;
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
  ];
}
