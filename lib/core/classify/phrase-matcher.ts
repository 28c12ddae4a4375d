/**
 * Finds every phrase of a table in one left-to-right pass over the text (Aho-Corasick compiled to a table of
 * transitions; a long text is read as four parts side by side, see `scan`). Linear in the text whatever the number
 * of phrases, so the phrase tables can grow without slowing the common path, and no input can make it backtrack.
 * How characters read (case, accents, white space, word characters) is in `phrase-chars.ts`.
 *
 * Phrases match whole words: the characters around a hit must not be letters or digits. A phrase ending in `*` is a
 * stem and may be followed by more letters ("bewerb*" matches "Bewerbung").
 * Every kind of white space reads as one space, and a run of it as a single one (mail wraps and indents
 * sentences), without a separate normalising pass over the text.
 */

import { backBySymbols, foldChar, foldText, isWordChar, lowerCaseReading, startOf, WHITESPACE, wordsAsIs } from './phrase-chars';

export { isWordChar } from './phrase-chars';

export interface MatchHit<T> {
  entry: T;
  start: number;
  end: number;
}

export interface PhraseMatcher<T> {
  scan(text: string): MatchHit<T>[];
  /**
   * The hits `scan(text.toLowerCase())` finds, without writing the lower-case copy: each character is read as its
   * own lower case. Only for a text whose lower case is as long (no dotted capital I, U+0130).
   */
  scanLowerCase(text: string): MatchHit<T>[];
}

/** Longest phrase in a table. */
const MAX_PHRASE_LENGTH = 128;

/** Hits are capped: a pathological text full of phrases still costs a bounded amount of scoring work. */
const MAX_HITS = 400;

