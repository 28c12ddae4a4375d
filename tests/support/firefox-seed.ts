/**
 * A store export for the Firefox alarm tests: one interview that ends `endsInMs` from now, so its thank-you falls
 * due only then and the background has to be woken by its alarm to count and announce it. Built with the real store
 * on fake-indexeddb, like pages-seed.ts. Notifications on, no quiet hours (equal start and end), so the announcement
 * does not depend on the time of day the tests run.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addManualApplication, addManualInterview, exportJson, openDb, saveSettings } from '../../lib/store';

let dbCount = 0;

export async function buildAlarmSeed(endsInMs: number, now: Date = new Date()): Promise<string> {
  const db = openDb(`firefox-alarm-seed-${dbCount++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const t = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const at = { now: iso(t - 5 * 86_400_000) };
  await saveSettings(db, { timeZone: 'UTC', notifications: true, quietStart: '00:00', quietEnd: '00:00' });
  const app = await addManualApplication(db, { company: 'Lumen Optics', role: 'QA Engineer', appliedAt: iso(t - 5 * 86_400_000) }, at);
  await addManualInterview(
    db,
    app.id,
    { start: iso(t + endsInMs - 3_600_000), end: iso(t + endsInMs), interviewers: [{ name: 'Rae Lind', email: 'rae@lumen.test' }] },
    at,
  );
  const text = await exportJson(db, { now });
  db.close();
  return text;
}
