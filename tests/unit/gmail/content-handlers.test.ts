import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { setContentDeps } from '../../../lib/background/content-handlers';
import { handlers } from '../../../lib/background/handlers';
import { listen } from '../../../lib/background/router';
import type { Email } from '../../../lib/core/email';
import { failure, type ThreadBar } from '../../../lib/messaging/content-messages';
import { isMessageType, MESSAGES, REPLIES } from '../../../lib/messaging/protocol';
import { SELECTOR_HEALTH_KEY, type SelectorHealth } from '../../../lib/messaging/selector-health';
import { setScheduleDeps } from '../../../lib/schedule/refresh';
import { openDb, type CallbackDb } from '../../../lib/store';
import { messageId, type FixtureThread } from '../../fixtures/gmail/layout';
import { sampleThreads } from '../../fixtures/gmail/threads';
import { malformed, VALID } from '../../support/messages';

const now = new Date();
const s = sampleThreads(now);

/** The Email the content script reads from the expanded last message of a fixture thread. */
function emailOf(thread: FixtureThread, index = thread.messages.length - 1, extra: Partial<Email> = {}): Email {
  const m = thread.messages[index]!;
  return {
    id: messageId(thread, index).toString(16),
    threadId: thread.id.toString(16),
    source: 'gmail',
    subject: thread.subject,
    from: m.from,
    date: m.date.toISOString(),
    body: m.body,
    ...extra,
  };
}

let db: CallbackDb;
/** Replies are read loosely here: each test asserts the fields it cares about. */
type LooseReply = { ok: boolean; error?: string; stored: number; review: number; bar: ThreadBar };
/** Send as a mail page would; every answer must have its reply schema's shape (or be a refusal). */
async function send(message: unknown): Promise<LooseReply> {
  const reply: unknown = await browser.runtime.sendMessage(message as never);
  const type = (message as { type?: unknown }).type;
  const schema = isMessageType(type) ? REPLIES[type] : failure;
  const checked = schema.or(failure).safeParse(reply);
  expect(checked.success, `the reply to ${String(type)}: ${JSON.stringify(checked.error?.issues[0])}`).toBe(true);
  return reply as LooseReply;
}

