/**
 * Every script in package.json points at something that exists: the files it runs, and the Vitest projects it
 * names. (The scripts themselves build and start browsers; this keeps a renamed file or project from leaving a
 * script that fails at once.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const projects = [...readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8').matchAll(/\bname: '([^']+)'/g)].map((m) => m[1]);

describe('the scripts of package.json', () => {
  it.each(Object.entries(scripts))('%s runs files that exist', (_name, command) => {
    const files = command.split(/\s+/).filter((word) => /^[\w./-]+\.(?:ts|mjs|js)$/.test(word));
    expect(files.filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
  });

  it.each(Object.entries(scripts).filter(([, command]) => command.includes('vitest')))('%s names Vitest projects that exist', (_name, command) => {
    const named = [...command.matchAll(/--project[= ](\S+)/g)].map((m) => m[1]);
    expect(named.filter((project) => !projects.includes(project))).toEqual([]);
  });

  it('test:unit runs the unit project only, not the browser tests that need a build', () => {
    expect(scripts['test:unit']).toMatch(/--project unit\b/);
  });
});

describe('npm run zip packs sources, not what the demo and tests write', () => {
  it('the sources zip leaves out demo-output/ and test-results/', async () => {
    const { default: config } = await import('../../../wxt.config');
    expect(config.zip?.excludeSources).toEqual(expect.arrayContaining(['demo-output/**', 'test-results/**']));
  });
});
