/** The store's public API: import from 'lib/store' in pages and the background (never in content scripts). */
export { DB_NAME, SCHEMA_VERSION, SCHEMA_VERSIONS, CallbackDb, getDb, openDb, type DbDeps, type StoredSettings } from './db';
export { dexieImportSink, importCheckpoint, unfinishedImports, type ImportCheckpoint } from './mail-import';
export { openQuietDb, quietImportSink } from './quiet-import';
export { ingestBatch, ingestEmail, type IngestItem, type IngestOptions, type IngestResult } from './ingest';
export {
  addManualApplication,
  applicationOfThread,
  deleteApplication,
  restoreApplication,
  type DeletedApplication,
  deleteEverything,
  loadThreadTimeline,
  loadTimeline,
  mergeApplications,
  setArchived,
  setStage,
  setStance,
  type ManualApplicationInput,
} from './applications-repo';
export { addManualInterview, eventsOf, jobSenders, markInterviewDone, type ManualInterviewInput } from './events-repo';
export { deletePerson, upsertPerson, type PersonInput } from './people-repo';
export { addNote, deleteNote, type NoteInput } from './notes-repo';
export { confirmReview, correctClassification, listReviewItems, undoCorrection, type CorrectionOutcome } from './review-repo';
export { forgetLesson, listCorrections, listLessons } from './lessons-repo';
export { forgetHiringSide, forgetHiringSideOf, listHiringSideRows, listHiringSides, rememberHiringSides } from './hiring-repo';
export type { WriteOptions } from './repo-helpers';
export { applicationTimeline, recentApplications, type TimelinePage } from './timeline-pages';
export { listReminderActions, loadReminders, setReminderAction, undoReminderAction, type ReminderActionInput } from './reminders-repo';
export { getSettings, saveSettings, settingsSchema, systemTimeZone } from './settings-repo';
export { SettingsError, type StoreProblem, type StoreProblemCode } from './problems';
export { readStore, type StoreRead } from './store-read';
export {
  checkImport,
  CSV_COLUMNS,
  csvCell,
  EVENT_LABELS,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportCsv,
  exportData,
  exportJson,
  importJson,
  MAX_IMPORT_BYTES,
  type ExportData,
  type ExportFile,
  type ImportCheck,
  type ImportFailure,
  type ImportResult,
} from './backup';
export type { ClassificationCorrection, ReviewItem, ReviewStatus } from '../core/timeline/review';
