import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/extension';

const contentScripts = () => readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js'));
const read = (...path: string[]) => readFileSync(join(EXTENSION_DIR, ...path), 'utf8');

// The learned model is for the background only: a mail page never downloads or parses its weights.
describe('the built extension carries the learned model in the right place', () => {
  it('the background has the model and no content script does', () => {
    expect(existsSync(join(EXTENSION_DIR, 'background.js')), `no build at ${EXTENSION_DIR}: run npx wxt build`).toBe(true);
    expect(read('background.js')).toContain('callback-linear-v1');
    const scripts = contentScripts();
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(read('content-scripts', file)).not.toContain('callback-linear-v1');
  });
});

// The background validates every message with zod; a mail page's script only builds them (their types are inferred
// from the schemas, and erased), so the validator never weighs on the mail page.
describe('the content scripts stay small', () => {
  /** An issue code zod's checks write, in whatever bundle carries the validator. */
  const ZOD = 'unrecognized_keys';

  it('the validator is in the build, and in no content script', () => {
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => read('chunks', f));
    expect([read('background.js'), ...chunks].some((code) => code.includes(ZOD))).toBe(true);
    for (const file of contentScripts()) expect(read('content-scripts', file), file).not.toContain(ZOD);
  });

  it('each content script is at most 40 KB gzipped', () => {
    for (const file of contentScripts()) {
      const kb = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts', file)), { level: 9 }).length / 1024;
      expect(kb, `${file}: ${kb.toFixed(1)} KB gzipped`).toBeLessThanOrEqual(40);
    }
  });
});
