import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnoozeMenu } from '../../../components/popup/SnoozeMenu';
import { DataSection } from '../../../components/options/DataSection';
import { GmailHealth } from '../../../components/options/GmailHealth';
import { matchesQuery } from '../../../components/timeline/ApplicationList';
import { setTestLocale } from '../../support/i18n';

afterEach(cleanup);

const OPTIONS = [
  { id: 'later-today', label: 'Later today' },
  { id: 'tomorrow-morning', label: 'Tomorrow morning' },
  { id: 'next-week', label: 'Next week' },
];

describe('the snooze menu works from the keyboard', () => {
  it.each([
    [['ArrowDown', 'Enter'], 'later-today'],
    [['ArrowDown', 'ArrowDown', 'Enter'], 'tomorrow-morning'],
    [['ArrowDown', 'ArrowUp', 'Enter'], 'next-week'],
    [['ArrowDown', 'End', 'Enter'], 'next-week'],
  ])('keys %j pick %s', (keys, picked) => {
    const onPick = vi.fn();
    render(<SnoozeMenu options={OPTIONS} onPick={onPick} />);
    const button = screen.getByRole('button', { name: /Snooze/ });
    button.focus();
    for (const key of keys) fireEvent.keyDown(document.activeElement!, { key });
    // Enter on a focused menu item is a click in the browser.
    expect(document.activeElement?.getAttribute('role')).toBe('menuitem');
    fireEvent.click(document.activeElement!);
    expect(onPick).toHaveBeenCalledWith(picked);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('Escape closes it and gives focus back to the button', () => {
    const onPick = vi.fn();
    render(<SnoozeMenu options={OPTIONS} onPick={onPick} />);
    const button = screen.getByRole('button', { name: /Snooze/ });
    fireEvent.click(button);
    expect(screen.getByRole('menu')).toBeTruthy();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(onPick).not.toHaveBeenCalled();
  });
});

describe('the data section', () => {
  const props = () => ({
    exportJson: vi.fn(async () => '{}'),
    exportCsv: vi.fn(async () => 'a,b'),
    importJson: vi.fn(async () => ({ ok: false, message: 'Nothing was imported: the file is not valid JSON.' })),
    deleteAll: vi.fn(async () => {}),
    today: '2026-03-03',
  });

  it('asks before deleting everything, and Cancel deletes nothing', async () => {
    const p = props();
    render(<DataSection {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(p.deleteAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(p.deleteAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' })));
    expect(p.deleteAll).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Everything was deleted.')).toBeTruthy();
  });

  it('shows why an import file was refused', async () => {
    const p = props();
    render(<DataSection {...p} />);
    const input = screen.getByLabelText(/Import a Callback JSON export/) as HTMLInputElement;
    const file = new File(['{"oops"'], 'bad.json', { type: 'application/json' });
    await act(async () => fireEvent.change(input, { target: { files: [file] } }));
    await waitFor(() => expect(screen.getByText('Nothing was imported: the file is not valid JSON.')).toBeTruthy());
    expect(p.importJson).toHaveBeenCalledWith('{"oops"');
  });

  it('exports as a file download through an object URL, not a request', async () => {
    const p = props();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:callback/1');
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<DataSection {...p} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export CSV' })));
    expect(created).toHaveBeenCalledTimes(1);
    expect(clicks).toEqual(['callback-2026-03-03.csv']);
    click.mockRestore();
    created.mockRestore();
  });
});

describe('Gmail health', () => {
  it.each([
    [[], 'No page lookups counted yet.'],
    [[{ name: 'threadView', hits: 20, misses: 0 }], "Every part of Gmail's page Callback looks for was found."],
    [[{ name: 'threadView', hits: 1, misses: 9 }], /Gmail changed and Callback cannot read it: threadView often not found/],
    // A classic account never finds the new layout's markers: that is no fault.
    [[{ name: 'threadView', hits: 20, misses: 0 }, { name: 'new:reply', hits: 0, misses: 20 }], "Every part of Gmail's page Callback looks for was found."],
    [[{ name: 'replyButton', hits: 9, misses: 1 }, { name: 'new:reply', hits: 10, misses: 0 }], "Gmail's new layout, working: every part of the page Callback looks for was found."],
    // Migrated and failing is a break, not a migration.
    [[{ name: 'replyButton', hits: 0, misses: 10 }, { name: 'new:reply', hits: 10, misses: 0 }], /Gmail changed and Callback cannot read it: Reply button often not found/],
  ])('with lookups %j says %s', (selectors, text) => {
    render(<GmailHealth lastSeen="3 Mar 2026, 14:05" selectors={selectors} />);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByText('Last ran on a Gmail page: 3 Mar 2026, 14:05.')).toBeTruthy();
  });

  it('names the parts of the page in the interface language, the selector’s own name kept in the markup', () => {
    setTestLocale('de');
    try {
      render(<GmailHealth lastSeen={null} selectors={[{ name: 'replyButton', hits: 0, misses: 10 }, { name: 'new:reply', hits: 10, misses: 0 }]} />);
      expect(screen.getByText(/Gmail hat sich geändert.*Antworten-Schaltfläche/)).toBeTruthy();
      const rows = screen.getAllByRole('rowheader');
      expect(rows.map((r) => r.textContent)).toEqual(['Antworten-Schaltfläche', 'Merkmal des neuen Layouts: Antworten-Schaltfläche einer Nachricht']);
      expect(rows[0]!.getAttribute('data-selector')).toBe('replyButton');
    } finally {
      setTestLocale('en');
    }
  });
});

describe('the application search', () => {
  it.each([
    ['north', true],
    ['NORTHWIND', true],
    ['backend', true],
    ['zurich', true],
    ['frontend', false],
    ['', true],
  ])('"%s" matches "Northwind Labs, Backend Engineer (Zürich)": %s', (query, expected) => {
    expect(matchesQuery({ company: 'Northwind Labs', role: 'Backend Engineer (Zürich)' }, query)).toBe(expected);
  });
});
