/**
 * The interview's start, end and zone from the text: only sentences that talk about the meeting and hold a date
 * are handed to chrono. A confirmation takes the first time it states; a request takes a time only when it names
 * exactly one (several proposed slots are not a fixed time).
 */
import type { InterviewTime, JobKind } from '../detection';
import { buildMatcher, type PhraseMatcher } from '../classify/phrase-matcher';
import { LANGUAGES } from '../lang/index';
import { cueSentences, DATE_SCAN_CAP, findDates, mayHoldDate, type FoundDate, type Lang, type Reference } from './dates';

/** Words of a sentence that may hold the interview's time, in every language read, and every weekday name. */
const CUES = [...new Set(LANGUAGES.flatMap((l) => [...l.meetingCues, ...l.weekdays.filter((w) => w.length >= 3 || /[^\x00-\x7f]/.test(w)), ...l.relativeDays]))];
let cueMatcher: PhraseMatcher<{ text: string }> | null = null;
const cues = () => (cueMatcher ??= buildMatcher(CUES.map((text) => ({ text }))));
let relativeMatcher: PhraseMatcher<{ text: string }> | null = null;
/** "today", "morgen", "domani", "明日": a bare time next to one is a fixed time. */
const relativeDays = () => (relativeMatcher ??= buildMatcher([...new Set(LANGUAGES.flatMap((l) => l.relativeDays))].map((text) => ({ text }))));

const DATE_LINE = /^(?:date|datum|fecha|data|day|jour|when|dag|日時|日程)\s*[:：]/i;
const TIME_LINE = /^(?:time|uhrzeit|heure|hora|horário|orario|ora|tijd|tid|godzina|zeit|時間)\s*[:：]/i;
/** A schedule's line that starts with a time of day: "9:00 AM - Welcome", "14:00 Vorstellung". */
const SCHEDULE_LINE = /\n[ \t]*((?:1[0-2]|0?[1-9])(?::[0-5]\d)? ?(?:am|pm)|(?:[01]?\d|2[0-3]):[0-5]\d)/i;
/** How far below a date line a schedule is looked for. */
const SCHEDULE_REACH = 400;
const MAX_PIECES = 12;
/** A time well before the email was sent is history ("you applied on March 1"), not the interview. */
const PAST_SLACK_MS = 12 * 3600_000;
/**
 * chrono moves a year-less date that has passed to next year ("March 1" read on March 5): an interview is not
 * scheduled that far ahead, so such a date is history too.
 */
const FUTURE_LIMIT_MS = 200 * 86_400_000;

function pieces(subject: string, body: string): string[] {
  const text = body.slice(0, DATE_SCAN_CAP);
  const out: string[] = mayHoldDate(subject) ? [subject] : [];
  for (const sentence of cueSentences(text, cues(), MAX_PIECES * 2)) {
    let piece = sentence.text;
    if (DATE_LINE.test(piece)) {
      // "Date: Tuesday, March 10" with "Time: 2pm PT" on the next line: read them as one.
      const nextEnd = text.indexOf('\n', sentence.end);
      const next = text.slice(sentence.end, nextEnd === -1 ? Math.min(text.length, sentence.end + 200) : nextEnd).trim();
      if (TIME_LINE.test(next)) {
        piece = `${piece.replace(DATE_LINE, '')} ${next.replace(TIME_LINE, '')}`;
      } else {
        // An itinerary: "Date: Thursday, March 19" and, a few lines down, a schedule whose first line starts
        // with the first time of the day ("9:00 AM - Welcome").
        const schedule = SCHEDULE_LINE.exec(text.slice(sentence.end, sentence.end + SCHEDULE_REACH));
        piece = piece.replace(DATE_LINE, '');
        if (schedule && !/\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}/i.test(piece)) piece = `${piece} ${schedule[1]}`;
      }
    } else if (TIME_LINE.test(piece)) {
      piece = piece.replace(TIME_LINE, '');
    }
    if (mayHoldDate(piece)) out.push(piece);
    if (out.length >= MAX_PIECES) break;
  }
  return out;
}

function timesIn(piece: string, ref: Reference, lang: Lang): FoundDate[] {
  const found = findDates(piece, ref, lang);
  // A time of day is written with a digit ("2pm", "14:00", "at 10") or as noon: "the next few days" is not one.
  const clocked = found.filter((d) => /\d|noon|midi|mittag|mediod|mezzogiorno|meio-dia|middag|południe|正午/i.test(d.text));
  found.length = 0;
  found.push(...clocked);
  const timed = found.filter((d) => d.start.hourKnown && d.start.dayKnown);
  if (timed.length > 0) return timed;
  // "March 10, 2026 ... 2:00 PM PT" read as two results: a day and a time. Read them together.
  const day = found.find((d) => d.start.dayKnown && !d.start.hourKnown);
  const time = found.find((d) => d.start.hourKnown && !d.start.dayKnown);
  if (day && time) {
    const tail = piece.slice(time.index, time.index + time.text.length + 24);
    return findDates(`${day.text} ${tail}`, ref, lang).filter((d) => d.start.hourKnown);
  }
  const bare = found.filter((d) => d.start.hourKnown);
  return relativeDays().scan(piece.toLowerCase()).length > 0 ? bare : [];
}

export function interviewFromText(subject: string, body: string, ref: Reference, lang: Lang, kind: JobKind): InterviewTime | null {
  const candidates: FoundDate[] = [];
  for (const piece of pieces(subject, body)) {
    for (const d of timesIn(piece, ref, lang)) {
      if (d.start.ms < ref.ms - PAST_SLACK_MS || d.start.ms > ref.ms + FUTURE_LIMIT_MS) continue;
      if (!candidates.some((c) => c.start.ms === d.start.ms)) candidates.push(d);
    }
    if (kind === 'interview_confirmed' && candidates.length > 0) break;
  }
  if (candidates.length === 0) return null;
  if (kind === 'interview_request' && candidates.length !== 1) return null;
  const first = candidates[0]!;
  const end = first.end && first.end.ms > first.start.ms ? first.end.iso : null;
  return { start: first.start.iso, end, timeZone: first.start.timeZone };
}
