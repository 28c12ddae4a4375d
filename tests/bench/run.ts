/** `npm run bench [filter]`: runs every tests/bench/*.bench.ts (or those whose name contains the filter). */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

const format = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : n.toPrecision(3));
let missed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
  console.log(`\n${file.replace('.bench.ts', '')}`);
  let rows: BenchRow[];
  try {
    rows = await mod.default();
  } catch (error) {
    console.log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
    missed++;
    continue;
  }
  for (const row of rows) {
    const mark = row.met === undefined ? ' ' : row.met ? '✓' : '✗';
    if (row.met === false) missed++;
    console.log(`  ${mark} ${row.name.padEnd(58)} ${format(row.value).padStart(12)} ${row.unit}${row.aim ? `  (aim ${row.aim})` : ''}`);
  }
}
console.log(`\n${files.length} benchmark files, ${missed} aims missed`);
