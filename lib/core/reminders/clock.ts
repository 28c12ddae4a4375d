/** Kept for lib/store/backup.ts, which imports these from here: the time helpers live in lib/core/time/. */
export { localTime, safeZone } from '../time/zone';
