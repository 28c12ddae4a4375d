/**
 * "Import past mail" in the real options page: a generated Takeout mailbox chosen through the page's file input is
 * read by the page's worker; the summary names the applications found, the timeline has them, and the same file
 * chosen again adds nothing. CALLBACK_SCREENSHOTS=<dir> keeps screenshots mid-import and at the end.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage, messageId } from '../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { storeCounts } from '../support/gmail-worker';
import { generateMailbox, takeoutMessage } from '../support/mailbox-gen';
import { IMPORT_SEGMENT } from '../../lib/import/run-import';

const SHOTS = process.env.CALLBACK_SCREENSHOTS;

describe('import past mail from the options page', () => {
  let session: ExtensionSession;
  let file: string;
  let jobThreads = 0;
  beforeAll(async () => {
    session = await launchExtension();
    file = join(mkdtempSync(join(tmpdir(), 'callback-import-')), 'Takeout-All mail.mbox');
    let text = '';
    jobThreads = generateMailbox({ messages: 3000, seed: 11, jobEvery: 100, end: new Date() }, (t) => (text += t)).jobThreads.length;
    writeFileSync(file, text);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads a chosen mbox in the page worker and shows the applications found, and what they are', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByLabel('Mailbox or .eml files').setInputFiles(file);
    await page.getByTestId('import-stats').waitFor();
    if (SHOTS) await page.locator('section.import').screenshot({ path: join(SHOTS, 'import-running.png') });
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    if (SHOTS) await page.locator('section.import').screenshot({ path: join(SHOTS, 'import-done.png') });
    // Every job thread, and few strays: mail a person wrote reaches the classifier, whose false job events on
    // non-job mail npm run eval measures; here at most one in a hundred of the messages.
    const found = Number(/([\d,]+) applications found in 3,000 messages/.exec((await summary.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? -1);
    expect(found).toBeGreaterThanOrEqual(jobThreads);
    expect(found).toBeLessThanOrEqual(jobThreads + 30);
    await expect(page.getByTestId('import-found').textContent()).resolves.toMatch(/Job emails: .*rejection/i);
    const timeline = await session.openExtensionPage('timeline.html');
    await timeline.getByText(/Acme|Northwind|Globex|Initech|Hooli/).first().waitFor();
    expect(session.offRoute).toEqual([]);
    await timeline.close();
    await page.close();
  });

  it('the same file chosen again finds the same applications and stores nothing twice', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByLabel('Mailbox or .eml files').setInputFiles(file);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.textContent()).resolves.toContain('0 applications found');
    await page.close();
  });

  it('a Takeout message imported today and opened in Gmail tomorrow is one event, not two', async () => {
    const s = sampleThreads(new Date());
    const thread = s.interview;
    // The thread as Takeout writes it: the envelope's decimal id is the message's msg-f id, X-GM-THRID its thread's.
    let text = '';
    generateMailbox({ messages: 40, seed: 12, jobEvery: 1000 }, (t) => (text += t));
    thread.messages.forEach((m, i) => {
      const own = m.from.address === ACCOUNT.address;
      text += takeoutMessage({
        id: messageId(thread, i).toString(),
        threadId: thread.id.toString(),
        labels: own ? 'Sent' : 'Inbox,Category Updates,Opened',
        date: m.date,
        from: `${m.from.name} <${m.from.address}>`,
        to: own ? 'Priya Natarajan <priya.natarajan@northwindlabs.example>' : `${ACCOUNT.name} <${ACCOUNT.address}>`,
        subject: i === 0 ? thread.subject : `Re: ${thread.subject}`,
        contentType: 'text/plain; charset=UTF-8',
        body: m.body,
      });
    });
    const takeout = join(mkdtempSync(join(tmpdir(), 'callback-takeout-')), 'All mail Including Spam and Trash.mbox');
    writeFileSync(takeout, text);
    const confirmation = legacyId(messageId(thread, 2));
    const threadEvents = async () => ((await storeCounts(session))?.events ?? []).filter((e) => [legacyId(thread.id), `thread-f:${thread.id}`].includes(e.threadId ?? ''));

    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('Mailbox or .eml files').setInputFiles(takeout);
    await options.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    await options.close();
    const allBefore = (await storeCounts(session))?.events.length ?? 0;
    const imported = await threadEvents();
    expect(imported.map((e) => e.kind)).toContain('interview_confirmed');
    expect(imported.filter((e) => e.messageId === confirmation)).toHaveLength(1);

    session.setPages({ '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [thread], title: 'The imported thread, opened in Gmail.' }) });
    const gmail = await session.openMail(`/mail/u/0/#inbox/${legacyId(thread.id)}`);
    await expect.poll(() => gmail.locator('[data-callback-bar] .kind').textContent(), { timeout: 20_000 }).toBe('Interview confirmed');
    // The page's reading of the same message reached the store (the bar is its answer): still one event for it.
    const after = await threadEvents();
    expect(after.length).toBe(imported.length);
    expect((await storeCounts(session))?.events.length).toBe(allBefore);
    const forms = [confirmation, `msg-f:${messageId(thread, 2)}`, `#msg-f:${messageId(thread, 2)}`];
    expect(((await storeCounts(session))?.events ?? []).filter((e) => forms.includes(e.messageId ?? ''))).toHaveLength(1);
    expect(after.filter((e) => e.kind === 'interview_confirmed')).toHaveLength(1);
    expect(session.offRoute).toEqual([]);
    await gmail.close();
  });

  it('a file that is not mail gets a clear message', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByLabel('Mailbox or .eml files').setInputFiles({ name: 'notes.mbox', mimeType: 'application/octet-stream', buffer: Buffer.from('%PDF-1.7 not mail') });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/notes\.mbox: not an mbox or \.eml file/);
    await page.close();
  });
});

describe('a mailbox longer than one worker reads (IMPORT_SEGMENT) is still one import', () => {
  let session: ExtensionSession;
  let file: string;
  const MESSAGES = 2 * IMPORT_SEGMENT.messages + 1_500;
  beforeAll(async () => {
    session = await launchExtension();
    file = join(mkdtempSync(join(tmpdir(), 'callback-import-')), 'All mail.mbox');
    let text = '';
    generateMailbox({ messages: MESSAGES, seed: 21, jobEvery: 150, attachmentEvery: 1e9, end: new Date() }, (t) => (text += t));
    writeFileSync(file, text);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('one bar that only moves on, Cancel in a later worker, the same file resumed, and one count at the end', { timeout: 240_000 }, async () => {
    const page = await session.openExtensionPage('options.html');
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // Every value the bar shows, recorded in the page as it changes.
    await page.evaluate(() => {
      const w = window as unknown as { bar: number[] };
      w.bar = [];
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (bar && w.bar.at(-1) !== bar.value) w.bar.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const input = page.getByLabel('Mailbox or .eml files');
    await input.setInputFiles(file);
    // Cancel once the second worker reads: it stops there, with its checkpoint.
    await expect.poll(() => workers.length, { timeout: 120_000 }).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText(/^Cancelled\./).waitFor({ timeout: 60_000 });
    const stopped = await page.getByTestId('import-stats').textContent();
    const readWhenStopped = Number(/([\d,]+) messages? read/.exec(stopped ?? '')?.[1]?.replace(/,/g, ''));
    expect(readWhenStopped).toBeGreaterThanOrEqual(IMPORT_SEGMENT.messages);
    expect(readWhenStopped).toBeLessThan(MESSAGES);
    const bar = await page.evaluate(() => (window as unknown as { bar: number[] }).bar);
    expect(bar.length).toBeGreaterThan(2);
    expect(bar.every((v, i) => i === 0 || v >= bar[i - 1]!)).toBe(true);

    // The same file, in the same input, in the same page: it resumes.
    await input.setInputFiles(file);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 180_000 });
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain(`in ${MESSAGES.toLocaleString('en')} messages`);
    // The applications the summary counts (across workers, the cancel and the resume) are those the store holds.
    const found = Number(/([\d,]+) applications? found/.exec(text)?.[1]?.replace(/,/g, ''));
    const stored = await session.inWorker(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('callback');
          open.onsuccess = () => {
            const count = open.result.transaction('applications').objectStore('applications').count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result);
            };
          };
        }),
    );
    expect(found).toBe(stored);
    expect(found).toBeGreaterThan(0);
    expect(workers.length).toBeGreaterThanOrEqual(4);
    expect(session.offRoute).toEqual([]);
    await page.close();
  });
});
