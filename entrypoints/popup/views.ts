/** Turns the store's data and the engine's reminders into the worded views the popup's components show. */
import { RULES } from '../../lib/core/advice/sources';
import type { ReviewItem } from '../../lib/core/timeline/review';
import type { Reminder } from '../../lib/core/reminders/types';
import type { Settings } from '../../lib/core/settings';
import type { Timeline } from '../../lib/core/timeline/types';
import { dueText } from '../../lib/ui-text/due-phrase';
import { sourceLabel } from '../../lib/ui-text/labels';
import type { ReminderView } from '../../components/popup/types';
import type { ReviewView } from '../../components/popup/ReviewCard';

export interface Lookup {
  apps: Map<string, Timeline['applications'][number]>;
  people: Map<string, Timeline['people'][number]>;
  /** People who took part in an event (interviewers of an interview). */
  byEvent: Map<string, Timeline['people']>;
}

export function lookupOf(timeline: Timeline): Lookup {
  return {
    apps: new Map(timeline.applications.map((a) => [a.id, a])),
    people: new Map(timeline.people.map((p) => [p.id, p])),
    byEvent: timeline.people.reduce((map, p) => {
      if (p.eventId) map.set(p.eventId, [...(map.get(p.eventId) ?? []), p]);
      return map;
    }, new Map<string, Timeline['people']>()),
  };
}

export function reminderView(reminder: Reminder, lookup: Lookup, settings: Settings, now: Date): ReminderView {
  const rule = RULES[reminder.ruleId];
  const app = lookup.apps.get(reminder.applicationId);
  // A thank-you for a one-to-one interview names the interviewer even though the reminder is not per person.
  const sole = lookup.byEvent.get(reminder.eventId);
  const person = reminder.personId ? lookup.people.get(reminder.personId) : sole?.length === 1 ? sole[0] : undefined;
  const where = app ? `${app.company}${app.role ? `, ${app.role}` : ''}` : 'an application';
  return {
    id: reminder.id,
    action: rule?.action ?? reminder.ruleId,
    forWhom: person ? `${person.name} · ${where}` : where,
    due: dueText(reminder, now, settings.timeZone),
    why: rule?.why ?? '',
    source: sourceLabel(rule?.source ?? 'practice'),
    hasDraft: rule?.message ?? false,
    threadId: reminder.threadId,
  };
}

export function reviewView(item: ReviewItem): ReviewView {
  const from = item.from.name ? `${item.from.name} <${item.from.address}>` : item.from.address;
  return {
    id: item.id,
    subject: item.subject,
    from,
    snippet: item.snippet,
    kind: item.detection.kind,
    confidence: item.detection.confidence,
  };
}
