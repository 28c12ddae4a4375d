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

/**
 * The scripts a page loads before its script runs: its classic scripts, its entry and what that imports statically,
 * transitively.
 */
function firstLoad(page: string): { files: string[]; bytes: number; text: string } {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no module script in ${page}`);
  const seen = new Set<string>();
  const classic = [...html.matchAll(/<script src="\/([^"]+)"/g)].map((m) => m[1]!);
  const queue = [entry, ...classic];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // Static imports only (`from"./x.js"`, `import"./x.js"`); `import("./x.js")` is loaded on demand.
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(join(file, '..', m[1]!));
  }
  const files = [...seen];
  const texts = files.map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8'));
  return { files, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), text: texts.join('\n') };
}

// The timeline's first screen is a page of applications: what only a click, the detail or the funnel needs comes
// later (entrypoints/timeline/later.ts, DetailPane.tsx), so 10,000 events do not also wait for their code.
describe("the timeline page's first screen loads only what it shows", () => {
  it('loads no calendar code (ical.js), no zod, no letters and no classifier, and under 400 KB of script', () => {
    const first = firstLoad('timeline.html');
    expect(first.text).not.toContain('cal-address'); // ical.js's property table
    expect(first.text).not.toContain('ZodError');
    expect(first.text).not.toContain('Sehr geehrte'); // the German letters
    expect(first.text).not.toContain('callback-linear-v1');
    expect(first.bytes).toBeLessThan(400 * 1024);
  });

  it("starts the first page's read from a classic script in the head that holds neither Dexie nor React", () => {
    const html = readFileSync(join(EXTENSION_DIR, 'timeline.html'), 'utf8');
    const head = /<script src="\/([^"]+)"/.exec(html)?.[1];
    expect(head).toBe('timeline-first.js');
    expect(html.indexOf(head!)).toBeLessThan(html.indexOf('type="module"'));
    const code = readFileSync(join(EXTENSION_DIR, head!), 'utf8');
    expect(code).toContain('indexedDB');
    expect(code).not.toMatch(/Dexie|react/i);
    expect(Buffer.byteLength(code)).toBeLessThan(4 * 1024);
  });
});
