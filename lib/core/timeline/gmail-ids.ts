/**
 * Gmail names one message (and one thread) two ways: the page's legacy id, hexadecimal (`18d8a3c1f2b4e6a7`), and the
 * `msg-f:` / `thread-f:` form, the same number in decimal (`msg-f:1785...`). Google Takeout's mbox gives the decimal
 * number (the envelope line `From 1785...@xxx` for the message, `X-GM-THRID` for the thread). Every form of an id
 * names one message, so the timeline keeps one event for it whichever form arrives first.
 */

const HEX = /^[0-9a-f]{1,16}$/i;
const DECIMAL = /^\d{1,20}$/;
const MAX = (1n << 64n) - 1n;

function hexOf(decimal: string): string | null {
  if (!DECIMAL.test(decimal)) return null;
  const n = BigInt(decimal);
  return n > 0n && n <= MAX ? n.toString(16) : null;
}

function decimalOf(hex: string): string | null {
  if (!HEX.test(hex)) return null;
  const n = BigInt(`0x${hex}`);
  return n > 0n ? n.toString(10) : null;
}

/** The legacy hex form of a Takeout decimal id (what the page's `data-legacy-*-id` holds); null when not one. */
export function gmailHexId(decimal: string): string | null {
  return hexOf(decimal.trim());
}

/**
 * Every form of a Gmail message or thread id, the given one first: `msg-f:<decimal>` and its hex, or a hex id and
 * its `msg-f:` form (threads: `thread-f:`). Anything else is only itself.
 */
export function gmailIdForms(id: string, kind: 'msg' | 'thread' = 'msg'): string[] {
  const prefix = `${kind}-f:`;
  if (id.startsWith(prefix)) {
    const hex = hexOf(id.slice(prefix.length));
    return hex ? [id, hex] : [id];
  }
  // A legacy id is 16 hex digits today; shorter ones are older messages. Pure decimal digits are hex too.
  if (id.length >= 12) {
    const decimal = decimalOf(id);
    if (decimal) return [id, `${prefix}${decimal}`];
  }
  return [id];
}
