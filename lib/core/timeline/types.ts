/**
 * The job-seeker's timeline: applications, what happened to them, the people met and the notes kept.
 * Plain data, stored as-is by lib/store; every id is a string chosen by the caller (ids are parameters in the core).
 */
import { JOB_KINDS, type Evidence, type FoundLink, type InterviewTime } from '../detection';
import type { MailAccount, MailSource } from '../email';
import type { LangCode } from '../lang/types';

/** In the order an application moves forward (the stage only moves forward on its own). */
export const STAGES = ['applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];

/** After a rejection: write a gracious reply (door open, article 002) or no letter, reflect and move on (004). */
export const STANCE_IDS = ['door_open', 'clean_break'] as const;
export type Stance = (typeof STANCE_IDS)[number];

export interface Application {
  id: string;
  company: string;
  /** Normalised company key used for matching (see timeline/normalise). */
  companyKey: string;
  /**
   * Where the name came from: the email's text, the sender's name, a guess from the sender's domain
   * ("Northwindlabs"), or the user. A better name from a later email replaces a domain guess, never the user's.
   */
  companyFrom?: CompanySource;
  role: string | null;
  stage: Stage;
  /** Interview rounds seen so far (0 before the first interview). */
  round: number;
  /** null: follow the user's default stance from Settings. */
  stance: Stance | null;
  archived: boolean;
  /** The user set the stage by hand: later guesses never move it. */
  stageByUser: boolean;
  /** The mailbox its latest email was seen in (several accounts): "open Gmail" for it opens that one. */
  account?: MailAccount | null;
  createdAt: string;
  updatedAt: string;
}

/** Email kinds plus what the user or the product records by hand. */
export const EVENT_KINDS = [...JOB_KINDS, 'user_reply', 'interview_done', 'manual_interview', 'note'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface TimelineEvent {
  id: string;
  applicationId: string;
  kind: EventKind;
  /** When it happened (the email's date, or when it was seen if the email had none). ISO 8601. */
  at: string;
  source: MailSource;
  /** The mail host's message id; ingest is idempotent on (source, messageId). */
  messageId: string | null;
  threadId: string | null;
  /** The mailbox the email was seen in: its link opens that account, never another one's. */
  account?: MailAccount | null;
  subject: string | null;
  confidence: number;
  evidence: Evidence[];
  interview: InterviewTime | null;
  deadline: string | null;
  decisionBy: string | null;
  links: FoundLink[];
  /** Interviews only: the earlier interview event this one reschedules (that one no longer triggers reminders). */
  replaces?: string | null;
  /** Interviews only: the interview round this event is (1 = first interview); reschedules keep the round. */
  round?: number;
  /** Lower-case address of the message's sender, when known: what a correction of this event teaches. */
  sender?: string | null;
  /** The language the email was read in; absent on events stored before it was kept, and on manual ones: English. */
  lang?: LangCode;
}

export type CompanySource = 'email' | 'sender' | 'domain' | 'user';

export type PersonRole = 'interviewer' | 'recruiter' | 'helper';

export interface Person {
  id: string;
  applicationId: string;
  name: string;
  email: string | null;
  title: string | null;
  role: PersonRole;
  /** The interview event they took part in, when known (one thank-you per interviewer per interview). */
  eventId: string | null;
  /** Where the email named them among the people of that email (0 first): drafts and buttons keep that order. */
  rank?: number;
}

export type NoteKind = 'topic' | 'resource' | 'introduction' | 'reflection' | 'general';

export interface Note {
  id: string;
  applicationId: string;
  kind: NoteKind;
  text: string;
  /** For reflection answers: which reflection question this answers. */
  question: string | null;
  createdAt: string;
}

export interface Timeline {
  applications: Application[];
  events: TimelineEvent[];
  people: Person[];
  notes: Note[];
}
