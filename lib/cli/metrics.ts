/** Accuracy figures for a labelled set: confusion matrix, precision, recall and F1 per kind, macro-F1. */
import { EMAIL_KINDS, REVIEW_THRESHOLD, type EmailKind } from '../core/detection';

/** One labelled email and the classifier's answer. */
export interface Answer {
  expected: EmailKind;
  got: EmailKind;
  confidence: number;
}

export interface KindFigures {
  kind: EmailKind;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Metrics {
  total: number;
  correct: number;
  /** confusion[expected][got] */
  confusion: Record<EmailKind, Record<EmailKind, number>>;
  perKind: KindFigures[];
  macroF1: number;
  rejectionPrecision: number;
  /** Share of emails labelled `other` that were given a job kind. */
  otherAsJob: number;
}

export function computeMetrics(pairs: readonly Omit<Answer, 'confidence'>[]): Metrics {
  const confusion = Object.fromEntries(
    EMAIL_KINDS.map((e) => [e, Object.fromEntries(EMAIL_KINDS.map((g) => [g, 0]))]),
  ) as Record<EmailKind, Record<EmailKind, number>>;
  for (const { expected, got } of pairs) confusion[expected][got]++;
  const perKind = EMAIL_KINDS.map((kind): KindFigures => {
    const tp = confusion[kind][kind];
    const predicted = EMAIL_KINDS.reduce((sum, e) => sum + confusion[e][kind], 0);
    const support = EMAIL_KINDS.reduce((sum, g) => sum + confusion[kind][g], 0);
    const precision = predicted === 0 ? (support === 0 ? 1 : 0) : tp / predicted;
    const recall = support === 0 ? 1 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { kind, support, precision, recall, f1 };
  });
  const present = perKind.filter((k) => k.support > 0);
  const otherTotal = EMAIL_KINDS.reduce((sum, g) => sum + confusion.other[g], 0);
  return {
    total: pairs.length,
    correct: pairs.filter((p) => p.expected === p.got).length,
    confusion,
    perKind,
    macroF1: present.length === 0 ? 0 : present.reduce((s, k) => s + k.f1, 0) / present.length,
    rejectionPrecision: perKind.find((k) => k.kind === 'rejection')?.precision ?? 0,
    otherAsJob: otherTotal === 0 ? 0 : (otherTotal - confusion.other.other) / otherTotal,
  };
}

const SHORT: Record<EmailKind, string> = {
  application_received: 'received',
  interview_request: 'int_req',
  interview_confirmed: 'int_conf',
  assessment: 'assess',
  rejection: 'reject',
  offer: 'offer',
  other: 'other',
};

export function formatMetrics(m: Metrics): string {
  const lines: string[] = [];
  const pad = (s: string, n: number) => s.padStart(n);
  lines.push(`Confusion matrix (rows: expected, columns: classified), ${m.total} emails`);
  lines.push(`${''.padEnd(22)}${EMAIL_KINDS.map((k) => pad(SHORT[k], 9)).join('')}`);
  for (const e of EMAIL_KINDS) {
    lines.push(`${e.padEnd(22)}${EMAIL_KINDS.map((g) => pad(String(m.confusion[e][g]), 9)).join('')}`);
  }
  lines.push('');
  lines.push(`${'kind'.padEnd(22)}${pad('support', 9)}${pad('precision', 11)}${pad('recall', 9)}${pad('F1', 9)}`);
  for (const k of m.perKind) {
    lines.push(
      `${k.kind.padEnd(22)}${pad(String(k.support), 9)}${pad(k.precision.toFixed(3), 11)}${pad(k.recall.toFixed(3), 9)}${pad(k.f1.toFixed(3), 9)}`,
    );
  }
  lines.push('');
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  lines.push(`accuracy             ${(m.correct / Math.max(1, m.total)).toFixed(3)} (${m.correct}/${m.total})`);
  lines.push(`macro-F1             ${m.macroF1.toFixed(3)}   aim >= 0.92  ${mark(m.macroF1 >= 0.92)}`);
  lines.push(`rejection precision  ${m.rejectionPrecision.toFixed(3)}   aim >= 0.98  ${mark(m.rejectionPrecision >= 0.98)}`);
  lines.push(`other given a job kind ${(m.otherAsJob * 100).toFixed(1)}%  aim <= 2%    ${mark(m.otherAsJob <= 0.02)}`);
  return lines.join('\n');
}

/**
 * What the user sees: a job kind at or above REVIEW_THRESHOLD changes the timeline at once; below it, it waits in
 * the review list. So the figure that matters is how often a decided email is right, not only raw accuracy.
 */
export interface DecisionFigures {
  threshold: number;
  /** Emails classified with confidence >= threshold (any kind). */
  decided: number;
  /** Share of the decided emails whose kind is right. */
  decidedPrecision: number;
  /** Share of emails labelled `other` decided (confidence >= threshold) as a job kind: wrong entries on the timeline. */
  otherDecidedAsJob: number;
  /** Share of all emails given a job kind below the threshold: they go to the review list. */
  sentToReview: number;
}

export function computeDecisionFigures(
  pairs: readonly Answer[],
  threshold = REVIEW_THRESHOLD,
): DecisionFigures {
  const decided = pairs.filter((p) => p.confidence >= threshold);
  const others = pairs.filter((p) => p.expected === 'other');
  const review = pairs.filter((p) => p.got !== 'other' && p.confidence < threshold);
  return {
    threshold,
    decided: decided.length,
    decidedPrecision: decided.length === 0 ? 1 : decided.filter((p) => p.expected === p.got).length / decided.length,
    otherDecidedAsJob: others.length === 0 ? 0 : others.filter((p) => p.got !== 'other' && p.confidence >= threshold).length / others.length,
    sentToReview: pairs.length === 0 ? 0 : review.length / pairs.length,
  };
}

export function formatDecisionFigures(d: DecisionFigures, total: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `decided (confidence >= ${d.threshold}): ${d.decided}/${total}`,
    `decided precision    ${d.decidedPrecision.toFixed(3)}   share of decided emails that are right`,
    `other decided as job ${pct(d.otherDecidedAsJob)}   share of other emails put on the timeline as a job kind`,
    `sent to review       ${pct(d.sentToReview)}   share of emails given a job kind below the threshold`,
  ].join('\n');
}

