/**
 * Reading dates with chrono-node, relative to the email's own date and offset ("tomorrow at 10" is the sender's
 * tomorrow), in the email's language, and turning them into ISO 8601 with the zone the email stated.
 */
import type * as chrono from 'chrono-node';
import type { Email } from '../email';
import { buildMatcher, type PhraseMatcher } from '../classify/phrase-matcher';
import { isoAtOffset, isoInZone, offsetOfIso, wallTimeInZone } from './iso';
import { ZONE_WORDS, isIanaZone } from './zones';
import { detectLanguage, LANGUAGES, languagePack, type LangCode } from '../lang/index';

export interface Reference {
  ms: number;
  /** Minutes east of UTC of the sender's clock. */
  offset: number;
}

/**
 * Reference dates outside these years are garbage (a hostile "+275760-09-12" made chrono loop near the end of
 * JavaScript's time range), so they count as no date at all.
 */
const SANE_FROM = Date.UTC(1990, 0, 1);
const SANE_TO = Date.UTC(2200, 0, 1);
const sane = (ms: number) => Number.isFinite(ms) && ms >= SANE_FROM && ms < SANE_TO;

export function referenceOf(email: Pick<Email, 'date'>, now?: Date): Reference | null {
  if (typeof email.date === 'string' && email.date !== '') {
    const ms = Date.parse(email.date);
    const offset = offsetOfIso(email.date) ?? 0;
    if (sane(ms) && Math.abs(offset) <= 14 * 60) return { ms, offset };
  }
  if (now instanceof Date && sane(now.getTime())) return { ms: now.getTime(), offset: 0 };
  return null;
}

export type Lang = LangCode;

/** The language a text's dates are written in (see lang/index.ts). */
export function detectLang(text: string): Lang {
  return detectLanguage(text);
}

export interface Moment {
  /** The instant, in ms since the epoch. */
  ms: number;
  iso: string;
  /** IANA zone the text stated, or null. */
  timeZone: string | null;
  hourKnown: boolean;
  dayKnown: boolean;
}

export interface FoundDate {
  index: number;
  text: string;
  start: Moment;
  end: Moment | null;
}

