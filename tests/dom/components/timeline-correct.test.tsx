// Correcting from the timeline page an email Callback read wrongly: the same correction as the mail page's bar,
// on a real Dexie (fake-indexeddb).
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TimelineApp } from '../../../entrypoints/timeline/TimelineApp';
import { addManualInterview, deleteEverything, getDb, ingestEmail, listLessons } from '../../../lib/store';
import { loadTimelineModules } from '../../support/timeline-modules';
import { detection, email } from '../../support/builders';

beforeAll(loadTimelineModules, 60_000);

const now = new Date();
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

const applicationOf = (result: Awaited<ReturnType<typeof ingestEmail>>): string => {
  if (!('applicationId' in result) || !result.applicationId) throw new Error(`not stored: ${result.status}`);
  return result.applicationId;
};

/** Two applications read from mail: one with a single (wrong) event, one with an application and a rejection. */
async function seed(): Promise<{ single: string; double: string }> {
  const db = getDb();
  const one = await ingestEmail(
    db,
    email({ id: 'm-quarterly', threadId: 't-quarterly', date: hoursAgo(30), subject: 'Quarterly review at 3pm', from: { name: 'Ops', address: 'ops@tallyfield.example' } }),
    detection('interview_confirmed', { company: 'Tallyfield' }),
  );
  await ingestEmail(db, email({ id: 'm-applied', threadId: 't-bluefin', date: hoursAgo(60), subject: 'Thanks for applying' }), detection('application_received', { company: 'Bluefin' }));
  const two = await ingestEmail(db, email({ id: 'm-update', threadId: 't-bluefin', date: hoursAgo(20), subject: 'An update on your application' }), detection('rejection', { company: 'Bluefin' }));
  return { single: applicationOf(one), double: applicationOf(two) };
}

let ids: { single: string; double: string };
beforeEach(async () => {
  fakeBrowser.reset();
  await deleteEverything(getDb());
  ids = await seed();
});
afterEach(() => history.replaceState(null, '', '#'));
afterEach(cleanup);

const open = async (applicationId: string) => {
  history.replaceState(null, '', `#app-${applicationId}`);
  render(<TimelineApp />);
  return screen.findByRole('list', { name: 'Events' });
};

describe('correcting an event on the timeline page', () => {
  it('"Not job mail" on the only event removes the application, and Undo brings it back', async () => {
    const events = await open(ids.single);
    const choice = within(events).getByRole('combobox', { name: 'Correct “Interview confirmed”: what is this email really?' });
    await act(async () => fireEvent.change(choice, { target: { value: 'other' } }));
    expect(await screen.findByText(/^Marked as not job mail/)).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Applications' });
    await waitFor(() => expect(within(nav).queryByRole('button', { name: /^Tallyfield\b/ })).toBeNull());
    expect(await getDb().applications.get(ids.single)).toBeUndefined();
    // The correction is the user's word on that message from now on, and a lesson for later mail like it.
    expect((await getDb().corrections.toArray()).map((c) => [c.key, c.kind])).toEqual([['gmail:m-quarterly', 'other']]);
    expect((await listLessons(getDb())).length).toBe(1);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    await waitFor(async () => expect(await getDb().applications.get(ids.single)).toBeDefined());
    await waitFor(() => expect(within(nav).getByRole('button', { name: /^Tallyfield\b/ })).toBeTruthy());
    expect(await getDb().corrections.count()).toBe(0);
  });

  it('another kind changes the event and the stage, and keeps the rest of the application', async () => {
    const events = await open(ids.double);
    expect(within(events).getAllByRole('listitem')).toHaveLength(2);
    const choice = within(events).getByRole('combobox', { name: 'Correct “Rejection”: what is this email really?' });
    // The kind it already has is not offered; "Not job mail" is.
    const offered = within(choice).getAllByRole('option').map((o) => o.textContent);
    expect(offered).not.toContain('Rejection');
    expect(offered).toContain('Not job mail');
    await act(async () => fireEvent.change(choice, { target: { value: 'interview_request' } }));
    expect(await screen.findByText(/^Marked as “Interview request”/)).toBeTruthy();
    await waitFor(async () => expect((await getDb().events.toArray()).find((e) => e.messageId === 'm-update')?.kind).toBe('interview_request'));
    const kinds = () => [...screen.getByRole('list', { name: 'Events' }).querySelectorAll('.event-kind')].map((k) => k.textContent);
    await waitFor(() => expect(kinds()).toEqual(['Application received', 'Interview request']));
    expect((await getDb().applications.get(ids.double))?.stage).not.toBe('rejected');
  });

  it('offers no correction for what the user entered by hand', async () => {
    await addManualInterview(getDb(), ids.double, { start: hoursAgo(-48), end: hoursAgo(-47), timeZone: 'UTC', interviewers: [] });
    const events = await open(ids.double);
    await waitFor(() => expect(within(events).getAllByRole('listitem')).toHaveLength(3));
    expect(within(events).getAllByRole('combobox')).toHaveLength(2);
  });
});
