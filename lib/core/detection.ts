/**
 * What the detection engine says about one email: its kind, why, how sure, and the facts it carries.
 * Shared by classify/ and extract/, the store and the UI.
 */

import type { LangCode } from './lang/types';

/** Job-search kinds: what changes an application's timeline. */
export const JOB_KINDS = [
  'application_received',
  'interview_request',
  'interview_confirmed',
  'assessment',
  'rejection',
  'offer',
] as const;

export const EMAIL_KINDS = [...JOB_KINDS, 'other'] as const;

export type EmailKind = (typeof EMAIL_KINDS)[number];

export type JobKind = (typeof JOB_KINDS)[number];

export type EvidenceWhere = 'subject' | 'body' | 'sender';

/**
 * What a signal that is not the email's own words says, as a code the interface words in the user's language
 * (`lib/ui-text/evidence.ts`); `signal` keeps the same in English for the command line and the model's features.
 */
export const EVIDENCE_CODES = [
  'calendar_invite',
  'fixed_time',
  'bulk_sender',
  'outside_hiring',
  'colleague',
  'owner_named_sender',
  'hires_for',
  'works_for',
  'internal_post',
  'personal_to_work',
  'thread_not_job',
  'from_you',
  'mail_receipt',
  'sender_ats',
  'sender_job_board',
  'sender_scheduler',
  'learned_words',
  'learned_clock',
  'earlier_kind',
  'user_marked',
  'known_job_sender',
  'thread_about_job',
] as const;

export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

export interface Evidence {
  /** The phrase or signal that counted, as found (short, human-readable; English where it is not the email's words). */
  signal: string;
  where: EvidenceWhere;
  /** Absent: `signal` is the email's own words as written (or evidence stored before codes, in English). */
  code?: EvidenceCode;
  /** The code's parameters: a sender's name, the email's own words, a kind; never translated. */
  values?: Record<string, string>;
}

export interface Classification {
  kind: EmailKind;
  /** In [0, 1]. Below REVIEW_THRESHOLD a job kind goes to the review list instead of changing the timeline. */
  confidence: number;
  evidence: Evidence[];
}

/** Decisions below this confidence wait in the review list. */
export const REVIEW_THRESHOLD = 0.6;

export interface PersonMention {
  name: string;
  title: string | null;
  email?: string | null;
}

export interface InterviewTime {
  /** ISO 8601 with offset (or Z). */
  start: string;
  /** ISO 8601, or null when the email gave no end (the reminder engine assumes a default length). */
  end: string | null;
  /** IANA zone the email stated or implied ("2pm PT" -> America/Los_Angeles), null when it said none. */
  timeZone: string | null;
}

export type LinkKind = 'video' | 'scheduling' | 'assessment' | 'other';

export interface FoundLink {
  url: string;
  kind: LinkKind;
}

export interface Extraction {
  company: string | null;
  role: string | null;
  people: PersonMention[];
  interview: InterviewTime | null;
  links: FoundLink[];
  /** An assessment's or an offer's deadline, ISO 8601. */
  deadline: string | null;
  /** A date they promised a decision by ("we'll be in touch by Friday"), ISO 8601. */
  decisionBy: string | null;
  /** The language the email was read in (lang/index.ts); absent on mail that was not read for facts (English). */
  lang?: LangCode;
}

export type Detection = Classification & Extraction;

/** An extraction that found nothing: what `other` mail carries (fresh arrays: callers fill them). */
export function emptyExtraction(): Extraction {
  return { company: null, role: null, people: [], interview: null, links: [], deadline: null, decisionBy: null };
}

/** What a user's own reply is "detected" as: it is never classified (planIngest makes it a user_reply event). */
export const USER_REPLY_DETECTION: Detection = { kind: 'other', confidence: 1, evidence: [], ...emptyExtraction() };
