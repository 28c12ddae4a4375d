// A reminder's link back to its thread names and opens the mail host the email was seen on: Outlook on the web for
// mail read there, Gmail otherwise; from the live data and from the popup snapshot alike.
import { describe, expect, it } from 'vitest';
import type { MailAccount } from '../../../lib/core/email';
import type { Reminder } from '../../../lib/core/reminders/types';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings';
import type { Timeline } from '../../../lib/core/timeline/types';
import { buildPopupSnapshot, usableSnapshot } from '../../../lib/popup/snapshot';
import { reminderView, snapshotViews } from '../../../lib/popup/views';
import { displayLookup, reminderDisplay } from '../../../lib/popup/display';
import { threadUrl } from '../../../lib/ui-text/labels';

const NOW = new Date('2026-03-03T15:00:00Z');
const settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const timeline: Timeline = { applications: [], events: [], people: [], notes: [] };

const reminder = (account: MailAccount | null): Reminder => ({
  id: 'thank-you-email:e1',
  ruleId: 'thank-you-email',
  applicationId: 'a1',
  eventId: 'e1',
  personId: null,
  threadId: 'AAQkAGI2TG93AAA=',
  account,
  startsAt: '2026-03-03T11:00:00Z',
  dueAt: '2026-03-03T21:00:00Z',
  overdueAt: '2026-03-04T10:00:00Z',
  notifyAt: '2026-03-03T11:00:00Z',
  status: 'pending',
  snoozedUntil: null,
});

const OUTLOOK: MailAccount = { index: null, address: 'sam@contoso.test', origin: 'https://outlook.office.com' };
const GMAIL: MailAccount = { index: 1, address: 'sam@example.com' };
const due = { state: 'due' as const, text: 'by 21:00' };

/** The label the live popup shows for the reminder, and where its link goes. */
function live(account: MailAccount | null) {
  const view = reminderView(reminderDisplay(reminder(account), displayLookup(timeline)), due);
  return [view.openLabel, threadUrl(view.threadId!, view.account)];
}

/** The same through the popup snapshot: written, stored as JSON, read back, shown as the first view. */
function fromSnapshot(account: MailAccount | null) {
  const built = buildPopupSnapshot({ reminders: [reminder(account)], timeline, settings, review: [], badge: { text: '1', colour: '#3b5bdb' }, now: NOW });
  const stored = usableSnapshot(JSON.parse(JSON.stringify(built)), NOW);
  const [view] = snapshotViews(stored!, new Set()).today;
  return [view!.openLabel, threadUrl(view!.threadId!, view!.account)];
}

describe.each([
  ['the live data', live],
  ['the popup snapshot', fromSnapshot],
])('the thread link of a reminder, from %s', (_, shown) => {
  it('says Outlook and opens Outlook on the web, on the origin the mail was read on', () => {
    expect(shown(OUTLOOK)).toEqual(['Open in Outlook', 'https://outlook.office.com/mail/deeplink/readconv/AAQkAGI2TG93AAA%3D']);
  });

  it('says Gmail and opens the Gmail account the mail was read in', () => {
    expect(shown(GMAIL)).toEqual(['Open in Gmail', 'https://mail.google.com/mail/u/1/#inbox/AAQkAGI2TG93AAA%3D']);
  });

  it('says Gmail for mail seen before the host was kept (no account)', () => {
    expect(shown(null)).toEqual(['Open in Gmail', 'https://mail.google.com/mail/u/0/#inbox/AAQkAGI2TG93AAA%3D']);
  });

  it('never links to an origin that is not Outlook\'s own', () => {
    const [label, url] = shown({ index: null, address: null, origin: 'https://outlook.evil.example' });
    expect(label).toBe('Open in Gmail');
    expect(url).toMatch(/^https:\/\/mail\.google\.com\//);
  });
});
