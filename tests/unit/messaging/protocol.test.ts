/**
 * The protocol is complete: every message type written anywhere in the extension has a schema, a reply schema and a
 * handler, and the mail pages' code takes only types from the schema modules (zod stays out of their bundle).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../lib/background/handlers';
import { CONTENT_MESSAGES } from '../../../lib/messaging/content-messages';
import { PAGE_MESSAGES } from '../../../lib/messaging/page-messages';
import { MESSAGES, REPLIES } from '../../../lib/messaging/protocol';

const root = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}
/** Product code outside the protocol's own definition (lib/messaging) and its handlers (lib/background). */
const senders = ['lib', 'entrypoints', 'components'].flatMap(sources).filter((f) => !/^lib\/(messaging|background)\//.test(f));

/** Every message type the senders name (a quoted `<from>->bg:<name>`), with the first file naming it. */
function typesNamed(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of senders) {
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(/['"`]([a-z]+->[a-z]+:[a-z-]+)['"`]/g)) {
      if (!found.has(match[1]!)) found.set(match[1]!, file);
    }
  }
  return found;
}

describe('the message protocol', () => {
  it('finds the messages the extension sends (the scan itself works)', () => {
    const named = typesNamed();
    expect(named.size).toBeGreaterThanOrEqual(9);
    expect(named.get('content->bg:thread-seen')).toBe('lib/mail/start.ts');
    expect(named.get('page->bg:refresh-schedule')).toBe('entrypoints/popup/page-actions.ts');
  });

  it('every message type named in the code has a schema, a reply schema and a handler', () => {
    for (const [type, file] of typesNamed()) {
      expect(Object.hasOwn(MESSAGES, type), `${type} (in ${file}) has no schema in lib/messaging`).toBe(true);
      expect(Object.hasOwn(REPLIES, type), `${type} (in ${file}) has no reply schema`).toBe(true);
      expect(Object.hasOwn(handlers, type), `${type} (in ${file}) has no handler`).toBe(true);
    }
  });

  it('schemas, replies and handlers name the same types, each in the table of its direction', () => {
    const types = Object.keys(MESSAGES).sort();
    expect(Object.keys(REPLIES).sort()).toEqual(types);
    expect(Object.keys(handlers).sort()).toEqual(types);
    for (const type of Object.keys(CONTENT_MESSAGES)) expect(type).toMatch(/^content->bg:/);
    for (const type of Object.keys(PAGE_MESSAGES)) expect(type).toMatch(/^page->bg:/);
  });

  it("the mail pages' code imports only types from the schema modules", () => {
    const zodModules = /from '[./]*\/?(?:lib\/)?messaging\/(?:content-messages|page-messages|protocol|fields)'/;
    const contentSide = [...sources('lib/mail'), ...sources('entrypoints').filter((f) => f.includes('.content/'))];
    expect(contentSide.length).toBeGreaterThan(5);
    for (const file of contentSide) {
      for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
        if (zodModules.test(line)) expect(line, `${file} imports a schema module at run time`).toMatch(/^import type |^export type /);
      }
    }
    // send.ts, which every content script imports, takes the protocol's types only.
    expect(readFileSync(join(root, 'lib/messaging/send.ts'), 'utf8')).not.toMatch(/^import \{[^}]*\} from '\.\/(?:protocol|content-messages|fields)'/m);
  });
});
