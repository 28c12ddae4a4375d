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

export function measured<T>(name: string, fn: () => T): T {
  if (!document.documentElement.hasAttribute('data-callback-measure')) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`callback:${name}`, { start, end: performance.now() });
  }
}
