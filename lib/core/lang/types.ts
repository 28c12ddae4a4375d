/**
 * What Callback knows of one language, in one place: how to tell a text is in it, the names of its days and
 * months, the words that introduce a meeting's time, how its dates and times are read, and the rule classifier's
 * phrases in it. One folder per language (`lang/<code>/index.ts`, listed in `lang/index.ts`, and
 * `lang/<code>/phrases.ts`, listed in `lang/phrases.ts`), in the shape of chrono-node's locales.
 */
import type { Chrono } from 'chrono-node';
import type { EmailKind } from '../detection';
import type { Weight } from '../classify/signal-types';

/** Every language read, by its ISO 639-1 code (kept on events: see TimelineEvent.lang). */
export const LANG_CODES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'ja'] as const;
export type LangCode = (typeof LANG_CODES)[number];

export interface LanguagePack {
  code: LangCode;
  /** Frequent short words, each with spaces around it: the language with most of them in a text is its language. */
  markers: readonly string[];
  /** Weekday names and their usual abbreviations, lower case. */
  weekdays: readonly string[];
  /** Month names and their usual abbreviations, lower case. */
  months: readonly string[];
  /** "today", "tomorrow", "tonight": a bare time next to one of these is a fixed time. */
  relativeDays: readonly string[];
  /**
   * Words that say an email speaks of a job, hiring or an interview ("Bewerbung", "colloquio", "面接"), lower case;
   * `*` ends a stem of at least four characters, other words match whole. The learned model reads "no job word in
   * any language" as a signal of its own (an invitation without one is rarely an interview).
   */
  jobWords: readonly string[];
  /**
   * Words an employer writes to its own staff ("your payslip", "the new rota", "Liebe Kolleginnen und Kollegen",
   * "interne vacature"), lower case; a phrase matches whole words, `*` ends a stem. Mail from an organisation, read
   * as other mail, with one of them shows the owner works there (core/classify/staff-words.ts): its later job
   * decisions (an internal application, a panel the owner sits on) wait for the owner's word. Words a bank, a school
   * or a job advert also writes ("nómina", "rooster", "appraisal") are left out.
   */
  staffWords: readonly string[];
  /**
   * Words that name a vacancy or an application as internal to the employer ("internal vacancy", "interne
   * Bewerbung", "社内公募"), lower case, whole words: under LABELS.md every step of an application at the owner's
   * current employer is other mail, so a job decision that says so of itself waits for the owner's word (read by
   * the rules' one pass as the `internal` topic: core/classify/context.ts). Not "internal candidate": an outside
   * employer's rejection says it too.
   */
  internalWords: readonly string[];
  /**
   * Words of selling one's own work to clients ("quotation", "Rechnung", "devis", "offerteaanvraag", "見積"), lower case; a
   * phrase matches whole words, `*` ends a stem. A freelancer's client writes hiring's words ("we went with another
   * supplier", "could you start Monday?", "we can offer you an extension"); read by the rules' one pass as the
   * `client` topic, which the learned model weighs like any feature (core/classify/model/features.ts). Every pack's
   * words are read in every text, so none may be ordinary in job mail in any language: not "client", "Auftraggeber"
   * or "opdrachtgever" (a recruiter's client is an employer), "proposta" (a Portuguese job offer), "hourly rate",
   * "honorarios", "nota fiscal" or "umowa zlecenie" (contracts job offers name), "im Auftrag" (an HR signature),
   * "estimate", "deposit" or "quote" alone ("please quote reference…"), "offerte" (Italian job alerts) or "anticipo"
   * (Italian "in anticipo").
   */
  clientWords: readonly string[];
  /** Words of a sentence that may hold a meeting's time ("interview", "Termin", "colloquio"); `*` ends a prefix. */
  meetingCues: readonly string[];
  /** Units of a length of time ("minutes", "Stunden"): "a 30-minute call" is no time of day. */
  lengthUnits: readonly string[];
  /** "noon", "midi", "Mittag": a time of day written without a digit. */
  noon: readonly string[];
  /** The date reader: a chrono-node parser for this language. */
  parser: Chrono;
  /**
   * Rewrites the language's own ways of writing a time into ones the parser reads ("kl. 14.30" → "at 14:30"),
   * for languages whose chrono locale lacks them, or that have none (Polish, Swedish: read with English's parser
   * after their day and month names are put in English).
   */
  prepare?: (text: string) => string;
  /**
   * How this language's mail programs head a quoted message in a reply (Gmail's "On … wrote:", Outlook's "From:" and
   * "Sent:", Apple Mail's and Thunderbird's own lines, a separator's "-----Original Message-----"): the newest message
   * above it is what the email says, the quoted one only what it answers (core/classify/quoted.ts).
   */
  replyHeaders: readonly ReplyHeader[];
  /**
   * How this language's mail programs and calendars shape a message, as the learned model reads it
   * (core/classify/model/mail-shape.ts): reply and forward prefixes, the forward line, a calendar's answers, and the
   * labels of an interview's candidate and panel.
   */
  mailShape: MailShapeWords;
}

