import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage } from '../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { storeCounts } from '../support/gmail-worker';

const s = sampleThreads(new Date());
const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
const bar = '[data-callback-bar]';

describe('inside Gmail: the bar and one-click drafts (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: {
        '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads, title: 'Browser test mailbox (full-page threads).' }),
        '/mail/u/1/': mailboxPage({ account: ACCOUNT, threads, preview: true, dark: true, title: 'Preview pane, dark theme.' }),
      },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an interview-confirmation thread shows the bar with the company, role and interview time', async () => {
    const listed = async () => {
      type Stored = { popupSnapshot?: { totals: Record<string, number> } };
      const stored = (await session.inWorker(async () => (await chrome.storage.session.get('popupSnapshot')) as Stored)).popupSnapshot;
      return stored ? stored.totals.overdue! + stored.totals.today! + stored.totals.upcoming! : 0;
    };
    const before = await listed();
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Interview confirmed');
    expect(await page.locator(`${bar} .company`).textContent()).toBe('Northwind Labs · Senior Backend Engineer');
    const datetime = await page.locator(`${bar} time`).getAttribute('datetime');
    expect(Date.parse(datetime!)).toBe(s.interviewAt.getTime());
    expect(await page.locator(`${bar} time`).textContent()).toMatch(/14:00|2:00/);
    // Yesterday's interview gets its thank-you reminders in the popup (and on the badge while due today or overdue:
    // over a weekend the playbook keeps it on time until Monday morning, so the badge may wait).
    await expect.poll(listed, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.close();
  });

  it('"Draft thank-you" types the draft at the top of the reply, keeping the signature and the quote', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    const button = page.locator(`${bar} button`, { hasText: 'Draft thank-you to Ana Pereira' });
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    const editor = page.locator('[g_editable=true]');
    await expect.poll(() => editor.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toMatch(/^Hi Priya,\s+Could you please pass on my thanks to Ana\?[\s\S]*Hi Ana,/);
    const text = await editor.innerText();
    expect(text).toMatch(/--\s*\nSam Rivera/); // the signature, intact
    expect(text).toContain('Priya Natarajan wrote:'); // the quoted message, intact
    expect(text.indexOf('Ana')).toBeLessThan(text.indexOf('Sam Rivera'));
    // Typed through the editing pipeline, as Gmail needs to save the draft.
    expect(Number(await editor.getAttribute('data-input-events'))).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`${bar} [role=status]`).textContent()).toContain('Draft added');
    await page.close();
  });

  it('a rejection thread offers the gracious reply and the reflection, and either works', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.rejection.id)}`);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Rejection');
    await page.locator(`${bar} button`, { hasText: 'Reflect instead' }).click();
    await expect.poll(() => page.locator(`${bar} .detail li`).count()).toBeGreaterThan(0);
    // The text-label reply button (.bsQ) opens the reply too.
    await page.getByRole('button', { name: 'Draft gracious reply', exact: true }).click();
    await expect.poll(() => page.locator('[g_editable=true]').innerText(), { timeout: 10_000 }).toMatch(/Marta/);
    await page.close();
  });

  it('"Why?" shows the evidence and the correction is kept by the store', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.rejection.id)}`);
    const why = page.locator(`${bar} button.why-toggle`);
    await why.waitFor({ timeout: 15_000 });
    await why.click();
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`${bar} ul.why li`).count()).toBeGreaterThan(1);
    await page.locator(`${bar} button`, { hasText: 'Not job mail' }).click();
    await expect.poll(async () => (await storeCounts(session))?.corrections ?? 0, { timeout: 10_000 }).toBe(1);
    // Issue #15: "Not job mail" can be undone from the bar, and the store forgets the correction.
    const undo = page.locator(`${bar} button.undo`, { hasText: 'Undo' });
    await undo.waitFor({ timeout: 10_000 });
    await undo.click();
    await expect.poll(async () => (await storeCounts(session))?.corrections ?? -1, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 10_000 }).toBe('Rejection');
    await page.close();
  });

  it('with Ana\'s address added from the bar, her thank-you opens a new Gmail message to her, subject and body filled', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    const add = page.locator(`${bar} button`, { hasText: 'Add Ana’s address' });
    await add.waitFor({ timeout: 15_000 });
    await add.click();
    await page.locator(`${bar} form.address input`).fill('ana.pereira@northwindlabs.example');
    await page.locator(`${bar} form.address button`).click();
    const draft = page.locator(`${bar} button`, { hasText: /^Draft thank-you to Ana Pereira$/ });
    await draft.waitFor({ timeout: 10_000 });
    const opened = page.context().waitForEvent('page');
    await draft.click();
    const compose = await opened;
    const url = new URL(compose.url() === 'about:blank' ? (await compose.waitForURL(/view=cm/), compose.url()) : compose.url());
    expect(url.pathname).toBe('/mail/u/0/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('ana.pereira@northwindlabs.example');
    expect(url.searchParams.get('su')).toBe('Thank you for the Senior Backend Engineer interview');
    expect(url.searchParams.get('body')).toMatch(/^Hi Ana,/);
    await compose.close();
    await page.close();
  });

  it('works in the preview pane of a second account, in the dark theme', async () => {
    const page = await session.openMail('/mail/u/1/#inbox');
    await page.locator('tr.zA', { hasText: s.acknowledgement.subject }).click();
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Application received');
    expect(await page.locator(bar).getAttribute('data-theme')).toBe('dark');
    expect(await page.locator(`.aia ${bar}`).count()).toBe(1);
    await page.close();
  });

  it('makes no network request of its own, and Gmail pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
