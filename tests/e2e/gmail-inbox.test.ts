import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPage, legacyId, mailboxPage, messageId } from '../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { storeCounts } from '../support/gmail-worker';

const s = sampleThreads(new Date());
const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
const inbox2014 = readFileSync(resolve(import.meta.dirname, '../fixtures/gmail/inboxsdk-2014-inbox.html'), 'utf8');

describe('inside Gmail: the inbox list and pages without Gmail (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: {
        '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads, title: 'Browser test inbox.' }),
        '/mail/u/3/': emptyPage(ACCOUNT),
        '/mail/u/5/': inbox2014,
      },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("the inbox's rows land in the store without opening them: strong ones decide, others wait for review", async () => {
    const page = await session.openMail('/mail/u/0/#inbox');
    const last = (t: typeof s.interview) => legacyId(messageId(t, t.messages.length - 1));
    await expect
      .poll(async () => {
        const counts = await storeCounts(session);
        return counts ? [...counts.events.map((e) => e.messageId), ...counts.review.map((r) => r.messageId)] : [];
      }, { timeout: 15_000 })
      // The interview needs its body (time, people): its row waits under a key of its own.
      .toEqual(expect.arrayContaining([`row:${last(s.interview)}`]));
    const counts = (await storeCounts(session))!;
    const seen = [...counts.events.map((e) => e.messageId), ...counts.review.map((r) => r.messageId)].join(' ');
    expect(seen).toContain(last(s.acknowledgement));
    // The job alert is not job mail: nothing about it is kept.
    expect(seen).not.toContain(last(s.jobAlert));
    await page.close();
  });

  it('opening a row from the list (hash change) reads the thread and settles its row', async () => {
    const page = await session.openMail('/mail/u/0/#inbox');
    await page.locator('tr.zA', { hasText: s.interview.subject }).click();
    await page.locator('[data-callback-bar] .kind').waitFor({ timeout: 15_000 });
    await expect
      .poll(async () => (await storeCounts(session))?.events.some((e) => e.kind === 'interview_confirmed'), { timeout: 10_000 })
      .toBe(true);
    await page.close();
  });

  it("the user's own reply appearing in the thread completes the reminder it answers", async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.rejection.id)}`);
    const gracious = page.getByRole('button', { name: 'Draft gracious reply', exact: true });
    await gracious.waitFor({ timeout: 15_000 });
    // Gmail adds the sent reply to the message list (built here with DOM calls, as Gmail's page would).
    await page.evaluate((account) => {
      const list = document.querySelector('[role=list]')!;
      const item = document.createElement('div');
      item.setAttribute('role', 'listitem');
      const message = document.createElement('div');
      message.className = 'adn ads';
      message.setAttribute('data-legacy-message-id', 'fffffff1');
      const cell = document.createElement('td');
      cell.className = 'gF';
      const sender = document.createElement('span');
      sender.setAttribute('email', account);
      sender.setAttribute('name', 'Sam Rivera');
      sender.textContent = 'Sam Rivera';
      cell.appendChild(sender);
      const date = document.createElement('span');
      date.className = 'g3';
      date.title = new Date().toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
      const body = document.createElement('div');
      body.className = 'ii gt';
      const text = document.createElement('div');
      text.className = 'a3s';
      text.textContent = 'Thank you, Marta. I enjoyed meeting the team and would love to stay in touch.';
      body.appendChild(text);
      message.append(cell, date, body);
      item.appendChild(message);
      list.appendChild(item);
    }, ACCOUNT.address);
    await expect.poll(() => gracious.count(), { timeout: 10_000 }).toBe(0);
    expect((await storeCounts(session))!.events.map((e) => e.kind)).toContain('user_reply');
    await page.close();
  });

  it('a page missing every selector stays untouched and error-free', async () => {
    const page = await session.openMail('/mail/u/3/#inbox');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.evaluate(() => {
      location.hash = '#inbox/abc';
    });
    await page.waitForTimeout(2500);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.locator('[data-callback-bar]').count()).toBe(0);
    await page.close();
  });

  it('reads the real 2014 inbox and reports selector health to the options page', async () => {
    const page = await session.openMail('/mail/u/5/#inbox');
    await expect
      .poll(async () => {
        const stored = await session.inWorker(async () => (await chrome.storage.local.get('selectorHealth')).selectorHealth);
        return (stored as { hosts?: { gmail?: Record<string, { hits: number }> } } | undefined)?.hosts?.gmail?.row?.hits ?? 0;
      }, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.close();
  });

  it('makes no network request of its own, and pages show no errors of ours', () => {
    expect(session.offRoute).toEqual([]);
    // The 2014 page asks for its own missing script and images (404 from the fixture server): not ours.
    expect(session.pageErrors.filter((e) => !(e.includes('/mail/u/5/') && e.includes('Failed to load resource')))).toEqual([]);
  });
});
