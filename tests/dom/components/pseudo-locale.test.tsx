/**
 * The pseudo-locale: every message bracketed, accented and 40% longer (tests/support/i18n.ts). The popup, options
 * and timeline pages, in their main states, are rendered under it on a seeded store; any text a user can see or
 * hear (text nodes, aria-label, title, placeholder) that is neither a bracketed message, the user's own data, a
 * date or number written by Intl, nor punctuation, is English the catalogue does not hold: the test names it.
 */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTimelineModules } from '../../support/timeline-modules';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GmailHealth } from '../../../components/options/GmailHealth';
import { ImportSection, type ImportView } from '../../../components/options/ImportSection';
import { LessonsSection } from '../../../components/options/LessonsSection';
import { OptionsApp } from '../../../entrypoints/options/OptionsApp';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { TimelineApp } from '../../../entrypoints/timeline/TimelineApp';
import { deleteEverything, getDb, importJson } from '../../../lib/store';
import { pseudo, PSEUDO_CLOSE, PSEUDO_OPEN, readCatalogue, setTestLocale } from '../../support/i18n';
import { buildSeed } from '../../support/pages-seed';

const en = readCatalogue('en');
/** What the pseudo-locale shows for an English message without placeholders. */
const shown = (key: string) => pseudo(en[key]!.message);

/** Every string the seed holds: the user's data (companies, roles, subjects, names, addresses) is shown as it is. */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string' && value.length >= 2) out.add(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** Month and weekday names, and AM/PM, as Intl writes them in the pseudo-locale's dates (en-GB). */
function intlWords(): string[] {
  const words = new Set<string>(['am', 'pm', 'AM', 'PM']);
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2026, m, 15));
    for (const month of ['long', 'short'] as const) words.add(new Intl.DateTimeFormat('en-GB', { month, timeZone: 'UTC' }).format(date));
  }
  for (let d = 0; d < 7; d++) {
    const date = new Date(Date.UTC(2026, 0, 5 + d));
    for (const weekday of ['long', 'short'] as const) words.add(new Intl.DateTimeFormat('en-GB', { weekday, timeZone: 'UTC' }).format(date));
  }
  return [...words].sort((a, b) => b.length - a.length);
}

