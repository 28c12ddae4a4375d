/**
 * What a Gmail page's content script actually sends passes the background's schemas: the hello, every sample
 * thread in each layout, and the list rows (today's and the real 2014 inbox). The schemas are strict (a key they do
 * not name is refused), so a reader that starts carrying a new field fails here, not silently in the user's tab.
 */
import { describe, expect, it } from 'vitest';
import { gmailHost } from '../../../lib/mail/gmail/host';
import { find } from '../../../lib/mail/gmail/selectors';
import { MESSAGES, type ToBackground } from '../../../lib/messaging/protocol';
import { ACCOUNT, sampleThreads } from '../../fixtures/gmail/threads';
import type { LayoutOptions } from '../../fixtures/gmail/layout';
import { INBOX_2014, load, loadList, loadThread } from '../gmail/fixtures';

const s = sampleThreads(new Date(2026, 2, 11, 12));
const threads = Object.entries({ interview: s.interview, rejection: s.rejection, acknowledgement: s.acknowledgement, jobAlert: s.jobAlert });
const layouts: Array<[string, LayoutOptions]> = [['classic', {}], ['rebuilt', { layout: 'rebuilt' }], ['hashed classes', { hashed: true }]];

function accepted(message: ToBackground): void {
  const parsed = MESSAGES[message.type].safeParse(message);
  expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
}

describe("the messages a Gmail page sends are the background's", () => {
  it('the hello handshake', () => {
    accepted({ type: 'content->bg:hello', host: gmailHost.name, url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmvPq' });
  });

  it.each(layouts.flatMap(([name, layout]) => threads.map(([kind, thread]) => [kind, name, thread, layout] as const)))(
    'the %s thread, %s layout',
    (_kind, _layout, thread, layout) => {
      loadThread(thread, layout);
      const emails = gmailHost.readThread(find(document, 'threadContainer')!, document, gmailHost.account(document));
      expect(emails.length).toBeGreaterThan(0);
      accepted({ type: 'content->bg:thread-seen', host: gmailHost.name, threadId: emails[0]!.threadId ?? null, emails });
    },
  );

  it("today's list rows", () => {
    loadList(threads.map(([, thread]) => thread));
    const emails = gmailHost.readRows(find(document, 'threadList')!, { index: 0, address: ACCOUNT.address }, 200);
    expect(emails.length).toBe(threads.length);
    accepted({ type: 'content->bg:rows-seen', host: gmailHost.name, emails });
  });

  it('the rows of the real 2014 inbox', () => {
    load(INBOX_2014);
    const emails = gmailHost.readRows(find(document, 'threadList')!, { index: 0, address: null }, 200);
    expect(emails.length).toBe(16);
    accepted({ type: 'content->bg:rows-seen', host: gmailHost.name, emails });
  });
});
