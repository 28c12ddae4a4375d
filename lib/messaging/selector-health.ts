/**
 * Selector health as the content scripts count it and the options page reads it. No zod here: the content scripts
 * import these values, and their bundle must not carry a validator (the background validates every message).
 */

/**
 * Names of "new layout" canaries among the selector counts: markup only a host's rebuilt layout has, counted as
 * found or not, so the options page can tell a migration (canaries found, lookups fine) from a break.
 */
export const CANARY_PREFIX = 'new:';

/** The background's name for the counts in browser.storage.local (read by the options page). */
export const SELECTOR_HEALTH_KEY = 'selectorHealth';

/** Stored under SELECTOR_HEALTH_KEY: counts per host and selector name since install (or the last reset). */
export interface SelectorHealth {
  updatedAt: string;
  hosts: Record<string, Record<string, { hits: number; misses: number; lastMissAt: string | null }>>;
}
