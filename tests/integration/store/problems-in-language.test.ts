/**
 * Issue #18: what the store and the mail import refuse reaches the options page in the user's language. The store
 * hands over a code and its values beside its English sentence (which the command line and logs keep); the page
 * words the code. Nothing the browser or a library says in English (a JSON parser's message) is shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ISSUES, capped, cannotParse, notMail } from '../../../lib/import/issues';
import { exportJson, importJson, saveSettings, SettingsError } from '../../../lib/store';
import { importIssueText, settingsErrorText, storeProblemText } from '../../../lib/ui-text/problems';
import { setTestLocale } from '../../support/i18n';
import { freshDb } from './fresh';

afterEach(() => setTestLocale('en'));

async function refusal(text: string) {
  const result = await importJson(freshDb(), text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result;
}

async function settingsRefusal(patch: Parameters<typeof saveSettings>[1]): Promise<unknown> {
  try {
    await saveSettings(freshDb(), patch);
  } catch (error) {
    return error;
  }
  throw new Error('expected the settings to be refused');
}

describe('a refused backup, in the interface language', () => {
  it.each([
    ['de', '{"format":"other","version":1}', 'Das ist kein Callback-Export (sein Format ist "other").'],
    ['fr', '{"format":"callback-export","version":7}', 'Cet export est en version 7 ; cette version de Callback lit la version 1.'],
    ['es', '{"format":"callback-export", "versi', 'El archivo no es un JSON completo (¿se cortó?).'],
    ['de', '{"no":"envelope"}', 'Das ist kein Callback-Export: Format und Version fehlen.'],
  ] as const)('%s: %s', async (locale, file, words) => {
    const result = await refusal(file);
    setTestLocale(locale);
    expect(storeProblemText(result.problem)).toBe(words);
    // The English sentence stays for the command line.
    expect(result.error).toMatch(/^(This|The file)/);
  });

  it('a field that does not fit is named by its place in the file, without the validator’s English', async () => {
    const source = freshDb();
    const file = JSON.parse(await exportJson(source));
    const result = await refusal(JSON.stringify({ ...file, data: { ...file.data, settings: { id: 'user', workStart: '25:99' } } }));
    setTestLocale('de');
    expect(storeProblemText(result.problem)).toBe('Die Datei passt nicht zum Exportformat: Der Wert bei data.settings.workStart ist nicht zulässig.');
    expect(result.error).toContain('expected a time as HH:mm');
  });
});

describe('refused settings, in the interface language', () => {
  it('a working day that ends before it starts', async () => {
    const error = await settingsRefusal({ workStart: '18:00', workEnd: '08:00' });
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toMatch(/ends at 08:00, before it starts at 18:00/);
    setTestLocale('fr');
    expect(settingsErrorText(error)).toBe('La journée de travail finit à 08:00, avant de commencer à 18:00 : choisissez une fin après le début (par exemple de 09:00 à 17:30).');
  });

  it('a time zone that does not exist, and a value out of bounds named by its label on the form', async () => {
    setTestLocale('es');
    expect(settingsErrorText(await settingsRefusal({ timeZone: 'Mars/Base' }))).toBe('La zona horaria «Mars/Base» no existe: elige una como Europe/Madrid o America/New_York.');
    setTestLocale('de');
    expect(settingsErrorText(await settingsRefusal({ checkInDays: -3 }))).toBe('„Tage nach einer Absage, bevor Sie sich wieder melden“ lässt sich mit diesem Wert nicht speichern.');
    expect(settingsErrorText(new Error('disk full'))).toBe('Die Einstellungen wurden nicht gespeichert.');
  });
});

describe('mail import problems, in the interface language', () => {
  it.each([
    ['de', notMail('"%PDF-1.7"'), 'keine mbox- oder .eml-Datei (sie beginnt mit "%PDF-1.7")'],
    ['fr', ISSUES.fileEmpty, 'le fichier est vide'],
    ['es', ISSUES.headersUnended, 'sus encabezados no terminan nunca (¿cortado?)'],
    ['de', capped(2, 1500), 'nur die ersten 2 MB gelesen (1.500 MB insgesamt)'],
    ['fr', cannotParse(new TypeError('Unexpected token in header')), 'illisible comme courriel'],
  ] as const)('%s: %s', (locale, issue, words) => {
    setTestLocale(locale);
    expect(importIssueText(issue)).toBe(words);
  });
});
