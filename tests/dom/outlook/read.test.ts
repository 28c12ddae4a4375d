/**
 * Reading Outlook on the web's page (happy-dom) from pages built from the catalogue (tests/fixtures/outlook): what
 * the user would see go wrong is a wrong sender, date or body, quoted history read as new text, a Safe Link instead
 * of the real one, a message stored twice after a re-render, or a German Outlook read differently.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { conversationHtml, convId, outlookPage, type OutlookLayout } from '../../fixtures/outlook/layout';
import { ACCOUNT, sampleThreads } from '../../fixtures/gmail/threads';
import type { FixtureThread } from '../../fixtures/gmail/layout';
import { currentView } from '../../../lib/mail/outlook/observe';
import { conversationIdFromPath, parseSender, readRows, readThread, unwrapSafeLink, accountName, pageAccount } from '../../../lib/mail/outlook/read';
import { resetSelectorStats, takeSelectorStats } from '../../../lib/mail/outlook/selectors';
import { parseOutlookDate } from '../../../lib/mail/outlook/dates';

const now = new Date(2026, 3, 10, 12, 0);
const s = sampleThreads(now);

/** Load a page as it looks with `thread` open: the mail module with the conversation in the reading pane. */
function open(thread: FixtureThread, layout: OutlookLayout = {}, path = `/mail/inbox/id/${encodeURIComponent(convId(thread))}`): Element {
  const html = outlookPage({ account: ACCOUNT, threads: [s.interview, s.rejection, s.acknowledgement, s.jobAlert], ...layout });
  const mailTpl = /<template id="fixture-mail">([\s\S]*?)<\/template>\n<template id="fixture-calendar">/.exec(html)![1]!;
  document.documentElement.setAttribute('lang', layout.lang === 'de' ? 'de' : 'en-US');
  document.title = `${layout.lang === 'de' ? 'E-Mail' : 'Mail'} - ${ACCOUNT.name} - Outlook`;
  history.replaceState({}, '', path);
  document.body.innerHTML = `<div id="MainModule">${mailTpl}</div>`;
  const pane = document.querySelector('[data-app-section=MailReadCompose]')!;
  pane.closest('[hidden]')?.removeAttribute('hidden');
  const conv = conversationHtml(thread, layout);
  pane.innerHTML = layout.hashed ? conv.replace(/class="([^"]*)"/g, 'class="z$1z"') : conv;
  return currentView(document).thread!;
}

const account = { index: null, address: ACCOUNT.address };

beforeEach(() => resetSelectorStats());

