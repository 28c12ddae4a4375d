/**
 * "Seen twice is one event", in every order the pieces of one message can arrive: its list row (a weak row waits
 * for review under `row:<id>`), the opened thread, the user's answer to the review card, and a backup restored in
 * between. Each order ends with exactly one event for the message, under its own id, and no card left open.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { setContentDeps } from '../../../lib/background/content-handlers';
import { handlers } from '../../../lib/background/handlers';
import { listen } from '../../../lib/background/router';
import type { Email } from '../../../lib/core/email';
import { setScheduleDeps } from '../../../lib/schedule/refresh';
import { confirmReview, exportJson, importJson, openDb, type CallbackDb } from '../../../lib/store';
import { messageId } from '../../fixtures/gmail/layout';
import { sampleThreads } from '../../fixtures/gmail/threads';

const now = new Date();
const s = sampleThreads(now);
const last = s.interview.messages.length - 1;
const full: Email = {
  id: messageId(s.interview, last).toString(16),
  threadId: s.interview.id.toString(16),
  source: 'gmail',
  subject: s.interview.subject,
  from: s.interview.messages[last]!.from,
  date: s.interview.messages[last]!.date.toISOString(),
  body: s.interview.messages[last]!.body,
};
/** The same message as its inbox row: subject and snippet (an interview row never decides alone: it needs the body). */
const row: Email = { ...full, body: full.body.slice(0, 120), partial: true };

let db: CallbackDb;
const send = (message: unknown) => browser.runtime.sendMessage(message as never) as Promise<{ ok: boolean; review?: number }>;

type Step = 'row' | 'thread' | 'answer' | 'restore';
const steps: Record<Step, () => Promise<unknown>> = {
  row: () => send({ type: 'content->bg:rows-seen', host: 'gmail', emails: [row] }),
  thread: () => send({ type: 'content->bg:thread-seen', host: 'gmail', threadId: full.threadId, emails: [full] }),
  // The user answers the review card as the classifier guessed (the popup's "Yes"), whatever state it is in.
  answer: async () => {
    const card = (await db.reviewItems.toArray()).find((r) => r.messageId === `row:${full.id}`);
    if (card) await confirmReview(db, card.id);
  },
  restore: async () => {
    const backup = await exportJson(db, { now });
    const result = await importJson(db, backup);
    expect(result.ok).toBe(true);
  },
};

beforeAll(() => {
  listen(handlers);
});
beforeEach(() => {
  db = openDb(`one-event-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  setContentDeps({ db: () => db, now: () => now });
  setScheduleDeps({ db: () => db, now: () => now });
});
afterAll(() => {
  setContentDeps(null);
  setScheduleDeps(null);
});

const ORDERS: Step[][] = [
  ['row', 'thread'],
  ['thread', 'row'],
  ['row', 'answer', 'thread'],
  ['row', 'thread', 'answer'],
  ['thread', 'row', 'answer'],
  ['row', 'answer', 'row', 'thread', 'row'],
  ['row', 'restore', 'thread'],
  ['row', 'answer', 'restore', 'thread'],
  ['thread', 'restore', 'row', 'answer'],
  ['row', 'restore', 'answer', 'restore', 'thread', 'row'],
];

describe('one message is one event, whatever the order its row, thread, review answer and a restore arrive in', () => {
  it.each(ORDERS.map((o) => [o.join(' → '), o] as const))('%s', async (_name, order) => {
    for (const step of order) await steps[step]();
    const events = await db.events.toArray();
    expect(events.map((e) => e.messageId)).toEqual([full.id]);
    expect(events[0]!.kind).toBe('interview_confirmed');
    if (order.includes('thread')) {
      const open = (await db.reviewItems.toArray()).filter((r) => r.status === 'open');
      expect(open).toEqual([]);
    }
  });

  it('a row and its thread sent at the same moment (two tabs) still make one event', async () => {
    await Promise.all([steps.row(), steps.thread(), steps.row(), steps.thread()]);
    await steps.answer();
    expect((await db.events.toArray()).map((e) => e.messageId)).toEqual([full.id]);
  });

  it('the row of a message already opened makes no review card', async () => {
    await steps.thread();
    const reply = await steps.row();
    expect(reply).toMatchObject({ ok: true, review: 0 });
    expect(await db.reviewItems.count()).toBe(0);
  });
});
