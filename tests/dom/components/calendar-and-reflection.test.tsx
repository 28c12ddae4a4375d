// "Add to calendar" and "Reflect on the fit" on the popup and the timeline page, on a real Dexie (fake-indexeddb).
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTimelineModules } from '../../support/timeline-modules';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { TimelineApp } from '../../../entrypoints/timeline/TimelineApp';
import { REFLECTION_QUESTIONS } from '../../../lib/core/drafts';
import { deleteEverything, getDb, importJson } from '../../../lib/store';
import { buildSeed } from '../../support/pages-seed';

beforeAll(loadTimelineModules, 60_000);

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteEverything(getDb());
  await importJson(getDb(), await buildSeed(new Date()));
});
afterEach(() => vi.restoreAllMocks());
afterEach(cleanup);

/** The files the page saves: each Blob given an object URL, and the name of the link clicked for it. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:callback/${blobs.length}`;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

async function eventOf(text: string) {
  return new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
}

describe('"Add to calendar" in the popup', () => {
  it('is offered on a reminder of an interview still ahead, and saves its .ics file', async () => {
    const saved = catchDownloads();
    render(<PopupApp />);
    const items = await screen.findAllByRole('listitem', { name: /Quarry Robotics/ });
    const offered = items.flatMap((item) => within(item).queryAllByRole('button', { name: 'Add to calendar' }));
    expect(offered.length).toBeGreaterThan(0);
    await act(async () => fireEvent.click(offered[0]!));
    // The calendar code loads on the first click: the file follows a moment later.
    await waitFor(() => expect(saved.names).toHaveLength(1));
    expect(saved.names[0]).toMatch(/^quarry-robotics-interview-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(saved.blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    const event = await eventOf(await saved.blobs[0]!.text());
    expect(event.summary).toBe('Interview: Platform Engineer at Quarry Robotics');
    const interview = (await getDb().events.toArray())
      .filter((e) => e.kind === 'manual_interview' && Date.parse(e.interview!.start) > Date.now())
      .sort((a, b) => Date.parse(a.interview!.start) - Date.parse(b.interview!.start))[0]!;
    // To the second: calendar times have no milliseconds.
    expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(interview.interview!.start) / 1000) * 1000);
  });

  it('is not offered for an interview that is over (its thank-you reminders)', async () => {
    render(<PopupApp />);
    const thanks = await screen.findByRole('listitem', { name: /Send a thank-you email, Sam Okafor/ });
    expect(within(thanks).queryByRole('button', { name: 'Add to calendar' })).toBeNull();
  });
});

describe('"Add to calendar" on the timeline page', () => {
  it('is offered on each interview, past or ahead, and saves that interview with its people', async () => {
    const saved = catchDownloads();
    render(<TimelineApp />);
    fireEvent.click(await screen.findByRole('button', { name: /Northwind Labs/ }));
    const events = await screen.findByRole('list', { name: 'Events' });
    const buttons = within(events).getAllByRole('button', { name: 'Add to calendar' });
    expect(buttons).toHaveLength(1);
    await act(async () => fireEvent.click(buttons[0]!));
    await waitFor(() => expect(saved.names[0]).toMatch(/^northwind-labs-interview-/));
    const event = await eventOf(await saved.blobs[0]!.text());
    expect(event.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()])).toEqual([['Dana Reyes', 'mailto:dana@northwind.test']]);
  });

  it('is not offered on an application without an interview', async () => {
    render(<TimelineApp />);
    fireEvent.click(await screen.findByRole('button', { name: /Harbor Finance/ }));
    expect(within(await screen.findByRole('list', { name: 'Events' })).queryByRole('button', { name: 'Add to calendar' })).toBeNull();
  });
});

describe('"Reflect on the fit" leads to its questions', () => {
  it('the popup item opens the questions, and the timeline link opens the application', async () => {
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (p) => {
      opened.push(p.url!);
      return {} as never;
    });
    render(<PopupApp />);
    const item = await screen.findByRole('listitem', { name: /Reflect on the fit/ });
    expect(within(item).queryByRole('list', { name: 'Questions to reflect on' })).toBeNull();
    const toggle = within(item).getByRole('button', { name: 'See the questions' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const questions = within(item).getByRole('list', { name: 'Questions to reflect on' });
    expect(within(questions).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual(REFLECTION_QUESTIONS.map((q) => q.question));
    fireEvent.click(within(item).getByRole('button', { name: 'Write your answers in the timeline' }));
    const harbor = (await getDb().applications.toArray()).find((a) => a.company === 'Harbor Finance')!;
    expect(opened).toEqual([expect.stringMatching(new RegExp(`/timeline\\.html#app-${harbor.id}$`))]);
    fireEvent.click(within(item).getByRole('button', { name: 'Hide the questions' }));
    await waitFor(() => expect(within(item).queryByRole('list', { name: 'Questions to reflect on' })).toBeNull());
  });

  it('other reminders have no questions', async () => {
    render(<PopupApp />);
    const item = await screen.findByRole('listitem', { name: /Reply graciously/ });
    expect(within(item).queryByRole('button', { name: 'See the questions' })).toBeNull();
  });
});
