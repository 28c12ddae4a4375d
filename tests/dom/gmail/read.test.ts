import { describe, expect, it } from 'vitest';
import { replyEditorHtml } from '../../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../../fixtures/gmail/threads';
import { parseGmailDate } from '../../../lib/mail/gmail/dates';
import { accountAddress, listRows, readRow, readThread } from '../../../lib/mail/gmail/read';
import { find } from '../../../lib/mail/gmail/selectors';
import { INBOX_2014, load, loadList, loadThread } from './fixtures';

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

// The real 2014 inbox, row by row: [sender name, address, subject, snippet, date].
const ROWS_2014: Array<[string, string, string, string, number]> = [
  ['me', 'streak.web.test.1@gmail.com', 'aaa', '', local(2014, 12, 18, 12, 35)],
  ['me', 'streak.web.test.1@gmail.com', 'aaa', '', local(2014, 12, 18, 12, 35)],
  ['Team Twilio', 'news@twilio.com', 'Twilio is Now Available in Germany, Mexico and 7 Other Countries', 'Twilio now offers local and mobile phone numbers in Germany, Beta mobile numbers in Mexico, and', local(2014, 12, 10, 6, 2)],
  ['Team Twilio', 'news@twilio.com', 'Newsletter: Loads of Launches, Smarter SIP Trunking, and More', 'Get up to Speed: New Launches, Betas, and Magic December Edition View Online Ahoy - The Twilio', local(2014, 12, 2, 10, 59)],
  ['Team Twilio', 'news@twilio.com', 'Newsletter: Loads of Launches, Smarter SIP Trunking, and More', 'Get up to Speed: New Launches, Betas, and Magic December Edition View Online Ahoy - The Twilio', local(2014, 12, 2, 10, 59)],
  ['Google', 'no-reply@accounts.google.com', 'Google Account password changed', 'Tag Guy Hi Tag, The password for your Google Account - tagcolumntest@gmail.com - was recently changed', local(2014, 11, 17, 11, 29)],
  ['Team Twilio', 'news@twilio.com', 'Announcing Elastic SIP Trunking from Twilio', 'Go global in minutes with a SIP Trunking service that operates at internet scale. Twilio View Online', local(2014, 11, 17, 9, 31)],
  ['Google', 'no-reply@accounts.google.com', 'Suspicious sign in prevented', 'Tag Guy Hi Tag, Someone recently used your password to try to sign in to your Google Account -', local(2014, 11, 16, 22, 3)],
  ['Google', 'no-reply@accounts.google.com', 'Suspicious sign in prevented', 'Tag Guy Hi Tag, Someone recently used your password to try to sign in to your Google Account -', local(2014, 11, 15, 0, 52)],
  ['Google+', 'noreply-94292212@plus.google.com', 'Jonny, a few Google+ posts you may like', 'Posts from Google+ picked for you Jonny, here are some posts from Google+ that you may find', local(2014, 11, 6, 2, 52)],
  ['Team Twilio', 'news@twilio.com', 'Announcing New, Lower Voice Pricing', 'Reduced Per-Minute Price on Twilio Voice Calls Twilio View Online Innovation. Ease of Use. Lower', local(2014, 10, 30, 9, 31)],
  ['Google+', 'noreply-94292212@plus.google.com', 'Jonny, a few Google+ posts you may like', 'Posts from Google+ picked for you Jonny, here are some posts from Google+ that you may find', local(2014, 10, 22, 2, 6)],
  ['Team Twilio', 'help@twilio.com', 'Security Notification for SSLv3 POODLE Vulnerability - SSLv3 Discontinuing 22 October 2014', 'Twilio View Online As you know, a number of news sources, corporations, and the OpenSSL team reported', local(2014, 10, 15, 15, 16)],
  ['Streak Notifications', 'notifications@mailfoogae.appspotmail.com', "= 'Hello World' to Formulas!", "= 'Hello World' to Formulas! Unlock the power of your pipelines with Column Formulas Formula", local(2014, 10, 10, 18, 12)],
  ['Chris Cowan', 'cowan@streak.com', '124124124', '412421421441412', local(2014, 7, 28, 19, 8)],
  ['Chris Cowan', 'cowan@streak.com', '123131', '1312313', local(2014, 7, 28, 18, 22)],
];

