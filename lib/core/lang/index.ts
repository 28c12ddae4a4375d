/**
 * The languages Callback reads, listed once. Extraction (dates, times, deadlines) reads every one of them; the
 * learned classifier reads any language through its hashed words and was trained on all of these.
 * The rule classifier's phrases live beside each pack, in `lang/<code>/phrases.ts`, listed in `lang/phrases.ts`.
 * Adding a language: a folder `lang/<code>/` with its pack `index.ts` and its phrases `phrases.ts` (see types.ts;
 * empty kinds are allowed), one line below and the same line in `lang/phrases.ts` (tests/unit/lang/packs.test.ts
 * holds the two lists equal and counts the rows), training mail in `tests/fixtures/detection/train/`, and a test in
 * `tests/unit/lang/`.
 */
import { de } from './de/index';
import { en } from './en/index';
import { es } from './es/index';
import { fr } from './fr/index';
import { it } from './it/index';
import { ja } from './ja/index';
import { nl } from './nl/index';
import { pl } from './pl/index';
import { sv } from './sv/index';
import { pt } from './pt/index';
import type { LangCode, LanguagePack } from './types';

export const LANGUAGES: readonly LanguagePack[] = [en, de, fr, es, pt, it, nl, pl, sv, ja];

const BY_CODE = new Map<LangCode, LanguagePack>(LANGUAGES.map((l) => [l.code, l]));

export function languagePack(code: LangCode): LanguagePack {
  return BY_CODE.get(code) ?? en;
}

function countJapanese(sample: string): number {
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) n++;
  }
  return n;
}

/** Each language's marker words: one word is looked up in the text's set of words, a phrase is searched for. */
const MARKERS = new Map<LangCode, { text: string; single: boolean }[]>(
  LANGUAGES.map((l) => [l.code, l.markers.map((m) => (m.trim().includes(' ') ? { text: m, single: false } : { text: m.trim(), single: true }))]),
);

/** Names of days and months of four letters or more: most belong to one language only ("donderdag", "marca"). */
const NAMES = new Map<LangCode, Set<string>>(
  LANGUAGES.map((l) => [l.code, new Set([...l.weekdays, ...l.months].filter((w) => w.length >= 4))]),
);

/**
 * The language of a text: Japanese by its script, the others by their most frequent short words, with a day or
 * month name of the language counting double.
 */
export function detectLanguage(text: string): LangCode {
  const head = text.slice(0, 1_000);
  if (countJapanese(head) >= 10) return 'ja';
  const sample = ` ${head.toLowerCase().replace(/[\s,.;:!?()]+/g, ' ')} `;
  const words = new Set(sample.split(' '));
  let best: LangCode = 'en';
  let bestCount = -1;
  for (const pack of LANGUAGES) {
    if (pack.code === 'ja') continue;
    let count = 0;
    for (const marker of MARKERS.get(pack.code)!) count += (marker.single ? words.has(marker.text) : sample.includes(marker.text)) ? 1 : 0;
    for (const name of NAMES.get(pack.code)!) if (words.has(name)) count += 2;
    // English wins ties and near-ties: its words are the commonest in mixed mail.
    const margin = pack.code === 'en' ? 0 : 1;
    if (count > bestCount + margin) {
      best = pack.code;
      bestCount = count;
    }
  }
  return best;
}

export type { LangCode, LanguagePack } from './types';
