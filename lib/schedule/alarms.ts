/** One alarm for the next due time, and a periodic safety alarm in case a wake-up was missed. */
import { browser } from 'wxt/browser';

export const DUE_ALARM = 'callback-due';
export const SAFETY_ALARM = 'callback-safety';
export const SAFETY_MINUTES = 30;

/** Set (or clear) the one due alarm. */
export async function setDueAlarm(at: number | null): Promise<void> {
  await browser.alarms.clear(DUE_ALARM);
  if (at !== null) await browser.alarms.create(DUE_ALARM, { when: at });
}

/** Create the safety alarm once; re-creating it on every wake would keep pushing it back. */
export async function ensureSafetyAlarm(): Promise<void> {
  const existing = await browser.alarms.get(SAFETY_ALARM);
  if (!existing) await browser.alarms.create(SAFETY_ALARM, { periodInMinutes: SAFETY_MINUTES, delayInMinutes: SAFETY_MINUTES });
}

export function isScheduleAlarm(name: string): boolean {
  return name === DUE_ALARM || name === SAFETY_ALARM;
}
