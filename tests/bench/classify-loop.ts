/**
 * Classify alone over the detection bench's generated emails, for profiling (`node --cpu-prof`) and for comparing
 * two builds run for run: warm-up passes, then timed passes, each reported per CPU second.
 * Usage: npx tsx tests/bench/classify-loop.ts [passes]
 */
import { classify } from '../../lib/core/classify/index';
import { defaultModel } from '../../lib/core/classify/model/default-model';
import { generate } from './detection.bench';

const passes = Number(process.argv[2] ?? 3);
const emails = generate(10_000, 42);
const model = defaultModel();
for (let w = 0; w < 2; w++) for (const e of emails) classify(e, { model });
const rates: number[] = [];
for (let p = 0; p < passes; p++) {
  const cpu0 = process.cpuUsage();
  for (const e of emails) classify(e, { model });
  const cpu = process.cpuUsage(cpu0);
  rates.push(Math.round(emails.length / ((cpu.user + cpu.system) / 1e6)));
}
console.log(JSON.stringify({ perCpuSecond: rates, best: Math.max(...rates) }));
