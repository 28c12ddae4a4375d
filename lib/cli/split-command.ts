/**
 * `npm run cli -- split <set>`: moves every fifth email of a new training set (by a hash of its id, so the choice
 * never depends on order) to `tests/fixtures/detection/tune/<set>/`, where it calibrates the model and measures it
 * but is never trained on. Run once, when the set is added. A tuning email whose text (normalised) is that of an email
 * staying in training (a set written from templates repeats itself) is left out of both: it would measure nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashFeature } from '../core/classify/model/features';
import { detectionRoot, normalisedBody } from './labelled-sets';

interface Out {
  write(text: string): void;
}

/** Is this email one of the tuning fifth? */
export function isTuning(id: string): boolean {
  return hashFeature(`split:${id}`) % 5 === 0;
}

export function runSplit(args: string[], out: Out, err: Out): number {
  const name = args[0];
  const root = detectionRoot();
  const from = name ? join(root, 'train', name, 'emails.jsonl') : '';
  if (!name || !existsSync(from)) {
    err.write(`split: give the name of a set under tests/fixtures/detection/train/ (no file at ${from || 'train/<set>/emails.jsonl'})\n`);
    return 2;
  }
  const to = join(root, 'tune', name);
  if (existsSync(join(to, 'emails.jsonl'))) {
    err.write(`split: ${to} exists already; a set is split once\n`);
    return 2;
  }
  const keep: string[] = [];
  const tune: string[] = [];
  for (const line of readFileSync(from, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let id = '';
    try {
      id = String((JSON.parse(line) as { id?: unknown }).id ?? '');
    } catch {
      err.write(`split: a line of ${from} is not JSON; nothing was moved\n`);
      return 2;
    }
    (isTuning(id) ? tune : keep).push(line);
  }
  const textOf = (line: string) => {
    const r = JSON.parse(line) as { subject?: unknown; body?: unknown };
    return normalisedBody({ subject: typeof r.subject === 'string' ? r.subject : '', body: typeof r.body === 'string' ? r.body : '' });
  };
  const trained = new Set(keep.map(textOf));
  const repeats = tune.filter((line) => trained.has(textOf(line))).length;
  if (repeats > 0) tune.splice(0, tune.length, ...tune.filter((line) => !trained.has(textOf(line))));
  mkdirSync(to, { recursive: true });
  writeFileSync(join(to, 'emails.jsonl'), `${tune.join('\n')}\n`);
  writeFileSync(
    join(to, 'README.md'),
    `# tune/${name}\n\nThe tuning fifth of \`train/${name}\` (see its README for who wrote it, the brief and the source), chosen by\n\`npm run cli -- split ${name}\`: every email whose id hashes to 0 modulo 5. It calibrates the model's confidence and\nis what \`npm run eval\` reports on; it is never trained on. ${tune.length} emails${repeats > 0 ? ` (${repeats} more repeated the text of a training email and were left out)` : ''}.\n`,
  );
  writeFileSync(from, `${keep.join('\n')}\n`);
  out.write(`split ${name}: ${keep.length} stay in train/, ${tune.length} moved to tune/${repeats > 0 ? `, ${repeats} left out (the text of a training email)` : ''}\n`);
  return 0;
}
