/** Time in the core: ISO reading (iso.ts), calendar arithmetic (calendar.ts), zones (zone.ts), the user's clock. */
export { addDays, civilFromDays, dayNumber, daysFromCivil, minutesOf, weekdayOf, weekdayOfDay, type LocalDay } from './calendar';
export { MAX_TIME, parseInstant, parseIso, readable, readAt, readIn } from './iso';
export { localTime, offsetAt, safeZone, wallToInstant, wallToInstantOnDay, type LocalTime } from './zone';
export { UserClock } from './clock';
