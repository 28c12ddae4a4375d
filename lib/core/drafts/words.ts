/**
 * The words of a letter for the advice check: lower-case, contractions expanded ("didn't" -> "did not", "I'm" ->
 * "i am", French "j'aimerais" -> "j" + "aimerais"), each with its character range and sentence number.
 */

export interface Token {
  word: string;
  start: number;
  end: number;
  sentence: number;
}

/** Above this many characters only the start is checked: a letter is never that long, and the cost stays bounded. */
export const MAX_CHECKED_CHARS = 20_000;

const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['am', 'not'],
  "i'm": ['i', 'am'],
};

/** Words elided before a vowel in French and Italian ("l'", "j'", "qu'", "dell'"). */
const ELIDED = new Set(['l', 'd', 'j', 'm', 't', 's', 'n', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'un', 'dell', 'all', 'nell', 'sull', 'quest']);

const SUFFIXES: Array<[string, string]> = [
  ["n't", 'not'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'re", 'are'],
  ["'d", 'would'],
  ["'s", ''],
];

/** Words of the text, lower-case, contractions expanded, each with its character range and sentence number. */
export function tokenize(input: string): Token[] {
  const text = input.length > MAX_CHECKED_CHARS ? input.slice(0, MAX_CHECKED_CHARS) : input;
  const tokens: Token[] = [];
  // Letters/digits, optionally joined by apostrophes; the two classes are disjoint, so this never backtracks.
  const word = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  let sentence = 0;
  let last = 0;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    for (let k = last; k < m.index; k++) {
      const c = text.charCodeAt(k);
      // . ! ? ; and a line break end a sentence: no phrase spans them.
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) {
        sentence++;
        break;
      }
    }
    last = m.index + m[0].length;
    const start = m.index;
    const end = last;
    let raw = m[0].toLowerCase();
    if (raw.indexOf("'") < 0 && raw.indexOf('\u2019') < 0) {
      tokens.push({ word: raw, start, end, sentence });
      continue;
    }
    raw = raw.replace(/\u2019/g, "'");
    const whole = CONTRACTIONS[raw];
    if (whole) {
      for (const w of whole) tokens.push({ word: w, start, end, sentence });
      continue;
    }
    // French (and Italian) elision: "j'aimerais" is "j" + "aimerais", "n'ai" is "n" + "ai".
    const cut = raw.indexOf("'");
    if (cut > 0 && ELIDED.has(raw.slice(0, cut)) && raw.length > cut + 1) {
      tokens.push({ word: raw.slice(0, cut), start, end, sentence });
      tokens.push({ word: raw.slice(cut + 1), start, end, sentence });
      continue;
    }
    const suffix = SUFFIXES.find(([s]) => raw.endsWith(s) && raw.length > s.length);
    if (suffix) {
      tokens.push({ word: raw.slice(0, raw.length - suffix[0].length), start, end, sentence });
      if (suffix[1]) tokens.push({ word: suffix[1], start, end, sentence });
      continue;
    }
    tokens.push({ word: raw, start, end, sentence });
  }
  return tokens;
}
