// Links back into Gmail open the account the email was seen under: the timeline's "Open email", the popup's
// "Open in Gmail" and its "Open Gmail".
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EventList } from '../../../components/timeline/EventList';
import { openGmail, openThread } from '../../../entrypoints/popup/page-actions';
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
