/**
 * Where one classify's time goes, per part, in microseconds per email: the detection bench's generated emails are
 * classified under the V8 profiler (in this process, after warm-up passes), and each sample is charged to the
 * first part named on its stack. Then the floor of reading the text: the rules' phrase scan and the model's
 * tokeniser over the same 3,000 characters, alternated in one process (the machine is shared: compare within a run).
 * Usage: npx tsx tests/bench/classify-parts.ts [passes]
 */
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { classify } from '../../lib/core/classify/index';
import { defaultModel } from '../../lib/core/classify/model/default-model';
import { readTokens, TokenList } from '../../lib/core/classify/model/tokens';
import { readRegion } from '../../lib/core/classify/region';
import { generate } from './detection.bench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

/**
 * Parts by the function that does them, innermost first: a sample counts for the first one on its stack. (The
 * profiler may name an inlined function by its caller: the scan is often `scanLowerCase`.)
 */
const PARTS: [part: string, functionName: string][] = [
  ['rules: phrase scan', 'scan'],
  ['rules: phrase scan', 'scanLowerCase'],
  ['rules: the rest', 'classifyByRules'],
  ['model: tokenising', 'readTokens'],
  ['model: hashing words, pairs, pieces', 'addWords'],
  ['model: shape, sender, rules, thread', 'readFeatures'],
  ['model: dot product, calibration', 'predict'],
  ['evidence: strongest features', 'strongestOf'],
  ['evidence: naming them', 'learnedEvidence'],
  ['garbage collection', '(garbage collector)'],
  ['the rest of classify', 'classify'],
];

const passes = Number(process.argv[2] ?? 3);
const emails = generate(10_000, 42);
const model = defaultModel();
for (let w = 0; w < 2; w++) for (const e of emails) classify(e, { model });

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
for (let p = 0; p < passes; p++) for (const e of emails) classify(e, { model });
const cpu = process.cpuUsage(cpu0);
const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[] } };
session.disconnect();

const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map<string, number>();
let counted = 0;
for (const sample of profile.samples) {
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const part = PARTS.find(([, fn]) => fn === byId.get(id)!.callFrame.functionName);
    if (part) {
      counts.set(part[0], (counts.get(part[0]) ?? 0) + 1);
      counted++;
      break;
    }
  }
}
const perEmail = (cpu.user + cpu.system) / (passes * emails.length);
console.log(`classify: ${perEmail.toFixed(1)} µs per email (${Math.round(1e6 / perEmail)} per CPU second), load ${loadavg()[0]!.toFixed(1)}`);
for (const part of new Set(PARTS.map(([p]) => p))) console.log(`  ${part.padEnd(38)} ${(((counts.get(part) ?? 0) / counted) * perEmail).toFixed(1).padStart(6)} µs`);

// The floor of reading the text: one character at a time, the phrase scan against the tokeniser.
const bodies = emails.slice(0, 3_000).map((e) => String(e.body).slice(0, 3_000));
const tokens = new TokenList();
const reads: Record<string, () => void> = {
  'phrase scan (rules, whole region)': () => {
    for (const b of bodies) readRegion(b, 'body');
  },
  'tokeniser (model)': () => {
    for (const b of bodies) {
      tokens.clear();
      readTokens(b, tokens);
    }
  },
};
const best: Record<string, number> = {};
for (let round = 0; round < 10; round++) {
  for (const [name, read] of Object.entries(reads)) {
    const c0 = process.cpuUsage();
    read();
    const c = process.cpuUsage(c0);
    best[name] = Math.min(best[name] ?? Infinity, (c.user + c.system) / bodies.length);
  }
}
const chars = bodies.reduce((sum, b) => sum + b.length, 0) / bodies.length;
console.log(`reading ${Math.round(chars)} characters of body (best of 10, alternated):`);
for (const [name, us] of Object.entries(best)) console.log(`  ${name.padEnd(38)} ${us.toFixed(1).padStart(6)} µs`);
