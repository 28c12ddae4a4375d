/**
 * `npm run train`: builds the learned model from the training sets in the repository, fits its temperature on the
 * tuning sets, writes `lib/core/classify/model/weights.json` and prints how it scores on the tuning sets.
 *   --check     train again and fail if the committed weights differ (the weights are reproducible)
 *   --compare   also score the alternatives on the tuning sets: rules alone, the model without the rules'
 *               signals, and the model reading them (the one shipped)
 *   --held-out PATTERN [--settings JSON …]
 *               leave authors out: every set whose name matches PATTERN (its training part and its tuning fifth)
 *               is kept out of training and calibration, and the pipeline is scored on it, once per settings
 *               given (merged over the defaults; none given: the defaults). Writes no weights. A set's tuning fifth
 *               shares its author with the rest of the set, so tuning figures flatter a choice that suits the
 *               authors already read; sets kept out whole measure what a new author's mail will meet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { classifyByRules } from '../core/classify/classify';
import { vectorOf } from '../core/classify/model/features';
import { decodeModel, predict, type LinearModel, type ModelFile } from '../core/classify/model/linear';
import { classify, ruleViewOf } from '../core/classify/pipeline';
import type { EmailKind } from '../core/detection';
import { withWrappedCopies } from './augment';
import { readRole, type LabelledEmail } from './labelled-sets';
import { Mailboxes } from './mailboxes';
import { threadContext } from './thread-context';
import { computeMetrics, computeSilentFigures, formatSilentFigures } from './metrics';
import { calibrated, DEFAULT_SETTINGS, toModelFile, train, type Example, type TrainSettings } from './train-model';

interface Out {
  write(text: string): void;
}

export function weightsPath(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', 'core', 'classify', 'model', 'weights.json');
}

/**
 * Kinds of the earlier messages of a thread that others wrote, as the rules read them (the background: as it read
 * them), and whether the thread speaks of a job.
 */
function threadOf(item: LabelledEmail): { earlier: EmailKind[]; threadAboutJob: boolean | undefined } {
  return threadContext(item, (e) => classifyByRules(e).kind);
}

export function examplesOf(items: readonly LabelledEmail[], withRules: boolean): Example[] {
  const knownSender = knownJobSenders(items);
  return items.map((item) => {
    const rules = classifyByRules(item.email);
    const view = withRules ? ruleViewOf(rules) : null;
    // The owner's own mail never reaches the model when classified (the pipeline calls it `other` first); it is learned
    // as mail from the owner's address, not as `f:user`, so that its words teach what a forward or a sent note looks like.
    const email = item.email.fromUser === true ? { ...item.email, fromUser: undefined } : item.email;
    return { features: vectorOf({ email, rules: view, ...threadOf(item), knownJobSender: knownSender(item) }), label: item.label };
  });
}

/**
 * Whether each email's sender wrote job mail to its mailbox before it (classify/job-senders.ts), as the labels say:
 * each set's mail is read in order and its senders learned from their labels, after the email's own flag is taken,
 * so no email learns from its own label. A wrapped copy (augment.ts) has its original's flag.
 */
function knownJobSenders(items: readonly LabelledEmail[]): (item: LabelledEmail) => boolean {
  const mailboxes = new Mailboxes();
  const flags = new Map<string, boolean>();
  const keyOf = (item: LabelledEmail) => `${item.set}\u0000${item.email.id.replace(/~wrapped$/, '')}`;
  for (const item of items) {
    const key = keyOf(item);
    if (flags.has(key)) continue;
    const senders = mailboxes.sendersOf(item.set, item.email);
    flags.set(key, senders.knows(item.email));
    if (item.email.fromUser !== true) senders.learn(item.email, item.label);
  }
  return (item) => flags.get(keyOf(item)) === true;
}

export function buildModel(trainSet: readonly LabelledEmail[], tuneSet: readonly LabelledEmail[], withRules = true): ModelFile {
  // Each training email is learned bare and wrapped in a mailbox's notices (augment.ts).
  const trained = train(examplesOf(withWrappedCopies(trainSet), withRules), DEFAULT_SETTINGS);
  const count = (items: readonly LabelledEmail[]) => {
    const byLabel: Record<string, number> = {};
    for (const i of items) byLabel[i.label] = (byLabel[i.label] ?? 0) + 1;
    return { emails: items.length, sets: [...new Set(items.map((i) => i.set))], byLabel };
  };
  const file = toModelFile(trained, { trainedOn: count(trainSet), calibratedOn: count(tuneSet), settings: DEFAULT_SETTINGS, readsRules: withRules });
  return calibrated(file, examplesOf(tuneSet, withRules));
}

