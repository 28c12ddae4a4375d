/**
 * Several Gmail accounts: each email remembers the mailbox (/mail/u/N/ and address) it was seen under, its event,
 * application, reminders and links keep it, and two accounts never borrow each other's.
 */
import { describe, expect, it } from 'vitest';
import { deriveReminders } from '../../../lib/core/reminders';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings';
import { exportJson, importJson, ingestEmail, loadTimeline } from '../../../lib/store';
import { gmailInboxUrl, gmailThreadUrl } from '../../../lib/ui-text/labels';
import { detection, email } from '../../unit/timeline/make';
import { freshDb } from './fresh';

const PERSONAL = { index: 0, address: 'sam.rivera@example.com' };
const WORK = { index: 1, address: 'sam.work@example.org' };
const NOW = '2025-03-03T12:00:00Z';

async function twoAccounts() {
  const db = freshDb(`accounts-${Math.random()}`);
  await ingestEmail(db, email({ id: 'p1', threadId: 'tp', account: PERSONAL }), detection('application_received', { company: 'Acme' }), { now: NOW });
  await ingestEmail(db, email({ id: 'w1', threadId: 'tw', account: WORK }), detection('rejection', { company: 'Globex' }), { now: NOW });
  return db;
}

describe('emails seen under two Gmail accounts', () => {
  it('each event and application keeps the account it was seen under', async () => {
    const t = await loadTimeline(await twoAccounts());
    const byThread = Object.fromEntries(t.events.map((e) => [e.threadId, e.account]));
    expect(byThread).toEqual({ tp: PERSONAL, tw: WORK });
    expect(Object.fromEntries(t.applications.map((a) => [a.company, a.account]))).toEqual({ Acme: PERSONAL, Globex: WORK });
  });

  it("each thread's link opens its own mailbox, never /mail/u/0/ for the second account", async () => {
    const t = await loadTimeline(await twoAccounts());
    const links = t.events.map((e) => gmailThreadUrl(e.threadId!, e.account));
    expect(links.sort()).toEqual(['https://mail.google.com/mail/u/0/#inbox/tp', 'https://mail.google.com/mail/u/1/#inbox/tw']);
  });

  it('reminders carry the account of the email they answer', async () => {
    const t = await loadTimeline(await twoAccounts());
    const reminders = deriveReminders(t, [], { ...DEFAULT_SETTINGS, timeZone: 'UTC' }, new Date('2025-03-03T13:00:00Z'));
    const work = reminders.filter((r) => r.threadId === 'tw');
    expect(work.length).toBeGreaterThan(0);
    expect(work.every((r) => r.account?.index === 1)).toBe(true);
    expect(reminders.filter((r) => r.threadId === 'tp').every((r) => r.account?.index === 0)).toBe(true);
  });

  it('an export keeps the accounts and imports back whole', async () => {
    const json = await exportJson(await twoAccounts());
    const into = freshDb(`accounts-import-${Math.random()}`);
    expect(await importJson(into, json)).toMatchObject({ ok: true });
    const t = await loadTimeline(into);
    expect(t.events.map((e) => e.account?.index).sort()).toEqual([0, 1]);
  });

  it('mail seen before accounts were kept has none, and its link opens the first account', async () => {
    const db = freshDb(`accounts-old-${Math.random()}`);
    await ingestEmail(db, email({ id: 'o1', threadId: 'to' }), detection('application_received'), { now: NOW });
    const [event] = (await loadTimeline(db)).events;
    expect(event!.account).toBeUndefined();
    expect(gmailThreadUrl('to', event!.account)).toBe('https://mail.google.com/mail/u/0/#inbox/to');
    expect(gmailInboxUrl({ index: 3 })).toBe('https://mail.google.com/mail/u/3/#inbox');
  });
});
