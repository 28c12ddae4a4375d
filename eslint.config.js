// ESLint keeps the house's floors apart (../shared/design/architecture.md): imports point down, never up.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

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
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'tests/lint-fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib/core',
              from: ['./lib/store', './lib/mail', './lib/messaging', './lib/schedule', './lib/background', './lib/cli', './entrypoints', './components'],
              message: 'lib/core is the pure floor: it imports nothing above it.',
            },
            {
              target: ['./entrypoints/gmail.content', './entrypoints/outlook.content', './lib/mail'],
              from: ['./lib/store', './lib/schedule', './lib/background'],
              message: 'Content scripts run in the mail host origin and never open the extension database: send a message to the background.',
            },
            {
              target: './components',
              from: ['./lib/store', './lib/mail', './lib/background', './lib/schedule', './entrypoints'],
              message: 'Components take props and call callbacks; pages pass the data in.',
            },
            {
              target: './lib',
              from: ['./entrypoints', './components'],
              message: 'lib never imports the wiring above it.',
            },
          ],
        },
      ],
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
