/**
 * Whether a text's words include a job word of any language read (`jobWords` of each pack in `lib/core/lang/`):
 * "Bewerbung", "colloquio", "sollicitatie", "面接". The learned model reads the absence of every one of them as a
 * signal: an invitation or a confirmation that names no job, hiring or interview in any language is rarely the
 * user's interview.
 *
 * Linear in the number of words: each word is looked up once by a hash of its first four characters (stems) and,
 * when short, by a hash of the whole word; no word is cut out of its text.
 */
import { LANGUAGES } from '../../lang/index';
import { readsAs, readTokens, STEM_KEY, TokenList, wordHash } from './tokens';

const stems = new Map<number, string[]>();
const whole = new Set<number>();
let longestWhole = 0;
/**
 * One bit per value of a hash's low 16 bits, set for every stem key and whole word: most words of an email are no
 * job word, and this 8 KB table says so without the Map or Set lookup (a few times slower) that confirms a hit.
 */
const FILTER_MASK = (1 << 16) - 1;
const filter = new Uint32Array((FILTER_MASK + 1) >>> 5);
function mark(hash: number): void {
  const h = hash & FILTER_MASK;
  filter[h >>> 5]! |= 1 << (h & 31);
}
function mayHold(hash: number): boolean {
  const h = hash & FILTER_MASK;
  return ((filter[h >>> 5]! >>> (h & 31)) & 1) === 1;
}

for (const pack of LANGUAGES) {
  for (const word of pack.jobWords) {
    if (word.endsWith('*')) {
      const stem = word.slice(0, -1);
      if (stem.length < STEM_KEY) throw new Error(`jobWords of ${pack.code}: the stem "${word}" is shorter than ${STEM_KEY} characters`);
      // Keyed as the word reader keys a word: the hash of its first STEM_KEY characters as they read.
      const key = wordHash(stem, 0, stem.length).key;
      const list = stems.get(key);
      if (list) list.push(stem);
      else stems.set(key, [stem]);
      mark(key);
    } else {
      const key = wordHash(word, 0, word.length).hash;
      whole.add(key);
      mark(key);
      longestWhole = Math.max(longestWhole, word.length);
    }
  }
}

/**
 * Whether word `text[start, end)` (read in lower case) is a job word of some language, given the hashes the word
 * reader computed (`TokenList.keys` and `hashes`): `key` over its first STEM_KEY characters (the whole word when
 * shorter), `word` over all of it.
 */
export function wordIsJob(text: string, start: number, end: number, key: number, word: number): boolean {
  const length = end - start;
  if (length <= longestWhole && mayHold(word) && whole.has(word)) return true;
  if (length < STEM_KEY || !mayHold(key)) return false;
  const list = stems.get(key);
  if (!list) return false;
  for (const stem of list) if (length >= stem.length && readsAs(text, start, stem)) return true;
  return false;
}

/** True when one of the words `from` to `to` (exclusive) of the list is a job word of some language. */
function hasJobWord(tokens: TokenList, from: number, to: number): boolean {
  const { sources, source, starts, ends, keys, hashes } = tokens;
  for (let i = from; i < to; i++) if (wordIsJob(sources[source[i]!]!, starts[i]!, ends[i]!, keys[i]!, hashes[i]!)) return true;
  return false;
}

const scratch = new TokenList();
/** Longer texts are read in their head: where a subject line or a short reply says what it is about. */
const TEXT_CAP = 4_000;

/** True when a text (a subject, a body) has a job word of some language. */
export function textHasJobWord(text: string): boolean {
  scratch.clear();
  readTokens(text.length > TEXT_CAP ? text.slice(0, TEXT_CAP) : text, scratch);
  const found = hasJobWord(scratch, 0, scratch.count);
  scratch.clear();
  return found;
}
