/** The reminder engine: the playbook's rules (lib/core/playbook) run over the timeline. */
export { deriveReminders, reminderHorizons, SECOND_FOLLOW_UP } from './derive';
export { badgeCount, dueBucket, isOpen, nextWakeTime, snoozeUntil, SNOOZE_PRESETS, toNotify, type DueBucket, type SnoozeOption } from './when';
export { lapsesAt } from './emit';
export { RULE_TIMING, type RuleTiming, type Trigger } from '../playbook';
export { UserClock } from '../time/clock';
export { parseInstant } from '../time/iso';
export { safeZone } from '../time/zone';
