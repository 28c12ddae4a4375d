import { describe, expect, it, vi } from 'vitest';
import '../../../lib/messaging/quiet-handshake';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

// The name WXT gives its handshake (private in its types).
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

describe("the content script's start-up is invisible to the mail page", () => {
  it("WXT's class still has the members the quiet handshake replaces (an upgrade that renames them fails here)", () => {
    const proto = ContentScriptContext.prototype as unknown as Record<string, unknown>;
    for (const name of ['stopOldScripts', 'listenForNewerScripts', 'notifyInvalidated']) expect(typeof proto[name]).toBe('function');
  });

  it('starting posts no window message and dispatches no page event', () => {
    const post = vi.spyOn(window, 'postMessage');
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('gmail', { noScriptStartedPostMessage: true });
    expect(post).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
    post.mockRestore();
    dispatch.mockRestore();
  });

  it('a page replaying the old handshake, by window message or page event, stops nothing', async () => {
    const ctx = new ContentScriptContext('gmail');
    window.postMessage({ type: STARTED, contentScriptName: 'gmail', messageId: 'forged' }, '*');
    document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'gmail', messageId: 'forged' } }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.isValid).toBe(true);
  });

  it('a newer context of the same script retires the older one, and only that one', () => {
    const older = new ContentScriptContext('gmail');
    const other = new ContentScriptContext('outlook');
    const newer = new ContentScriptContext('gmail');
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
  });
});
