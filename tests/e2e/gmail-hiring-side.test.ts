/**
 * Whose hiring it is, on the built extension in Chromium with the real IndexedDB.
 * - A hiring manager's own mailbox: an interview the user organises on their employer's calendar marks the employer
 *   as an organisation they hire for; the employer's later offer of an internal move then waits in the popup's
 *   review list with that reason, instead of joining the timeline; the options page lists the organisation, and
 *   Forget hands it back.
 * - A practice manager reads her work mail in her private Gmail: a rejection she sent one of her own candidates, from
 *   her work address, waits in the review list with its reason (another address in her own name).
 * - An employee's private Gmail: their employer's payroll notice marks the employer as where they work; the
 *   employer's acknowledgement of an internal application then waits in the review list with that reason, and the
 *   options page says "you work here".
 * - A job-seeker's Gmail with a read receipt of their own application ("Read: Application – …"): it adds nothing to
 *   the timeline or the review list, while the employer's interview confirmation that follows joins the timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage, type FixtureThread } from '../fixtures/gmail/layout';
import { ACCOUNT } from '../fixtures/gmail/threads';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { storeCounts } from '../support/gmail-worker';

const now = new Date();
const day = (n: number, hour: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - n, hour, 0);
const employer = 'brightwell-logistics.example';
const invite: FixtureThread = {
  id: 1795000000000091000n,
  subject: 'Invitation: Interview – Lena Vogt (Warehouse Lead) @ Mon 10:00 – 11:00',
  messages: [
    {
      from: { name: 'Google Calendar', address: `calendar@${employer}` },
      date: day(6, 9),
      body: 'Interview – Lena Vogt (Warehouse Lead)\n\nMonday 10:00 – 11:00, Room 3, second floor\n\nOrganizer: Sam Rivera\n\nGuests: Sam Rivera, Mia Koch, Lena Vogt\n\nGoing? Yes – No – Maybe',
    },
  ],
};
/** The owner is Sam Rivera (sam.rivera@example.com); this is her work address, writing to her own candidate. */
const sentFromWork: FixtureThread = {
  id: 1795000000000093000n,
  subject: 'Your application – Dental Receptionist',
  messages: [
    {
      from: { name: 'Sam Rivera', address: 'sam@rivera-dental.example' },
      date: day(1, 16),
      body: 'Dear Bilal,\n\nThank you for applying for the part-time receptionist role and for coming in last week. We have now filled the post with a candidate who has dental software experience, so we will not be taking your application further.\n\nKind regards,\nSam Rivera\nPractice Manager, Rivera Dental',
    },
  ],
};
const move: FixtureThread = {
  id: 1795000000000092000n,
  subject: 'Your new role',
  messages: [
    {
      from: { name: 'Mia Koch', address: `mia.koch@${employer}` },
      date: day(1, 11),
      body: 'Hi Sam,\n\nwe are delighted to offer you the role of Operations Manager: 58,000 a year, 28 days of holiday, start on 1 November. Please let us know by Friday.\n\nMia',
    },
  ],
};

const workplace = 'nordwerk-maschinenbau.example';
const payslip: FixtureThread = {
  id: 1795000000000094000n,
  subject: 'Your payslip for this month',
  messages: [
    {
      from: { name: 'Nordwerk Payroll', address: `payroll@${workplace}` },
      date: day(5, 8),
      body: 'Hi Sam,\n\nYour payslip for this month is ready on the staff portal. Pay day is the 25th; questions go to the payroll office, Monday to Thursday.\n\nNordwerk People Services',
    },
  ],
};
const internalApplication: FixtureThread = {
  id: 1795000000000095000n,
  subject: 'Application received: Assembly Team Lead',
  messages: [
    {
      from: { name: 'Nordwerk Recruiting', address: `recruiting@${workplace}` },
      date: day(1, 10),
      body: 'Hi Sam,\n\nThank you for applying for the Assembly Team Lead role. We have received your application and will be in touch within two weeks.\n\nNordwerk Recruiting',
    },
  ],
};

/**
 * Opens a thread and checks that its job decision waits in the popup's review list with `reason` under "Why?",
 * adding nothing to the timeline and no bar to the mail page; the popup is saved as `shot`.
 */
