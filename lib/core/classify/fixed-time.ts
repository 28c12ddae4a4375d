/**
 * Does the email name one fixed date and time? An interview email that does ("Wednesday at 3:30pm ET works",
 * "am Dienstag, den 17. März um 14:00 Uhr", "tomorrow at 10 at our office") is a confirmation; one that asks for
 * availability, offers several days or puts the time in a question is still a request.
 *
 * Cheap by design: the day words (weekdays, months, "tomorrow", "Uhr") come from the classifier's one matcher pass,
 * and a short, linear clock pattern runs only on a window around each of them, only when the email is about an
 * interview. chrono-node is left to extraction, which reads the time itself.
 */

export interface TimeAnchor {
  type: 'when';
  text: string;
  /** 0-6 for a weekday (Monday first), so that slots on different days can be told apart; absent otherwise. */
  weekday?: number;
}

const WEEKDAYS: readonly (readonly string[])[] = [
  ['monday', 'mon', 'lundi', 'montag', 'lunes'],
  ['tuesday', 'tue', 'tues', 'mardi', 'dienstag', 'martes'],
  ['wednesday', 'wed', 'mercredi', 'mittwoch', 'miércoles'],
  ['thursday', 'thu', 'thur', 'thurs', 'jeudi', 'donnerstag', 'jueves'],
  ['friday', 'fri', 'vendredi', 'freitag', 'viernes'],
  ['saturday', 'sat', 'samedi', 'samstag', 'sábado'],
  ['sunday', 'sun', 'dimanche', 'sonntag', 'domingo'],
];

const OTHER_ANCHORS: readonly string[] = [
  // Months, in full and abbreviated ("Thu Mar 12").
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  // Relative days, and the German clock word that follows numeric dates ("am 20.03.2026 um 10:30 Uhr").
  'today', 'tomorrow', 'tonight', 'demain', "aujourd'hui", 'morgen', 'heute', 'mañana', 'hoy', 'uhr',
];

export const TIME_ANCHORS: readonly TimeAnchor[] = [
  ...WEEKDAYS.flatMap((names, weekday) => names.map((text): TimeAnchor => ({ type: 'when', text, weekday }))),
  ...OTHER_ANCHORS.map((text): TimeAnchor => ({ type: 'when', text })),
];

/**
 * A time of day: "3:30pm", "10.30 am", "14:00", "14h", "14 Uhr", "at 10", "um 10", "noon". Alternatives without
 * nested repetition, each bounded: linear on any input.
 */
const CLOCK =
  /\b(?:[01]?\d|2[0-3])[:h][0-5]\d\b|\b(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)? ?(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)? ?(?:uhr|h)\b|\b(?:at|um|a las|alle) (?:[01]?\d|2[0-3])\b(?![.:/,-]?\d)|(?:^|\s)à (?:[01]?\d|2[0-3])\b|\bnoon\b|\bmidi\b|\bmittag/i;
/** Words just before a date that make it a deadline ("by Friday at 5pm", "the link expires on March 12"). */
const DEADLINE = /\b(?:by|before|until|till|no later than|deadline|due|expires?|expiring|closes|bis|avant|antes|hasta)\b/i;
/** Words that put a date in the past ("you applied on March 2 at 10:14"). */
const PAST = /\b(?:yesterday|last|ago|earlier|applied|submitted|received|wrote|gestern|ayer)\b/i;

/** Characters read before and after a day word for its time of day. */
const BEFORE = 40;
const AFTER = 60;
/** Day words examined per text: a long schedule still costs a bounded amount. */
const MAX_ANCHORS = 16;

export interface AnchorHit {
  entry: TimeAnchor;
  start: number;
  end: number;
}

export interface FixedTimes {
  /** Day words with a time of day beside them, not a deadline, not in the past, not in a question. */
  count: number;
  /** Weekdays among them (0-6): slots on several days are options, not a fixed time. */
  weekdays: Set<number>;
  /** A time of day that was asked about ("Could you do Monday at 3pm?"). */
  asked: boolean;
}

function isQuestion(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + 160);
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === '?') return true;
    if (c === '!' || c === '\n') return false;
    // A period ends the sentence only before a space or the end ("a.m." does not).
    if (c === '.' && (i + 1 >= text.length || text[i + 1] === ' ' || text[i + 1] === '\n')) {
      if (!/[ap]\.m$/i.test(text.slice(Math.max(0, i - 3), i))) return false;
    }
  }
  return false;
}

/** Reads the times of day beside the day words the matcher found in `text`. */
export function fixedTimes(text: string, anchors: readonly AnchorHit[]): FixedTimes {
  const result: FixedTimes = { count: 0, weekdays: new Set(), asked: false };
  const days = result.weekdays;
  let coveredUntil = -1;
  for (let k = 0; k < anchors.length && k < MAX_ANCHORS; k++) {
    const a = anchors[k]!;
    const from = Math.max(0, a.start - BEFORE);
    const to = Math.min(text.length, a.end + AFTER);
    const window = text.slice(from, to);
    const clock = CLOCK.exec(window);
    if (!clock) continue;
    const clockAt = from + clock.index;
    const lead = text.slice(Math.max(0, Math.min(a.start, clockAt) - 20), clockAt);
    if (DEADLINE.test(lead)) continue;
    if (PAST.test(text.slice(Math.max(0, Math.min(a.start, clockAt) - 40), Math.max(a.end, clockAt + clock[0].length)))) continue;
    if (isQuestion(text, Math.max(a.end, clockAt + clock[0].length))) {
      result.asked = true;
      continue;
    }
    if (a.entry.weekday !== undefined) days.add(a.entry.weekday);
    // "Thu Mar 12 11am" holds two day words for one time: count the time once.
    if (clockAt >= coveredUntil) result.count++;
    coveredUntil = clockAt + clock[0].length;
  }
  return result;
}
