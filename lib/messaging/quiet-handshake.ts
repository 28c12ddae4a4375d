/**
 * WXT's content-script context retires the script of an older build with a handshake the mail page can see and
 * forge: `window.postMessage({ type: '<extension id>:gmail:wxt:content-script-started', messageId }, '*')` and a
 * document event of that name (wxt 0.21, utils/content-script-context). Any script on Gmail's page learns the
 * extension's id from the first, and replaying either with another `messageId` stops Callback in that tab.
 *
 * This replaces both halves before the context is created (the entrypoint imports this module first, and WXT's
 * wrapper constructs the context after its imports ran):
 * - announcing: nothing is posted or dispatched; the context registers itself in the content script's own isolated
 *   world (a global the page cannot read), retiring the context of the same name registered before it there;
 * - listening: nothing; no window message or page event can reach a context.
 * A context of an older build whose world is not shared retires itself the first time it runs after an update:
 * WXT's `isInvalid` sees the extension's runtime gone (browser.runtime.id undefined), and every timer and observer
 * callback of ours checks it first.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The members of WXT's class this replaces (internal in its types, present in 0.21; a test checks they exist). */
export interface HandshakeMembers {
  contentScriptName: string;
  stopOldScripts(): void;
  listenForNewerScripts(): void;
  notifyInvalidated(): void;
}

const REGISTRY = Symbol.for('callback.contentScriptContexts');

function registry(): Map<string, HandshakeMembers> {
  const world = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, HandshakeMembers> };
  return (world[REGISTRY] ??= new Map());
}

export function installQuietHandshake(proto: HandshakeMembers = ContentScriptContext.prototype as unknown as HandshakeMembers): void {
  proto.stopOldScripts = function stopOldScripts(this: HandshakeMembers) {
    const contexts = registry();
    const older = contexts.get(this.contentScriptName);
    if (older && older !== this) older.notifyInvalidated();
    contexts.set(this.contentScriptName, this);
  };
  proto.listenForNewerScripts = function listenForNewerScripts() {
    // Deliberately empty: a newer context retires this one through the registry above, never through the page.
  };
}

installQuietHandshake();
