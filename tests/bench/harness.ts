/**
 * The tiny benchmark convention of `npm run bench`: each `tests/bench/*.bench.ts` default-exports a function that
 * measures one area and returns rows. Figures are printed, never asserted: speed is measured, not tested.
 */
export interface BenchRow {
  /** What was measured, e.g. "classify, 10,000 emails". */
  name: string;
  value: number;
  unit: string;
  /** The aim from the issue, in words, e.g. ">= 20,000 emails/s". */
  aim?: string;
  /** Whether the aim was met; undefined when there is no aim. */
  met?: boolean;
}

export type Bench = () => Promise<BenchRow[]>;

/** Percentile of an array of numbers (p in 0..100), for p99 latencies. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
