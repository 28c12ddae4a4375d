/**
 * Finds every phrase of a table in one left-to-right pass over the text (Aho-Corasick compiled to a table of
 * transitions). Linear in the text whatever the number of phrases, so the phrase tables can grow without slowing the
 * common path, and no input can make it backtrack.
 *
 * Phrases match whole words: the characters around a hit must not be letters or digits. A phrase ending in `*` is a
 * stem and may be followed by more letters ("bewerb*" matches "Bewerbung").
 */

export interface MatchHit<T> {
  entry: T;
  start: number;
  end: number;
}

export interface PhraseMatcher<T> {
  scan(text: string): MatchHit<T>[];
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

/** Hits are capped: a pathological text full of phrases still costs a bounded amount of scoring work. */
const MAX_HITS = 400;

export function buildMatcher<T extends { text: string }>(entries: readonly T[]): PhraseMatcher<T> {
  const patterns = entries.map((e) => {
    const stem = e.text.endsWith('*');
    return { text: (stem ? e.text.slice(0, -1) : e.text).toLowerCase(), stem };
  });

  // Alphabet: every character used by a phrase gets a symbol; everything else is symbol 0.
  const symbolOf = new Uint8Array(65536);
  let alphabet = 1;
  for (const p of patterns) {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (symbolOf[c] === 0) {
        if (alphabet >= 255) throw new Error('phrase alphabet too large');
        symbolOf[c] = alphabet++;
      }
    }
  }

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  patterns.forEach((p, index) => {
    let state = 0;
    for (let i = 0; i < p.text.length; i++) {
      const sym = symbolOf[p.text.charCodeAt(i)]!;
      let next = children[state]!.get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
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
  const hasOutput = new Uint8Array(states);
  for (let s = 0; s < states; s++) hasOutput[s] = outputs[s]!.length > 0 ? 1 : 0;

  return {
    scan(text: string): MatchHit<T>[] {
      const hits: MatchHit<T>[] = [];
      let state = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        state = table[state * alphabet + symbolOf[text.charCodeAt(i)]!]!;
        if (hasOutput[state] === 0) continue;
        for (const index of outputs[state]!) {
          const p = patterns[index]!;
          const start = i + 1 - p.text.length;
          const end = i + 1;
          if (start > 0 && isWordChar(text.charCodeAt(start - 1)) && isWordChar(p.text.charCodeAt(0))) continue;
          if (!p.stem && end < n && isWordChar(text.charCodeAt(end)) && isWordChar(p.text.charCodeAt(p.text.length - 1)))
            continue;
          hits.push({ entry: entries[index]!, start, end });
          if (hits.length >= MAX_HITS) return hits;
        }
      }
      return hits;
    },
  };
}
