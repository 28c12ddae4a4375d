/**
 * The settings form holds only what the user changed: stored settings that arrive later (a live query settling on
 * first load, another tab, an import) show in every field the user has not touched and never undo one they have.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings';

afterEach(cleanup);

const stored: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin', defaultStance: 'door_open', notifications: true };

function form(settings: Settings, saved: Settings[] = []) {
  return <SettingsForm settings={settings} detectedZone="Europe/Berlin" zones={[]} onSave={async (s) => (saved.push(s), null)} />;
}

describe('the settings form', () => {
  it('keeps a choice when stored settings arrive after it, and shows the arrived values elsewhere', async () => {
    const saved: Settings[] = [];
    const view = render(form(stored, saved));
    fireEvent.click(screen.getByRole('radio', { name: /Clean break/ }));
    // Another tab switches notifications off and zone to Lisbon; the user's stance must survive, the rest shows through.
    view.rerender(form({ ...stored, notifications: false, timeZone: 'Europe/Lisbon' }, saved));
    expect((screen.getByRole('radio', { name: /Clean break/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /notif/i }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Your time zone') as HTMLInputElement).value).toBe('Europe/Lisbon');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' })));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect(saved.at(-1)).toMatchObject({ defaultStance: 'clean_break', notifications: false, timeZone: 'Europe/Lisbon' });
  });

  it('after a save, follows the stored settings again', async () => {
    const view = render(form(stored));
    fireEvent.click(screen.getByRole('radio', { name: /Clean break/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' })));
    view.rerender(form({ ...stored, defaultStance: 'clean_break' }));
    // Later the stance is changed elsewhere (an import): the form shows it, the saved edit no longer holds it.
    view.rerender(form({ ...stored, defaultStance: 'door_open' }));
    expect((screen.getByRole('radio', { name: /Clean break/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('ticks two working days in a row without losing the first', async () => {
    const saved: Settings[] = [];
    render(form({ ...stored, workingDays: [1, 2, 3] }, saved));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Thu' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fri' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' })));
    expect(saved.at(-1)?.workingDays).toEqual([1, 2, 3, 4, 5]);
  });
});
