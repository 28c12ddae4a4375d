/**
 * Does the email name one fixed date and time? An interview email that does ("Wednesday at 3:30pm ET works",
 * "am Dienstag, den 17. März um 14:00 Uhr", "tomorrow at 10 at our office") is a confirmation; one that asks for
 * availability, offers slots on several days or puts the time in a question is still a request.
 *
 * Cheap by design, and run only when the email is about an interview: the runs of digits are found first, a
 * short, linear pattern tells which start a time of day, then a day word is looked for in a window around each.
 * chrono-node is left to extraction, which reads the time itself.
 */

/**
 * A day (English, French, German, Spanish, Italian): a weekday, a month (full or abbreviated, "Thu Mar 12"), a relative day, or a numeric date ("20.03.2026",
 * "3/12", "2026-03-20").
 */
const DAY =
  /\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|januar|februar|m[aä]rz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|luned[iì]?|marted[iì]?|mercoled[iì]?|gioved[iì]?|venerd[iì]?|sabato|domenica|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|today|tomorrow|tonight|demain|aujourd'hui|morgen|heute|ma[nñ]ana|hoy)\b|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\b\d{1,2}\/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b/gi;

/** Weekday of a day word (0 = Monday), so that slots on different days can be told apart. */
const WEEKDAY_OF: ReadonlyMap<string, number> = new Map(
  [
    ['mon', 'monday', 'lundi', 'montag', 'lunes', 'luned', 'lunedi'],
    ['tue', 'tues', 'tuesday', 'mardi', 'dienstag', 'martes', 'marted', 'martedi'],
    ['wed', 'wednesday', 'mercredi', 'mittwoch', 'miercoles', 'miércoles', 'mercoled', 'mercoledi'],
    ['thu', 'thur', 'thurs', 'thursday', 'jeudi', 'donnerstag', 'jueves', 'gioved', 'giovedi'],
    ['fri', 'friday', 'vendredi', 'freitag', 'viernes', 'venerd', 'venerdi'],
    ['sat', 'saturday', 'samedi', 'samstag', 'sabado', 'sábado', 'sabato'],
    ['sun', 'sunday', 'dimanche', 'sonntag', 'domingo', 'domenica'],
  ].flatMap((names, day) => names.map((name): [string, number] => [name, day])),
);

/**
 * A time of day at the start of the string it is tried on: "3:30pm", "10.30 am", "14:00", "14h", "14 Uhr".
 * Alternatives without nested repetition, each bounded: linear on any input.
 */
const CLOCK =
  /^(?:(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)? ?(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)? ?(?:uhr|h)\b)/i;
/** A bare hour introduced as one: "at 10", "um 10", "à 10", "a las 10". */
const AT_HOUR = /(?:\bat|\bum|à|\ba las|\balle) $/i;
const BARE_HOUR = /^(?:[01]?\d|2[0-3])(?![\d.:/,-]\d|\d)/;
/** Words just before a date that make it a deadline ("by Friday at 5pm", "the link expires on March 12"). */
const DEADLINE = /\b(?:by|before|until|till|no later than|deadline|due|expires?|expiring|closes|bis|avant|antes|hasta)\b/i;
/** Words before a date that make it a start date, not a meeting ("your start date is Monday, April 6 at 9am"). */
const START = /\b(?:start(?:s|ing)?|first day|begin|onboarding|orientation|antritt|arbeitsbeginn|incorporaci[oó]n|prise de poste)\b/i;
/** Words that put a date in the past ("you applied on March 2 at 10:14"). */
const PAST = /\b(?:yesterday|last|ago|earlier|applied|submitted|received|wrote|gestern|ayer)\b/i;

/** Characters read before and after a time of day for its day word. */
const BEFORE = 70;
const AFTER = 40;
/** An interview's time is stated near the top: text further down (signatures, legal notes) is not read. */
const SCAN_CAP = 2_000;
/** Times of day examined per text: a long schedule or a page of numbers still costs a bounded amount. */
const MAX_CLOCKS = 16;