async function expectHeldForReview(session: ExtensionSession, thread: FixtureThread, reason: string, shot: string): Promise<void> {
  const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(thread.id)}`);
  await expect.poll(async () => (await storeCounts(session))?.review.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  expect((await storeCounts(session))?.events ?? []).toEqual([]);
  expect(await page.locator('[data-callback-bar]').count()).toBe(0);
  await page.close();

  const popup = await session.openExtensionPage('popup.html');
  const review = popup.getByRole('region', { name: /^Review/ });
  await expect.poll(() => review.getByText(thread.subject).count(), { timeout: 10_000 }).toBe(1);
  await review.getByText('Why?').first().click();
  expect(await review.getByText(reason, { exact: false }).count()).toBe(1);
  await popup.screenshot({ path: shot }).catch(() => undefined);
  await popup.close();
}

describe('the mailbox of someone who hires for their employer (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [invite, move], title: 'A hiring manager’s mailbox.' }) },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an interview the user organises marks their employer; its offer of an internal move then waits for review, with the reason', async () => {
    const first = await session.openMail(`/mail/u/0/#inbox/${legacyId(invite.id)}`);
    const options = await session.openExtensionPage('options.html');
    await expect.poll(() => options.getByRole('list', { name: 'Organisations on your side of hiring' }).getByText(employer).count(), { timeout: 15_000 }).toBe(1);
    await first.close();

    await expectHeldForReview(session, move, `from ${employer}, an organisation your earlier mail shows you hiring for`, 'demo-output/review-hiring-side.png');

    await options.reload();
    const list = options.getByRole('list', { name: 'Organisations on your side of hiring' });
    await list.waitFor();
    await options.screenshot({ path: 'demo-output/options-hiring-side.png', fullPage: true }).catch(() => undefined);
    await options.getByRole('button', { name: `Forget that you hire for ${employer}` }).click();
    await expect.poll(() => list.count()).toBe(0);
    await options.close();
  });

  it('makes no network request of its own, and Gmail pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('the owner’s own work mail, read in her private Gmail (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [sentFromWork], title: 'A practice manager’s private mailbox.' }) },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a rejection she sent a candidate from her work address waits for review, with the reason, and adds nothing to her timeline', async () => {
    await expectHeldForReview(session, sentFromWork, 'from another address in your own name', 'demo-output/review-own-name.png');
  });

  it('makes no network request of its own, and the Gmail page shows no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('an employee’s private mailbox, with their employer’s payroll mail (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [payslip, internalApplication], title: 'An employee’s private mailbox.' }) },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a payroll notice marks the employer as where the user works; its acknowledgement of an internal application waits for review', async () => {
    const first = await session.openMail(`/mail/u/0/#inbox/${legacyId(payslip.id)}`);
    const options = await session.openExtensionPage('options.html');
    const list = options.getByRole('list', { name: 'Organisations on your side of hiring' });
    await expect.poll(() => list.getByText(workplace).count(), { timeout: 15_000 }).toBe(1);
    expect(await list.getByText('you work here', { exact: false }).count()).toBe(1);
    await first.close();

    await expectHeldForReview(session, internalApplication, `from ${workplace}, where your earlier mail shows you work`, 'demo-output/review-works-for.png');

    await options.reload();
    await list.waitFor();
    await options.screenshot({ path: 'demo-output/options-works-for.png', fullPage: true }).catch(() => undefined);
    await options.getByRole('button', { name: `Forget that you work at ${workplace}` }).click();
    await expect.poll(() => list.count()).toBe(0);
    await options.close();
  });

  it('makes no network request of its own, and the Gmail page shows no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

const receipt: FixtureThread = {
  id: 1795000000000096000n,
  subject: 'Read: Application – Office Manager (ref. OM-2026-31)',
  messages: [
    {
      from: { name: 'Hiring Team', address: 'hiring@castlemore.example' },
      date: day(3, 10),
      body: 'Your message\n\nTo: Hiring Team\nSubject: Application – Office Manager (ref. OM-2026-31)\nSent: last Tuesday 09:12\n\nwas read on last Tuesday 10:40.',
    },
  ],
};
const confirmed: FixtureThread = {
  id: 1795000000000097000n,
  subject: 'Interview confirmed – Office Manager',
  messages: [
    {
      from: { name: 'Dana Lee', address: 'dana.lee@castlemore.example' },
      date: day(1, 9),
      body: 'Hi Sam,\n\nthank you for your application for the Office Manager role. Your interview is confirmed for Thursday at 10:30 at our office, 4 Quay Street, with me and our Head of Operations.\n\nBest,\nDana Lee\nPeople Partner, Castlemore',
    },
  ],
};

describe('a read receipt of the user’s own application (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [receipt, confirmed], title: 'A job-seeker’s mailbox with a read receipt.' }) },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds nothing to the timeline or the review list, while the interview that follows joins the timeline', async () => {
    const first = await session.openMail(`/mail/u/0/#inbox/${legacyId(receipt.id)}`);
    const second = await session.openMail(`/mail/u/0/#inbox/${legacyId(confirmed.id)}`);
    // The receipt was opened first: once the interview is stored, the receipt has been decided too.
    await expect.poll(async () => (await storeCounts(session))?.events.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const counts = await storeCounts(session);
    expect(counts?.events.map((e) => e.kind)).toEqual(['interview_confirmed']);
    expect(counts?.review).toEqual([]);
    expect(await first.locator('[data-callback-bar]').count()).toBe(0);
    await first.close();
    await second.close();

    // The popup: the interview's reminder, and no review card for the receipt.
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByText('Prepare for your interview').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.getByText('Dana Lee · Castlemore, Office Manager').count()).toBe(1);
    expect(await popup.getByRole('region', { name: /^Review/ }).count()).toBe(0);
    expect(await popup.getByText('Read: Application', { exact: false }).count()).toBe(0);
    await popup.screenshot({ path: 'demo-output/popup-read-receipt.png' }).catch(() => undefined);
    await popup.close();
  });

  it('makes no network request of its own, and the Gmail page shows no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