export function buildMatcher<T extends { text: string }>(entries: readonly T[]): PhraseMatcher<T> {
  const patterns = entries.map((e) => {
    const stem = e.text.endsWith('*');
    const text = foldText((stem ? e.text.slice(0, -1) : e.text).toLowerCase());
    if (text.length === 0 || text.length > MAX_PHRASE_LENGTH) throw new Error(`phrase length out of range: "${e.text}"`);
    return { text, stem };
  });

  // Alphabet: every character used by a phrase gets a symbol; everything else is symbol 0. Symbol 1 is white space.
  const symbolOf = new Uint8Array(65536);
  for (const code of WHITESPACE) symbolOf[code] = 1;
  let alphabet = 2;
  for (const p of patterns) {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (symbolOf[c] === 0) {
        if (alphabet >= 255) throw new Error('phrase alphabet too large');
        symbolOf[c] = alphabet++;
      }
    }
  }
  // Case and apostrophes are folded here rather than in a pass over the text: "É" reads as "é", "’" as "'".
  for (let c = 0; c < 65536; c++) {
    const symbol = symbolOf[c]!;
    if (symbol < 2) continue;
    const upper = String.fromCharCode(c).toUpperCase();
    if (upper.length === 1 && symbolOf[upper.charCodeAt(0)] === 0) symbolOf[upper.charCodeAt(0)] = symbol;
  }
  // Accented Latin letters read as their base letter ("reçu" as "recu", "Grüße" as "gruse"): a smaller table, and
  // mail written without accents still matches.
  for (let c = 0xc0; c < 0x250; c++) {
    const base = foldChar(c);
    if (base !== c && symbolOf[base] !== 0) symbolOf[c] = symbolOf[base]!;
  }
  const apostrophe = symbolOf[39]!;
  if (apostrophe !== 0) for (const c of [0x2018, 0x2019, 0x02bc, 0x60, 0xb4]) symbolOf[c] = apostrophe;

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  /** The symbol each state is entered on (the last symbol of the prefix it stands for). */
  const edge: number[] = [0];
  patterns.forEach((p, index) => {
    let state = 0;
    for (let i = 0; i < p.text.length; i++) {
      const sym = symbolOf[p.text.charCodeAt(i)]!;
      let next = children[state]!.get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        edge.push(sym);
        children[state]!.set(sym, next);
      }
      state = next;
    }
    outputs[state]!.push(index);
  });

  // Failure links by breadth-first order, folded into a full transition table.
  const states = children.length;
  const table = states < 65536 ? new Uint16Array(states * alphabet) : new Uint32Array(states * alphabet);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let sym = 0; sym < alphabet; sym++) {
    const next = children[0]!.get(sym);
    if (next !== undefined) {
      table[sym] = next;
      fail[next] = 0;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    outputs[state] = outputs[state]!.concat(outputs[fail[state]!]!);
    for (let sym = 0; sym < alphabet; sym++) {
      const next = children[state]!.get(sym);
      if (next !== undefined) {
        fail[next] = table[fail[state]! * alphabet + sym]!;
        table[state * alphabet + sym] = next;
        queue.push(next);
      } else {
        table[state * alphabet + sym] = table[fail[state]! * alphabet + sym]!;
      }
    }
  }
  // A run of white space reads as one space. When no phrase starts or ends with one, a state entered on a space
  // (every transition into a state is on its own symbol) can simply stay put on the next: the scanner then needs no
  // test of its own for runs. Otherwise it skips them itself.
  const loops = patterns.every((p) => symbolOf[p.text.charCodeAt(0)] !== 1 && symbolOf[p.text.charCodeAt(p.text.length - 1)] !== 1);
  if (loops) for (let s = 1; s < states; s++) if (edge[s] === 1) table[s * alphabet + 1] = s;
  const collapse = !loops;
  const hasOutput = new Uint8Array(states);
  for (let s = 0; s < states; s++) hasOutput[s] = outputs[s]!.length > 0 ? 1 : 0;
  // Built on first use: most matchers are only ever given text as it is.
  let asLowerCase: { symbols: Uint8Array; words: Uint8Array } | null = null;

  return {
    scan: (text) => scan(text, symbolOf, wordsAsIs()),
    scanLowerCase(text) {
      asLowerCase ??= lowerCaseReading(symbolOf);
      return scan(text, asLowerCase.symbols, asLowerCase.words);
    },
  };

  /** `symbols` and `words` say how each character reads: its symbol, and whether it is part of a word. */
  function scan(text: string, symbols: Uint8Array, words: Uint8Array): MatchHit<T>[] {
    const n = text.length;
    if (collapse || n < LANES * LANE_FROM) return scanAlone(text, symbols, words);
    // Each step of the automaton waits for the table lookup before it, so one pass over the text leaves the
    // processor idle most of the time: the text is read as four quarters at once, four independent chains of
    // lookups. Each quarter's reader starts far enough before its quarter that its state there is the one a single
    // pass would have (no phrase is longer), and keeps only the hits that end inside its quarter.
    const lanes = Array.from({ length: LANES }, (_, k) => {
      const own = Math.floor((n * k) / LANES);
      return { at: k === 0 ? 0 : backBySymbols(text, own, MAX_PHRASE_LENGTH + 1, symbols), own, end: Math.floor((n * (k + 1)) / LANES), state: 0, hits: [] as MatchHit<T>[] };
    });
    const [l0, l1, l2, l3] = lanes as [Lane<T>, Lane<T>, Lane<T>, Lane<T>];
    const table_ = table as Uint16Array;
    const width = alphabet;
    const flags = hasOutput;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const steps = Math.min(l0.end - l0.at, l1.end - l1.at, l2.end - l2.at, l3.end - l3.at);
    for (let d = 0; d < steps; d++) {
      s0 = table_[s0 * width + symbols[text.charCodeAt(l0.at + d)]!]!;
      s1 = table_[s1 * width + symbols[text.charCodeAt(l1.at + d)]!]!;
      s2 = table_[s2 * width + symbols[text.charCodeAt(l2.at + d)]!]!;
      s3 = table_[s3 * width + symbols[text.charCodeAt(l3.at + d)]!]!;
      if (flags[s0] === 1) collect(text, l0, l0.at + d, s0, symbols, words);
      if (flags[s1] === 1) collect(text, l1, l1.at + d, s1, symbols, words);
      if (flags[s2] === 1) collect(text, l2, l2.at + d, s2, symbols, words);
      if (flags[s3] === 1) collect(text, l3, l3.at + d, s3, symbols, words);
    }
    l0.state = s0;
    l1.state = s1;
    l2.state = s2;
    l3.state = s3;
    let hits: MatchHit<T>[] = [];
    for (const lane of lanes) {
      // What is left of each quarter (they differ by a few characters), read alone.
      for (let i = lane.at + steps; i < lane.end && lane.hits.length < MAX_HITS; i++) {
        lane.state = table_[lane.state * width + symbols[text.charCodeAt(i)]!]!;
        if (flags[lane.state] === 1) collect(text, lane, i, lane.state, symbols, words);
      }
      hits = hits.length === 0 ? lane.hits : hits.concat(lane.hits);
      if (hits.length >= MAX_HITS) return hits.slice(0, MAX_HITS);
    }
    return hits;
  }

  /** A lane's hits at `i`, when `i` is inside its own part of the text and it has room for more. */
  function collect(text: string, lane: Lane<T>, i: number, state: number, symbols: Uint8Array, words: Uint8Array): void {
    if (i >= lane.own && lane.hits.length < MAX_HITS) emit(text, i, state, symbols, words, lane.hits);
  }

  /** One pass, for short texts and for tables whose phrases start or end with a space. */
  function scanAlone(text: string, symbols: Uint8Array, words: Uint8Array): MatchHit<T>[] {
    const hits: MatchHit<T>[] = [];
    // Locals, not closure variables, and one array type: this loop is the engine's hot path.
    const table_ = table as Uint16Array;
    const width = alphabet;
    const flags = hasOutput;
    let previousSpace = true;
    let state = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const symbol = symbols[text.charCodeAt(i)]!;
      if (collapse) {
        if (symbol === 1) {
          if (previousSpace) continue;
          previousSpace = true;
        } else {
          previousSpace = false;
        }
      }
      state = table_[state * width + symbol]!;
      if (flags[state] === 1 && !emit(text, i, state, symbols, words, hits)) return hits;
    }
    return hits;
  }

  /** Records the phrases that end at `i` in `state` and stand as whole words; false once MAX_HITS are recorded. */
  function emit(text: string, i: number, state: number, symbols: Uint8Array, words: Uint8Array, hits: MatchHit<T>[]): boolean {
    const n = text.length;
    for (const index of outputs[state]!) {
      const p = patterns[index]!;
      const start = startOf(text, i, p.text.length, symbols);
      const end = i + 1;
      if (start > 0 && words[text.charCodeAt(start - 1)] === 1 && isWordChar(p.text.charCodeAt(0))) continue;
      if (!p.stem && end < n && words[text.charCodeAt(end)] === 1 && isWordChar(p.text.charCodeAt(p.text.length - 1))) continue;
      hits.push({ entry: entries[index]!, start, end });
      if (hits.length >= MAX_HITS) return false;
    }
    return true;
  }
}

/** Texts are read as this many parts at once; each part at least LANE_FROM long, or the text is read in one pass. */
const LANES = 4;
const LANE_FROM = 512;

/** One part of a text being read: where its reader is, where its own part starts and ends, and its hits. */
interface Lane<T> {
  at: number;
  own: number;
  end: number;
  state: number;
  hits: MatchHit<T>[];
}

