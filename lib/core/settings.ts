/** The user's settings, as the core reads them. Defaults follow ../shared/advice/playbook.md. */
import type { Stance } from './timeline/types';

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
  /** Working days of silence after an interview before a follow-up is due, when they named no date. */
  followUpWorkingDays: number;
  /** Days after a rejection before the optional keep-the-door-open check-in. */
  checkInDays: number;
  /** Assumed interview length when the email gave no end. */
  interviewMinutes: number;
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'UTC',
  workingDays: [1, 2, 3, 4, 5],
  workStart: '09:00',
  workEnd: '17:30',
  quietStart: '21:00',
  quietEnd: '08:00',
  defaultStance: 'door_open',
  followUpWorkingDays: 7,
  checkInDays: 90,
  interviewMinutes: 45,
  notifications: true,
};