/**
 * The words of one language's mail shapes. Lower case (but `forwardLine`, as written), plain letters and spaces: the
 * patterns that read them are built from every pack's words (mail-shape.ts), so a word listed by two packs counts once.
 */
export interface MailShapeWords {
  /** A reply's subject prefixes, without their colon ("re", "aw", "odp", "返信"). */
  replyPrefixes: readonly string[];
  /** A forward's subject prefixes, without their colon ("fwd", "wg", "doorst", "転送"). */
  forwardPrefixes: readonly string[];
  /** The line a mail program writes above a forwarded message, as written ("Forwarded message", "転送メッセージ"). */
  forwardLine: string;
  /** A calendar's answer to an invitation, as its subject starts before the colon ("accepted", "abgelehnt", "承諾"). */
  calendarAnswers: readonly string[];
  /** "Candidate", as a schedule's label or a guest list names the person interviewed ("kandidatin", "候補者"). */
  candidate: readonly string[];
  /**
   * Labels of an interview's panel, of the employer's side of a hiring ("hiring manager", "rekryterande chef") and
   * of a meeting's organiser ("organiser", "主催者"): the owner named after one of them hires, not applies.
   */
  panel: readonly string[];
  /** An interviewer's role written just after a name ("Sander de Wit – interviewer"); read as the start of a word. */
  interviewerRoles: readonly string[];
}

/** One way of heading a quoted message: a fixed word the header holds, and how its first line starts. */
export interface ReplyHeader {
  /** Held by the header's first line or the line after it ("wrote:", "schreef", "\nGesendet: "). */
  word: string;
  /** How the header's first line starts ("On ", "Von: ", "--"). */
  opens: readonly string[];
}

/**
 * One row of the rule classifier's phrase tables: [text, weight], [text, weight, 'ctx'] for phrases that count
 * only about a job, [text, weight, 'emp'] for phrases that count only about the terms of a job (an offer of 25% off
 * is no job offer), or [text, weight, 'hire'] for everyday phrases that count only about hiring ("schedule a call"
 * with an assistant named in the email is no interview). The text is lower case, with plain apostrophes; a `*` at
 * its end makes it a stem. Where two phrases overlap in the text the heavier, then the longer, wins.
 */
export type PhraseRow = readonly [string, Weight] | readonly [string, Weight, 'ctx' | 'emp' | 'hire'];

/** The phrase tables of a language: one per kind, and `receipt` (see LanguagePhrases). */
export type PhraseKind =
  | 'rejection' | 'offer' | 'interview_confirmed' | 'interview_request' | 'assessment' | 'application_received' | 'receipt';

/**
 * What the rule classifier knows of one language: its phrase rows per kind (`lang/<code>/phrases.ts`, listed
 * once in `lang/phrases.ts`; lib/core/classify/phrases.ts assembles the tables from that list).
 */
export interface LanguagePhrases extends Record<PhraseKind, readonly PhraseRow[]> {
  code: LangCode;
  rejection: readonly PhraseRow[];
  offer: readonly PhraseRow[];
  interview_confirmed: readonly PhraseRow[];
  interview_request: readonly PhraseRow[];
  assessment: readonly PhraseRow[];
  application_received: readonly PhraseRow[];
  /**
   * Something the candidate sent arrived: read as application_received and flagged `receipt` (decisive, it sets
   * aside the test it names: "we received your take-home"). The other languages' acknowledgements of an
   * application sit here too, as they did in the single table.
   */
  receipt: readonly PhraseRow[];
  /**
   * Phrases (of the rows above) that ask the candidate for a time (availability, slots, a booking page): while one
   * stands, a date in the email is a proposal, not a fixed interview.
   */
  asks?: readonly string[];
  /** Phrases (of the rows above) that count only when an interview is named: calendar-invite furniture. */
  needsInterview?: readonly string[];
  /** Negation words: one shortly before a progress phrase reads as a rejection (classify/negation.ts). */
  negations?: readonly string[];
  /** "can't wait", "not only", "not yet": negation words that negate nothing. */
  voidNegations?: readonly string[];
  /** Steps forward ("offer you the", "donner suite"): negated, a rejection; alone, some speak for their own kind. */
  progress?: readonly ProgressRow[];
}

/** A progress phrase, with the kind and weight it speaks for when nothing negates it. */
export type ProgressRow = readonly [string, EmailKind?, Weight?];
