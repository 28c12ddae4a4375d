/**
 * Export and import. JSON is the complete, versioned, restorable backup; CSV is one row per event, the proof of
 * applications some job centres ask for. Import REPLACES everything (a restore: the UI asks first), after the whole
 * file is validated, in one transaction: a bad file changes nothing and gets a message naming what is wrong.
 */
import { rowEventRepairs } from '../core/timeline/review';
import type { z } from 'zod';
import { localTime, safeZone } from '../core/reminders/clock';
import type { EventKind } from '../core/timeline/types';
import {
  envelopeSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileSchema,
  MAX_IMPORT_BYTES,
  type ExportData,
  type ExportFile,
} from './backup-schema';
import { clearStore, everyTable } from './cascade';
import { allTables, isoNow, type CallbackDb } from './db';
import { getSettings } from './settings-repo';
import type { StoreProblem } from './problems';
import { EVENT_LABELS as UI_EVENT_LABELS } from '../ui-text/labels';

export { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, type ExportData, type ExportFile };

/** Everything in the store as one versioned object. */
export async function exportData(db: CallbackDb, options: { now?: Date | string } = {}): Promise<ExportFile> {
  return db.transaction('r', allTables(db), async () => {
    const [applications, events, people, notes, reminderActions, corrections, reviewItems, settings, hiringSides] = await Promise.all([
      db.applications.toArray(),
      db.events.toArray(),
      db.people.toArray(),
      db.notes.toArray(),
      db.reminderActions.toArray(),
      db.corrections.toArray(),
      db.reviewItems.toArray(),
      db.settings.get('user'),
      db.hiringSides.toArray(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: isoNow(options.now),
      data: { applications, events, people, notes, reminderActions, corrections, reviewItems, settings: settings ?? null, hiringSides },
    } as ExportFile;
  });
}

/** The JSON backup as text (save as callback-export-YYYY-MM-DD.json). */
export async function exportJson(db: CallbackDb, options: { now?: Date | string } = {}): Promise<string> {
  return JSON.stringify(await exportData(db, options), null, 1);
}

/** Event kinds in words, for the CSV: the same words as the bar, the popup and the timeline (one name per thing). */
export const EVENT_LABELS: Record<EventKind, string> = UI_EVENT_LABELS;

/**
 * What a spreadsheet may skip before it reads a formula: spaces of every kind (no-break, ideographic, zero-width,
 * the byte-order mark) and line breaks. The sign may be ASCII or its fullwidth twin (＝ ＋ － ＠), which some
 * spreadsheets read as the ASCII sign (OWASP CSV injection; LibreOffice and Excel with East Asian input).
 */
const FORMULA_START = /^[\s\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * A cell made safe for spreadsheets: quoted when it holds a comma, quote or line break, and prefixed with an
 * apostrophe when it starts like a formula (= + - @ or their fullwidth forms, after any leading spaces or line
 * breaks; or a tab, carriage return or line feed), so a hostile subject cannot run in a spreadsheet.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  // Only the start can make a formula: look at a bounded prefix (a 200,000-space subject costs nothing).
  if (FORMULA_START.test(s.slice(0, 256))) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ['Date', 'Time', 'Company', 'Role', 'Event', 'Subject', 'Interview', 'Source', 'Current stage'];

/**
 * One row per event, oldest first, dates in the user's zone (Date as YYYY-MM-DD, Time as HH:mm), CRLF line ends,
 * with a UTF-8 byte-order mark so spreadsheet programs read accents right.
 */
export async function exportCsv(db: CallbackDb): Promise<string> {
  const settings = await getSettings(db);
  const zone = safeZone(settings.timeZone);
  const [applications, events] = await Promise.all([db.applications.toArray(), db.events.toArray()]);
  const apps = new Map(applications.map((a) => [a.id, a]));
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  const local = (iso: string | null | undefined) => {
    const t = iso ? Date.parse(iso) : Number.NaN;
    if (!Number.isFinite(t)) return ['', ''];
    const l = localTime(zone, t);
    return [`${l.y}-${pad(l.m)}-${pad(l.d)}`, `${pad(l.minutes / 60)}:${pad(l.minutes % 60)}`];
  };
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  const sorted = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  for (const e of sorted) {
    const app = apps.get(e.applicationId);
    const [date, time] = local(e.at);
    const interview = e.interview ? local(e.interview.start).join(' ') : '';
    lines.push(
      [date, time, app?.company ?? '', app?.role ?? '', EVENT_LABELS[e.kind] ?? e.kind, e.subject ?? '', interview, e.source, app?.stage ?? '']
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A refused file: `error` in English (the command line, logs), `problem` as a code for the interface to word. */
export type ImportFailure = { ok: false; error: string; problem: StoreProblem };
export type ImportCheck = { ok: true; file: ExportFile } | ImportFailure;

const fail = (problem: StoreProblem, error: string): ImportFailure => ({ ok: false, error, problem });

function tooLarge(bytes: number): ImportFailure {
  const size = (bytes / 1024 / 1024).toFixed(1);
  const limit = MAX_IMPORT_BYTES / 1024 / 1024;
  return fail({ code: 'file_too_large', values: { size, limit } }, `The file is too large (${size} MB; the limit is ${limit} MB).`);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first key that could pollute prototypes, or null. Iterative: deep nesting cannot blow the stack. */
function forbiddenKey(root: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const here = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return here;
      stack.push({ value: (value as Record<string, unknown>)[key], path: here });
    }
  }
  return null;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more problems)` : '';
  return shown.join('; ') + more;
}

/** Ids must be unique and every reference must point at a record in the file. */
function integrity(data: ExportData): ImportFailure | null {
  const unique = <T>(list: T[], key: (t: T) => string, table: string) => {
    const seen = new Set<string>();
    for (const [i, item] of list.entries()) {
      const k = key(item);
      const path = `data.${table.split(' ')[0]}.${i}`;
      if (seen.has(k)) return fail({ code: 'duplicate_id', values: { path } }, `The file is inconsistent: data.${table}.${i}: duplicate id ${JSON.stringify(k.slice(0, 80))}`);
      seen.add(k);
    }
    return null;
  };
  const dup =
    unique(data.applications, (a) => a.id, 'applications') ??
    unique(data.events, (e) => e.id, 'events') ??
    unique(data.events.filter((e) => e.messageId), (e) => `${e.source}:${e.messageId}`, 'events (source and message id)') ??
    unique(data.people, (p) => p.id, 'people') ??
    unique(data.notes, (n) => n.id, 'notes') ??
    unique(data.reminderActions, (a) => a.reminderId, 'reminderActions') ??
    unique(data.corrections, (c) => c.key, 'corrections') ??
    unique(data.reviewItems, (r) => r.id, 'reviewItems') ??
    unique(data.reviewItems, (r) => r.key, 'reviewItems (key)');
  if (dup) return dup;
  const apps = new Set(data.applications.map((a) => a.id));
  const lists = [
    ['events', data.events],
    ['people', data.people],
    ['notes', data.notes],
  ] as const;
  for (const [table, list] of lists) {
    for (const [i, item] of (list as ReadonlyArray<{ applicationId: string }>).entries()) {
      if (!apps.has(item.applicationId)) {
        const path = `data.${table}.${i}.applicationId`;
        return fail({ code: 'missing_application', values: { path } }, `The file is inconsistent: ${path}: no application with id ${JSON.stringify(item.applicationId.slice(0, 80))}`);
      }
    }
  }
  return null;
}

/**
 * Check an import file without touching the store. The error says what is wrong: too large, not JSON (truncated),
 * not a Callback export, a version this build cannot read, a dangerous key, or the first fields that do not fit.
 */
export function checkImport(textOrSize: string): ImportCheck {
  const bytes = textOrSize.length;
  if (bytes > MAX_IMPORT_BYTES) return tooLarge(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(textOrSize);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ code: 'not_json' }, `The file is not complete JSON (is it truncated?): ${detail.slice(0, 200)}`);
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) return fail({ code: 'not_export' }, 'This is not a Callback export: it has no "format" and "version".');
  if (envelope.data.format !== EXPORT_FORMAT) {
    const format = JSON.stringify(envelope.data.format.slice(0, 60));
    return fail({ code: 'wrong_format', values: { format } }, `This is not a Callback export (format is ${format}, expected "${EXPORT_FORMAT}").`);
  }
  const version = envelope.data.version;
  if (typeof version !== 'number') {
    const shown = JSON.stringify(version ?? null)?.slice(0, 40) ?? String(version);
    return fail(
      { code: 'version_not_number', values: { version: shown, expected: EXPORT_VERSION } },
      `This export's version is ${shown} (${version === undefined ? 'missing' : typeof version === 'string' ? 'text' : typeof version}), not a number; this version of Callback reads version ${EXPORT_VERSION}. Was the file edited by hand?`,
    );
  }
  if (version !== EXPORT_VERSION) {
    return fail(
      { code: 'version_other', values: { version, expected: EXPORT_VERSION } },
      `This export is version ${version}; this version of Callback reads version ${EXPORT_VERSION}.`,
    );
  }
  const bad = forbiddenKey(parsed);
  if (bad) return fail({ code: 'forbidden_key', values: { path: bad.slice(0, 200) } }, `The file contains a forbidden key at ${bad}.`);
  const file = exportFileSchema.safeParse(parsed);
  if (!file.success) {
    const issues = file.error.issues;
    const path = issues[0]?.path.map(String).join('.').slice(0, 200) || '(file)';
    return fail({ code: 'bad_field', values: { path, more: issues.length - 1 } }, `The file does not fit the export format: ${describeIssues(issues)}`);
  }
  const broken = integrity(file.data.data);
  if (broken) return broken;
  return { ok: true, file: file.data };
}

export type ImportResult = { ok: true; counts: Record<keyof ExportData, number> } | ImportFailure;

/** A backup written before one message was always one event: its second events (under `row:<id>`) are merged away. */
function withoutRowDuplicates(data: ExportData): ExportData {
  const { rename, drop } = rowEventRepairs(data.events);
  if (rename.length === 0 && drop.length === 0) return data;
  const dropped = new Set(drop);
  const renamed = new Map(rename.map((r) => [r.id, r.messageId]));
  return {
    ...data,
    events: data.events.filter((e) => !dropped.has(e.id)).map((e) => (renamed.has(e.id) ? { ...e, messageId: renamed.get(e.id)! } : e)),
    people: data.people.filter((p) => !p.eventId || !dropped.has(p.eventId)),
  };
}

/**
 * Restore a JSON export, replacing everything in the store (emptied as "delete everything" does, cascade.ts). Validated in full first; written in one transaction
 * (all or nothing). On any problem the store is exactly as it was and the result names what was wrong.
 */
export async function importJson(db: CallbackDb, input: string | Blob): Promise<ImportResult> {
  if (typeof input !== 'string') {
    if (input.size > MAX_IMPORT_BYTES) return tooLarge(input.size);
    input = await input.text();
  }
  const check = checkImport(input);
  if (!check.ok) return check;
  const d = withoutRowDuplicates(check.file.data);
  try {
    await db.transaction('rw', everyTable(db), async () => {
      await clearStore(db);
      await db.applications.bulkAdd(d.applications);
      await db.events.bulkAdd(d.events);
      await db.people.bulkAdd(d.people);
      await db.notes.bulkAdd(d.notes);
      await db.reminderActions.bulkAdd(d.reminderActions);
      await db.corrections.bulkAdd(d.corrections);
      await db.reviewItems.bulkAdd(d.reviewItems);
      if (d.settings) await db.settings.put(d.settings);
      if (d.hiringSides?.length) await db.hiringSides.bulkPut(d.hiringSides);
    });
  } catch (error) {
    return fail({ code: 'not_written' }, `The import was not written: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
  }
  return {
    ok: true,
    counts: {
      applications: d.applications.length,
      events: d.events.length,
      people: d.people.length,
      notes: d.notes.length,
      reminderActions: d.reminderActions.length,
      corrections: d.corrections.length,
      reviewItems: d.reviewItems.length,
      settings: d.settings ? 1 : 0,
      hiringSides: d.hiringSides?.length ?? 0,
    },
  };
}
