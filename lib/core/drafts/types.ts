/**
 * The drafts' contract with the UI: what goes in (the timeline's facts for one rule) and what comes out (a draft to
 * insert, or a clear "no letter" with the reason), plus the advice check's warnings.
 */
import type { AdviceSource } from '../advice/sources';
import type { LangCode } from '../lang/types';
import type { RuleId } from '../reminders/types';
import type { Settings } from '../settings';
import type { LetterLang } from './locale';
import type { Application, Note, Person, Stance, TimelineEvent } from '../timeline/types';

export type Tone = 'warm' | 'concise' | 'formal';

export const TONES: readonly Tone[] = ['warm', 'concise', 'formal'];

/** How to answer an offer: accept it, ask to discuss the terms, or ask for time to decide (the default). */
export type OfferAnswer = 'accept' | 'discuss' | 'ask-time';

/** A half-open character range [start, end) over a text. */
export interface Span {
  start: number;
  end: number;
}

/** A fact the product did not know, left in the body as "[label]" for the user to fill; the UI highlights it. */
export interface Blank extends Span {
  label: string;
}

/**
 * A note as the drafts read it. `personId` is optional and not (yet) in the timeline's Note: when present, a topic
 * note belongs to that interviewer. Without it, a topic written "Ana: event sourcing" belongs to Ana.
 */
export type DraftNote = Note & { personId?: string | null };

export interface DraftInput {
  ruleId: RuleId;
  tone: Tone;
  /** After a rejection: door open (write) or clean break (no letter). Default: the application's, else the settings'. */
  stance?: Stance | null;
  application: Application;
  /** The reminder's event: the interview for thank-yous and follow-ups, the rejection, the invite, the offer. */
  event?: TimelineEvent | null;
  /** The recipient, when known (the interviewer for thank-you-each, the recruiter for thank-helpers). */
  person?: Person | null;
  /** Everyone known on this application (interviewers are named in panel thank-yous and gracious replies). */
  people?: Person[];
  notes?: DraftNote[];
  settings: Settings;
  /** The user's name for the sign-off; omitted when unknown (the mail client adds its signature). */
  userName?: string | null;
  /** true: the text goes into a reply in the thread, so no subject line. */
  asReply: boolean;
  /** For relative days ("today", "yesterday"); without it the day is written out ("on Tuesday 3 March"). ISO 8601. */
  now?: string | null;
  /** For answer-offer only. Default 'ask-time'. */
  offerAnswer?: OfferAnswer;
  /**
   * The person the letter reaches through, when the recipient's own address is unknown and it goes as a reply to
   * someone else's email (a thank-you to Ana in a reply to Priya): the letter then asks them to pass it on.
   */
  via?: Person | null;
  /** The letter's language; English when omitted or when the playbook has no letters in it (drafts/locale.ts). */
  lang?: LangCode | null;
}

export interface Draft {
  kind: 'draft';
  ruleId: RuleId;
  stance: Stance;
  tone: Tone;
  /** The language it is written in (the one asked for, or English when the playbook has no letters in it). */
  lang: LetterLang;
  /** null for a reply in the thread and for the postal note. */
  subject: string | null;
  body: string;
  /** Ranges of body still to fill, each written "[label]". Usually none; at most one per missing fact. */
  blanks: Blank[];
  source: AdviceSource;
  /** One line for the UI's "why", in our words. */
  why: string;
}

export type NoDraftReason =
  /** The clean-break stance sends no letter after a rejection: reflect, then move on (004). */
  | 'clean-break'
  /** The rule calls for an action, not a message (its letters are null in lib/core/playbook). */
  | 'no-message'
  /** draftForReminder could not find the reminder's application in the timeline. */
  | 'not-found';

export interface ReflectionQuestion {
  id: 'fit' | 'treatment' | 'expertise' | 'motivation';
  question: string;
  /** A short nudge under the question. */
  hint: string;
}

export interface NoDraft {
  kind: 'none';
  ruleId: RuleId;
  stance: Stance;
  reason: NoDraftReason;
  /** One line the UI shows instead of a draft. */
  explain: string;
  source: AdviceSource;
  /** Private questions to answer instead of writing (clean break and the reflect rule); null otherwise. */
  reflection: readonly ReflectionQuestion[] | null;
}

export type DraftResult = Draft | NoDraft;

export type AdviceWarningId =
  | 'late-answer'
  | 'explain-failure'
  | 'outside-troubles'
  | 'apology-trivial'
  | 'begging'
  | 'feedback-request'
  | 'no-enthusiasm'
  | 'door-not-open';

export interface AdviceWarning {
  id: AdviceWarningId;
  /** One line, in our words. */
  reason: string;
  source: AdviceSource;
  /** 'soft' is a gentler nudge (asking for feedback, a helper's thank-you without enthusiasm). */
  severity: 'warning' | 'soft';
  /** The first passage that triggered it; absent for warnings about something missing. */
  match?: Span;
  /** Every passage that triggered it (empty for warnings about something missing). */
  matches: Span[];
}

export interface AdviceContext {
  /** The rule the text answers: turns on the checks for what must be said (enthusiasm, the open door). */
  ruleId?: RuleId | null;
}
