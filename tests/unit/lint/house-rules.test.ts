/**
 * The lint rules that keep the floors apart must actually fire: each case lints a small file as if it lived at
 * `path`, and checks which rule objects. A rule that never fires would let the core grow a browser dependency.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function rulesHit(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The first case loads ESLint's configuration and parsers (seconds on a loaded machine): the timeout waits for that.
describe('lint keeps imports pointing down', { timeout: 60_000 }, () => {
  it.each([
    ['lib/core imports the mail host adapter', 'lib/core/bad.ts', "import { gmailHost } from '../mail/gmail/host';\nexport const x = gmailHost;\n", 'layers/import-zones'],
    ['lib/core imports messaging (a browser adapter)', 'lib/core/classify/bad.ts', "import { sendToBackground } from '../../messaging/send';\nexport const x = sendToBackground;\n", 'layers/import-zones'],
    ['lib/core imports the store', 'lib/core/timeline/bad.ts', "import { getDb } from '../../store/db';\nexport const x = getDb;\n", 'layers/import-zones'],
    ['a content script imports the store', 'lib/mail/gmail/bad.ts', "import { getDb } from '../../store/db';\nexport const x = getDb;\n", 'layers/import-zones'],
    ['a component imports the store', 'components/Bad.tsx', "import { getDb } from '../lib/store/db';\nexport const x = getDb;\n", 'layers/import-zones'],
    ['lib/core imports the database library', 'lib/core/bad.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n", 'no-restricted-imports'],
    ['lib/core imports the browser API', 'lib/core/bad.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['lib/core touches the DOM', 'lib/core/bad.ts', "export const x = () => document.title;\n", 'no-restricted-globals'],
    ['lib/core calls a chrome API', 'lib/core/bad.ts', "export const x = () => chrome.storage.local.get('a');\n", 'no-restricted-globals'],
    ['a content script opens the database', 'lib/mail/gmail/bad.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n", 'no-restricted-imports'],
    ['a content script imports the background', 'entrypoints/gmail.content/bad.ts', "import { startBackground } from '../../lib/background/start';\nexport const x = startBackground;\n", 'layers/import-zones'],
    ['a component imports a mail host', 'components/Bad.tsx', "import { gmailHost } from '../lib/mail/gmail/host';\nexport const x = gmailHost;\n", 'layers/import-zones'],
    ['extension code writes HTML from a string', 'lib/mail/gmail/bad.ts', "export const x = (el: HTMLElement, t: string) => { el.innerHTML = t; };\n", 'no-restricted-syntax'],
    ['the core\'s time arithmetic imports the reminders', 'lib/core/time/bad.ts', "import { deriveReminders } from '../reminders/derive';\nexport const x = deriveReminders;\n", 'layers/import-zones'],
    ['a playbook rule calls the loop that runs it', 'lib/core/playbook/bad.ts', "import { deriveReminders } from '../reminders/derive';\nexport const x = deriveReminders;\n", 'layers/import-zones'],
    ['the popup\'s view model reads the store', 'lib/popup/bad.ts', "import { getDb } from '../store/db';\nexport const x = getDb;\n", 'layers/import-zones'],
    ['extension code makes a network request', 'lib/background/bad.ts', "export const x = () => fetch('https://example.com');\n", 'no-restricted-globals'],
  ])('%s: flagged', async (_name, path, code, rule) => {
    expect(await rulesHit(path, code)).toContain(rule);
  });

  it.each([
    ['a pure core module using date-fns', 'lib/core/ok.ts', "import { addDays } from 'date-fns';\nexport const x = (d: Date) => addDays(d, 1);\n"],
    ['a playbook rule emitting through the shared helper', 'lib/core/playbook/ok.ts', "import { emit } from '../reminders/emit';\nexport const x = emit;\n"],
    ['the background using messaging', 'lib/background/ok.ts', "import { sendToBackground } from '../messaging/send';\nexport const x = sendToBackground;\n"],
  ])('%s: allowed', async (_name, path, code) => {
    expect(await rulesHit(path, code)).toEqual([]);
  });
});