function rows2014(account: string | null = null) {
  load(INBOX_2014, account ? `Inbox - ${account} - Gmail` : 'Injected Thread Identifier Test Page');
  const list = find(document, 'threadList')!;
  return listRows(list).map((row) => readRow(row, account ? { index: 0, address: account } : null)!.email);
}

describe('reading the real 2014 inbox, row by row', () => {
  it('finds all 16 rows', () => {
    expect(rows2014()).toHaveLength(16);
  });

  it.each(ROWS_2014.map((row, i) => [i + 1, ...row] as const))(
    'row %i: %s <%s>, "%s"',
    (n, name, address, subject, snippet, date) => {
      const email = rows2014()[n - 1]!;
      expect(email.from).toEqual({ name, address });
      expect(email.subject).toBe(subject);
      expect(email.body).toBe(snippet);
      expect(Date.parse(email.date!)).toBe(date);
      expect(email.partial).toBe(true);
      // The 2014 layout carries no thread id: the row is keyed by a stable hash instead.
      expect(email.threadId).toBeNull();
      expect(email.id).toMatch(/^row:[0-9a-f]{8}$/);
    },
  );

  it('gives the duplicated row the same id (one event), and different messages different ids', () => {
    const ids = rows2014().map((e) => e.id);
    expect(ids[4]).toBe(ids[3]);
    expect(new Set(ids).size).toBe(14); // rows 1-2 and 4-5 are the same message twice
  });

  it('marks the rows the signed-in user sent (account address from the page title)', () => {
    const fromUser = rows2014('streak.web.test.1@gmail.com').map((e) => e.fromUser === true);
    expect(fromUser.slice(0, 3)).toEqual([true, true, false]);
    expect(fromUser.filter(Boolean)).toHaveLength(2);
  });
});

describe("reading today's rows", () => {
  const s = sampleThreads(new Date(2026, 2, 11, 12));
  it.each([
    ['the interview confirmation', s.interview, 'priya.natarajan@northwindlabs.example'],
    ['the rejection', s.rejection, 'marta.lindqvist@bluefinanalytics.example'],
    ['the job alert', s.jobAlert, 'alerts@jobboard.example'],
  ])('%s row carries the thread id and the last message id the thread view uses', (_name, thread, address) => {
    loadList([thread]);
    const email = readRow(document.querySelector('tr.zA')!, null)!.email;
    expect(email.threadId).toBe(thread.id.toString(16));
    expect(email.id).toBe((thread.id + BigInt(thread.messages.length - 1)).toString(16));
    expect(email.from.address).toBe(address);
    expect(email.subject).toBe(thread.subject);
    expect(email.body.length).toBeGreaterThan(10);
    expect(email.body.startsWith('-')).toBe(false);
  });
});

