// ESLint keeps the house's floors apart (lib/README.md): imports point down, never up.
import { dirname, relative, resolve } from 'node:path';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

/**
 * Layer zones, checked on the resolved path of every relative import (a tiny local rule: no resolver package,
 * so nothing platform-specific in the lock file). `target` files may not import from any `from` folder.
 */
const ZONES = [
  {
    target: ['lib/core'],
    from: ['lib/store', 'lib/mail', 'lib/messaging', 'lib/schedule', 'lib/background', 'lib/cli', 'lib/import', 'entrypoints', 'components'],
    message: 'lib/core is the pure floor: it imports nothing above it.',
  },
  {
    // Inside the core: time is its floor (calendar and zone arithmetic read only the settings), and a rule of the
    // playbook reads its context and emits, never the loop that runs it or what reads the reminders afterwards.
    target: ['lib/core/time'],
    from: ['lib/core/reminders', 'lib/core/playbook', 'lib/core/drafts', 'lib/core/timeline', 'lib/core/advice', 'lib/core/classify', 'lib/core/extract', 'lib/core/lang'],
    message: 'lib/core/time is the floor of the core: it reads the settings and nothing else of the core.',
  },
  {
    target: ['lib/core/playbook'],
    from: ['lib/core/reminders/derive', 'lib/core/reminders/when', 'lib/core/reminders/index', 'lib/core/drafts/draft', 'lib/core/drafts/index'],
    message: 'A playbook rule reads its context and emits through reminders/emit; it never calls the loop or the drafting that use it.',
  },
  {
    // The mail import runs in a page's worker and in Node: it writes through the sink it is given, never the store.
    target: ['lib/import'],
    from: ['lib/store', 'lib/mail', 'lib/messaging', 'lib/schedule', 'lib/background', 'lib/cli'],
    message: 'lib/import reads mail and calls the core; the store is reached only through the sink it is given.',
  },
  {
    // The popup's view model: plain data in, views out; the background and the page hand it the data.
    target: ['lib/popup'],
    from: ['lib/store', 'lib/mail', 'lib/messaging', 'lib/schedule', 'lib/background', 'lib/cli', 'lib/import'],
    message: 'lib/popup is the popup\'s view model: it is given the data, it never reads the store or the schedule.',
  },
  {
    target: ['entrypoints/gmail.content', 'entrypoints/outlook.content', 'lib/mail'],
    from: ['lib/store', 'lib/schedule', 'lib/background'],
    message: 'Content scripts run in the mail host origin and never open the extension database: send a message to the background.',
  },
  {
    target: ['components'],
    from: ['lib/store', 'lib/mail', 'lib/background', 'lib/schedule', 'entrypoints'],
    message: 'Components take props and call callbacks; pages pass the data in.',
  },
  {
    target: ['lib'],
    from: ['entrypoints', 'components'],
    message: 'lib never imports the wiring above it.',
  },
];

const inside = (file, folder) => {
  const rel = relative(resolve(ROOT, folder), file);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
};

const layersPlugin = {
  rules: {
    'import-zones': {
      meta: { type: 'problem', schema: [], messages: { zone: '{{message}} ({{from}} is off limits here)' } },
      create(context) {
        const file = context.filename;
        const zones = ZONES.filter((zone) => zone.target.some((t) => inside(file, t)));
        if (zones.length === 0) return {};
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const target = resolve(dirname(file), spec);
          for (const zone of zones) {
            const from = zone.from.find((f) => inside(target, f));
            if (from) context.report({ node: node.source, messageId: 'zone', data: { message: zone.message, from } });
          }
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

const BROWSER_GLOBALS = ['chrome', 'browser', 'document', 'window', 'navigator', 'indexedDB', 'localStorage', 'sessionStorage', 'location'].map(
  (name) => ({ name, message: 'lib/core is pure: pass data in, no browser API or DOM.' }),
);
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Callback makes no network request of its own (the privacy promise).',
}));
const HTML_SINKS = [
  {
    selector: "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Email text is hostile and Gmail enforces Trusted Types: build DOM with createElement/textContent.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|parseFromString|write|writeln)$/]",
    message: 'No HTML string sinks: build DOM with createElement/textContent.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Email text is rendered as text only.',
  },
];

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'tests/lint-fixtures/**', '.scratch*/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { layers: layersPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'layers/import-zones': 'error',
    },
  },
  {
    files: ['lib/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-*', 'react', 'react-*', 'wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill', 'node:*'], message: 'lib/core is pure: no database, UI, browser or Node APIs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/cli/**', 'lib/icons/**'],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
    },
  },
  {
    // After the general block, so the core gets both lists.
    files: ['lib/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS, ...NETWORK_GLOBALS] },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'lib/mail/**/*.ts', 'entrypoints/*.content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['dexie', 'dexie-*'], message: 'Only lib/store and pages open the database.' }] }],
    },
  },
);
