/**
 * Issue #15 on the built extension in Chromium: "Add to calendar" saves the interview's .ics file from the popup and
 * from the timeline page (a real download, read back with ical.js), and after Undo by keyboard the keyboard is on
 * the item that came back.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from '../support/extension';
import { launchSeeded } from '../support/seeded-extension';

const D = 86_400_000;

/** The saved file's one event, as a calendar app reads it. */
async function savedEvent(download: Download) {
  const text = readFileSync((await download.path())!, 'utf8');
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  return { text, vevent, event: new ICAL.Event(vevent) };
}

describe('"Add to calendar" and Undo by keyboard on the built extension', () => {
  let session: ExtensionSession;
  const now = new Date();

  beforeAll(async () => {
    session = await launchSeeded(now);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the popup saves the coming interview as <company>-interview-<date>.ics, with its time, title and two alarms', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const button = popup.getByRole('listitem', { name: /Quarry Robotics/ }).getByRole('button', { name: 'Add to calendar' }).first();
    // The button comes with the live data (the first view, from the stored snapshot, has no events).
    await expect.poll(() => button.count(), { timeout: 15_000 }).toBe(1);
    const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    // The seed's interview is 36 hours ahead, in a UTC user's calendar.
    const start = new Date(now.getTime() + 1.5 * D);
    expect(download.suggestedFilename()).toBe(`quarry-robotics-interview-${start.toISOString().slice(0, 10)}.ics`);
    const { text, vevent, event } = await savedEvent(download);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(event.summary).toBe('Interview: Platform Engineer at Quarry Robotics');
    expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(start.getTime() / 1000) * 1000);
    expect(event.duration.toSeconds()).toBe(3600);
    expect(vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['-P1D', '-PT1H']);

    // Saved again: the same entry (same UID), so the calendar updates it instead of adding a second one.
    const [again] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    expect((await savedEvent(again)).event.uid).toBe(event.uid);
    await popup.close();
  });

  it('the timeline page saves a past interview with its interviewer', async () => {
    const timeline = await session.openExtensionPage('timeline.html');
    await timeline.getByRole('button', { name: /Northwind Labs/ }).click();
    const events = timeline.getByRole('list', { name: 'Events' });
    const [download] = await Promise.all([timeline.waitForEvent('download'), events.getByRole('button', { name: 'Add to calendar' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^northwind-labs-interview-\d{4}-\d{2}-\d{2}\.ics$/);
    const { event } = await savedEvent(download);
    expect(event.summary).toBe('Interview: Backend Engineer at Northwind Labs');
    expect(event.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()])).toEqual([['Dana Reyes', 'mailto:dana@northwind.test']]);
    await timeline.close();
  });

  it('after Undo by keyboard the keyboard is on the item that came back, not on the page body', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const item = popup.getByRole('listitem', { name: /Send a thank-you email, Sam Okafor/ });
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
    const id = await item.getAttribute('id');
    await item.getByRole('button', { name: 'Done' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(0);
    // The bar hands the keyboard to Undo; Enter undoes.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent), { timeout: 15_000 }).toBe('Undo');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe(id);
    // And Tab goes on from there, inside the item.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate((itemId) => document.getElementById(itemId!)?.contains(document.activeElement), id)).toBe(true);
    await popup.close();
  });

  it('makes no network request of its own, and pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