export function serialise(file: ModelFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/**
 * How the shipped pipeline decides a labelled email with this model, its thread read by the rules and its owner's
 * mailbox read in order (the items of a set come in its order).
 */
function shipped(model: LinearModel): (item: LabelledEmail) => { kind: EmailKind; confidence: number } {
  const mailboxes = new Mailboxes();
  return (item) =>
    classify(item.email, { model, ...threadContext(item, (e) => classifyByRules(e).kind), hiring: mailboxes.of(item.set, item.email), jobSenders: mailboxes.sendersOf(item.set, item.email) });
}

function score(name: string, items: readonly LabelledEmail[], decide: (item: LabelledEmail) => { kind: EmailKind; confidence: number }): string {
  const pairs = items.map((item) => {
    const got = decide(item);
    return { expected: item.label, got: got.kind, confidence: got.confidence };
  });
  const m = computeMetrics(pairs);
  return `${name}\n  accuracy ${(m.correct / Math.max(1, m.total)).toFixed(3)}  macro-F1 ${m.macroF1.toFixed(3)}\n${formatSilentFigures(computeSilentFigures(pairs))
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;
}

export function runTrain(args: string[], out: Out, err: Out): number {
  const trainSet = readRole('train');
  const tuneSet = readRole('tune');
  if (trainSet.length === 0) {
    err.write('train: no training sets found under tests/fixtures/detection/train/\n');
    return 2;
  }
  const heldAt = args.indexOf('--held-out');
  if (heldAt !== -1) return runHeldOut(args, heldAt, trainSet, tuneSet, out, err);
  const file = buildModel(trainSet, tuneSet, true);
  const text = serialise(file);
  const path = weightsPath();
  if (args.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // compared below
    }
    if (committed !== text) {
      err.write(`train --check: ${path} differs from what the training data gives; run npm run train and commit it\n`);
      return 1;
    }
    out.write(`train --check: the committed weights are exactly what ${trainSet.length} training emails give\n`);
    return 0;
  }
  writeFileSync(path, text);
  const model = decodeModel(file);
  out.write(`trained on ${trainSet.length} emails (${(file.about.trainedOn as { sets: string[] }).sets.length} sets), calibrated on ${tuneSet.length}; temperature ${file.temperature}\n`);
  out.write(`wrote ${path} (${(text.length / 1024).toFixed(0)} KB)\n\n`);
  out.write(score('tuning sets, rules and model (shipped)', tuneSet, shipped(model)));
  if (args.includes('--compare')) {
    out.write(score('tuning sets, rules alone', tuneSet, (item) => classifyByRules(item.email)));
    const plain = decodeModel(buildModel(trainSet, tuneSet, false));
    out.write(
      score('tuning sets, model without the rules’ signals', tuneSet, (item) => {
        const features = vectorOf({ email: item.email, rules: null, ...threadOf(item) });
        let best: EmailKind = 'other';
        let p = -1;
        const probs = predict(plain, features).probabilities;
        for (const [k, v] of probs) if (v > p) [best, p] = [k, v];
        return { kind: best, confidence: p };
      }),
    );
  }
  return 0;
}

/** `--held-out PATTERN [--settings JSON …]`: see the header. */
function runHeldOut(args: string[], heldAt: number, trainSet: readonly LabelledEmail[], tuneSet: readonly LabelledEmail[], out: Out, err: Out): number {
  let pattern: RegExp;
  try {
    pattern = new RegExp(args[heldAt + 1] ?? '');
  } catch {
    err.write('train --held-out: PATTERN is not a regular expression\n');
    return 2;
  }
  const variants: Partial<TrainSettings>[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--settings') continue;
    try {
      variants.push(JSON.parse(args[i + 1] ?? '') as Partial<TrainSettings>);
    } catch {
      err.write(`train --held-out: --settings ${args[i + 1] ?? ''} is not JSON\n`);
      return 2;
    }
  }
  if (variants.length === 0) variants.push({});
  // A set's name is its folder's ("train/b87"): the pattern is tried on the name after the role.
  const isHeld = (item: LabelledEmail) => pattern.test(item.set.slice(item.set.indexOf('/') + 1));
  const held = [...trainSet, ...tuneSet].filter(isHeld);
  const kept = trainSet.filter((i) => !isHeld(i));
  const keptTune = tuneSet.filter((i) => !isHeld(i));
  if (held.length === 0) {
    err.write(`train --held-out: no set matches ${pattern.source}\n`);
    return 2;
  }
  const names = [...new Set(held.map((i) => i.set.slice(i.set.indexOf('/') + 1)))].sort();
  out.write(`held out ${held.length} emails (${names.join(' ')}); trained on ${kept.length}, calibrated on ${keptTune.length}\n`);
  const examples = examplesOf(withWrappedCopies(kept), true);
  const tuneExamples = examplesOf(keptTune, true);
  for (const variant of variants) {
    const settings = { ...DEFAULT_SETTINGS, ...variant };
    const file = calibrated(toModelFile(train(examples, settings), {}, settings.levels), tuneExamples);
    const model = decodeModel(file);
    const weighs = Math.round(gzipSync(JSON.stringify(file, null, 1)).length / 1024);
    out.write(score(`settings ${JSON.stringify(variant)} (weights ${weighs} KiB gzipped), on the sets held out`, held, shipped(model)));
  }
  return 0;
}
