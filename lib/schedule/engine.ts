/** The reminder engine as the schedule uses it: reminders, the badge number and the next wake time at `now`. */
import { badgeCount, deriveReminders, nextWakeTime } from '../core/reminders';
import type { Reminder, ReminderAction } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import type { Timeline } from '../core/timeline/types';

export interface EngineResult {
  reminders: Reminder[];
  count: number;
  /** ms since 1970, null when nothing is ahead. */
  nextWake: number | null;
}

export function computeReminders(read: { timeline: Timeline; actions: ReminderAction[]; settings: Settings }, now: Date): EngineResult {
  const reminders = deriveReminders(read.timeline, read.actions, read.settings, now);
  const wake = nextWakeTime(reminders, now, read.settings);
  const nextWake = wake ? Date.parse(wake) : null;
  return { reminders, count: badgeCount(reminders, read.settings, now), nextWake: Number.isFinite(nextWake) ? nextWake : null };
}
