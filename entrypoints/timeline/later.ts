/**
 * What the timeline page needs only after its first screen: the store's writes and its whole read (the funnel), the
 * settings (validated with zod), the calendar entry's words, the reflection questions and the wall-clock reader. The
 * page loads this module apart (`loadLater`), in parallel with its first page of applications, so the first item
 * does not wait for zod, the store's import and export code or the letters the store's ingest brings along.
 */
import { TZDate } from '@date-fns/tz';

export {
  addManualApplication,
  addManualInterview,
  addNote,
  correctClassification,
  deleteApplication,
  deleteNote,
  deletePerson,
  getSettings,
  loadTimeline,
  mergeApplications,
  restoreApplication,
  setArchived,
  setStage,
  setStance,
  undoCorrection,
  upsertPerson,
} from '../../lib/store';
export { messageKey } from '../../lib/core/timeline/review';
export { calendarEventIds } from '../../lib/core/calendar/interview-entry';
export { REFLECTION_QUESTIONS } from '../../lib/core/drafts/reflection';

/** "2026-03-03T14:00" on the user's wall clock, as an instant. */
export function wallTimeToIso(local: string, timeZone: string, plusMinutes = 0): string {
  const [date, time = '00:00'] = local.split('T');
  const [y, m, d] = (date ?? '').split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const at = new TZDate(y!, (m ?? 1) - 1, d ?? 1, hh ?? 0, (mm ?? 0) + plusMinutes, timeZone);
  return new Date(at.getTime()).toISOString();
}
