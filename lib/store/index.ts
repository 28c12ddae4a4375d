/** The store's public API: import from 'lib/store' in pages and the background (never in content scripts). */
export { DB_NAME, SCHEMA_VERSION, SCHEMA_VERSIONS, CallbackDb, getDb, openDb, type DbDeps, type StoredSettings } from './db';
export { dexieImportSink, importCheckpoint, unfinishedImports, type ImportCheckpoint } from './mail-import';
export { ingestBatch, ingestEmail, type IngestItem, type IngestOptions, type IngestResult } from './ingest';
export {
  addManualApplication,
  addManualInterview,
  addNote,
  applicationOfThread,
  confirmReview,
  correctClassification,
  deleteApplication,
  deleteEverything,
  deleteNote,
  deletePerson,
  eventsOf,
  forgetLesson,
  listCorrections,
  undoCorrection,
  listLessons,
  listReviewItems,
  loadThreadTimeline,
  loadTimeline,
  markInterviewDone,
  mergeApplications,
  setArchived,
  setStage,
  setStance,
  upsertPerson,
  type CorrectionOutcome,
  type ManualApplicationInput,
  type ManualInterviewInput,
  type NoteInput,
  type PersonInput,
  type WriteOptions,
} from './timeline-repo';
export { applicationTimeline, countApplications, recentApplications, type TimelinePage } from './timeline-pages';
export { listReminderActions, loadReminders, setReminderAction, undoReminderAction, type ReminderActionInput } from './reminders-repo';
export { getSettings, saveSettings, settingsSchema, systemTimeZone } from './settings-repo';
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
  type ImportResult,
} from './backup';
export type { ClassificationCorrection, ReviewItem, ReviewStatus } from '../core/timeline/review';
