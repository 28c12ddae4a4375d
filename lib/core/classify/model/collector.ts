/**
 * Collects an email's features without building their names: each is hashed as it is read, and only its recipe
 * (a prefix and a word, with a second word or a piece's offset) is kept, so the evidence can name the few that
 * matter. A bucket seen twice in one email sums its values, in the order they came.
 *
 * Which buckets this email has seen is kept in a small open-addressing table (a few thousand slots, stamped with a
 * generation instead of being cleared), not in one slot per bucket of the model's 2^18: a table that fits the
 * processor's cache. Each slot is two numbers side by side, its tag (the generation and the bucket in one number, so
 * that a probe reads one) and the feature it holds. The arrays live from one email to the next; nothing is
 * allocated per feature.
 */
import { OFFSET, PRIME, type TokenList, widened } from './tokens';

export { OFFSET, PRIME };

/** How a feature's name is built from its recipe. */
const NAMED = 0;
const WORD = 1;
const PAIR = 2;
const PIECE = 3;
/** A prefix and a text of the email's own ("fd:" and "linkedin"), named by joining them. */
const JOINED = 4;

/** Number of hash buckets: 2^18. */
export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;
/** Generations a tag can hold beside a bucket (31 bits in all, so that a tag stays a positive number). */
const GENERATIONS = 1 << (31 - FEATURE_BITS);

/** FNV-1a, continued from `h` over `text[from, to)`. */
export function fnvRange(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}

export function fnv(h: number, text: string): number {
  return fnvRange(h, text, 0, text.length);
}

/** FNV-1a continued from `h` over `text[from, to)` read in lower case through `lower` (a word piece). */
export function fnvLower(h: number, text: string, from: number, to: number, lower: Uint16Array): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ lower[text.charCodeAt(i)]!, PRIME);
  return h;
}

/** Murmur3's finaliser: every bit of the input moves every bit of the bucket. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A word's feature ("w:absage"), from the word's own hash (`TokenList.hashes`) and its prefix's: the word's
 * characters are hashed once, by the reader, whatever features it makes.
 */
export function wordFeature(word: number, prefix: number): number {
  return mix(word ^ prefix);
}

/** A pair's feature ("b:wir bedauern"), from the two words' hashes and the prefix's. */
export function pairFeature(first: number, second: number, prefix: number): number {
  return mix(Math.imul(first ^ prefix, 0x9e3779b1) ^ second);
}

const PREFIX_HASH = new Map<string, number>();
/** The hash of a feature prefix ("sw:"), continued over each word: computed once per prefix. */
export function prefixHash(prefix: string): number {
  let h = PREFIX_HASH.get(prefix);
  if (h === undefined) {
    h = fnv(OFFSET, prefix);
    PREFIX_HASH.set(prefix, h);
  }
  return h;
}

const NAME_HASH = new Map<string, number>();
const NAME_HASH_CAP = 4_096;

export class Collector {
  count = 0;
  buckets = new Int32Array(1024);
  values = new Float64Array(1024);
  private recipe = new Uint8Array(1024);
  private first = new Int32Array(1024);
  private second = new Int32Array(1024);
  /** The prefix of a word's feature ("sw:"), or the whole name of a named one. */
  private readonly texts: string[] = [];
  /** The text after the prefix of a joined name. */
  private readonly joined: string[] = [];
  private mask = 4095;
  /** Per table slot: its tag, `generation << FEATURE_BITS | bucket`, then the index of the feature it holds. */
  private table = new Int32Array(4096 * 2);
  private generation = 0;

  constructor(private readonly tokens: TokenList) {}

  /** Starts a new email. */
  reset(): void {
    this.count = 0;
    this.generation++;
    // The generation shares a 31-bit tag with an 18-bit bucket: when it runs out, the table starts afresh.
    if (this.generation >= GENERATIONS) {
      this.table.fill(0);
      this.generation = 1;
    }
  }

