/**
 * The background's router: every message is checked against its schema before any handler runs. A well-formed
 * message of each type reaches its handler, parsed; a spoiled one (wrong type, missing field, over-long text, extra
 * or prototype keys) is answered with a refusal and its handler never runs, so nothing can be stored.
 */
import { describe, expect, it, vi } from 'vitest';
import { route, type Handlers } from '../../../lib/background/router';
import { MESSAGES, type MessageType } from '../../../lib/messaging/protocol';
import { malformed, VALID } from '../../support/messages';

const TYPES = Object.keys(MESSAGES) as MessageType[];
const sender = { url: 'https://mail.google.com/mail/u/0/' };

/** Handlers that only record what they were given. */
function recording() {
  const calls: Array<[MessageType, unknown]> = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [type, vi.fn((message: unknown) => (calls.push([type, message]), { ok: true }))]),
  ) as unknown as Handlers;
  return { calls, handle: route(handlers) };
}

describe('every message type the background accepts', () => {
  it('has a well-formed sample in the tests, and each sample is its own type only', () => {
    expect(Object.keys(VALID).sort()).toEqual([...TYPES].sort());
    for (const type of TYPES) {
      for (const other of TYPES) expect(MESSAGES[other].safeParse(VALID[type]).success, `${type} read as ${other}`).toBe(other === type);
    }
  });
});

describe.each(TYPES)('%s', (type) => {
  it('a well-formed message reaches its handler, parsed, and only that handler', async () => {
    const { calls, handle } = recording();
    const reply = await handle(structuredClone(VALID[type]), sender);
    expect(reply).toEqual({ ok: true });
    expect(calls).toEqual([[type, VALID[type]]]);
  });

  it.each(malformed(VALID[type] as Record<string, unknown>))('refused: %s, and no handler runs', async (_what, message) => {
    const { calls, handle } = recording();
    const reply = await handle(message, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message: /) });
    expect(calls).toEqual([]);
  });
});

describe('messages that name no known type', () => {
  it.each([
    ['an unknown type', { type: 'content->bg:delete-everything' }, 'unknown message type'],
    ['a type that is a property every object has', { type: '__proto__' }, 'unknown message type'],
    ['constructor as the type', { type: 'constructor' }, 'unknown message type'],
    ['toString as the type', { type: 'toString' }, 'unknown message type'],
    ['no type', { host: 'gmail' }, 'invalid message: no type'],
    ['a type that is not text', { type: ['content->bg:hello'] }, 'invalid message: no type'],
    ['an inherited type', Object.create({ type: 'content->bg:hello' }) as object, 'invalid message: no type'],
    ['null', null, 'invalid message: no type'],
    ['a string', 'content->bg:hello', 'invalid message: no type'],
    ['undefined', undefined, 'invalid message: no type'],
  ])('%s gets a refusal, not silence', async (_what, message, error) => {
    const { calls, handle } = recording();
    await expect(handle(message, sender)).resolves.toEqual({ ok: false, error });
    expect(calls).toEqual([]);
  });
});

describe('a handler that fails', () => {
  it('answers with its error instead of throwing into the runtime', async () => {
    const handlers = Object.fromEntries(TYPES.map((type) => [type, () => Promise.reject(new Error('store closed'))])) as unknown as Handlers;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(route(handlers)(VALID['page->bg:ping'], sender)).resolves.toEqual({ ok: false, error: 'store closed' });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('a refusal says where the message was wrong, never echoing what the page sent', async () => {
    const { handle } = recording();
    const secret = 'x'.repeat(5000);
    const reply = (await handle({ ...VALID['content->bg:hello'], url: secret }, sender)) as { error: string };
    expect(reply.error).toMatch(/^invalid message: url: /);
    expect(reply.error).not.toContain('xxxx');
  });
});
