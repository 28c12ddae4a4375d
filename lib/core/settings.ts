/** The user's settings, as the core reads them. Defaults follow the playbook (lib/core/playbook/README.md). */
import { LANG_CODES, type LangCode } from './lang/types';
import type { Stance } from './timeline/types';

/** The drafts' language: the conversation's (when the playbook has letters in it, else English), or always one. */
export type DraftLanguage = 'conversation' | LangCode;
export const DRAFT_LANGUAGES: readonly [DraftLanguage, ...DraftLanguage[]] = ['conversation', ...LANG_CODES];

export interface Settings {
  /** IANA time zone of the user, e.g. "Europe/Berlin". */
  timeZone: string;
  /** ISO weekdays the user works (1 = Monday ... 7 = Sunday). */
  workingDays: number[];
  /** Start and end of the working day, "HH:mm" in the user's zone. */
  workStart: string;
  workEnd: string;
  /** Quiet hours delay notifications, never deadlines. "HH:mm"; may wrap midnight. */
  quietStart: string;
  quietEnd: string;
  defaultStance: Stance;
  /** The language drafts are written in by default (each draft can still switch). */
  draftLanguage: DraftLanguage;
  /** Working days of silence after an interview before a follow-up is due, when they named no date. */
  followUpWorkingDays: number;
  /** Days after a rejection before the optional keep-the-door-open check-in. */
  checkInDays: number;
  /** Assumed interview length when the email gave no end. */
  interviewMinutes: number;
  notifications: boolean;
}

/** The counted settings' bounds, in one place: the form, the store, the backup and the reminder engine all read them. */
export const SETTING_LIMITS = {
  followUpWorkingDays: { min: 1, max: 60 },
  checkInDays: { min: 1, max: 730 },
  interviewMinutes: { min: 5, max: 600 },
} as const satisfies Record<'followUpWorkingDays' | 'checkInDays' | 'interviewMinutes', { min: number; max: number }>;

export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'UTC',
  workingDays: [1, 2, 3, 4, 5],
  workStart: '09:00',
  workEnd: '17:30',
  quietStart: '21:00',
  quietEnd: '08:00',
  defaultStance: 'door_open',
  draftLanguage: 'conversation',
  followUpWorkingDays: 7,
  checkInDays: 90,
  interviewMinutes: 45,
  notifications: true,
};
