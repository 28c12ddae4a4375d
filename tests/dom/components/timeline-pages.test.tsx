// The timeline page with more applications than one page: the most recently active first, the rest on search.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTimelineModules } from '../../support/timeline-modules';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_SIZE } from '../../../entrypoints/timeline/useTimelinePages';
import { TimelineApp } from '../../../entrypoints/timeline/TimelineApp';
import { deleteEverything, getDb, importJson } from '../../../lib/store';
import { buildLargeSeed } from '../../support/pages-seed';

const APPS = PAGE_SIZE * 2 + 20;

beforeAll(loadTimelineModules, 60_000);

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteEverything(getDb());
  await importJson(getDb(), await buildLargeSeed(APPS, 2, new Date()));
});
afterEach(cleanup);

const companies = (nav: HTMLElement) => within(nav).queryAllByRole('button').map((b) => b.querySelector('.app-company')?.textContent ?? '');

describe('the timeline page with many applications', () => {
  it('lists the most recently active first, one page of them, and counts them all', async () => {
    render(<TimelineApp />);
    const nav = await screen.findByRole('navigation', { name: 'Applications' });
    const newest = (await getDb().applications.toArray()).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    await waitFor(() => expect(companies(nav)).toHaveLength(PAGE_SIZE));
    expect(companies(nav).slice(0, 5)).toEqual(newest.slice(0, 5).map((a) => a.company));
    expect(within(nav).getByText(`${PAGE_SIZE} of ${APPS} applications`)).toBeTruthy();
  });

  it('a search finds an application that was not on the first page, and opens its history', async () => {
    render(<TimelineApp />);
    const nav = await screen.findByRole('navigation', { name: 'Applications' });
    await waitFor(() => expect(companies(nav)).toHaveLength(PAGE_SIZE));
    const oldest = (await getDb().applications.orderBy('updatedAt').first())!;
    expect(companies(nav)).not.toContain(oldest.company);
    fireEvent.change(within(nav).getByLabelText('Search applications'), { target: { value: oldest.company } });
    await waitFor(() => expect(companies(nav)).toContain(oldest.company));
    fireEvent.click(within(nav).getAllByRole('button', { name: new RegExp(`^${oldest.company}\\b`) })[0]!);
    const events = await screen.findByRole('list', { name: 'Events' });
    expect(within(events).getAllByRole('listitem')).toHaveLength(2);
  });
});
