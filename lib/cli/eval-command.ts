/** `npm run eval [path]`: classifies a labelled JSON Lines corpus and prints the accuracy figures and every miss. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMAIL_KINDS, type EmailKind } from '../core/detection';
import { detect } from '../core/detect';
import { emailFromRecord } from './input';
import { computeDecisionFigures, computeMetrics, formatDecisionFigures, formatMetrics } from './metrics';

/** The shared corpus sits beside the repository: <repo>/../shared/corpus/emails.jsonl. */
export function defaultCorpusPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', '..', 'shared', 'corpus', 'emails.jsonl');
}

interface Out {
  write(text: string): void;
}

export function runEval(args: string[], out: Out, err: Out): number {
  const path = args[0] ? resolve(args[0]) : defaultCorpusPath();
  if (!existsSync(path)) {
    err.write(`eval: corpus not found at ${path}\n(give the path of a labelled .jsonl file: npm run eval -- path/to/emails.jsonl)\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    err.write(`eval: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const pairs: { expected: EmailKind; got: EmailKind; confidence: number }[] = [];
  const misses: string[] = [];
  let skipped = 0;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      skipped++;
      return;
    }
    const label = record.label;
    const parsed = emailFromRecord(record, `line-${index + 1}`);
    if (!parsed.ok || typeof label !== 'string' || !(EMAIL_KINDS as readonly string[]).includes(label)) {
      skipped++;
      return;
    }
    const result = detect(parsed.email);
    pairs.push({ expected: label as EmailKind, got: result.kind, confidence: result.confidence });
    if (result.kind !== label) {
      const why = result.evidence.map((e) => `${e.signal} (${e.where})`).join('; ') || 'no signal';
      misses.push(`  ${parsed.email.id}  expected ${label}, got ${result.kind} ${result.confidence.toFixed(2)}  [${why}]`);
    }
  });
  const metrics = computeMetrics(pairs);
  out.write(`${path}\n\n${formatMetrics(metrics)}\n\n${formatDecisionFigures(computeDecisionFigures(pairs), metrics.total)}\n`);
  if (skipped > 0) out.write(`\n${skipped} lines skipped (not JSON, no body or no known label)\n`);
  out.write(misses.length === 0 ? '\nNo misses.\n' : `\nMisses (${misses.length}):\n${misses.join('\n')}\n`);
  return 0;
}