  /** Adds a feature; `prefix` names it with token `first` (and `second`: a token, or a piece's offset). */
  add(hash: number, value: number, recipe: number, prefix: string, first: number, second: number): void {
    const bucket = (hash >>> 0) & (FEATURE_DIM - 1);
    const { table, mask, generation } = this;
    const tag = (generation << FEATURE_BITS) | bucket;
    let h = bucket & mask;
    for (;;) {
      const seen = table[2 * h]!;
      if (seen === tag) {
        this.values[table[2 * h + 1]!]! += value;
        return;
      }
      if (seen >>> FEATURE_BITS !== generation) break;
      h = (h + 1) & mask;
    }
    if (this.count === this.buckets.length) this.grow();
    const slot = this.count++;
    table[2 * h] = tag;
    table[2 * h + 1] = slot;
    this.buckets[slot] = bucket;
    this.values[slot] = value;
    this.recipe[slot] = recipe;
    this.texts[slot] = prefix;
    this.first[slot] = first;
    this.second[slot] = second;
    // Kept at most half full, so that a probe ends soon.
    if (this.count * 2 > mask) this.rehash();
  }

  named(name: string, value: number): void {
    // Most names recur from one email to the next ("has:link", "r:other:sure", "fo:org>personal"): their hashes are
    // kept, so that a name is looked up (a hash the engine keeps with the string) rather than hashed a character at
    // a time. Bounded: names made of an email's own words (a sender's domain, a rule's phrase) stop being kept.
    let hash = NAME_HASH.get(name);
    if (hash === undefined) {
      hash = fnv(OFFSET, name);
      if (NAME_HASH.size < NAME_HASH_CAP) NAME_HASH.set(name, hash);
    }
    this.add(hash, value, NAMED, name, 0, 0);
  }

  /**
   * A named feature made of a prefix and a text of the email's own ("fd:" + a domain's part, "rs:" + a rule's
   * phrase; `from` and `to` cut the text): hashed as the joined name would be, without writing it (a new string,
   * flattened and hashed whole to be looked up, cost more than hashing its text).
   */
  joinedName(prefix: string, text: string, value: number, from = 0, to = text.length): void {
    const slot = this.count;
    this.add(fnvRange(prefixHash(prefix), text, from, to), value, JOINED, prefix, from, to);
    if (this.count > slot) this.joined[slot] = text;
  }

  word(hash: number, value: number, prefix: string, token: number): void {
    this.add(hash, value, WORD, prefix, token, 0);
  }

  pair(hash: number, prefix: string, token: number, next: number): void {
    this.add(hash, 1, PAIR, prefix, token, next);
  }

  piece(hash: number, prefix: string, token: number, offset: number): void {
    this.add(hash, 0.5, PIECE, prefix, token, offset);
  }

  /** The name of feature `slot` ("w:absage", "sb:your application", "c:absag"). */
  name(slot: number): string {
    const text = this.texts[slot]!;
    const recipe = this.recipe[slot];
    if (recipe === NAMED) return text;
    if (recipe === JOINED) return `${text}${this.joined[slot]!.slice(this.first[slot]!, this.second[slot]!)}`;
    const word = this.tokens.word(this.first[slot]!);
    if (recipe === WORD) return `${text}${word}`;
    const second = this.second[slot]!;
    return recipe === PAIR ? `${text}${word} ${this.tokens.word(second)}` : `${text}${word.slice(second, second + 5)}`;
  }

  private grow(): void {
    const size = this.count * 2;
    this.buckets = widened(this.buckets, new Int32Array(size));
    this.values = widened(this.values, new Float64Array(size));
    this.recipe = widened(this.recipe, new Uint8Array(size));
    this.first = widened(this.first, new Int32Array(size));
    this.second = widened(this.second, new Int32Array(size));
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    this.generation = 1;
    const tagged = 1 << FEATURE_BITS;
    for (let slot = 0; slot < this.count; slot++) {
      const bucket = this.buckets[slot]!;
      let h = bucket & this.mask;
      while (this.table[2 * h]! >>> FEATURE_BITS === 1) h = (h + 1) & this.mask;
      this.table[2 * h] = tagged | bucket;
      this.table[2 * h + 1] = slot;
    }
  }
}
