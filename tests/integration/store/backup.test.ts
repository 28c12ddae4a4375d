import { describe, expect, it } from 'vitest';
import {
  addNote,
  csvCell,
  exportCsv,
  exportData,
  exportJson,
  importJson,
  ingestEmail,
  loadTimeline,
  MAX_IMPORT_BYTES,
  saveSettings,
  setReminderAction,
  type CallbackDb,
} from '../../../lib/store';
import { detection, email } from '../../unit/timeline/make';
import { freshDb } from './fresh';

async function seeded(): Promise<CallbackDb> {
  const db = freshDb();
  const now = '2025-03-03T10:00:00Z';
  await saveSettings(db, { timeZone: 'Europe/Berlin' });
  await ingestEmail(db, email({ id: 'm1', threadId: 't1' }), detection('application_received'), { now });
  await ingestEmail(
    db,
    email({ id: 'm2', threadId: 't1', date: '2025-03-05T09:00:00Z', subject: '=HYPERLINK("http://evil","x")' }),
    detection('interview_confirmed', {
      interview: { start: '2025-03-11T14:00:00+01:00', end: null, timeZone: null },
      people: [{ name: 'Ada Lovelace', title: 'Engineering Manager' }],
    }),
    { now },
  );
  await ingestEmail(db, email({ id: 'm3', date: '2025-03-05T09:00:00Z' }), detection('rejection', { confidence: 0.3, company: 'Other' }), { now });
  const t = await loadTimeline(db);
  await addNote(db, { applicationId: t.applications[0]!.id, kind: 'topic', text: 'They asked about, "caching"\nand queues' }, { now });
  await setReminderAction(db, `thank-you-email:${t.events[1]!.id}`, { status: 'done' }, { now });
  return db;
}

describe('a JSON export restores everything', () => {
  it('export, wipe into a new store, import: every table is found whole', async () => {
    const db = await seeded();
    const text = await exportJson(db, { now: '2025-03-06T10:00:00Z' });
    const before = await exportData(db, { now: '2025-03-06T10:00:00Z' });
    expect(before.data.events).toHaveLength(2);
    expect(before.data.reviewItems).toHaveLength(1);
    const target = freshDb();
    const result = await importJson(target, text);
    expect(result).toMatchObject({ ok: true, counts: { applications: 1, events: 2, people: 1, notes: 1, reminderActions: 1, reviewItems: 1, settings: 1 } });
    expect(await exportData(target, { now: '2025-03-06T10:00:00Z' })).toEqual(before);
  });

  it('import replaces what was there', async () => {
    const source = freshDb();
    await ingestEmail(source, email({ id: 'only' }), detection('application_received', { company: 'Solo' }));
    const target = await seeded();
    expect((await importJson(target, await exportJson(source))).ok).toBe(true);
    const t = await loadTimeline(target);
    expect(t.applications.map((a) => a.company)).toEqual(['Solo']);
  });
});

/** An export as parsed JSON, loose on purpose: the tests below break it in ways the real ExportFile type forbids. */
interface LooseExport {
  format: unknown;
  version: unknown;
  data: Record<string, unknown>;
}
type JsonRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

const isLooseExport = (value: unknown): value is LooseExport => isRecord(value) && isRecord(value.data);

function asLooseExport(value: unknown): LooseExport {
  if (!isLooseExport(value)) throw new Error('the export is not an object with data');
  return value;
}

/** A table of the export; the seeded store has at least one row in every table these tests touch. */
function rows(file: LooseExport, table: string): JsonRecord[] {
  const list = file.data[table];
  if (!Array.isArray(list) || !list.every(isRecord)) throw new Error(`data.${table} is not a list of records`);
  return list;
}

function firstRow(file: LooseExport, table: string): JsonRecord {
  const row = rows(file, table)[0];
  if (!row) throw new Error(`data.${table} is empty`);
  return row;
}