describe('reading an open thread', () => {
  const s = sampleThreads(new Date(2026, 2, 11, 12));

  it('reads the expanded message only (collapsed ones have no body), with sender, date, ids and links', () => {
    loadThread(s.interview);
    const emails = readThread(find(document, 'threadContainer')!, document, { index: 0, address: ACCOUNT.address });
    expect(emails).toHaveLength(1);
    const [email] = emails;
    const m = s.interview.messages[2]!;
    expect(email).toMatchObject({
      id: (s.interview.id + 2n).toString(16),
      threadId: s.interview.id.toString(16),
      source: 'gmail',
      subject: s.interview.subject,
      from: { name: 'Priya Natarajan', address: 'priya.natarajan@northwindlabs.example' },
      links: ['https://meet.example.com/nwl-backend-sam'],
    });
    expect(Date.parse(email!.date!)).toBe(new Date(m.date).setSeconds(0, 0));
    expect(email!.fromUser).toBeUndefined();
  });

  it.each([
    ['the quoted history', 'I am available Monday to Wednesday afternoons'],
    ['the "On … wrote:" line', 'On an earlier day'],
  ])('drops %s from the body', (_what, quoted) => {
    loadThread(s.interview);
    const [email] = readThread(find(document, 'threadContainer')!, document, null);
    expect(email!.body).toContain('Interviewers: Ana Pereira (Engineering Manager) and Ben Okafor (Staff Engineer)');
    expect(email!.body).not.toContain(quoted);
  });

  it('keeps paragraphs and line breaks of the body', () => {
    loadThread(s.interview);
    const [email] = readThread(find(document, 'threadContainer')!, document, null);
    expect(email!.body.split('\n').slice(0, 3)).toEqual(['Hi Sam,', '', expect.stringMatching(/^Thank you for sending your availability/)]);
    expect(email!.body).toContain('Best regards,\nPriya Natarajan\nTalent Acquisition, Northwind Labs');
  });

  it("does not read the user's open reply as part of the message", () => {
    loadThread(s.interview);
    const message = document.querySelector('.adn.ads')!;
    message.querySelector('.a3s')!.insertAdjacentHTML('beforeend', replyEditorHtml('Sam', 'x'));
    const [email] = readThread(find(document, 'threadContainer')!, document, null);
    expect(email!.body).not.toContain('Sam\n');
  });

  it("marks the user's own message as fromUser (their reply completes a reminder)", () => {
    const withReply = { ...s.interview, messages: [...s.interview.messages, { from: ACCOUNT, date: new Date(2026, 2, 11, 9), body: 'Thank you, Priya!' }] };
    loadThread(withReply);
    const emails = readThread(find(document, 'threadContainer')!, document, { index: 0, address: accountAddress(document) });
    expect(emails.map((e) => e.fromUser === true)).toEqual([false, true]);
  });

  it('reads the thread inside the preview pane', () => {
    loadThread(s.rejection, { preview: true, rows: [s.rejection, s.jobAlert] });
    const emails = readThread(find(document, 'threadContainer')!, document, null);
    expect(emails.map((e) => e.from.address)).toEqual(['marta.lindqvist@bluefinanalytics.example']);
  });
});

describe('the account address', () => {
  it.each([
    ['the page title', 'Inbox (3) - sam.rivera@example.com - Gmail', '', 'sam.rivera@example.com'],
    ['the account button, any language', 'Posteingang - Gmail', '<header><a aria-label="Google-Konto: Sam (Sam.Rivera@Example.com)">S</a></header>', 'sam.rivera@example.com'],
    ['neither', 'Gmail', '<p>nothing</p>', null],
  ])('comes from %s', (_from, title, body, expected) => {
    load(body, title);
    expect(accountAddress(document)).toBe(expected);
  });
});

describe('Gmail date titles', () => {
  it.each([
    ['Thu, Dec 18, 2014 at 12:35 PM', local(2014, 12, 18, 12, 35)],
    ['Thu, 18 Dec 2014, 00:35', local(2014, 12, 18, 0, 35)],
    ['Tue, Mar 4, 2025, 10:21 AM', local(2025, 3, 4, 10, 21)],
    ['Sat, Nov 15, 2014 at 12:52 AM', local(2014, 11, 15, 0, 52)],
  ])('"%s" is read as the local time it says', (title, expected) => {
    expect(Date.parse(parseGmailDate(title)!)).toBe(expected);
  });

  it.each(['', 'yesterday', '12:35 PM', 'Feb 31, 2014 at 1:00 PM', '3. Mär. 2025'])('"%s" gives null, never a wrong date', (title) => {
    expect(parseGmailDate(title)).toBeNull();
  });
});
