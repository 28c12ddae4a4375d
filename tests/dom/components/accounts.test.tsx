import 'fake-indexeddb/auto';
// Links back into Gmail open the account the email was seen under: the timeline's "Open email", the popup's
// "Open in Gmail" and its "Open Gmail"; and from mail read in Outlook on the web, "Open in Outlook".
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EventList } from '../../../components/timeline/EventList';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { openGmail, openOutlook, openThread } from '../../../entrypoints/popup/page-actions';
import { deleteEverything, getDb, importJson } from '../../../lib/store';
import { buildSeed } from '../../support/pages-seed';
import type { TimelineEvent } from '../../../lib/core/timeline/types';

const event = (id: string, threadId: string, account: TimelineEvent['account']): TimelineEvent => ({
  id, applicationId: 'a', kind: 'rejection', at: '2026-03-03T10:00:00Z', source: 'gmail', messageId: id, threadId, account,
  subject: `Subject ${id}`, confidence: 0.9, evidence: [], interview: null, deadline: null, decisionBy: null, links: [],
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());
afterEach(cleanup);

describe('links back into Gmail with two accounts', () => {
  it("the timeline's \"Open email\" of each event opens that event's mailbox", async () => {
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (p) => {
      opened.push(p.url!);
      return {} as never;
    });
    const events = [event('e1', 'ta', { index: 0, address: 'sam@example.com' }), event('e2', 'tb', { index: 1, address: 'sam@work.example' })];
    render(<EventList events={events} timeZone="UTC" onOpenThread={openThread} />);
    for (const button of screen.getAllByRole('button', { name: 'Open email' })) fireEvent.click(button);
    expect(opened).toEqual(['https://mail.google.com/mail/u/0/#inbox/ta', 'https://mail.google.com/mail/u/1/#inbox/tb']);
  });

  it('"Open Gmail" opens the account Callback last saw, else the first', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openGmail();
    await fakeBrowser.storage.local.set({ lastMailPage: { host: 'gmail', at: '2026-03-03T10:00:00Z', account: 2 } });
    await openGmail();
    expect(create.mock.calls.map(([p]) => p.url)).toEqual(['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/mail/u/2/#inbox']);
  });
});

describe('a new user who reads Outlook on the web', () => {
  it('"Open Outlook" opens the Outlook Callback last ran on (work or personal), else the personal one', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openOutlook();
    await fakeBrowser.storage.local.set({ lastMailPage: { host: 'outlook', at: '2026-03-03T10:00:00Z', account: null, origin: 'https://outlook.office.com' } });
    await openOutlook();
    // A stored origin that is not Outlook's is never opened.
    await fakeBrowser.storage.local.set({ lastMailPage: { host: 'outlook', at: '2026-03-03T10:00:00Z', account: null, origin: 'https://evil.example' } });
    await openOutlook();
    expect(create.mock.calls.map(([p]) => p.url)).toEqual(['https://outlook.live.com/mail/', 'https://outlook.office.com/mail/', 'https://outlook.live.com/mail/']);
  });

  it('sees "Open Outlook" first in the empty popup when Outlook was the last mail page, "Open Gmail" first otherwise', async () => {
    await deleteEverything(getDb());
    render(<PopupApp />);
    await screen.findByText('Nothing to follow up yet.');
    const names = () => screen.getAllByRole('button').map((b) => b.textContent).filter((n) => n?.startsWith('Open '));
    expect(names()).toEqual(['Open Gmail', 'Open Outlook']);
    cleanup();
    await fakeBrowser.storage.local.set({ lastMailPage: { host: 'outlook', at: '2026-03-03T10:00:00Z', account: null, origin: 'https://outlook.office.com' } });
    render(<PopupApp />);
    await screen.findByText('Nothing to follow up yet.');
    await vi.waitFor(() => expect(names()).toEqual(['Open Outlook', 'Open Gmail']));
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    fireEvent.click(screen.getByRole('button', { name: 'Open Outlook' }));
    await vi.waitFor(() => expect(create.mock.calls.map(([p]) => p.url)).toEqual(['https://outlook.office.com/mail/']));
  });
});

describe('links back from the popup follow the mail host', () => {
  it('a reminder from mail read in Outlook on the web says "Open in Outlook" and opens it there', async () => {
    await deleteEverything(getDb());
    await importJson(getDb(), await buildSeed(new Date()));
    const outlook = { index: null, address: 'sam@contoso.test', origin: 'https://outlook.office.com' };
    await getDb().events.toCollection().modify((e) => {
      if (e.threadId) e.account = outlook;
    });
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (p) => {
      opened.push(p.url!);
      return {} as never;
    });
    render(<PopupApp />);
    const buttons = await screen.findAllByRole('button', { name: 'Open in Outlook' });
    expect(screen.queryAllByRole('button', { name: 'Open in Gmail' })).toEqual([]);
    fireEvent.click(buttons[0]!);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^https:\/\/outlook\.office\.com\/mail\/deeplink\/readconv\//);
  }, 20_000);
});
