// The popup on a real Dexie (fake-indexeddb), seeded through the store's own import.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { deleteEverything, getDb, importJson, listReviewItems } from '../../../lib/store';
import { buildSeed } from '../../support/pages-seed';

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteEverything(getDb());
});
afterEach(cleanup);

const region = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

describe('the popup', () => {
  it('tells a new user what Callback does and what to do first', async () => {
    render(<PopupApp />);
    expect(await screen.findByText('Nothing to follow up yet.')).toBeTruthy();
    expect(screen.getByText(/Open Gmail or Outlook and read a recent interview invitation/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open Gmail' })).toBeTruthy();
  });

  it('lists reminders by section, each with what, for whom, by when and why', async () => {
    await importJson(getDb(), await buildSeed(new Date()));
    render(<PopupApp />);
    const overdue = await waitFor(() => region('Overdue'));
    for (const name of ['Due today', 'Upcoming', 'Review']) expect(region(name)).toBeTruthy();
    const item = within(overdue).getByRole('listitem', { name: 'Send a thank-you email, Dana Reyes · Northwind Labs, Backend Engineer' });
    expect(within(item).getByText(/^overdue since/)).toBeTruthy();
    expect(within(item).getByText(/Source: “The Real Reason You Didn't Get the Second Interview”/)).toBeTruthy();
    const today = within(region('Due today')).getByRole('listitem', { name: /Send a thank-you email, Sam Okafor/ });
    expect(within(today).getByText('by tonight')).toBeTruthy();
    // A reminder from a Gmail thread can open it; one added by hand cannot.
    expect(within(region('Upcoming')).getAllByRole('button', { name: 'Open in Gmail' }).length).toBeGreaterThan(0);
    expect(within(item).queryByRole('button', { name: 'Open in Gmail' })).toBeNull();
  });

  it('done takes a reminder off the list while the popup is open, and Undo brings it back', async () => {
    await importJson(getDb(), await buildSeed(new Date()));
    render(<PopupApp />);
    const name = /Send a thank-you email, Sam Okafor/;
    const item = await screen.findByRole('listitem', { name });
    await act(async () => fireEvent.click(within(item).getByRole('button', { name: 'Done' })));
    await waitFor(() => expect(screen.queryByRole('listitem', { name })).toBeNull());
    expect(screen.getByText('Marked done.')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    expect(await screen.findByRole('listitem', { name })).toBeTruthy();
  });

  it('after Undo by keyboard the keyboard is on the item that came back, not on the page body', async () => {
    await importJson(getDb(), await buildSeed(new Date()));
    render(<PopupApp />);
    const name = /Send a thank-you email, Sam Okafor/;
    const item = await screen.findByRole('listitem', { name });
    await act(async () => fireEvent.click(within(item).getByRole('button', { name: 'Done' })));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    // The bar hands the keyboard to Undo; Enter on a focused button is its click.
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await act(async () => fireEvent.click(undo));
    // While the list is read again, the keyboard stays on the bar; never on the page body.
    expect(document.activeElement).not.toBe(document.body);
    const back = await screen.findByRole('listitem', { name });
    await waitFor(() => expect(document.activeElement).toBe(back));
  });

  it('dismiss hides a reminder, with undo offered', async () => {
    await importJson(getDb(), await buildSeed(new Date()));
    render(<PopupApp />);
    const name = /Reply graciously/;
    const item = await screen.findByRole('listitem', { name });
    await act(async () => fireEvent.click(within(item).getByRole('button', { name: 'Dismiss' })));
    await waitFor(() => expect(screen.queryByRole('listitem', { name })).toBeNull());
    expect(screen.getByText('Dismissed.')).toBeTruthy();
  });

  it.each([
    ['confirms the guess in one click', /^Yes, interview request/, 'confirmed'],
    ['says "not job mail" in one click', /^Not job mail/, 'dismissed'],
  ])('the review list %s', async (_, button, status) => {
    await importJson(getDb(), await buildSeed(new Date()));
    render(<PopupApp />);
    const review = await waitFor(() => region('Review'));
    await act(async () => fireEvent.click(within(review).getByRole('button', { name: button })));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Review/ })).toBeNull());
    expect(await listReviewItems(getDb())).toEqual([]);
    expect((await getDb().reviewItems.get('review-1'))?.status).toBe(status);
  });

  it('a draft offers three tones and shows the advice check on what the user writes', async () => {
    await importJson(getDb(), await buildSeed(new Date()));
    render(<PopupApp />);
    const item = await screen.findByRole('listitem', { name: /Reply graciously/ });
    fireEvent.click(within(item).getByRole('button', { name: 'Draft' }));
    const text = within(item).getByLabelText('Draft text') as HTMLTextAreaElement;
    const warm = text.value;
    expect(warm).toMatch(/Harbor Finance/);
    expect(within(item).getByText('Advice check: nothing to change.')).toBeTruthy();
    fireEvent.click(within(item).getByLabelText('Concise'));
    await waitFor(() => expect(text.value).not.toBe(warm));
    fireEvent.change(text, { target: { value: 'Could you please reconsider? I beg you for another chance.' } });
    const warnings = within(item).getByRole('list', { name: 'Advice check' });
    expect(within(warnings).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('a draft can switch language, beside the tone, and asks before replacing the user’s edits', async () => {
    await importJson(getDb(), await buildSeed(new Date()));
    render(<PopupApp />);
    const item = await screen.findByRole('listitem', { name: /Reply graciously/ });
    fireEvent.click(within(item).getByRole('button', { name: 'Draft' }));
    const text = within(item).getByLabelText('Draft text') as HTMLTextAreaElement;
    expect(text.value).toMatch(/^(Hi|Hello)/);
    const language = within(item).getByLabelText('Language') as HTMLSelectElement;
    expect(language.value).toBe('conversation');
    fireEvent.change(language, { target: { value: 'de' } });
    await waitFor(() => expect(text.value).toMatch(/^(Hallo|Guten Tag)/));
    expect(text.value).toMatch(/Viele Grüße/);
    fireEvent.change(text, { target: { value: 'Mein eigener Text.' } });
    fireEvent.change(language, { target: { value: 'fr' } });
    expect(within(item).getByRole('alertdialog').textContent).toMatch(/French/);
    fireEvent.click(within(item).getByRole('button', { name: /Keep/ }));
    expect(text.value).toBe('Mein eigener Text.');
  });
});
