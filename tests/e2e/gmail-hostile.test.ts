/**
 * Hostile ground, in the built extension: a mail page that listens to and replays every window message learns
 * nothing and stops nothing; a worker stopped again and again while a 60-message thread is ingested still leaves
 * every message stored exactly once, with the bar shown once the answer comes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage, messageId, type FixtureThread } from '../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { storeCounts } from '../support/gmail-worker';

const now = new Date();
const s = sampleThreads(now);
const ack = s.acknowledgement.messages[0]!;
/** The acknowledgement, then 59 messages from the user in the same thread: 60 events when all is stored. */
const long: FixtureThread = {
  id: 1795000000000888000n,
  subject: s.acknowledgement.subject,
  messages: [
    ack,
    ...Array.from({ length: 59 }, (_, i) => ({
      from: ACCOUNT,
      date: new Date(ack.date.getTime() + (i + 1) * 60_000),
      body: `Thank you, a short note number ${i + 1} about my application.`,
    })),
  ],
};
const bar = '[data-callback-bar]';

/** A page script that records every window message and replays each one, with every id it can find changed. */
const HOSTILE_PAGE = () => {
  const seen: unknown[] = [];
  (window as unknown as { __seen: unknown[] }).__seen = seen;
  window.addEventListener('message', (event) => {
    const data = event.data as { replayed?: boolean; byTest?: boolean } | null;
    if (data?.byTest) return; // the test's own forgeries below
    seen.push(event.data);
    if (data?.replayed) return;
    const forged = JSON.parse(JSON.stringify(event.data ?? null)) as Record<string, unknown> | null;
    if (forged && typeof forged === 'object') {
      for (const key of Object.keys(forged)) if (/id$/i.test(key)) forged[key] = 'forged';
      forged.replayed = true;
    }
    window.postMessage(forged, '*');
  }, true);
};

describe('a hostile mail page and a worker that stops (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [s.interview, s.rejection, long], title: 'Hostile page.' }) },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a page that listens to and replays every window message learns nothing and stops nothing', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(HOSTILE_PAGE);
    // The old handshake named the extension; replay it too, as a page that knows the id from the store would.
    await page.addInitScript((id) => {
      const name = `${id}:gmail:wxt:content-script-started`;
      const forge = () => {
        window.postMessage({ type: name, contentScriptName: 'gmail', messageId: 'forged', byTest: true }, '*');
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'gmail', messageId: 'forged' } }));
      };
      setInterval(forge, 50);
    }, session.extensionId);
    await page.goto(`https://mail.google.com/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Interview confirmed');
    // Still alive after a second of forged handshakes: the next thread gets its bar too.
    await page.waitForTimeout(1000);
    await page.evaluate((key) => { location.hash = `#inbox/${key}`; }, legacyId(s.rejection.id));
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Rejection');
    const seen = await page.evaluate(() => JSON.stringify((window as unknown as { __seen: unknown[] }).__seen));
    expect(seen).not.toContain(session.extensionId);
    expect(seen).not.toMatch(/wxt|callback/i);
    await page.close();
  });

  it('a worker stopped again and again mid-ingest: every message of a 60-message thread is stored once, and the bar comes', async () => {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const stopWorker = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      for (const t of targetInfos) {
        if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`)) {
          await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
        }
      }
    };
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.evaluate((key) => { location.hash = `#inbox/${key}`; }, legacyId(long.id));
    let stops = 0;
    for (const at of [5, 30, 60, 120, 250, 500]) {
      await page.waitForTimeout(at === 5 ? 5 : 25);
      await stopWorker();
      stops++;
    }
    expect(stops).toBe(6);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 30_000 }).toBe('Application received');
    const ids = long.messages.map((_, i) => messageId(long, i).toString(16));
    const counts = await storeCounts(session);
    const stored = (counts?.events ?? []).map((e) => e.messageId).filter((id): id is string => !!id && ids.includes(id));
    expect(stored.sort()).toEqual([...ids].sort());
    await page.close();
  });

  it('makes no network request of its own, and the page shows no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
