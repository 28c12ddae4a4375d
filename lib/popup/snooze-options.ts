/** The snooze menu's choices, each with when it would bring the reminder back, in the user's hours and zone. */
import { SNOOZE_PRESETS, snoozeUntil } from '../core/reminders';
import type { Settings } from '../core/settings';
import { momentPhrase } from '../ui-text/due-phrase';
import { t } from '../ui-text/i18n';

export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

const SNOOZE_LABELS = {
  'later-today': 'snooze_later_today',
  'tomorrow-morning': 'snooze_tomorrow_morning',
  'next-working-day': 'snooze_next_working_day',
  'next-week': 'snooze_next_week',
} as const satisfies Record<SnoozePreset, string>;

export interface SnoozeChoice {
  id: SnoozePreset;
  label: string;
  /** "tomorrow 08:00"; absent until the settings (working hours, zone) are read. */
  until?: string;
}

/** The choices at `now`; without settings, only their names. */
export function snoozeOptions(settings: Settings | null, now: Date): SnoozeChoice[] {
  return SNOOZE_PRESETS.map((id) => {
    if (!settings) return { id, label: t(SNOOZE_LABELS[id]) };
    return { id, label: t(SNOOZE_LABELS[id]), until: momentPhrase(snoozeUntil(id, settings, now), now, settings.timeZone) };
  });
}
