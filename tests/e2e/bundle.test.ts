import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/extension';

// The learned model is for the background only: a mail page never downloads or parses its weights.
describe('the built extension carries the learned model in the right place', () => {
  it('the background has the model and no content script does', () => {
    expect(existsSync(join(EXTENSION_DIR, 'background.js')), `no build at ${EXTENSION_DIR}: run npx wxt build`).toBe(true);
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('callback-linear-v1');
    const scripts = readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(readFileSync(join(EXTENSION_DIR, 'content-scripts', file), 'utf8')).not.toContain('callback-linear-v1');
  });
});
