/**
 * Finds every phrase of a table in one left-to-right pass over the text (Aho-Corasick compiled to a table of
 * transitions). Linear in the text whatever the number of phrases, so the phrase tables can grow without slowing the
 * common path, and no input can make it backtrack.
 *
 * Phrases match whole words: the characters around a hit must not be letters or digits. A phrase ending in `*` is a
 * stem and may be followed by more letters ("bewerb*" matches "Bewerbung").
 * Every kind of white space reads as one space, and a run of it as a single one (mail wraps and indents
 * sentences), without a separate normalising pass over the text.
 */

import { WHITE_SPACE_CODES } from '../white-space';
import { lowerCaseTable } from './lower-case';

export interface MatchHit<T> {
  entry: T;
  start: number;
  end: number;
}

export interface PhraseMatcher<T> {
  /**
   * The hits in `text`, or in its first `end` characters: read so, a text is scanned as if it ended there (as its
   * slice would be), without the slice. A slice is a view into its text that the engine follows for every character
   * read; the whole text is read directly, about 15% faster.
   */
  scan(text: string, end?: number): MatchHit<T>[];
  /**
   * The hits `scan(text.toLowerCase())` finds, without writing the lower-case copy: each character is read as its
   * own lower case. Only for a text whose lower case is as long (no dotted capital I, U+0130).
   */
  scanLowerCase(text: string, end?: number): MatchHit<T>[];
}

/** A letter or digit in any script we read: a hit must not start or end inside a word. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000)
  );
}

/** Longest phrase in a table. */
const MAX_PHRASE_LENGTH = 128;

/** Hits are capped: a pathological text full of phrases still costs a bounded amount of scoring work. */
const MAX_HITS = 400;

/** The base letter of an accented Latin letter (lower case), or the code itself. */
function foldChar(code: number): number {
  if (code < 0xc0 || code >= 0x250) return code;
  const ch = String.fromCharCode(code);
  if (ch === 'ß') return 115;
  if (ch === 'ł' || ch === 'Ł') return 108;
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  const b = base.charCodeAt(0);
  return b >= 97 && b <= 122 ? b : code;
}

function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldChar(text.charCodeAt(i)));
  return out;
}

/**
 * Where a hit that ends at `last` starts, walking back `length` symbols with each run of white space counted
 * once, as the scanner read it. Hits are rare, so this beats recording every position on the way.
 */
function startOf(text: string, last: number, length: number, symbols: Uint8Array): number {
  let j = last;
  for (let left = length - 1; left > 0 && j > 0; left--) {
    j--;
    if (symbols[text.charCodeAt(j)] === 1) while (j > 0 && symbols[text.charCodeAt(j - 1)] === 1) j--;
  }
  return j;
}

/**
 * `aside` names entries whose hits have a cap of their own (the topic words: a text dense with one of them, as
 * Japanese words matching inside one another can be, must not use up the cap before the phrases that decide).
 */
export function buildMatcher<T extends { text: string }>(entries: readonly T[], aside?: (entry: T) => boolean): PhraseMatcher<T> {
  const apart = new Uint8Array(entries.length);
  if (aside) entries.forEach((e, i) => (apart[i] = aside(e) ? 1 : 0));
  const patterns = entries.map((e) => {
    const stem = e.text.endsWith('*');
    const text = foldText((stem ? e.text.slice(0, -1) : e.text).toLowerCase());
    if (text.length === 0 || text.length > MAX_PHRASE_LENGTH) throw new Error(`phrase length out of range: "${e.text}"`);
    return { text, stem };
  });

  // Alphabet: every character used by a phrase gets a symbol; everything else is symbol 0. Symbol 1 is white space.
  const symbolOf = new Uint8Array(65536);
  // White space of every kind: the scanner reads a run of it as one space.
  for (const code of WHITE_SPACE_CODES) symbolOf[code] = 1;
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
  renumberBreadthFirst(children, outputs, edge);

  // Rows of the transition table are a power of two wide: the scan finds a row with a shift, not a multiplication,
  // in the chain every character waits on.
  const shift = Math.max(1, Math.ceil(Math.log2(alphabet)));
  const width = 1 << shift;
  // Failure links by breadth-first order, folded into a full transition table.
  const states = children.length;
  const table = states < 65536 ? new Uint16Array(states * width) : new Uint32Array(states * width);
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
        fail[next] = table[fail[state]! * width + sym]!;
        table[state * width + sym] = next;
        queue.push(next);
      } else {
        table[state * width + sym] = table[fail[state]! * width + sym]!;
      }
    }
  }
  // A run of white space reads as one space. When no phrase starts or ends with one, a state entered on a space
  // (every transition into a state is on its own symbol) can simply stay put on the next: the scanner then needs no
  // test of its own for runs. Otherwise it skips them itself.
  const loops = patterns.every((p) => symbolOf[p.text.charCodeAt(0)] !== 1 && symbolOf[p.text.charCodeAt(p.text.length - 1)] !== 1);
  if (loops) for (let s = 1; s < states; s++) if (edge[s] === 1) table[s * width + 1] = s;
  const collapse = !loops;
  const firstOutput = outputsLast(table, outputs, states, width);
  // Built on first use: most matchers are only ever given text as it is.
  let asLowerCase: { symbols: Uint8Array; words: Uint8Array } | null = null;

  return {
    scan: (text, end = text.length) => scan(text, Math.min(end, text.length), symbolOf, wordsAsIs()),
    scanLowerCase(text, end = text.length) {
      asLowerCase ??= lowerCaseReading(symbolOf);
      return scan(text, Math.min(end, text.length), asLowerCase.symbols, asLowerCase.words);
    },
  };

  /**
   * `text` up to `n`, read as if it ended there. `symbols` and `words` say how each character reads: its symbol, and
   * whether it is part of a word.
   */
  function scan(text: string, n: number, symbols: Uint8Array, words: Uint8Array): MatchHit<T>[] {
    const hits: MatchHit<T>[] = [];
    let counted = 0;
    let asideCount = 0;
    // Locals, not closure variables, and one array type: this loop is the engine's hot path.
    const table_ = table as Uint16Array;
    const rowShift = shift;
    const outputFrom = firstOutput;
    let previousSpace = true;
    let state = 0;
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
      state = table_[(state << rowShift) + symbol]!;
      // States that end a phrase are numbered last: one comparison, not a lookup, tells the scan to look.
      if (state < outputFrom) continue;
      for (const index of outputs[state]!) {
        const p = patterns[index]!;
        const start = startOf(text, i, p.text.length, symbols);
        const end = i + 1;
        if (start > 0 && words[text.charCodeAt(start - 1)] === 1 && isWordChar(p.text.charCodeAt(0))) continue;
        if (!p.stem && end < n && words[text.charCodeAt(end)] === 1 && isWordChar(p.text.charCodeAt(p.text.length - 1)))
          continue;
        if (apart[index] === 1) {
          if (asideCount >= MAX_HITS) continue;
          asideCount++;
        } else if (++counted > MAX_HITS) return hits;
        hits.push({ entry: entries[index]!, start, end });
      }
    }
    return hits;
  }
}

