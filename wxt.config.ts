import { defineConfig } from 'wxt';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { noEval } from './lib/build/no-eval';
import { pseudoCatalogue } from './lib/build/pseudo-locale';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Auto-imports off: every dependency is visible in the file that uses it (lib/README.md).
  imports: false,
  // The extension must not open any tab on install or report anywhere.
  manifest: ({ browser }) => ({
    // The store listing's name and description in the browser's language (public/_locales/<lang>/messages.json).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_ext_name__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'callback@callback.local',
              // 140: the first Firefox that reads data_collection_permissions (web-ext lint asks for it).
              strict_min_version: '140.0',
              // Firefox's own declaration of the privacy promise: Callback collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: { disabled: true },
  hooks: {
    // CALLBACK_UI_LOCALE=pseudo: a build that shows every message bracketed and 40% longer, in any browser language
    // (lib/build/pseudo-locale.ts): hard-coded English and layouts too tight for longer words stand out.
    'build:publicAssets': (_wxt, files) => {
      if (process.env.CALLBACK_UI_LOCALE !== 'pseudo') return;
      const english = JSON.parse(readFileSync(resolve(import.meta.dirname, 'public/_locales/en/messages.json'), 'utf8'));
      const kept = files.filter((file) => !file.relativeDest.startsWith('_locales/'));
      files.splice(0, files.length, ...kept, { relativeDest: '_locales/en/messages.json', contents: JSON.stringify(pseudoCatalogue(english)) });
    },
  },
  // No eval-like code and no unused HTML sink in the bundle or its workers (lib/build/no-eval.ts): web-ext lint stays clean.
  // CALLBACK_SOURCEMAP=1: source maps beside the chunks, for tests/bench/bundle-breakdown.ts (never in a release).
  vite: () => ({ build: { sourcemap: process.env.CALLBACK_SOURCEMAP === '1' }, plugins: [noEval()], worker: { plugins: () => [noEval()] } }),
  // The sources zip holds what builds the extension, not what the demo and tests write (ignored by git too).
  zip: { excludeSources: ['demo-output/**', 'test-results/**', '**/*.log'] },
  // Parallel work (and CI) can build into separate folders: CALLBACK_OUT_DIR=.output-x npm run build.
  outDir: process.env.CALLBACK_OUT_DIR ?? '.output',
});
