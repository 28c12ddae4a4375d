/** The reminder engine: the playbook as deadline-aware rules over the timeline. */
export { deriveReminders, SECOND_FOLLOW_UP } from './derive';
export { badgeCount, dueBucket, nextWakeTime, snoozeUntil, SNOOZE_PRESETS, toNotify, type DueBucket, type SnoozeOption } from './when';
export { lapsesAt, RULE_TIMING, type RuleTiming, type Trigger } from './rules';
export { UserClock, parseInstant, safeZone, type LocalDay } from './clock';
