/**
 * A practice manager reads her work mail in her private Gmail: a rejection she sent one of her own candidates, from
 * her work address, arrives there too. On the built extension in Chromium, with the real IndexedDB, it waits in the
 * popup's review list with the reason (another address in her own name), and nothing joins her timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage, type FixtureThread } from '../fixtures/gmail/layout';
import { ACCOUNT } from '../fixtures/gmail/threads';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { storeCounts } from '../support/gmail-worker';

const now = new Date();
const sent: FixtureThread = {
  id: 1795000000000093000n,
  subject: 'Your application – Dental Receptionist',
  messages: [
    {
      // The owner is Sam Rivera (sam.rivera@example.com); this is her work address.
      from: { name: 'Sam Rivera', address: 'sam@rivera-dental.example' },
      date: new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 16, 0),
      body: 'Dear Bilal,\n\nThank you for applying for the part-time receptionist role and for coming in last week. We have now filled the post with a candidate who has dental software experience, so we will not be taking your application further.\n\nKind regards,\nSam Rivera\nPractice Manager, Rivera Dental',
    },
  ],
};

describe('the owner’s own work mail, read in her private Gmail (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [sent], title: 'A practice manager’s private mailbox.' }) },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a rejection she sent a candidate from her work address waits for review, with the reason, and adds nothing to her timeline', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(sent.id)}`);
    await expect.poll(async () => (await storeCounts(session))?.review.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await storeCounts(session))?.events ?? []).toEqual([]);
    expect(await page.locator('[data-callback-bar]').count()).toBe(0);
    await page.close();

    const popup = await session.openExtensionPage('popup.html');
    const review = popup.getByRole('region', { name: /^Review/ });
    await expect.poll(() => review.getByText('Your application – Dental Receptionist').count(), { timeout: 10_000 }).toBe(1);
    await review.getByText('Why?').first().click();
    expect(await review.getByText('from another address in your own name', { exact: false }).count()).toBe(1);
    await popup.screenshot({ path: 'demo-output/review-own-name.png' }).catch(() => undefined);
    await popup.close();
  });

  it('makes no network request of its own, and the Gmail page shows no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
