/**
 * The safety wrapper every host shares: one feature throwing (or rejecting) never stops another and never reaches
 * the mail page's console as an uncaught error; one quiet debug line for whoever debugs. And the performance marks
 * the benchmark reads, recorded only on pages that ask (`<html data-callback-measure>`).
 */

export function safely(name: string, fn: () => void | Promise<unknown>): void {
  try {
    const result = fn();
    if (result instanceof Promise) result.catch((error: unknown) => console.debug(`Callback: ${name} failed`, error));
  } catch (error) {
    console.debug(`Callback: ${name} failed`, error);
  }
}

/** Does this page ask for the bench's measures? */
export function measuring(): boolean {
  return document.documentElement.hasAttribute('data-callback-measure');
}

export function measured<T>(name: string, fn: () => T): T {
  if (!measuring()) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`callback:${name}`, { start, end: performance.now() });
  }
}

/**
 * An awaited span (a message out and its answer back: the background's work plus the browser's messaging), as
 * `callback:<name>` on pages that ask. Not main-thread time: the page runs on while it waits.
 */
export async function spanned<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!measuring()) return fn();
  const start = performance.now();
  try {
    return await fn();
  } finally {
    performance.measure(`callback:${name}`, { start, end: performance.now() });
  }
}

/**
 * The browser's own messaging floor, on pages that ask: `count` empty round trips to the background one after
 * another (a message of no known type, which the background refuses at once without any work), as
 * `callback:round-trip`.
 */
export async function measureRoundTrips(send: (message: unknown) => Promise<unknown>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await spanned('round-trip', () => send({ type: 'bench:round-trip' }).catch(() => null));
}