const PUNCTUATION = /[\s\d.,:;·()%/×▾…–—+\-'"“”‘’«»„@_#[\]<>!?]+/g;

/** What is left of a visible text once messages, data and Intl's words are taken out: hard-coded English. */
export function leftover(text: string, data: readonly string[]): string {
  let rest = text;
  let before: string;
  do {
    before = rest;
    rest = rest.replace(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g'), ' ');
  } while (rest !== before);
  for (const item of data) rest = rest.split(item).join(' ');
  for (const word of intlWords()) rest = rest.replace(new RegExp(`\\b${word}\\b`, 'g'), ' ');
  return rest.replace(PUNCTUATION, ' ').trim();
}

/** Every visible or spoken text in the page that does not come from the catalogue. */
function hardCoded(root: Element, data: readonly string[]): string[] {
  const found = new Set<string>();
  const check = (text: string | null) => {
    if (text && leftover(text, data)) found.add(text.trim());
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The letter itself is the user's to edit, and letters stay English until they move into the playbook (#18).
    if (node.parentElement?.closest('style, script, textarea')) continue;
    check(node.nodeValue);
  }
  for (const el of [root, ...Array.from(root.querySelectorAll('[aria-label], [title], [placeholder]'))]) {
    for (const attr of ['aria-label', 'title', 'placeholder']) check(el.getAttribute(attr));
  }
  return [...found];
}

let data: string[] = [];

beforeAll(loadTimelineModules, 60_000);

beforeEach(async () => {
  setTestLocale('pseudo');
  fakeBrowser.reset();
  await deleteEverything(getDb());
  const seed = await buildSeed(new Date());
  await importJson(getDb(), seed);
  data = [...strings(JSON.parse(seed), new Set())].sort((a, b) => b.length - a.length);
});
afterEach(() => {
  cleanup();
  setTestLocale('en');
});

describe('the pseudo-locale finds English the catalogue does not hold', () => {
  it('the check itself names a hard-coded word beside a message', () => {
    const div = document.createElement('div');
    div.append(`${shown('undo')} `, Object.assign(document.createElement('button'), { textContent: 'Save settings' }));
    div.setAttribute('aria-label', 'Close');
    expect(hardCoded(div, ['Harbor Finance']).sort()).toEqual(['Close', 'Save settings']);
    expect(leftover(`${shown('undo')} Harbor Finance · 3 Mar 2026, 14:05`, ['Harbor Finance'])).toBe('');
  });

  it('the popup: sections, a reminder with its draft open and the snooze menu, the review card', async () => {
    render(<PopupApp />);
    await screen.findByText(shown('section_overdue'), undefined, { timeout: 5000 });
    await waitFor(() => expect(screen.getAllByRole('button', { name: shown('reminder_draft') })[0]!.hasAttribute('disabled')).toBe(false));
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: shown('reminder_draft') })[0]!));
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: new RegExp(shown('snooze').replace(/[[\]().*+?^$|\\]/g, '\\$&')) })[0]!));
    await screen.findAllByRole('menuitem');
    expect(screen.getByText(shown('advice_check_ok'))).toBeTruthy();
    expect(hardCoded(document.body, data)).toEqual([]);
  }, 30_000);

  it('the popup before anything is found', async () => {
    await deleteEverything(getDb());
    render(<PopupApp />);
    await screen.findByText(shown('empty_title'), undefined, { timeout: 5000 });
    expect(hardCoded(document.body, data)).toEqual([]);
  });

  it('the options page, with the delete question open', async () => {
    render(<OptionsApp />);
    await screen.findByText(shown('settings_save'), undefined, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: shown('data_delete') }));
    await screen.findByText(shown('data_delete_question'));
    expect(hardCoded(document.body, data)).toEqual([]);
  });

  it("the options page's import, health and corrections in their fuller states", () => {
    const view: ImportView = {
      state: 'done', fileName: 'Takeout.mbox', fileOf: null, bytesRead: 3 * 1024 * 1024, size: 3 * 1024 * 1024, messages: 1234,
      found: [{ label: 'x', count: 2 }], byMonth: [{ month: '2026-03', count: 2 }], applications: 1, mbPerSecond: 12.5, secondsLeft: 75,
      problems: [{ index: 7, reason: 'reason' }], problemCount: 1, fileError: null,
    };
    const files = ['Takeout.mbox', 'reason', 'x', 'threadView', 'rows', 'Gmail', 'Outlook', 'jobs@kestrel.test', 'Your application'];
    render(
      <>
        <ImportSection view={view} resumable={[{ fileName: 'Takeout.mbox', percent: 40 }]} onFiles={() => undefined} onCancel={() => undefined} onOpenTimeline={() => undefined} />
        <ImportSection view={{ ...view, state: 'reading' }} resumable={[]} onFiles={() => undefined} onCancel={() => undefined} onOpenTimeline={() => undefined} />
        <GmailHealth lastSeen="3 Mar 2026, 14:05" selectors={[{ name: 'threadView', hits: 1, misses: 9 }, { name: 'new:rows', hits: 2, misses: 0 }]} />
        <GmailHealth lastSeen={null} selectors={[]} host="Outlook" />
        <LessonsSection
          lessons={[{ key: 'l', sender: 'jobs@kestrel.test', subject: 'Your application', kindLabel: 'x', when: '3 Mar 2026, 14:05' }]}
          onForget={() => undefined}
          corrections={[{ key: 'c', subject: '', sender: 'jobs@kestrel.test', kindLabel: 'x', when: '3 Mar 2026, 14:05' }]}
          onUndo={() => undefined}
        />
      </>,
    );
    expect(hardCoded(document.body, [...files, ...data])).toEqual([]);
  });

  it('the timeline page: the funnel, the list, and a rejected and an interviewed application', async () => {
    render(<TimelineApp />);
    // By text, not by role: computing every button's accessible name in happy-dom takes seconds.
    const harbor = await screen.findByText('Harbor Finance', undefined, { timeout: 5000 });
    await act(async () => fireEvent.click(harbor.closest('button')!));
    await screen.findByText(shown('after_rejection'));
    expect(hardCoded(document.body, data)).toEqual([]);
    await act(async () => fireEvent.click(screen.getByText('Northwind Labs').closest('button')!));
    await screen.findByText('Dana Reyes');
    expect(hardCoded(document.body, data)).toEqual([]);
  }, 30_000);
});
