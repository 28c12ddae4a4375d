/**
 * The reminder a notification's click asks the popup to show: the background writes it under POPUP_FOCUS_KEY in
 * storage.local, the popup takes it once (and removes it) if it is recent. Pure but for the key.
 */
export const POPUP_FOCUS_KEY = 'popupFocus';

/** Older than this, a click was for an earlier opening of the popup. */
export const FOCUS_FRESH_MS = 120_000;

export interface PopupFocus {
  reminderId: string | null;
  /** When the notification was clicked, ISO 8601. */
  at: string;
}

/** The reminder id a stored focus names at `now`, or null (missing, malformed or stale). */
export function focusedReminder(stored: unknown, now: Date): string | null {
  if (!stored || typeof stored !== 'object') return null;
  const { reminderId, at } = stored as Partial<Record<keyof PopupFocus, unknown>>;
  if (typeof reminderId !== 'string' || !reminderId || typeof at !== 'string') return null;
  const age = now.getTime() - Date.parse(at);
  return Number.isFinite(age) && age < FOCUS_FRESH_MS ? reminderId : null;
}