describe('a bad import file is refused with a reason and changes nothing', () => {
  const mutate = async (db: CallbackDb, f: (file: LooseExport) => unknown) => {
    const file = asLooseExport(JSON.parse(await exportJson(db)) as unknown);
    return JSON.stringify(f(file) ?? file);
  };
  it.each<{ name: string; make: (db: CallbackDb) => Promise<string>; error: RegExp }>([
    { name: 'a truncated file', make: async (db) => (await exportJson(db)).slice(0, 300), error: /not complete JSON/ },
    { name: 'an empty file', make: async () => '', error: /not complete JSON/ },
    { name: 'an oversized file', make: async () => ' '.repeat(MAX_IMPORT_BYTES + 1), error: /too large.*20 MB/ },
    { name: 'another program\'s JSON', make: async () => '{"hello":"world"}', error: /not a Callback export/ },
    { name: 'a wrong format name', make: (db) => mutate(db, (f) => void (f.format = 'other-app')), error: /format is "other-app"/ },
    { name: 'a newer version', make: (db) => mutate(db, (f) => void (f.version = 2)), error: /version 2.*reads version 1/ },
    { name: 'a version written as text', make: (db) => mutate(db, (f) => void (f.version = '1')), error: /version is "1" \(text\), not a number.*reads version 1/ },
    { name: 'no version at all', make: (db) => mutate(db, (f) => void delete f.version), error: /version is null \(missing\)/ },
    { name: 'a __proto__ key', make: async (db) => (await exportJson(db)).replace('"data":', '"data": {"__proto__": {"polluted": true}}, "x":'), error: /forbidden key at data.__proto__|forbidden key/ },
    { name: 'a constructor key inside a record', make: (db) => mutate(db, (f) => void Reflect.set(firstRow(f, 'applications'), 'constructor', { prototype: {} })), error: /forbidden key at data.applications.0.constructor/ },
    { name: 'a number where a string belongs', make: (db) => mutate(db, (f) => void (firstRow(f, 'events').at = 12)), error: /data.events.0.at/ },
    { name: 'a date that is not a date', make: (db) => mutate(db, (f) => void (firstRow(f, 'events').at = 'yesterday')), error: /data.events.0.at: expected an ISO 8601 date/ },
    { name: 'an unknown stage', make: (db) => mutate(db, (f) => void (firstRow(f, 'applications').stage = 'hired')), error: /data.applications.0.stage/ },
    { name: 'an unknown field', make: (db) => mutate(db, (f) => void (firstRow(f, 'notes').html = '<script>')), error: /data.notes.0/ },
    { name: 'an event of a missing application', make: (db) => mutate(db, (f) => void (firstRow(f, 'events').applicationId = 'ghost')), error: /data.events.0.applicationId: no application/ },
    { name: 'a duplicated event id', make: (db) => mutate(db, (f) => void rows(f, 'events').push({ ...firstRow(f, 'events'), messageId: 'x' })), error: /duplicate id/ },
    { name: 'a missing table', make: (db) => mutate(db, (f) => void delete f.data.people), error: /data.people/ },
  ])('$name', async ({ make, error }) => {
    const db = await seeded();
    const before = await exportData(db, { now: '2025-01-01T00:00:00Z' });
    const text = await make(db);
    const result = await importJson(db, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
    expect(await exportData(db, { now: '2025-01-01T00:00:00Z' })).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the CSV is one row per event, safe to open in a spreadsheet', () => {
  it('lists every event with its local date, company, role and kind; formulas are defused', async () => {
    const csv = await exportCsv(await seeded());
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Date,Time,Company,Role,Event,Subject,Interview,Source,Current stage');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('2025-03-03,11:00,Acme,Backend Engineer,Application received,Your application,,gmail,interviewing');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(lines[2]).toContain('2025-03-11 14:00');
  });
});

describe('CSV cells that a spreadsheet would run as a formula are defused', () => {
  it.each([
    ['a plain formula', '=1+1'],
    ['a formula after spaces', '   =HYPERLINK("http://evil")'],
    ['after a no-break space', '\u00a0=1+1'],
    ['after a zero-width space', '\u200b=1+1'],
    ['after a byte-order mark', '\ufeff+1'],
    ['after a line break', '\n=1+1'],
    ['after an ideographic space', '\u3000@SUM(A1)'],
    ['a fullwidth equals sign', '\uff1dHYPERLINK("http://evil")'],
    ['a fullwidth plus after spaces', '  \uff0b1'],
    ['a minus', '-2+3'],
    ['a tab', '\t=1'],
  ])('%s', (_what, value) => {
    const cell = csvCell(value);
    // Unquoted, the cell starts with the apostrophe; quoted, right after the opening quote.
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it.each([['an ordinary subject', 'Interview on Monday'], ['an email address', 'ana@acme.test'], ['a sum in words', 'Salary = 50k']])(
    '%s is left as it is',
    (_what, value) => expect(csvCell(value)).toBe(value),
  );
});

describe('a backup from before one message was always one event', () => {
  it('restores one event per message: the second one, stored under row:<id>, is merged away', async () => {
    const db = await seeded();
    const file = asLooseExport(JSON.parse(await exportJson(db)) as unknown);
    const first = firstRow(file, 'events');
    rows(file, 'events').push({ ...first, id: 'twin', messageId: `row:${String(first.messageId)}` });
    const result = await importJson(db, JSON.stringify(file));
    expect(result.ok).toBe(true);
    const events = await db.events.toArray();
    expect(events.filter((e) => e.messageId === first.messageId)).toHaveLength(1);
    expect(events.some((e) => e.messageId?.startsWith('row:'))).toBe(false);
  });
});
