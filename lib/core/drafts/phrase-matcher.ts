/**
 * A small phrase matcher for the advice check: phrase families written as data, matched over words (not
 * characters) so that variants, stems and a few words in between still match. Linear in the text: every pattern
 * only looks a bounded number of words ahead of each candidate word, and sentences bound every match.
 *
 * Pattern language (see advice-phrases.ts):
 * - a slot is a set of alternatives `sorry|apolog*`; `word*` matches any word starting with `word`;
 * - `seq`: slots in order, `~N` between two slots lets up to N other words sit between them;
 * - `near`: every slot within `within` words, in any order;
 * - `notBefore`: a slot that, found in the `guard` words before the match, cancels it ("thank you for the feedback");
 * - `notAfter`: a slot that, as the word right after the match, cancels it ("sorry for the late reply").
 * Contractions are expanded before matching ("didn't" -> "did not", "I'm" -> "i am"), so patterns name one form
 * (words.ts).
 */
import { tokenize, type Token } from './words';

export interface PhraseRule {
  seq?: string;
  near?: string[];
  within?: number;
  notBefore?: string;
  notAfter?: string;
  /** How many words before the match notBefore looks at (default 3). */
  guard?: number;
}

interface Slot {
  exact: Set<string>;
  prefixes: string[];
}

interface CompiledRule {
  kind: 'seq' | 'near';
  slots: number[];
  /** For seq: how many words may sit before slot i+1. */
  gaps: number[];
  within: number;
  notBefore: number | null;
  notAfter: number | null;
  guard: number;
}

export interface CompiledFamilies<K extends string> {
  slots: Slot[];
  exactIndex: Map<string, number[]>;
  prefixIndex: Array<[string, number]>;
  families: Array<{ key: K; rules: CompiledRule[] }>;
  /** Memo of word -> slot ids (see slotsOfWord). */
  wordCache: Map<string, readonly number[]>;
}

function slotKey(spec: string): string {
  return spec
    .split('|')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .sort()
    .join('|');
}

/** Compiles phrase families once (at module load), sharing identical slots between patterns. */
export function compileFamilies<K extends string>(
  families: ReadonlyArray<{ key: K; phrases: readonly PhraseRule[] }>,
): CompiledFamilies<K> {
  const slots: Slot[] = [];
  const byKey = new Map<string, number>();
  const exactIndex = new Map<string, number[]>();
  const prefixIndex: Array<[string, number]> = [];

  const slotId = (spec: string): number => {
    const key = slotKey(spec);
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const id = slots.length;
    const slot: Slot = { exact: new Set(), prefixes: [] };
    for (const alt of key.split('|')) {
      if (alt.endsWith('*')) {
        slot.prefixes.push(alt.slice(0, -1));
        prefixIndex.push([alt.slice(0, -1), id]);
      } else {
        slot.exact.add(alt);
        const list = exactIndex.get(alt) ?? [];
        list.push(id);
        exactIndex.set(alt, list);
      }
    }
    slots.push(slot);
    byKey.set(key, id);
    return id;
  };

  const compileRule = (rule: PhraseRule): CompiledRule => {
    const base = {
      notBefore: rule.notBefore ? slotId(rule.notBefore) : null,
      notAfter: rule.notAfter ? slotId(rule.notAfter) : null,
      guard: rule.guard ?? 3,
    };
    if (rule.near) {
      return { kind: 'near', slots: rule.near.map(slotId), gaps: [], within: rule.within ?? 6, ...base };
    }
    const ids: number[] = [];
    const gaps: number[] = [];
    let pendingGap = 0;
    for (const part of (rule.seq ?? '').trim().split(/\s+/)) {
      const gap = /^~(\d+)$/.exec(part);
      if (gap) {
        pendingGap = Number(gap[1]);
        continue;
      }
      if (ids.length > 0) gaps.push(pendingGap);
      pendingGap = 0;
      ids.push(slotId(part));
    }
    if (ids.length === 0) throw new Error('empty phrase pattern');
    return { kind: 'seq', slots: ids, gaps, within: 0, ...base };
  };

  return {
    slots,
    exactIndex,
    prefixIndex,
    families: families.map((f) => ({ key: f.key, rules: f.phrases.map(compileRule) })),
    wordCache: new Map(),
  };
}

/** Slot ids a word matches; memoised per compiled table (bounded), since letters repeat their words. */
function slotsOfWord(word: string, compiled: CompiledFamilies<string>): readonly number[] {
  const known = compiled.wordCache.get(word);
  if (known) return known;
  const ids = [...(compiled.exactIndex.get(word) ?? [])];
  for (const [prefix, id] of compiled.prefixIndex) if (word.startsWith(prefix)) ids.push(id);
  if (compiled.wordCache.size >= WORD_CACHE_LIMIT) compiled.wordCache.clear();
  compiled.wordCache.set(word, ids);
  return ids;
}