/**
 * The figures a user feels. "Decided" is every answer that does not wait in the review list: a job kind at or above
 * the threshold, and every `other` (nobody looks at those again).
 */
export interface SilentFigures {
  decided: number;
  /** Decided and wrong, as a share of decided. */
  silentErrors: number;
  /** Job mail answered `other`: lost without a trace, as a share of job mail. */
  lostAsOther: number;
  /** Non-job mail decided as a job kind, per 1,000 non-job emails. */
  falseJobPer1000: number;
  /** Expected calibration error of the confidence (10 equal-width bins). */
  calibrationError: number;
}

export function computeSilentFigures(
  pairs: readonly Answer[],
  threshold = REVIEW_THRESHOLD,
): SilentFigures {
  const decided = pairs.filter((p) => p.got === 'other' || p.confidence >= threshold);
  const jobs = pairs.filter((p) => p.expected !== 'other');
  const others = pairs.filter((p) => p.expected === 'other');
  return {
    decided: decided.length,
    silentErrors: decided.length === 0 ? 0 : decided.filter((p) => p.expected !== p.got).length / decided.length,
    lostAsOther: jobs.length === 0 ? 0 : jobs.filter((p) => p.got === 'other').length / jobs.length,
    falseJobPer1000: others.length === 0 ? 0 : (1000 * others.filter((p) => p.got !== 'other' && p.confidence >= threshold).length) / others.length,
    calibrationError: expectedCalibrationError(pairs),
  };
}

export function expectedCalibrationError(pairs: readonly Answer[], bins = 10): number {
  if (pairs.length === 0) return 0;
  const sums = Array.from({ length: bins }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const p of pairs) {
    const c = Math.min(1, Math.max(0, p.confidence));
    const bin = sums[Math.min(bins - 1, Math.floor(c * bins))]!;
    bin.n++;
    bin.conf += c;
    bin.right += p.expected === p.got ? 1 : 0;
  }
  return sums.reduce((ece, b) => ece + (b.n === 0 ? 0 : (b.n / pairs.length) * Math.abs(b.conf / b.n - b.right / b.n)), 0);
}

export function formatSilentFigures(s: SilentFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    `silent errors        ${pct(s.silentErrors).padStart(6)}   aim <= 5%    ${mark(s.silentErrors <= 0.05)}   decided without review, and wrong (${s.decided} decided)`,
    `job mail lost as other ${pct(s.lostAsOther).padStart(6)} aim <= 3%    ${mark(s.lostAsOther <= 0.03)}`,
    `false job events     ${s.falseJobPer1000.toFixed(0).padStart(4)}     aim <= 10    ${mark(s.falseJobPer1000 <= 10)}   per 1,000 non-job emails`,
    `calibration error    ${s.calibrationError.toFixed(3)}   aim <= 0.05  ${mark(s.calibrationError <= 0.05)}`,
  ].join('\n');
}