describe('reading an Outlook conversation', () => {
  it('reads each expanded message: sender, date, subject, body without the quoted history, the conversation id', () => {
    const thread = open(s.interview);
    const emails = readThread(thread, document, account);
    expect(emails).toHaveLength(1); // two of the three are collapsed: no body in the page
    const [email] = emails;
    expect(email!.from).toEqual({ name: 'Priya Natarajan', address: 'priya.natarajan@northwindlabs.example' });
    expect(email!.subject).toBe(s.interview.subject);
    expect(email!.threadId).toBe(convId(s.interview));
    expect(email!.source).toBe('outlook');
    expect(new Date(email!.date!).getTime()).toBe(s.interview.messages[2]!.date.getTime());
    expect(email!.body).toContain('Interviewers: Ana Pereira (Engineering Manager) and Ben Okafor (Staff Engineer)');
    expect(email!.body).not.toContain('I am available Monday'); // the quoted history
    expect(email!.body).not.toContain('From:');
  });

  it('unwraps Safe Links on work hosts to the link the sender wrote', () => {
    const thread = open(s.interview, { host: 'outlook.office.com' });
    expect(readThread(thread, document, account)[0]!.links).toEqual(['https://meet.example.com/nwl-backend-sam']);
    expect(unwrapSafeLink('https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1&data=x')).toBe('https://example.com/a?b=1');
    expect(unwrapSafeLink('https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fx.example')).toBe('https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fx.example');
    expect(unwrapSafeLink('https://eur03.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)')).toBe('https://eur03.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)');
  });

  it('gives each message the same key after a re-render, in the full view, with German labels and with every class renamed', () => {
    const keys = (layout: OutlookLayout) => readThread(open(s.interview, layout), document, account);
    const english = keys({});
    for (const layout of [{ renderSeed: 7 }, { view: 'full' as const }, { lang: 'de' as const }, { hashed: true }, { host: 'outlook.live.com' as const, renderSeed: 3 }]) {
      const other = keys(layout);
      expect(other.map((e) => e.id)).toEqual(english.map((e) => e.id));
      expect(other.map((e) => [e.from, e.date, e.body, e.subject])).toEqual(english.map((e) => [e.from, e.date, e.body, e.subject]));
    }
    expect(english[0]!.id).toMatch(/^owa:[0-9a-f]{16}$/);
  });

  it('reads a colleague shown by name only, and knows the user by name when there is no address', () => {
    const colleague = { name: 'Jordan Lee', address: 'jordan.lee@example.com' };
    const thread: FixtureThread = {
      id: 42n,
      subject: 'Referral for the platform role',
      messages: [
        { from: colleague, date: new Date(2026, 3, 8, 9, 0), body: 'I passed your CV to the hiring manager.' },
        { from: ACCOUNT, date: new Date(2026, 3, 8, 10, 0), body: 'Thank you so much, Jordan!' },
      ],
    };
    const emails = readThread(open(thread, { nameOnly: [colleague.address, ACCOUNT.address] }), document, account);
    expect(emails.map((e) => e.from)).toEqual([{ name: 'Jordan Lee', address: '' }, { name: 'Sam Rivera', address: '' }]);
    expect(emails.map((e) => Boolean(e.fromUser))).toEqual([false, true]);
  });

  it('reads the signed-in account from the folder tree and the name from the tab title', () => {
    open(s.rejection, { host: 'outlook.live.com' }, `/mail/0/inbox/id/${encodeURIComponent(convId(s.rejection))}`);
    expect(pageAccount(document)).toMatchObject({ index: 0, address: ACCOUNT.address });
    expect(accountName(document)).toBe('Sam Rivera');
  });

  it('finds the conversation id in every route form Outlook uses', () => {
    expect(conversationIdFromPath('/mail/inbox/id/AQQkADAw%3D')).toBe('AQQkADAw=');
    expect(conversationIdFromPath('/mail/0/inbox/id/AQQkADAw%3D')).toBe('AQQkADAw=');
    expect(conversationIdFromPath('/mail/id/AQQkADAw%3D')).toBe('AQQkADAw=');
    expect(conversationIdFromPath('/mail/deeplink/readconv/AQQkADAw')).toBe('AQQkADAw');
    expect(conversationIdFromPath('/mail/info%40host.example/inbox/id/AQQkADAw/sxs/AQMkX')).toBe('AQQkADAw');
    expect(conversationIdFromPath('/mail/inbox')).toBeNull();
    expect(conversationIdFromPath('/calendar/view/week')).toBeNull();
  });

  it('parses sender text in each form', () => {
    expect(parseSender('Priya Natarajan<priya@x.example>')).toEqual({ name: 'Priya Natarajan', address: 'priya@x.example' });
    expect(parseSender('"Careers" <jobs@x.example>')).toEqual({ name: 'Careers', address: 'jobs@x.example' });
    expect(parseSender('jobs@x.example')).toEqual({ name: '', address: 'jobs@x.example' });
    expect(parseSender('Jordan Lee')).toEqual({ name: 'Jordan Lee', address: '' });
  });

  it('reads dates in US, German, British and ISO forms', () => {
    const at = (iso: string | null) => (iso ? new Date(iso).toString() : null);
    const expected = new Date(2026, 3, 10, 8, 23).toString();
    expect(at(parseOutlookDate('Fri 4/10/2026 8:23 AM', 'en-US'))).toBe(expected);
    expect(at(parseOutlookDate('Fr 10.04.2026 08:23', 'de'))).toBe(expected);
    expect(at(parseOutlookDate('10/04/2026 08:23', 'en-GB'))).toBe(expected);
    expect(at(parseOutlookDate('2026-04-10 08:23', 'sv'))).toBe(expected);
    expect(parseOutlookDate('Yesterday', 'en-US')).toBeNull();
  });
});

describe('Outlook list rows and pages Callback cannot read', () => {
  it('reads shown rows as conversations seen and skips the virtualised shells', () => {
    open(s.interview);
    const list = currentView(document).list!;
    const rows = readRows(list, account, 200);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.threadId)).toContain(convId(s.rejection));
    expect(rows.every((r) => r.partial && r.id.startsWith('row:') && r.subject === '' && r.body === '')).toBe(true);
    expect(rows.find((r) => r.threadId === convId(s.rejection))!.from.address).toBe('marta.lindqvist@bluefinanalytics.example');
  });

  it('a re-scan passes over rows already sent and reads the others', () => {
    open(s.interview);
    const list = currentView(document).list!;
    const sent = new Set([`row:${convId(s.rejection)}`, `row:${convId(s.interview)}`]);
    const rows = readRows(list, account, 200, (id) => sent.has(id));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.threadId)).not.toContain(convId(s.rejection));
    expect(rows.map((r) => r.threadId)).toContain(convId(s.jobAlert));
  });

  it('sees no conversation outside /mail/ (Calendar) and none in a page without Outlook\'s structure', () => {
    open(s.interview, {}, '/calendar/view/week');
    expect(currentView(document)).toEqual({ thread: null, list: null });
    history.replaceState({}, '', '/mail/inbox');
    document.body.innerHTML = '<div role="main"><div role="document">Try again later.</div></div>';
    expect(currentView(document)).toEqual({ thread: null, list: null });
  });

  it('counts hits per selector, and the class fallbacks do not hide a renamed page', () => {
    readThread(open(s.interview, { hashed: true }), document, account);
    const stats = takeSelectorStats()!;
    expect(stats.sender).toEqual({ hits: 1, misses: 0 });
    expect(stats.body).toEqual({ hits: 1, misses: 0 });
    expect(takeSelectorStats()).toBeNull();
  });
});

describe('placing the bar in Outlook', () => {
  it('goes right after the subject block, with the Copilot button still beside the subject', async () => {
    const { placeBar } = await import('../../../lib/mail/outlook/host');
    const thread = open(s.interview);
    const bar = document.createElement('div');
    expect(placeBar(thread, bar)).toBe(true);
    expect(bar.previousElementSibling?.querySelector('[role=heading]')).not.toBeNull();
    expect(bar.previousElementSibling?.querySelector('button')).not.toBeNull();
    expect(bar.nextElementSibling?.querySelector('[data-fixture-message]')).not.toBeNull();
  });
});