const WORD_CACHE_LIMIT = 20_000;

interface SlotTable {
  /** For each token, the slots its word matches (shared, memoised arrays: no allocation per call). */
  slotsAt: ReadonlyArray<readonly number[]>;
  /** For each slot that occurs, the token indices that match it, ascending. */
  positions: Map<number, number[]>;
}

/** Which slots each token matches, filled in one pass over the tokens. */
function slotTable(tokens: Token[], compiled: CompiledFamilies<string>): SlotTable {
  const positions = new Map<number, number[]>();
  const slotsAt = tokens.map((token, i) => {
    const ids = slotsOfWord(token.word, compiled);
    for (const id of ids) {
      const list = positions.get(id);
      if (list) list.push(i);
      else positions.set(id, [i]);
    }
    return ids;
  });
  return { slotsAt, positions };
}

export interface Hit {
  start: number;
  end: number;
}

export interface FamilyMatches<K extends string> {
  /** Character ranges of every match, by family key (families without a match are absent). */
  hits: Map<K, Hit[]>;
  /** How many words were read (contractions count as two). */
  words: number;
}

/** Every match of every family in the text. */
export function matchFamilies<K extends string>(text: string, compiled: CompiledFamilies<K>): FamilyMatches<K> {
  const tokens = tokenize(text);
  const { slotsAt, positions } = slotTable(tokens, compiled);
  // A word matches a handful of slots at most, so a linear look is cheaper than any table.
  const has = (i: number, slot: number) => slotsAt[i]?.includes(slot) === true;
  const result = new Map<K, Hit[]>();

  const guarded = (rule: CompiledRule, first: number, last: number): boolean => {
    if (rule.notBefore !== null) {
      const sentence = tokens[first]?.sentence;
      for (let k = Math.max(0, first - rule.guard); k < first; k++) {
        if (tokens[k]?.sentence === sentence && has(k, rule.notBefore)) return true;
      }
    }
    if (rule.notAfter !== null) {
      const next = last + 1;
      if (next < tokens.length && tokens[next]?.sentence === tokens[last]?.sentence && has(next, rule.notAfter)) {
        return true;
      }
    }
    return false;
  };

  // Ordered slots with bounded gaps: depth-first over at most (gap + 1) candidates per slot.
  const seqEnd = (rule: CompiledRule, i: number, slotIndex: number): number => {
    if (slotIndex === rule.slots.length) return i - 1;
    const gap = rule.gaps[slotIndex - 1] ?? 0;
    const sentence = tokens[i - 1]?.sentence;
    for (let j = i; j <= i + gap && j < tokens.length; j++) {
      if (tokens[j]?.sentence !== sentence) break;
      if (has(j, rule.slots[slotIndex] ?? -1)) {
        const end = seqEnd(rule, j + 1, slotIndex + 1);
        if (end >= 0) return end;
      }
    }
    return -1;
  };

  const nearEnd = (rule: CompiledRule, i: number): number => {
    const covered = new Set<number>();
    const sentence = tokens[i]?.sentence;
    for (let j = i; j < i + rule.within && j < tokens.length; j++) {
      if (tokens[j]?.sentence !== sentence) break;
      rule.slots.forEach((slot, s) => {
        if (!covered.has(s) && has(j, slot)) covered.add(s);
      });
      if (covered.size === rule.slots.length) return j;
    }
    return -1;
  };

  for (const family of compiled.families) {
    const hits: Hit[] = [];
    for (const rule of family.rules) {
      // Only words that can start a match are tried: a seq starts on its first slot, a near on any of its slots.
      const starts =
        rule.kind === 'seq'
          ? (positions.get(rule.slots[0] ?? -1) ?? [])
          : [...new Set(rule.slots.flatMap((slot) => positions.get(slot) ?? []))].sort((a, b) => a - b);
      let after = -1;
      for (const i of starts) {
        if (i <= after) continue;
        const end = rule.kind === 'seq' ? seqEnd(rule, i + 1, 1) : nearEnd(rule, i);
        if (end < 0 || guarded(rule, i, end)) continue;
        hits.push({ start: tokens[i]?.start ?? 0, end: tokens[end]?.end ?? 0 });
        after = end;
      }
    }
    if (hits.length > 0) result.set(family.key, mergeHits(hits));
  }
  return { hits: result, words: tokens.length };
}

function mergeHits(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Hit[] = [];
  for (const hit of sorted) {
    const last = merged[merged.length - 1];
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}
