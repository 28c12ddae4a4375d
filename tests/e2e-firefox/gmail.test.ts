/**
 * Inside Gmail, in Firefox: the same user-visible behaviour as the Chromium tests (tests/e2e/gmail-*.test.ts) on the
 * same fixtures, with the built add-on (.output/firefox-mv3) installed as a temporary add-on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage, messageId, type FixtureThread } from '../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { EXTENSION_ORIGIN, findFirefox, launchFirefox, type FirefoxSession } from '../support/firefox';
import { clickText, count, storeContents, textOf } from '../support/firefox-dom';

const s = sampleThreads(new Date());
const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
const bar = '[data-callback-bar]';
const inBar = (css: string) => `${bar} >>> ${css}`;

// Hostile text for the linear-time reading: long runs that make backtracking patterns explode (spaces, dots,
// digits, nested-looking punctuation), in a real thread, ahead of an interview confirmation.
const hostileBody = [
  ' '.repeat(60_000) + 'x',
  'a.'.repeat(40_000) + '!',
  '1'.repeat(50_000) + ':',
  '(('.repeat(20_000) + ')',
  `${'Dear Sam, '.repeat(5_000)}`,
].join('\n\n');
const hostile: FixtureThread = {
  ...s.interview,
  id: 1795000000000999000n,
  messages: s.interview.messages.map((m, i) => (i === 0 ? { ...m, body: `${hostileBody}\n\n${m.body}` } : m)),
};

describe.skipIf(!findFirefox())('inside Gmail in Firefox: the bar, one-click drafts and the inbox rows', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({
      pages: {
        '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads, title: 'Browser test mailbox (full-page threads).' }),
        '/mail/u/1/': mailboxPage({ account: ACCOUNT, threads, preview: true, dark: true, title: 'Preview pane, dark theme.' }),
        '/mail/u/2/': mailboxPage({ account: ACCOUNT, threads: [hostile], title: 'A thread with hostile text.' }),
      },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an interview-confirmation thread shows the bar with the company, role and interview time, and lists its reminders', async () => {
    const listed = async () => {
      type Stored = { popupSnapshot?: { totals: Record<string, number> } };
      const stored = (await session.inExtension(async () => (await browser.storage.session.get('popupSnapshot')) as Stored)).popupSnapshot;
      return stored ? stored.totals.overdue! + stored.totals.today! + stored.totals.upcoming! : 0;
    };
    const before = await listed();
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    await page.waitForSelector(inBar('.kind'), { timeout: 15_000 });
    await expect.poll(() => textOf(page, inBar('.kind'))).toBe('Interview confirmed');
    expect(await textOf(page, inBar('.company'))).toBe('Northwind Labs · Senior Backend Engineer');
    const datetime = await page.$eval(inBar('time'), (e) => e.getAttribute('datetime'));
    expect(Date.parse(datetime!)).toBe(s.interviewAt.getTime());
    expect(await textOf(page, inBar('time'))).toMatch(/14:00|2:00/);
    // Its thank-you reminders are listed (the badge counts them while due today or overdue; over a weekend the
    // playbook keeps a thank-you on time until Monday morning, so the badge may wait).
    await expect.poll(listed, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.close();
  });

  it('"Draft thank-you" types the draft at the top of the reply, keeping the signature and the quote', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    await clickText(page, inBar('button'), 'Draft thank-you to Ana Pereira');
    const editor = '[g_editable=true]';
    await expect.poll(() => count(page, editor), { timeout: 10_000 }).toBe(1);
    // Ana's address is not known: the reply to Priya asks her to pass the thanks on (issue #15).
    await expect.poll(() => textOf(page, editor), { timeout: 10_000 }).toMatch(/^Hi Priya,\s+Could you please pass on my thanks to Ana\?[\s\S]*Hi Ana,/);
    const text = (await textOf(page, editor))!;
    expect(text).toMatch(/--\s*\nSam Rivera/);
    expect(text).toContain('Priya Natarajan wrote:');
    expect(text.indexOf('Ana')).toBeLessThan(text.indexOf('Sam Rivera'));
    // Typed through Firefox's editing pipeline (input events), as Gmail needs to save the draft.
    expect(Number(await page.$eval(editor, (e) => e.getAttribute('data-input-events')))).toBeGreaterThan(0);
    await expect.poll(() => textOf(page, inBar('[role=status]'))).toContain('Draft added');
    await page.close();
  });

  it('a rejection thread offers the reflection and the gracious reply, and either works', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.rejection.id)}`);
    await page.waitForSelector(inBar('.kind'), { timeout: 15_000 });
    await expect.poll(() => textOf(page, inBar('.kind'))).toBe('Rejection');
    await clickText(page, inBar('button'), 'Reflect instead');
    await expect.poll(() => count(page, inBar('.detail li'))).toBeGreaterThan(0);
    await clickText(page, inBar('button'), /^Draft gracious reply$/);
    await expect.poll(() => textOf(page, '[g_editable=true]'), { timeout: 10_000 }).toMatch(/Marta/);
    await page.close();
  });

  it('works in the preview pane of a second account, in the dark theme', async () => {
    const page = await session.openMail('/mail/u/1/#inbox');
    await clickText(page, 'tr.zA', s.acknowledgement.subject);
    await page.waitForSelector(inBar('.kind'), { timeout: 15_000 });
    await expect.poll(() => textOf(page, inBar('.kind'))).toBe('Application received');
    expect(await page.$eval(bar, (e) => e.getAttribute('data-theme'))).toBe('dark');
    expect(await count(page, `.aia ${bar}`)).toBe(1);
    await page.close();
  });

  it("the inbox's rows land in the store without opening them; the job alert is not kept", async () => {
    const page = await session.openMail('/mail/u/0/#inbox');
    const last = (t: typeof s.interview) => legacyId(messageId(t, t.messages.length - 1));
    const seen = async () => {
      const store = await storeContents(session);
      return store ? [...store.events.map((e) => e.messageId), ...store.review.map((r) => r.messageId)].join(' ') : '';
    };
    await expect.poll(seen, { timeout: 15_000 }).toContain(last(s.acknowledgement));
    expect(await seen()).not.toContain(last(s.jobAlert));
    await page.close();
  });

  it('"Not job mail" is kept by the store, and Undo in the bar takes it back', async () => {
    const corrections = (await storeContents(session))?.corrections ?? 0;
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.rejection.id)}`);
    await clickText(page, inBar('button.why-toggle'), /Why/);
    expect(await page.$eval(inBar('button.why-toggle'), (e) => e.getAttribute('aria-expanded'))).toBe('true');
    await clickText(page, inBar('button'), 'Not job mail');
    await expect.poll(async () => (await storeContents(session))?.corrections ?? 0, { timeout: 10_000 }).toBeGreaterThan(corrections);
    await clickText(page, inBar('button.undo'), 'Undo');
    await expect.poll(async () => (await storeContents(session))?.corrections ?? -1, { timeout: 10_000 }).toBe(corrections);
    await expect.poll(() => textOf(page, inBar('.kind')), { timeout: 10_000 }).toBe('Rejection');
    await page.close();
  });

  it('reads a thread full of hostile text (runs of spaces, dots, digits, brackets) and still shows its bar', async () => {
    // SpiderMonkey has its own regular-expression engine: a pattern that backtracks on these runs would hang the tab
    // (Firefox stops the script) and no bar would come.
    const page = await session.openMail(`/mail/u/2/#inbox/${legacyId(hostile.id)}`);
    await page.waitForSelector(inBar('.kind'), { timeout: 20_000 });
    expect(await textOf(page, inBar('.kind'))).toBe('Interview confirmed');
    expect(await page.evaluate(() => 1 + 1)).toBe(2); // the tab still answers
    await page.close();
  });

  it('the page cannot see the add-on: no moz-extension address in its DOM, no messages, no globals, no files', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    await page.waitForSelector(inBar('.kind'), { timeout: 15_000 });
    const seen = await page.evaluate(async (origin) => {
      // Everything the page can read of the bar, shadow root included: a moz-extension:// address would give away
      // this install's private UUID (a fingerprint).
      const barEl = document.querySelector('[data-callback-bar]');
      const markup = document.documentElement.outerHTML + (barEl?.shadowRoot?.innerHTML ?? '');
      const styles = [...(barEl?.shadowRoot?.querySelectorAll('*') ?? [])].map((e) => getComputedStyle(e).backgroundImage).join(' ');
      let fetched = 'refused';
      try {
        await fetch(`${origin}/manifest.json`);
        fetched = 'read';
      } catch {
        // expected
      }
      const image = await new Promise<string>((ok) => {
        const img = new Image();
        img.onload = () => ok('loaded');
        img.onerror = () => ok('refused');
        img.src = `${origin}/icon/16.png`;
      });
      const w = window as unknown as Record<string, unknown>;
      return {
        leaks: /moz-extension:/.test(markup + styles),
        fetched,
        image,
        globals: ['browser', 'chrome'].filter((name) => typeof w[name] !== 'undefined'),
      };
    }, EXTENSION_ORIGIN);
    expect(seen).toEqual({ leaks: false, fetched: 'refused', image: 'refused', globals: [] });
    // Nothing the content script did reached the page as a message either.
    const messages = await page.evaluate(
      () =>
        new Promise<number>((ok) => {
          let n = 0;
          addEventListener('message', () => n++);
          const id = document.querySelector('.hP')?.getAttribute('data-legacy-thread-id') ?? '';
          location.hash = '#inbox';
          setTimeout(() => {
            location.hash = `#inbox/${id}`;
            setTimeout(() => ok(n), 1500);
          }, 500);
        }),
    );
    expect(messages).toBe(0);
    await page.close();
  });

  it('makes no network request of its own, and Gmail pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    // The two refusals the "cannot see the add-on" test provoked on purpose are Firefox saying no, not our errors.
    expect(session.pageErrors.filter((e) => !/may not load or link to moz-extension:/.test(e))).toEqual([]);
  });
});
