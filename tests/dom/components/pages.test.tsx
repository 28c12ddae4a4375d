// Options and timeline pages on a real Dexie (fake-indexeddb), seeded through the store's own import.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTimelineModules } from '../../support/timeline-modules';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../entrypoints/options/OptionsApp';
import { selectorCounts } from '../../../entrypoints/options/useOptionsData';
import { TimelineApp } from '../../../entrypoints/timeline/TimelineApp';
import { deleteEverything, getDb, getSettings, importJson } from '../../../lib/store';
import { buildSeed } from '../../support/pages-seed';

beforeAll(loadTimelineModules, 60_000);

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteEverything(getDb());
  await importJson(getDb(), await buildSeed(new Date()));
});
afterEach(cleanup);

describe('the options page', () => {
  it('saves the default stance chosen after a rejection', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('radio', { name: /Clean break/ }, { timeout: 5000 }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' })));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy(), { timeout: 5000 });
    expect((await getSettings(getDb())).defaultStance).toBe('clean_break');
  });

  it('refuses an unknown time zone with a message, and keeps the old one', async () => {
    render(<OptionsApp />);
    const zone = await screen.findByLabelText('Your time zone');
    fireEvent.change(zone, { target: { value: 'Mars/Olympus' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' })));
    await waitFor(() => expect(screen.getByText(/The time zone “Mars\/Olympus” does not exist: choose one such as/)).toBeTruthy(), { timeout: 5000 });
    expect((await getSettings(getDb())).timeZone).toBe('UTC');
  });

  it('a bad import file shows its error and changes nothing', async () => {
    render(<OptionsApp />);
    const before = await getDb().applications.count();
    const input = (await screen.findByLabelText(/Import a Callback JSON export/)) as HTMLInputElement;
    const file = new File(['{"format":"callback-export","version":1,"data":'], 'bad.json', { type: 'application/json' });
    await act(async () => fireEvent.change(input, { target: { files: [file] } }));
    await waitFor(() => expect(screen.getByText(/^Nothing was imported: /)).toBeTruthy(), { timeout: 5000 });
    expect(await getDb().applications.count()).toBe(before);
  });

  it.each([
    [
      { updatedAt: '2026-03-03T10:00:00Z', hosts: { gmail: { threadView: { hits: 9, misses: 2, lastMissAt: '2026-03-03T10:00:00Z' } } } },
      [{ name: 'threadView', hits: 9, misses: 2 }],
    ],
    [{ threadView: { hits: 3, misses: 1 } }, [{ name: 'threadView', hits: 3, misses: 1 }]],
    [{ gmail: { rows: { hits: 0, misses: 5 } } }, [{ name: 'rows', hits: 0, misses: 5 }]],
    [{ gmail: { stats: { rows: { hits: 2, misses: 0 } }, at: 'x' } }, [{ name: 'rows', hits: 2, misses: 0 }]],
    ['nonsense', []],
    [{ rows: { hits: 'x' } }, []],
  ])('reads selector counts stored as %j', (stored, expected) => {
    expect(selectorCounts(stored)).toEqual(expected);
  });

  it("keeps each host's counts to itself: Outlook's lookups never show as Gmail's, nor Gmail's as Outlook's", () => {
    const stored = { updatedAt: 'x', hosts: { outlook: { body: { hits: 1, misses: 6, lastMissAt: null } } } };
    expect(selectorCounts(stored, 'outlook')).toEqual([{ name: 'body', hits: 1, misses: 6 }]);
    expect(selectorCounts(stored, 'gmail')).toEqual([]);
    expect(selectorCounts({ threadView: { hits: 3, misses: 1 } }, 'outlook')).toEqual([]);
  });

  it("shows Outlook's health beside Gmail's, and says when Outlook changed", async () => {
    await fakeBrowser.storage.local.set({
      lastMailPage: { host: 'outlook', at: '2026-03-03T10:00:00Z', account: null },
      selectorHealth: {
        updatedAt: '2026-03-03T10:00:00Z',
        hosts: { gmail: { row: { hits: 8, misses: 0, lastMissAt: null } }, outlook: { body: { hits: 1, misses: 6, lastMissAt: null } } },
      },
    });
    render(<OptionsApp />);
    const outlook = await screen.findByRole('region', { name: 'Outlook health' });
    await waitFor(() => expect(within(outlook).getByText(/Outlook changed and Callback cannot read it: Message text/)).toBeTruthy(), { timeout: 5000 });
    expect(within(outlook).getByText(/^Last ran on an Outlook page: /)).toBeTruthy();
    const gmail = screen.getByRole('region', { name: 'Gmail health' });
    expect(within(gmail).getByText("Every part of Gmail's page Callback looks for was found.")).toBeTruthy();
  });
});

describe('the timeline page', () => {
  it.each([
    [{ query: 'blue' }, ['Bluefin Health']],
    [{ stage: 'rejected' }, ['Harbor Finance']],
    [{ query: 'engineer', stage: 'interviewing' }, ['Quarry Robotics', 'Northwind Labs']],
  ])('filters applications by search and stage: %j', async (filter, companies) => {
    render(<TimelineApp />);
    const nav = await screen.findByRole('navigation', { name: 'Applications' });
    if ('query' in filter) fireEvent.change(within(nav).getByLabelText('Search applications'), { target: { value: filter.query } });
    if ('stage' in filter) fireEvent.change(within(nav).getByLabelText('Stage'), { target: { value: filter.stage } });
    const shown = within(nav).getAllByRole('button').map((b) => b.querySelector('.app-company')?.textContent);
    expect(shown.sort()).toEqual([...companies].sort());
  });

  it('shows an application’s events in order with a link back to the email, and keeps a reflection answer', async () => {
    render(<TimelineApp />);
    fireEvent.click(await screen.findByRole('button', { name: /Harbor Finance/ }));
    // The detail's code loads on demand: it is there a moment after the click.
    const events = await screen.findByRole('list', { name: 'Events' });
    const kinds = within(events).getAllByRole('listitem').map((li) => li.querySelector('.event-kind')?.textContent);
    expect(kinds).toEqual(['Application received', 'Rejection']);
    expect(within(events).getByRole('button', { name: 'Open email' })).toBeTruthy();
    const answer = screen.getByLabelText(/Does what you offer line up/);
    fireEvent.change(answer, { target: { value: 'They wanted more Kubernetes than I have.' } });
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Keep answer' })[0]!));
    await waitFor(async () => {
      const notes = await getDb().notes.toArray();
      expect(notes).toEqual([expect.objectContaining({ kind: 'reflection', question: 'fit', text: 'They wanted more Kubernetes than I have.' })]);
    });
  });

  it('adds an interviewer with their email, and an application by hand', async () => {
    render(<TimelineApp />);
    fireEvent.click(await screen.findByRole('button', { name: /Quarry Robotics/ }));
    const form = await screen.findByRole('form', { name: 'Add a person' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Lee Park' } });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'lee@quarry.test' } });
    await act(async () => fireEvent.submit(form));
    await waitFor(async () => expect((await getDb().people.toArray()).filter((p) => p.name === 'Lee Park' && p.email === 'lee@quarry.test').length).toBe(1));
    expect(await screen.findByText('lee@quarry.test')).toBeTruthy();

    const add = screen.getByRole('form', { name: 'Add an application' });
    fireEvent.change(within(add).getByLabelText('Company'), { target: { value: 'Osprey Maps' } });
    await act(async () => fireEvent.submit(add));
    expect(await screen.findByRole('heading', { name: /Osprey Maps/ })).toBeTruthy();
  });
});
