/**
 * An assessment's or an offer's deadline ("please complete it within 48 hours", "respond by March 3") and a
 * decision date they promised ("we'll be in touch by Friday", "within two weeks"). Only sentences with the cue
 * words and a date-like word reach chrono.
 */
import { buildMatcher, type PhraseMatcher } from '../classify/phrase-matcher';
import { cueSentences, DATE_SCAN_CAP, findDates, mayHoldDate, type Lang, type Reference } from './dates';
import { isoAtOffset } from './iso';

const DEADLINE_CUES = [
  'within', 'by', 'before', 'until', 'no later than', 'deadline', 'due', 'expire*', 'respond', 'reply', 'complete',
  'submit', 'return', "d'ici", 'avant', 'bis', 'spätestens', 'antes', 'hasta', 'plazo',
];
const DECISION_CUES = [
  'in touch', 'hear from us', 'hear back', 'get back to you', 'decision', 'update', 'let you know', 'reach out',
  'contact you', 'respond', 'feedback', 'revenir', 'reviendr*', 'recontacter*', 'melden', 'rückmeldung', 'respuesta',
  'contactaremos',
];
const matchers = new Map<readonly string[], PhraseMatcher<{ text: string }>>();
function cueMatcher(words: readonly string[]): PhraseMatcher<{ text: string }> {
  let m = matchers.get(words);
  if (!m) {
    m = buildMatcher(words.map((text) => ({ text })));
    matchers.set(words, m);
  }
  return m;
}
/** Words before a date that make it a limit rather than, say, the interview day. */
const LIMIT_BEFORE = /\b(by|before|until|no later than|deadline|due|expires?|on or before|d'ici|avant le|bis zum|bis|spätestens|antes del|hasta el)\b[^.]{0,20}$/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fourteen: 14,
  a: 1, 'a couple of': 2, 'a few': 3,
};
const WITHIN =
  /\b(?:within|in|up to|in the next|within the next)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|a couple of|a few|a)\s+(business days?|working days?|hours?|days?|weeks?)\b/i;

function addSpan(ref: Reference, amount: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('hour')) return ref.ms + amount * 3600_000;
  if (u.startsWith('week')) return ref.ms + amount * 7 * 86_400_000;
  if (u.startsWith('business') || u.startsWith('working')) {
    let ms = ref.ms;
    let left = amount;
    while (left > 0) {
      ms += 86_400_000;
      const day = new Date(ms + ref.offset * 60_000).getUTCDay();
      if (day !== 0 && day !== 6) left--;
    }
    return ms;
  }
  return ref.ms + amount * 86_400_000;
}

function within(piece: string, ref: Reference): string | null {
  const m = WITHIN.exec(piece);
  if (!m) return null;
  const amount = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? 0);
  if (amount <= 0 || amount > 365) return null;
  const at = addSpan(ref, amount, m[2]!);
  // "Within 48 hours" runs to the minute; "within 7 days" to the end of the seventh day, as a person reads it.
  return /^hour/i.test(m[2]!) ? isoAtOffset(at, ref.offset) : endOfDayIso(at, ref.offset);
}

/** A date with no time of day is a limit until the end of that day, on the sender's clock. */
function endOfDayIso(ms: number, offset: number): string {
  const local = new Date(ms + offset * 60_000);
  const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 23, 59, 0) - offset * 60_000;
  return isoAtOffset(end, offset);
}

function dateAfterCue(piece: string, ref: Reference, lang: Lang, needLimitWord: boolean): string | null {
  for (const d of findDates(piece, ref, lang)) {
    if (!d.start.dayKnown) continue;
    if (d.start.ms < ref.ms - 86_400_000) continue;
    const before = piece.slice(Math.max(0, d.index - 40), d.index + Math.min(8, d.text.length));
    if (needLimitWord && !LIMIT_BEFORE.test(before) && !/^(by|before|until)\b/i.test(d.text)) continue;
    return d.start.hourKnown ? d.start.iso : endOfDayIso(d.start.ms, d.start.iso.endsWith('Z') ? 0 : ref.offset);
  }
  return null;
}

function scan(body: string, cues: readonly string[], ref: Reference, lang: Lang, needLimitWord: boolean): string | null {
  let tried = 0;
  for (const { text: piece } of cueSentences(body.slice(0, DATE_SCAN_CAP), cueMatcher(cues), 24, 100)) {
    const span = within(piece, ref);
    if (span) return span;
    if (!mayHoldDate(piece)) continue;
    const date = dateAfterCue(piece, ref, lang, needLimitWord);
    if (date) return date;
    if (++tried >= 8) break;
  }
  return null;
}

export function extractDeadline(body: string, ref: Reference, lang: Lang): string | null {
  return scan(body, DEADLINE_CUES, ref, lang, true);
}

export function extractDecisionBy(body: string, ref: Reference, lang: Lang): string | null {
  return scan(body, DECISION_CUES, ref, lang, false);
}
