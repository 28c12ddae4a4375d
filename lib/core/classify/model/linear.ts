/**
 * The learned model: multinomial logistic regression over hashed features (see features.ts), its weights quantised
 * to one byte each and stored sparsely (only buckets some training email used). `npm run train` writes
 * `weights.json`; `decodeModel` turns it into arrays once, `predict` reads an email's features against them.
 *
 * Probabilities are divided by a temperature fitted on the tuning set, so that "0.8" is right about eight times
 * in ten (the calibration error is reported by `npm run train` and `npm run eval`).
 */
import { EMAIL_KINDS, type EmailKind } from '../../detection';
import type { FeatureVector } from './features';

/** The file `npm run train` writes. */
export interface ModelFile {
  format: 'callback-linear-v1';
  bits: number;
  classes: EmailKind[];
  temperature: number;
  bias: number[];
  /** One scale per class: weight = int8 value × scale. */
  scale: number[];
  /** Base64 of the used buckets, ascending, as unsigned LEB128 deltas. */
  buckets: string;
  /** Base64 of int8 weights, one row of `classes.length` per used bucket. */
  values: string;
  /** What it was trained on and how it scored on the tuning set (for people, not for the code). */
  about: Record<string, unknown>;
}

export interface LinearModel {
  classes: readonly EmailKind[];
  dim: number;
  temperature: number;
  bias: Float64Array;
  scale: Float64Array;
  /**
   * Which buckets have a row: one bit per bucket (32 KB), and per word of bits the rows before it (32 KB). Rows are
   * stored in bucket order, so a bucket's row is the number of used buckets below it. Small enough to stay in the
   * processor's cache, where a bucket -> row table (1 MB) missed it on most lookups.
   */
  used: Uint32Array;
  rowsBefore: Int32Array;
  values: Int8Array;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? B64[c & 63]! : '=';
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const map = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) map[B64.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = map[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('model: bad base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** Turns the stored file into arrays, checking that its parts agree. Throws on a file that is not a model. */
export function decodeModel(file: ModelFile): LinearModel {
  if (file?.format !== 'callback-linear-v1') throw new Error('model: unknown format');
  const k = file.classes.length;
  if (!file.classes.every((c) => (EMAIL_KINDS as readonly string[]).includes(c)) || file.bias.length !== k || file.scale.length !== k) {
    throw new Error('model: classes, bias and scale disagree');
  }
  const dim = 1 << file.bits;
  const used = new Uint32Array(Math.max(1, dim >>> 5));
  const deltas = fromBase64(file.buckets);
  let bucket = 0;
  let row = 0;
  let shift = 0;
  let delta = 0;
  for (const byte of deltas) {
    delta |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    if (row > 0 && delta === 0) throw new Error('model: buckets not ascending');
    bucket += delta;
    if (bucket >= dim) throw new Error('model: bucket out of range');
    used[bucket >>> 5]! |= 1 << (bucket & 31);
    row++;
    delta = 0;
    shift = 0;
  }
  const values = new Int8Array(fromBase64(file.values).buffer.slice(0));
  if (values.length !== row * k) throw new Error('model: weights and buckets disagree');
  const rowsBefore = new Int32Array(used.length);
  for (let w = 1; w < used.length; w++) rowsBefore[w] = rowsBefore[w - 1]! + bitCount(used[w - 1]!);
  const scale = Float64Array.from(file.scale);
  return {
    classes: file.classes,
    dim,
    temperature: file.temperature > 0 ? file.temperature : 1,
    bias: Float64Array.from(file.bias),
    scale,
    used,
    rowsBefore,
    values,
  };
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The row of a bucket's weights, or -1 when no training email used it. */
export function rowOf(model: LinearModel, bucket: number): number {
  const b = bucket & (model.dim - 1);
  const bits = model.used[b >>> 5]!;
  const bit = b & 31;
  if (((bits >>> bit) & 1) === 0) return -1;
  return model.rowsBefore[b >>> 5]! + bitCount(bits & ((1 << bit) - 1));
}

/** Raw scores per class (before the temperature), for training tools and the evidence. */
export function logits(model: LinearModel, features: FeatureVector): Float64Array {
  return scoreInto(model, features, forTools, new Float64Array(model.classes.length));
}

/**
 * What the scores read of each feature, kept for the evidence that follows: its row (-1 for none), and for each
 * feature with a row, in the order read, its weights copied side by side, their mean over the classes and the
 * feature's value. The evidence then reads them in order, where looking each row up again (and waiting on memory for
 * it) cost as much as the scores themselves. One email at a time, reused for the next.
 */
class ReadRows {
  rows = new Int32Array(1024);
  /** Per feature with a row, in the order read: the mean of its weights, and its value. */
  means = new Float64Array(1024);
  valuesRead = new Float64Array(1024);
  /** The features that have a row, in order: the first `found`. */
  read = new Int32Array(1024);
  found = 0;
  /** The rows of those features, one after another (`classes` weights each). */
  weights = new Int8Array(1024 * 8);
  /** Which prediction the arrays hold. */
  owner = 0;

  fit(count: number, k: number): void {
    if (this.weights.length < count * k) this.weights = new Int8Array(count * k * 2);
    if (this.rows.length >= count) return;
    this.rows = new Int32Array(count * 2);
    this.means = new Float64Array(count * 2);
    this.valuesRead = new Float64Array(count * 2);
    this.read = new Int32Array(count * 2);
  }
}
const read = new ReadRows();
const forTools = new ReadRows();
let predictions = 0;
/** The scores of the email being predicted, and their sums before the scales: reused from one email to the next. */
let scratchScores = new Float64Array(8);
let scratchSums = new Float64Array(8);

/** The raw scores into `out` (of the classes' length), which is returned. */
function scoreInto(model: LinearModel, features: FeatureVector, keep: ReadRows, out: Float64Array): Float64Array {
  const k = model.classes.length;
  if (scratchSums.length < k) scratchSums = new Float64Array(k);
  const acc = scratchSums;
  for (let c = 0; c < k; c++) {
    out[c] = model.bias[c]!;
    acc[c] = 0;
  }
  const { values, scale } = model;
  const { buckets, values: featureValues, count } = features;
  keep.fit(count, k);
  const { rows, means, valuesRead, read, weights } = keep;
  // First every feature's row, then the rows' weights, in two loops: in one, each feature whose bucket no training
  // email used broke off the reads of weights in flight (a branch no predictor guesses), and each of those reads
  // waits on memory far from the processor. The sums run in the same order either way.
  let found = 0;
  for (let i = 0; i < count; i++) {
    const row = rowOf(model, buckets[i]!);
    rows[i] = row;
    read[found] = i;
    found += row >= 0 ? 1 : 0;
  }
  if (k === 7) {
    scoreSeven(values, scale, featureValues, rows, read, found, weights, means, valuesRead, acc);
  } else {
    for (let n = 0; n < found; n++) {
      const i = read[n]!;
      const base = rows[i]! * k;
      const at = n * k;
      const v = featureValues[i]!;
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const w = values[base + c]!;
        weights[at + c] = w;
        acc[c]! += v * w;
        sum += w * scale[c]!;
      }
      means[n] = sum / k;
      valuesRead[n] = v;
    }
  }
  keep.found = found;
  for (let c = 0; c < k; c++) out[c]! += acc[c]! * scale[c]!;
  return out;
}

/**
 * The same loop for the seven kinds the model has, written out: the sums stay in registers instead of an array
 * read and written for every weight. The sums and means are the same numbers, added in the same order.
 */
function scoreSeven(
  values: Int8Array,
  scale: Float64Array,
  featureValues: Float64Array,
  rows: Int32Array,
  read: Int32Array,
  found: number,
  weights: Int8Array,
  means: Float64Array,
  valuesRead: Float64Array,
  acc: Float64Array,
): void {
  const s0 = scale[0]!, s1 = scale[1]!, s2 = scale[2]!, s3 = scale[3]!, s4 = scale[4]!, s5 = scale[5]!, s6 = scale[6]!;
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
  for (let n = 0; n < found; n++) {
    const i = read[n]!;
    const base = rows[i]! * 7;
    const at = n * 7;
    const v = featureValues[i]!;
    const w0 = values[base]!, w1 = values[base + 1]!, w2 = values[base + 2]!, w3 = values[base + 3]!;
    const w4 = values[base + 4]!, w5 = values[base + 5]!, w6 = values[base + 6]!;
    weights[at] = w0;
    weights[at + 1] = w1;
    weights[at + 2] = w2;
    weights[at + 3] = w3;
    weights[at + 4] = w4;
    weights[at + 5] = w5;
    weights[at + 6] = w6;
    a0 += v * w0;
    a1 += v * w1;
    a2 += v * w2;
    a3 += v * w3;
    a4 += v * w4;
    a5 += v * w5;
    a6 += v * w6;
    means[n] = (w0 * s0 + w1 * s1 + w2 * s2 + w3 * s3 + w4 * s4 + w5 * s5 + w6 * s6) / 7;
    valuesRead[n] = v;
  }
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
  acc[4] = a4;
  acc[5] = a5;
  acc[6] = a6;
}

export function softmax(scores: ArrayLike<number>, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]!);
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    out[i] = Math.exp((scores[i]! - max) / temperature);
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

export interface Prediction {
  /** Calibrated probability per kind. */
  probabilities: Map<EmailKind, number>;
  /** The features that pushed hardest towards `kind`, strongest first: their indices in the email's vector. */
  strongestFeatures(kind: EmailKind, count: number): number[];
  /** The names of the same features. */
  strongest(kind: EmailKind, count: number): string[];
}

export function predict(model: LinearModel, features: FeatureVector): Prediction {
  const mine = ++predictions;
  read.owner = mine;
  const k = model.classes.length;
  if (scratchScores.length !== k) scratchScores = new Float64Array(k);
  const probs = softmax(scoreInto(model, features, read, scratchScores), model.temperature);
  const probabilities = new Map<EmailKind, number>();
  for (let c = 0; c < k; c++) probabilities.set(model.classes[c]!, probs[c]!);
  return new Predicted(model, features, mine, probabilities);
}

/**
 * One email's prediction. Its methods live on the class, not in closures made per email: the command line's build
 * (tsx) names every closure it makes, a property written each time.
 */
class Predicted implements Prediction {
  constructor(
    private readonly model: LinearModel,
    private readonly features: FeatureVector,
    private readonly mine: number,
    readonly probabilities: Map<EmailKind, number>,
  ) {}

  strongestFeatures(kind: EmailKind, count: number): number[] {
    // Another email scored since: its rows are read again.
    if (read.owner !== this.mine) {
      read.owner = this.mine;
      scoreInto(this.model, this.features, read, new Float64Array(this.model.classes.length));
    }
    return strongestOf(this.model, read, kind, count);
  }

  strongest(kind: EmailKind, count: number): string[] {
    return this.strongestFeatures(kind, count).map((i) => this.features.name(i));
  }
}

/**
 * The `count` features that push hardest towards `kind`, strongest first (an earlier feature first among equals),
 * from the rows and means the scores kept.
 */
function strongestOf(model: LinearModel, kept: ReadRows, kind: EmailKind, count: number): number[] {
  const c = model.classes.indexOf(kind);
  if (c < 0 || count <= 0) return [];
  const k = model.classes.length;
  const weight = model.scale[c]!;
  const { means, valuesRead, read, found, weights } = kept;
  // The few largest pushes, kept in a short sorted list of indices and pushes (typed arrays reused from one email to
  // the next). Until the list is full any positive push enters; then only one above the last kept.
  if (topIndex.length < count) {
    topIndex = new Int32Array(count);
    topPush = new Float64Array(count);
  }
  const top = topIndex;
  const pushes = topPush;
  let held = 0;
  let floor = 0;
  // The features with a row, in order, and their weights as the scores copied them.
  for (let n = 0; n < found; n++) {
    // How much more this feature speaks for `kind` than for the average kind.
    const push = valuesRead[n]! * (weights[n * k + c]! * weight - means[n]!);
    if (push <= floor) continue;
    let at = held === count ? count - 1 : held++;
    while (at > 0 && pushes[at - 1]! < push) {
      top[at] = top[at - 1]!;
      pushes[at] = pushes[at - 1]!;
      at--;
    }
    top[at] = read[n]!;
    pushes[at] = push;
    if (held === count) floor = pushes[count - 1]!;
  }
  // Copied out by a loop: `Array.from(top.subarray(0, held))` made a typed view and walked it with an iterator, which
  // cost more than the whole loop above (about a tenth of a microsecond per email against a few nanoseconds).
  const out: number[] = [];
  for (let n = 0; n < held; n++) out.push(top[n]!);
  return out;
}
let topIndex = new Int32Array(16);
let topPush = new Float64Array(16);
