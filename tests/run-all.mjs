#!/usr/bin/env node
/**
 * `npm test`: type check, lint, build the extension, then every Vitest project (unit, integration, DOM, and the
 * browser tests that load the build into Chromium, and the Firefox build into Firefox when it is installed). Ends
 * with one line: "Tests: N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const steps = [
  ['type check', ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['npx', 'eslint', '.']],
  ['build', ['npx', 'wxt', 'build']],
  ['build for Firefox', ['npx', 'wxt', 'build', '-b', 'firefox', '--mv3']],
];
const FIREFOXES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox', '/snap/bin/firefox'];
const firefox = process.env.FIREFOX_PATH?.trim() ? (existsSync(process.env.FIREFOX_PATH.trim()) ? process.env.FIREFOX_PATH.trim() : null) : FIREFOXES.find((p) => existsSync(p)) ?? null;
const failedSteps = [];
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command.join(' ')}`);
  const run = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  if (run.status !== 0) failedSteps.push(name);
}

let passed = 0;
let failed = 0;
let skipped = 0;
let vitestFailed = false;

/** One vitest run; its counts are added to the totals. A suite that failed to load counts as a failure. */
function runVitest(label, args) {
  const reportDir = mkdtempSync(join(tmpdir(), 'callback-tests-'));
  const report = join(reportDir, 'vitest.json');
  console.log(`\n▶ tests: ${label}`);
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], { stdio: 'inherit' });
  if (run.status !== 0) vitestFailed = true;
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests ?? 0;
    failed += result.numFailedTests ?? 0;
    skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
    failed += (result.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
  } else {
    failed += 1;
  }
  rmSync(reportDir, { recursive: true, force: true });
}

const extra = process.argv.slice(2);
if (extra.length > 0) {
  runVitest(`vitest run ${extra.join(' ')}`, extra);
} else {
  runVitest('unit, dom, e2e, e2e-firefox', ['--project', 'unit', '--project', 'dom', '--project', 'e2e', '--project', 'e2e-firefox']);
  // Timed growth checks run alone, so that no other test shares the machine while they measure.
  runVitest('timing (alone)', ['--project', 'timing']);
}

for (const step of failedSteps) console.log(`✗ ${step} failed`);
if (failedSteps.length) failed += failedSteps.length;
if (!firefox) {
  console.log('\n! Firefox is not installed: the Firefox browser tests (tests/e2e-firefox) were skipped.');
  console.log('  Install it to run them: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).');
}
if (!existsSync(join(import.meta.dirname, '../../shared/corpus/emails.jsonl'))) {
  console.log('\n! ../shared (the development corpus and the advice articles, beside the repository) was not found:');
  console.log(
    process.env.CALLBACK_WITHOUT_SHARED === '1'
      ? '  the tests that read it were skipped, as CALLBACK_WITHOUT_SHARED=1 asks (tests/support/shared.ts).'
      : '  the tests that read it failed, naming what is missing; CALLBACK_WITHOUT_SHARED=1 skips them (tests/support/shared.ts).',
  );
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || vitestFailed ? 1 : 0);
