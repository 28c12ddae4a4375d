/** Issue #15: settings refuse impossible working hours and time zones that do not exist, saying what to fix. */
import { describe, expect, it } from 'vitest';
import { exportJson, getSettings, importJson, saveSettings } from '../../../lib/store';
import { freshDb } from './fresh';

describe('impossible settings are refused with a message that says what to fix', () => {
  it('a working day from 18:00 to 08:00', async () => {
    const db = freshDb();
    await expect(saveSettings(db, { workStart: '18:00', workEnd: '08:00' })).rejects.toThrow(/ends at 08:00, before it starts at 18:00: set an end after the start/);
    expect((await getSettings(db, 'UTC')).workStart).toBe('09:00');
  });

  it('a start moved past the stored end', async () => {
    const db = freshDb();
    await expect(saveSettings(db, { workStart: '18:00' })).rejects.toThrow(/before it starts/);
  });

  it('a time zone that does not exist', async () => {
    const db = freshDb();
    await expect(saveSettings(db, { timeZone: 'Mars/Base' })).rejects.toThrow('The time zone “Mars/Base” does not exist');
  });

  it('an import that stores "Mars/Base" or a day ending before it starts', async () => {
    const source = freshDb();
    await saveSettings(source, { timeZone: 'Europe/Berlin' });
    const file = JSON.parse(await exportJson(source));
    for (const [settings, message] of [
      [{ ...file.data.settings, timeZone: 'Mars/Base' }, /time zone “Mars\/Base” does not exist/],
      [{ ...file.data.settings, workStart: '18:00', workEnd: '08:00' }, /working day ends before it starts/],
    ] as const) {
      const db = freshDb();
      const result = await importJson(db, JSON.stringify({ ...file, data: { ...file.data, settings } }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
      expect(await db.settings.get('user')).toBeUndefined();
    }
  });
});
