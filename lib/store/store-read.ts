/**
 * One read of everything the reminders are derived from: the timeline, the user's actions on reminders, the settings
 * and the open review items. The background's recompute and the popup's live data read the same four things.
 */
import type { ReminderAction } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import type { ReviewItem } from '../core/timeline/review';
import type { Timeline } from '../core/timeline/types';
import type { CallbackDb } from './db';
import { listReminderActions } from './reminders-repo';
import { getSettings } from './settings-repo';
import { loadTimeline } from './applications-repo';
import { listReviewItems } from './review-repo';

export interface StoreRead {
  timeline: Timeline;
  actions: ReminderAction[];
  settings: Settings;
  /** The open review items, newest first. */
  review: ReviewItem[];
  /** How many applications the store holds, when `timeline` holds only those a wake-up needed (schedule/wake-read.ts). */
  applications?: number;
}

export async function readStore(db: CallbackDb): Promise<StoreRead> {
  const [timeline, actions, settings, review] = await Promise.all([
    loadTimeline(db),
    listReminderActions(db),
    getSettings(db),
    listReviewItems(db),
  ]);
  return { timeline, actions, settings, review };
}