/** A zone word written as zones are written: "PT", "CET", "Pacific Time", "Europe/Berlin" (never "et", "ist"). */
export function zoneIn(text: string): string | null {
  // Callers hand it the few words around a time; a longer text is cut, so no input costs more than that.
  const snippet = text.length > 240 ? text.slice(0, 240) : text;
  // "(UTC+01:00) Amsterdam, Berlin", "GMT-5": a whole-hour offset is an Etc zone (whose sign IANA inverts).
  const offset = /\b(?:UTC|GMT) ?([+-])(\d{1,2})(?::?(\d{2}))?\b/.exec(snippet);
  if (offset) {
    const hours = Number(offset[2]);
    if ((offset[3] === undefined || offset[3] === '00') && hours <= 14) {
      if (hours === 0) return 'UTC';
      const zone = `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
      if (isIanaZone(zone)) return zone;
    }
  }
  const tokens = snippet.match(/[A-Za-z_]+(?:\/[A-Za-z_]+)?/g);
  if (!tokens) return null;
  for (let i = 0; i < tokens.length && i < 12; i++) {
    const token = tokens[i]!;
    if (token.includes('/')) {
      if (isIanaZone(token)) return token;
      continue;
    }
    const next = tokens[i + 1] ?? '';
    if (/^[A-Z][a-z]+$/.test(token) && /^Time$/i.test(next)) {
      const zone = ZONE_WORDS[`${token.toLowerCase()} time`];
      if (zone) return zone;
    }
    if (/^[A-Z]{2,5}$/.test(token)) {
      const zone = ZONE_WORDS[token.toLowerCase()];
      if (zone) return zone;
    }
  }
  return null;
}

function toMoment(component: chrono.ParsedComponents, zone: string | null, ref: Reference): Moment {
  const hourKnown = component.isCertain('hour');
  const dayKnown = component.isCertain('day') || component.isCertain('weekday');
  if (zone) {
    const ms = wallTimeInZone(
      component.get('year') ?? 1970,
      component.get('month') ?? 1,
      component.get('day') ?? 1,
      component.get('hour') ?? 0,
      component.get('minute') ?? 0,
      zone,
    );
    return { ms, iso: isoInZone(ms, zone), timeZone: zone, hourKnown, dayKnown };
  }
  const ms = component.date().getTime();
  const offset = component.isCertain('timezoneOffset') ? (component.get('timezoneOffset') ?? ref.offset) : ref.offset;
  return { ms, iso: isoAtOffset(ms, offset), timeZone: null, hourKnown, dayKnown };
}

/** Minutes or hours counted, in every language read: "30 minutes", "1 Stunde", "45分". */
const LENGTH = new RegExp(
  `\\d\\s*-?\\s*(?:${[...new Set(LANGUAGES.flatMap((l) => l.lengthUnits))].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])|\\b(?:an?|one|half an?)\\s+(?:minute|hour)\\b`,
  'iu',
);
/** A clock time written out: "2:30", "14.30", "2pm", "14 Uhr", "om 14 uur", "14h30", "14時". */
const CLOCK = /\d[:.]\d\d|\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d\s*uhr\b|\bom\s\d{1,2}\suur\b|\d\s*h\s*\d\d|\bnoon\b|\d時/i;

/** "30 minutes", "within 2 hours": a length of time with no clock time in it. */
function isLength(text: string): boolean {
  return LENGTH.test(text) && !CLOCK.test(text);
}

/** Every date in a short text (a sentence or a few lines). Never throws. */
export function findDates(text: string, ref: Reference, lang: Lang): FoundDate[] {
  let results: chrono.ParsedResult[];
  try {
    // chrono's cost grows with the text: callers hand it a sentence, and a long one is cut.
    const pack = languagePack(lang);
    const piece = text.slice(0, 320);
    results = pack.parser.parse(pack.prepare ? pack.prepare(piece) : piece, { instant: new Date(ref.ms), timezone: ref.offset }, { forwardDate: true });
  } catch {
    return [];
  }
  // A year chrono read from hostile text ("in 9999999 years") is no date for us; checked before any zone math.
  // A length ("a 30-minute call", "about 3.5 hours") is no time of day, though chrono reads it as one from now.
  return results.filter((r) => sane(r.start.date().getTime()) && !isLength(r.text)).map((r) => {
    const zone = zoneIn(text.slice(Math.max(r.index, r.index + r.text.length - 24), r.index + r.text.length + 24));
    return {
      index: r.index,
      text: r.text,
      start: toMoment(r.start, zone, ref),
      end: r.end ? toMoment(r.end, zone, ref) : null,
    };
  });
}

/** Words worth handing to chrono: a digit, or a weekday, month or relative day of any language read. */
let hintMatcher: PhraseMatcher<{ text: string }> | null = null;
function hints(): PhraseMatcher<{ text: string }> {
  hintMatcher ??= buildMatcher(
    [...new Set(LANGUAGES.flatMap((l) => [...l.weekdays, ...l.months, ...l.relativeDays, ...l.noon]))]
      .filter((w) => w.length >= 3 || /[^\x00-\x7f]/.test(w))
      .map((text) => ({ text })),
  );
  return hintMatcher;
}
const DIGIT = /\d/;

export function mayHoldDate(text: string): boolean {
  return DIGIT.test(text) || hints().scan(text.toLowerCase()).length > 0;
}

/** Dates that matter (interview details, deadlines, promises) come early: later text is not read for them. */
export const DATE_SCAN_CAP = 8_000;

/** Splits text into sentences and lines, each capped, at most `max` of them. Linear. */
export function sentences(text: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n && out.length < max; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 46 && c !== 33 && c !== 63) continue;
    const after = i + 1 < n ? text.charCodeAt(i + 1) : 10;
    if (c !== 10 && after !== 32 && after !== 10) continue;
    const piece = text.slice(start, i + 1).trim();
    if (piece !== '') out.push(piece.length > 400 ? piece.slice(0, 400) : piece);
    start = i + 1;
  }
  return out;
}

const SENTENCE_REACH = 200;

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** "17. März", "3. April": a period after a one- or two-digit number is an ordinal, not a sentence's end. */
function isOrdinal(text: string, i: number): boolean {
  if (!isDigitCode(text.charCodeAt(i - 1))) return false;
  const two = isDigitCode(text.charCodeAt(i - 2));
  const before = text.charCodeAt(two ? i - 3 : i - 2);
  return !isDigitCode(before) && before !== 58 /* : */ && before !== 46 /* . */;
}

/** Abbreviations that stand before a time or a number, not at a sentence's end: "kl. 14.30", "godz. 10:00". */
const ABBREVIATIONS = new Set(['kl', 'godz', 'ca', 'approx', 'tel', 'nr', 'no', 'ul', 'ok', 'ore', 'h', 'dr', 'mr', 'mrs', 'ms', 'inkl', 'bzw', 'ggf', 'evtl', 'vs', 'sr', 'sra', 'dott']);

function isAbbreviation(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < 6 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < i && ABBREVIATIONS.has(text.slice(start, i).toLowerCase());
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return true;
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const after = text.charCodeAt(i + 1);
  if (c === 46 && after === 32 && (isOrdinal(text, i) || isAbbreviation(text, i))) return false;
  return after === 32 || after === 10 || Number.isNaN(after);
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * The sentences (or lines) that hold a cue word, in order, without splitting the whole text: one pass of the cue
 * matcher, then a short walk to the sentence ends around each hit.
 */
export function cueSentences(text: string, cues: PhraseMatcher<{ text: string }>, max: number, reach = SENTENCE_REACH): Sentence[] {
  const out: Sentence[] = [];
  let coveredUntil = -1;
  for (const hit of cues.scan(text)) {
    if (hit.start < coveredUntil) continue;
    let start = hit.start;
    const low = Math.max(0, hit.start - reach);
    while (start > low && !isSentenceEnd(text, start - 1)) start--;
    let end = hit.end;
    const high = Math.min(text.length, hit.end + reach);
    while (end < high && !isSentenceEnd(text, end)) end++;
    const piece = text.slice(start, Math.min(text.length, end + 1)).trim();
    coveredUntil = end + 1;
    if (piece !== '') out.push({ text: piece, start, end: end + 1 });
    if (out.length >= max) break;
  }
  return out;
}
