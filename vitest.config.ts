import './tests/support/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Five projects (the fifth, timing, runs alone): pure/integration tests in Node, DOM fixture and component tests in happy-dom,
// and browser tests that load the built extension (.output/chrome-mv3) into Debian's Chromium
// (and .output/firefox-mv3 into Debian's Firefox).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: ['tests/unit/text-linear-time.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/i18n-setup.ts'],
        },
      },
      {
        // Growth of text handling with input size, timed: run alone, after the others (tests/run-all.mjs), so that
        // no other test shares the two cores while it measures.
        test: {
          name: 'timing',
          include: ['tests/unit/text-linear-time.test.ts'],
          environment: 'node',
          fileParallelism: false,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/i18n-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        // The same browser tests in Debian's Firefox (.output/firefox-mv3), skipped with a note when it is absent.
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          // Each poll reads the page over BiDi; a tab busy reading a thread may take over a second to answer.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
