/**
 * The plain fields the popup shows of one reminder or one review item, from the timeline (company, role, the person,
 * the mailbox), before any wording. The live popup and the popup snapshot both build them here. Pure.
 */
import type { MailAccount } from '../core/email';
import type { Reminder } from '../core/reminders/types';
import type { ReviewItem } from '../core/timeline/review';
import type { EmailKind } from '../core/detection';
import type { Timeline } from '../core/timeline/types';

/** The review card shows this much of an email's start. */
export const SNIPPET_CHARS = 160;

/** Exactly what the popup shows of one reminder, besides the rule's own words. */
export interface ReminderDisplay {
  id: string;
  ruleId: string;
  dueAt: string;
  overdueAt: string;
  snoozedUntil: string | null;
  status: Reminder['status'];
  /** null when the application is gone. */
  company: string | null;
  role: string | null;
  /** The person the message is for, when there is one. */
  person: string | null;
  threadId: string | null;
  /** The mailbox the thread was seen in, and on which host (its link opens that account, on that host). */
  account?: MailAccount | null;
}

/** The review card's fields of one item (text only; the card never renders HTML). */
export interface ReviewDisplay {
  id: string;
  subject: string;
  from: string;
  snippet: string;
  kind: EmailKind;
  confidence: number;
}

export interface DisplayLookup {
  apps: Map<string, Timeline['applications'][number]>;
  people: Map<string, Timeline['people'][number]>;
  /** People who took part in an event (interviewers of an interview). */
  byEvent: Map<string, Timeline['people']>;
}

export function displayLookup(timeline: Timeline): DisplayLookup {
  const byEvent = new Map<string, Timeline['people']>();
  for (const p of timeline.people) {
    if (!p.eventId) continue;
    const list = byEvent.get(p.eventId);
    if (list) list.push(p);
    else byEvent.set(p.eventId, [p]);
  }
  return {
    apps: new Map(timeline.applications.map((a) => [a.id, a])),
    people: new Map(timeline.people.map((p) => [p.id, p])),
    byEvent,
  };
}

export function reminderDisplay(reminder: Reminder, lookup: DisplayLookup): ReminderDisplay {
  const app = lookup.apps.get(reminder.applicationId);
  // A thank-you for a one-to-one interview names the interviewer even though the reminder is not per person.
  const sole = lookup.byEvent.get(reminder.eventId);
  const person = reminder.personId ? lookup.people.get(reminder.personId) : sole?.length === 1 ? sole[0] : undefined;
  return {
    id: reminder.id,
    ruleId: reminder.ruleId,
    dueAt: reminder.dueAt,
    overdueAt: reminder.overdueAt,
    snoozedUntil: reminder.snoozedUntil,
    status: reminder.status,
    company: app ? app.company : null,
    role: app?.role ?? null,
    person: person ? person.name : null,
    threadId: reminder.threadId,
    account: reminder.account ?? null,
  };
}

export function reviewDisplay(item: ReviewItem): ReviewDisplay {
  return {
    id: item.id,
    subject: item.subject,
    from: item.from.name ? `${item.from.name} <${item.from.address}>` : item.from.address,
    snippet: item.snippet.slice(0, SNIPPET_CHARS),
    kind: item.detection.kind,
    confidence: Math.min(1, Math.max(0, item.detection.confidence)),
  };
}