export interface FixedTimes {
  /** Times of day with a day word beside them, not a deadline, not in the past, not in a question. */
  count: number;
  /** Weekdays among them (0-6): slots on several days are options, not a fixed time. */
  weekdays: Set<number>;
  /** A time of day that was asked about ("Could you do Monday at 3pm?"). */
  asked: boolean;
}

/** Runs of digits: where a time of day may start. */
const DIGITS = /\d+/g;

/** Is the sentence that goes on from `from` a question? */
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

/** The time of day that starts at `at` (a digit), as [start, end], or null. */
function clockAt(text: string, at: number): [number, number] | null {
  const rest = text.slice(at, at + 12);
  const clock = CLOCK.exec(rest);
  if (clock) return [at, at + clock[0].length];
  const bare = BARE_HOUR.exec(rest);
  if (bare && AT_HOUR.test(text.slice(Math.max(0, at - 7), at))) return [at, at + bare[0].length];
  return null;
}

interface DayNear {
  start: number;
  end: number;
  /** The weekday named beside the time ("Tuesday, March 10 at 2pm"), if any. */
  weekday: number | undefined;
}

/** Does a sentence end between `from` and `to` ("10am. Wednesday")? A line break counts too. */
function crossesSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') return true;
    if ((c === '.' || c === '!' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n')) return true;
  }
  return false;
}

/**
 * The day word that goes with a time of day: the closest one in its sentence, else the closest one across
 * lines (a "Date:" line above a schedule), or null.
 */
function dayNear(text: string, start: number, end: number): DayNear | null {
  const from = Math.max(0, start - BEFORE);
  const window = text.slice(from, Math.min(text.length, end + AFTER));
  DAY.lastIndex = 0;
  let best: { start: number; end: number } | null = null;
  let bestRank = Infinity;
  let weekday: number | undefined;
  let weekdayRank = Infinity;
  for (let m = DAY.exec(window); m !== null; m = DAY.exec(window)) {
    const at = from + m.index;
    const atEnd = at + m[0].length;
    // The time itself is no date ("10.30." at a sentence's end).
    if (at >= start && at < end) continue;
    const before = atEnd <= start;
    const gap = before ? start - atEnd : at - end;
    // Same sentence first, then the nearest; a day before the time wins a tie.
    const rank = (crossesSentence(text, before ? atEnd : end, before ? start : at) ? 1_000 : 0) + gap * 2 + (before ? 0 : 1);
    if (rank < bestRank) {
      bestRank = rank;
      best = { start: at, end: atEnd };
    }
    const named = WEEKDAY_OF.get(m[0].toLowerCase());
    if (named !== undefined && rank < weekdayRank) {
      weekdayRank = rank;
      weekday = named;
    }
  }
  return best === null ? null : { ...best, weekday };
}

/** Reads the fixed times of day in `text` (the fresh part of a message; the quoted thread is left out). */
export function fixedTimes(whole: string): FixedTimes {
  const text = whole.length > SCAN_CAP ? whole.slice(0, SCAN_CAP) : whole;
  const result: FixedTimes = { count: 0, weekdays: new Set(), asked: false };
  let clocks = 0;
  // The regex engine finds the runs of digits far faster than a loop over the characters would.
  DIGITS.lastIndex = 0;
  for (let run = DIGITS.exec(text); run !== null && clocks < MAX_CLOCKS; run = DIGITS.exec(text)) {
    const clock = clockAt(text, run.index);
    if (clock === null) continue;
    clocks++;
    const [start, end] = clock;
    if (end > DIGITS.lastIndex) DIGITS.lastIndex = end;
    const day = dayNear(text, start, end);
    if (day === null) continue;
    const lo = Math.min(day.start, start);
    if (DEADLINE.test(text.slice(Math.max(0, lo - 20), start))) continue;
    if (START.test(text.slice(Math.max(0, lo - 30), start))) continue;
    if (PAST.test(text.slice(Math.max(0, lo - 40), Math.max(day.end, end)))) continue;
    if (isQuestion(text, Math.max(day.end, end))) {
      result.asked = true;
      continue;
    }
    if (day.weekday !== undefined) result.weekdays.add(day.weekday);
    result.count++;
  }
  return result;
}