/**
 * Numbers the trie's states breadth first, in place: the root, then the states one character deep, then two. The
 * scanner spends most of its time in the shallow states (ordinary text rarely follows a phrase for long), and their
 * rows of the transition table, numbered so, lie side by side in a few kilobytes that stay in the processor's cache;
 * numbered as the phrases were inserted, they were spread over the whole table (megabytes), and every character read
 * waited on memory. Which states exist and what they match are unchanged.
 */
function renumberBreadthFirst(children: Map<number, number>[], outputs: number[][], edge: number[]): void {
  const order = [0];
  for (let head = 0; head < order.length; head++) for (const next of children[order[head]!]!.values()) order.push(next);
  const newId = new Int32Array(order.length);
  order.forEach((old, id) => (newId[old] = id));
  const oldChildren = children.slice();
  const oldOutputs = outputs.slice();
  const oldEdge = edge.slice();
  order.forEach((old, id) => {
    children[id] = new Map([...oldChildren[old]!].map(([sym, next]) => [sym, newId[next]!]));
    outputs[id] = oldOutputs[old]!;
    edge[id] = oldEdge[old]!;
  });
}

/**
 * Numbers the states that end a phrase after all the others (each group keeps its breadth-first order), rewriting
 * the table and the outputs in place, and returns the first such number: the scan then knows a state ends a phrase
 * by comparing its number, without a lookup that waits on memory for every character. The root stays 0 (no phrase
 * is empty).
 */
function outputsLast(table: Uint16Array | Uint32Array, outputs: number[][], states: number, alphabet: number): number {
  const newId = new Int32Array(states);
  let next = 0;
  for (let s = 0; s < states; s++) if (outputs[s]!.length === 0) newId[s] = next++;
  const first = next;
  for (let s = 0; s < states; s++) if (outputs[s]!.length > 0) newId[s] = next++;
  const oldTable = table.slice();
  const oldOutputs = outputs.slice();
  for (let s = 0; s < states; s++) {
    const row = newId[s]! * alphabet;
    const oldRow = s * alphabet;
    for (let sym = 0; sym < alphabet; sym++) table[row + sym] = newId[oldTable[oldRow + sym]!]!;
    outputs[newId[s]!] = oldOutputs[s]!;
  }
  return first;
}

/** Per character code: 1 when the character `as` maps it to is part of a word. */
function wordChars(as: (code: number) => number): Uint8Array {
  const words = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) words[c] = isWordChar(as(c)) ? 1 : 0;
  return words;
}

/** Shared by every matcher, built once. */
let asIs: Uint8Array | null = null;
let asLower: Uint8Array | null = null;

function wordsAsIs(): Uint8Array {
  asIs ??= wordChars((c) => c);
  return asIs;
}

/**
 * How a character reads in the text's lower case. `toLowerCase` maps each character on its own, except three: a
 * capital sigma becomes σ or ς by its neighbours (both must read alike), a surrogate pair changes as a pair (no
 * surrogate is in a phrase or a word) and U+0130 grows longer (callers read such a text as it is).
 */
function lowerCaseReading(symbolOf: Uint8Array): { symbols: Uint8Array; words: Uint8Array } {
  if (symbolOf[0x3c3] !== symbolOf[0x3c2]) throw new Error('phrase tables: σ and ς must read alike');
  for (let c = 0xd800; c <= 0xdfff; c++) if (symbolOf[c] !== 0 || isWordChar(c)) throw new Error('phrase tables: a surrogate in a phrase');
  const lower = lowerCaseTable();
  const symbols = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) symbols[c] = symbolOf[lower[c]!]!;
  asLower ??= wordChars((c) => lower[c]!);
  return { symbols, words: asLower };
}