beforeAll(() => {
  listen(handlers);
});
beforeEach(() => {
  db = openDb(`gmail-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  setContentDeps({ db: () => db, now: () => now });
  setScheduleDeps({ db: () => db, now: () => now });
});
afterAll(() => {
  setContentDeps(null);
  setScheduleDeps(null);
});

describe('the background side of the Gmail content script', () => {
  it.each([
    ['a hello from an unknown host', { type: 'content->bg:hello', host: 'evil.example', url: 'https://evil.example/' }],
    ['a hello without its page address', { type: 'content->bg:hello', host: 'gmail' }],
    ['a hello whose address is not text', { type: 'content->bg:hello', host: 'gmail', url: { toString: 1 } }],
    ['no emails array', { type: 'content->bg:thread-seen', host: 'gmail', threadId: 't' }],
    ['an email without an id', { type: 'content->bg:thread-seen', host: 'gmail', threadId: 't', emails: [{ ...emailOf(s.rejection), id: '' }] }],
    ['a body that is not text', { type: 'content->bg:rows-seen', host: 'gmail', emails: [{ ...emailOf(s.rejection), body: { html: '<b>' } }] }],
    ['an unknown kind in a correction', { type: 'content->bg:correct', host: 'gmail', messageId: 'm', threadId: null, kind: 'spam' }],
    ['negative selector counts', { type: 'content->bg:selector-health', host: 'gmail', stats: { main: { hits: -1, misses: 0 } } }],
  ])('refuses %s and stores nothing', async (_what, message) => {
    const reply = await send(message);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') });
    expect(await db.events.count()).toBe(0);
    expect(await db.reviewItems.count()).toBe(0);
    expect((await browser.storage.local.get('lastMailPage')).lastMailPage).toBeUndefined();
  });

  const contentTypes = Object.keys(MESSAGES).filter((t) => t.startsWith('content->bg:')) as Array<keyof typeof VALID>;
  it.each(contentTypes.flatMap((type) => malformed(VALID[type] as Record<string, unknown>).map(([what, m]) => [`${type}: ${what}`, m] as const)))(
    'refuses %s, answers why, and writes nothing anywhere',
    async (_what, message) => {
      await browser.storage.local.remove(['lastMailPage', SELECTOR_HEALTH_KEY]);
      const reply = await send(message);
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message: /) });
      expect(await Promise.all([db.events.count(), db.applications.count(), db.people.count(), db.reviewItems.count(), db.corrections.count()])).toEqual([0, 0, 0, 0, 0]);
      expect(await browser.storage.local.get(['lastMailPage', SELECTOR_HEALTH_KEY])).toEqual({});
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it('a well-formed hello is answered with the version and remembered for the options page', async () => {
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ version: '9.9.9' } as never);
    const reply = await send({ type: 'content->bg:hello', host: 'gmail', url: 'https://mail.google.com/mail/u/0/' });
    expect(reply).toMatchObject({ ok: true, version: '9.9.9' });
    expect((await browser.storage.local.get('lastMailPage')).lastMailPage).toMatchObject({ host: 'gmail' });
    await browser.storage.local.remove('lastMailPage');
  });

  it('a hello from Outlook on the web remembers which Outlook (work or personal), for the popup\'s "Open Outlook"', async () => {
    await send({ type: 'content->bg:hello', host: 'outlook', url: 'https://outlook.office.com/mail/inbox' });
    expect((await browser.storage.local.get('lastMailPage')).lastMailPage).toMatchObject({ host: 'outlook', origin: 'https://outlook.office.com' });
    await send({ type: 'content->bg:hello', host: 'gmail', url: 'https://mail.google.com/mail/u/1/' });
    expect((await browser.storage.local.get('lastMailPage')).lastMailPage).toEqual(expect.not.objectContaining({ origin: expect.anything() }));
    await browser.storage.local.remove('lastMailPage');
  });

  it('an opened interview confirmation lands on the timeline and the bar names the company and role', async () => {
    const reply = await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: emailOf(s.interview).threadId, emails: [emailOf(s.interview)] });
    expect(reply).toMatchObject({ ok: true, stored: 1 });
    expect(reply.bar).toMatchObject({ kind: 'interview_confirmed', messageId: emailOf(s.interview).id });
    expect(reply.bar.corrections.map((c: { label: string }) => c.label)).toEqual(['Not job mail']);
    expect(await db.events.count()).toBe(1);
  });

  it('job mail from an organisation the user’s earlier mail showed them hiring for waits in the review list, until the user says it is theirs', async () => {
    const account = { index: 0, address: 'rafael.tavares@posteo.de' };
    const base = { source: 'gmail' as const, date: now.toISOString(), account };
    // The user organises an interview on their employer's calendar: they hire there.
    const invite: Email = {
      ...base,
      id: 'a1',
      threadId: 'ta',
      subject: 'Invitation: Interview – Lena Vogt (Warehouse Lead) @ Mon 7 Sep 2026 10:00 – 11:00 (CEST)',
      from: { name: 'Google Calendar', address: 'calendar@brightwell-logistics.example' },
      body: 'Interview – Lena Vogt (Warehouse Lead)\nMonday 7 September 2026 ⋅ 10:00 – 11:00\nRoom 3\n\nOrganizer: Rafael Tavares\nGuests: Rafael Tavares, Mia Koch, Lena Vogt',
    };
    await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: 'ta', emails: [invite] });
    expect(await db.events.count()).toBe(0);
    expect(await db.hiringSides.toArray()).toMatchObject([{ organisation: 'brightwell-logistics.example' }]);
    // A later thread: the same employer offers the user an internal move.
    const move: Email = {
      ...base,
      id: 'b1',
      threadId: 'tb',
      subject: 'Your new role',
      from: { name: 'Mia Koch', address: 'mia.koch@brightwell-logistics.example' },
      body: 'Hi Rafael,\n\nwe are delighted to offer you the role of Operations Manager: 58,000 a year, 28 days of holiday, start on 1 November. Please let us know by Friday.\n\nMia',
    };
    const reply = await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: 'tb', emails: [move] });
    expect(reply).toMatchObject({ ok: true, stored: 0 });
    expect(await db.events.count()).toBe(0);
    const [item] = await db.reviewItems.toArray();
    expect(item?.detection.evidence.map((e) => e.code)).toContain('hires_for');
    // "Yes, it is my offer": the event lands, and mail from that employer is decided as usual from then on.
    await send({ type: 'content->bg:correct', host: 'gmail', messageId: 'b1', threadId: 'tb', kind: 'offer' });
    expect(await db.events.count()).toBe(1);
    expect(await db.hiringSides.count()).toBe(0);
  });

  it('the same thread seen twice is one event', async () => {
    const message = { type: 'content->bg:thread-seen', host: 'gmail', threadId: 'x', emails: [emailOf(s.rejection)] };
    await send(message);
    const again = await send(message);
    expect(again).toMatchObject({ ok: true, stored: 0 });
    expect(await db.events.count()).toBe(1);
  });

  it('a rejection thread offers the gracious reply and the reflection, and "Not a rejection"', async () => {
    const reply = await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: emailOf(s.rejection).threadId, emails: [emailOf(s.rejection)] });
    expect(reply.bar.kind).toBe('rejection');
    const labels = reply.bar.actions.map((a: { label: string }) => a.label);
    expect(labels).toEqual(expect.arrayContaining(['Draft gracious reply', 'Reflect instead']));
    const draft = reply.bar.actions.find((a: { label: string }) => a.label === 'Draft gracious reply');
    expect(draft?.body?.length).toBeGreaterThan(40);
    const reflect = reply.bar.actions.find((a: { label: string }) => a.label === 'Reflect instead');
    expect(reflect?.questions?.length).toBeGreaterThan(0);
    expect(reply.bar.corrections.map((c: { label: string }) => c.label)).toContain('Not a rejection');
  });

  it('"Not job mail" is kept: the event leaves the timeline and the bar goes', async () => {
    const email = emailOf(s.rejection);
    await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: email.threadId, emails: [email] });
    const reply = await send({ type: 'content->bg:correct', host: 'gmail', messageId: email.id, threadId: email.threadId, kind: 'other' });
    expect(reply).toEqual({ ok: true, bar: null });
    expect(await db.events.count()).toBe(0);
    expect(await db.corrections.count()).toBe(1);
  });

  it("the user's own reply in the thread completes the rejection's gracious reply", async () => {
    const email = emailOf(s.rejection);
    await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: email.threadId, emails: [email] });
    const mine: Email = { ...email, id: `${email.id}-reply`, from: { name: 'Sam Rivera', address: 'sam.rivera@example.com' }, date: now.toISOString(), body: 'Thank you, Marta.', fromUser: true };
    const reply = await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: email.threadId, emails: [email, mine] });
    const labels = reply.bar.actions.map((a: { label: string }) => a.label);
    expect(labels.filter((l: string) => l.startsWith('Draft gracious reply'))).toEqual([]);
    // The private reflection is still there for them.
    expect(labels).toContain('Reflect');
  });

  it('list rows: strong ones decide, weaker job-looking ones wait in the review list, others are left alone', async () => {
    const rows = [s.acknowledgement, s.interview, s.jobAlert].map((t) => ({ ...emailOf(t), body: t.messages.at(-1)!.body.slice(0, 120), partial: true }));
    const reply = await send({ type: 'content->bg:rows-seen', host: 'gmail', emails: rows });
    expect(reply.ok).toBe(true);
    // The interview row needs its body (time, people): it waits for review under a key of its own.
    const review = await db.reviewItems.toArray();
    expect(review.map((r) => r.messageId)).toContain(`row:${emailOf(s.interview).id}`);
    expect(reply.stored + reply.review).toBe(2);
    // Opening the thread later decides it, and settles the waiting row.
    await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: emailOf(s.interview).threadId, emails: [emailOf(s.interview)] });
    const after = await db.reviewItems.where('key').equals(`gmail:row:${emailOf(s.interview).id}`).first();
    expect(after?.status).toBe('dismissed');
    expect((await db.events.toArray()).map((e) => e.kind)).toContain('interview_confirmed');
  });

  it('selector counts add up in browser.storage.local under selectorHealth', async () => {
    await browser.storage.local.remove(SELECTOR_HEALTH_KEY);
    await send({ type: 'content->bg:selector-health', host: 'gmail', stats: { main: { hits: 3, misses: 1 } } });
    await send({ type: 'content->bg:selector-health', host: 'gmail', stats: { main: { hits: 2, misses: 0 }, row: { hits: 0, misses: 4 } } });
    const stored = (await browser.storage.local.get(SELECTOR_HEALTH_KEY))[SELECTOR_HEALTH_KEY] as SelectorHealth;
    expect(stored.hosts['gmail']).toEqual({
      main: { hits: 5, misses: 1, lastMissAt: now.toISOString() },
      row: { hits: 0, misses: 4, lastMissAt: now.toISOString() },
    });
  });
});

describe('the bar of an interview thread the day after', () => {
  it('offers a thank-you to each interviewer by name, with the interview time', async () => {
    setContentDeps({ db: () => db, now: () => new Date(s.interviewAt.getTime() + 3 * 3_600_000) });
    const email = emailOf(s.interview);
    const reply = await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: email.threadId, emails: [email] });
    expect(reply.bar.interview?.start && Date.parse(reply.bar.interview.start)).toBe(s.interviewAt.getTime());
    expect(reply.bar.company).toBe('Northwind Labs');
    const labels: string[] = reply.bar.actions.map((a: { label: string }) => a.label);
    // In the order the email names them, every time.
    expect(labels.filter((l) => /^Draft thank-you to (Ana|Ben)/.test(l))).toEqual([
      'Draft thank-you to Ana Pereira (through Priya: no address for Ana)',
      'Draft thank-you to Ben Okafor (through Priya: no address for Ben)',
    ]);
  });

  // Issue #15: a thank-you "to Ana" went into the reply to Priya, saying "Hi Ana".
  it('with no address for Ana, her thank-you asks Priya to pass it on, and the bar offers to add the address', async () => {
    setContentDeps({ db: () => db, now: () => new Date(s.interviewAt.getTime() + 3 * 3_600_000) });
    const email = emailOf(s.interview);
    const reply = await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: email.threadId, emails: [email] });
    const ana = reply.bar.actions.find((a) => a.label.startsWith('Draft thank-you to Ana'))!;
    expect(ana.body).toMatch(/^Hi Priya,\n\nCould you please pass on my thanks to Ana\?/);
    expect(ana.body).toContain('Hi Ana,');
    expect(ana.compose).toBeUndefined();
    expect(ana.missingAddress?.name).toBe('Ana Pereira');
  });

  it('once Ana\'s address is added, her thank-you is a new message to her, with a subject', async () => {
    setContentDeps({ db: () => db, now: () => new Date(s.interviewAt.getTime() + 3 * 3_600_000) });
    const email = emailOf(s.interview);
    const first = await send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: email.threadId, emails: [email] });
    const personId = first.bar.actions.find((a) => a.label.startsWith('Draft thank-you to Ana'))!.missingAddress!.personId;
    const bad = await send({ type: 'content->bg:person-address', host: 'gmail', personId, threadId: email.threadId, address: 'not an address' });
    expect(bad.ok).toBe(false);
    const reply = await send({ type: 'content->bg:person-address', host: 'gmail', personId, threadId: email.threadId, address: 'ana.pereira@northwindlabs.example' });
    expect(reply.ok).toBe(true);
    const ana = reply.bar.actions.find((a) => a.label.startsWith('Draft thank-you to Ana'))!;
    expect(ana.label).toBe('Draft thank-you to Ana Pereira');
    expect(ana.compose).toEqual({ to: 'ana.pereira@northwindlabs.example', subject: 'Thank you for the Senior Backend Engineer interview' });
    expect(ana.body).toMatch(/^Hi Ana,/);
    // The thanks to Priya, who wrote this thread, is still a reply here.
    const priya = reply.bar.actions.find((a) => a.label === 'Draft thank-you to Priya Natarajan');
    expect(priya?.compose).toBeUndefined();
  });
});
