/**
 * What the in-thread bar shows for one Gmail thread, from the timeline, the derived reminders and the drafts: plain
 * data in, plain data out (the background reads the store; the content script only renders).
 */
import type { EmailKind } from '../core/detection';
import { draftForReminder } from '../core/drafts';
import type { DraftResult } from '../core/drafts';
import type { Reminder, RuleId } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import type { Person, Timeline, TimelineEvent } from '../core/timeline/types';
import type { BarAction, ThreadBar } from '../messaging/content-messages';
import { t, type MessageKey } from '../ui-text/i18n';
import { kindLabel, noDraftExplain, reflectionQuestion, ruleWhy, sourceTitle } from '../ui-text/labels';

/** The button text per rule; `withName` names the person. Rules without a message (prepare, move-on) get none. */
const LABELS: Partial<Record<RuleId, { label: MessageKey; withName?: 'button_thank_you_to' }>> = {
  'thank-you-email': { label: 'button_thank_you', withName: 'button_thank_you_to' },
  'thank-you-each': { label: 'button_thank_you', withName: 'button_thank_you_to' },
  'thank-helpers': { label: 'button_thank_recruiter', withName: 'button_thank_you_to' },
  'follow-up-silence': { label: 'button_follow_up' },
  'gracious-reply': { label: 'button_gracious' },
  'be-a-resource': { label: 'button_resource' },
  'keep-door-open': { label: 'button_check_in' },
  'reply-to-invite': { label: 'button_invitation' },
  'missed-call': { label: 'button_missed_call' },
  'answer-offer': { label: 'button_offer' },
  reflect: { label: 'button_reflect' },
};

/** What a rejection may really be: "Not a rejection" asks, rather than guessing an acknowledgement. */
const NOT_REJECTION = ['application_received', 'interview_request', 'interview_confirmed', 'assessment', 'offer'] as const;

/** Corrections the bar offers, worded when the bar is built. Each can be undone from the bar and from the options page. */
function corrections(kind: EmailKind): ThreadBar['corrections'] {
  const list: ThreadBar['corrections'] = [{ label: kindLabel('other'), kind: 'other' }];
  if (kind !== 'rejection') return list;
  const choices = NOT_REJECTION.map((k) => ({ label: kindLabel(k), kind: k }));
  return [{ label: t('not_rejection'), kind: 'application_received', choices }, ...list];
}

const MESSAGE_KINDS = new Set<TimelineEvent['kind']>([
  'application_received', 'interview_request', 'interview_confirmed', 'assessment', 'rejection', 'offer',
]);

export interface BarInput {
  threadId: string;
  timeline: Timeline;
  reminders: Reminder[];
  settings: Settings;
  now: Date;
}

function labelFor(ruleId: RuleId, person: Person | null): string {
  const entry = LABELS[ruleId];
  if (!entry) return t('button_reply');
  return person && entry.withName ? t(entry.withName, { name: person.name }) : t(entry.label);
}

function actionOf(reminder: Reminder, result: DraftResult, label: string, stance?: BarAction['stance']): BarAction | null {
  const base = { reminderId: reminder.id, ruleId: reminder.ruleId, source: sourceTitle(result.source.id), ...(stance ? { stance } : {}) };
  if (result.kind === 'draft') return { ...base, label, kind: 'draft', body: result.body, why: ruleWhy(result.ruleId) };
  if (result.reflection && result.reflection.length > 0) {
    return { ...base, label, kind: 'reflect', why: noDraftExplain(result), questions: result.reflection.map((q) => reflectionQuestion(q).question) };
  }
  return null;
}

/** The bar of a thread, or null when no application on the timeline has an email from it. */
export function threadBar(input: BarInput): ThreadBar | null {
  const { timeline, threadId, settings, now } = input;
  const threadEvents = timeline.events
    .filter((e) => e.threadId === threadId && MESSAGE_KINDS.has(e.kind))
    .sort((a, b) => (a.at < b.at ? 1 : -1));
  const event = threadEvents[0];
  if (!event) return null;
  const application = timeline.applications.find((a) => a.id === event.applicationId);
  if (!application) return null;
  const appEvents = timeline.events.filter((e) => e.applicationId === application.id);
  const interviewEvent =
    (event.interview ? event : null) ??
    appEvents.filter((e) => e.interview && !appEvents.some((o) => o.replaces === e.id)).sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  const started = input.reminders.filter(
    (r) => r.applicationId === application.id && r.status === 'pending' && Date.parse(r.startsAt) <= now.getTime(),
  );
  const nowIso = now.toISOString();
  const actions: BarAction[] = [];
  // A reply in this thread reaches the sender of its latest email; a letter for anyone else is their own message
  // when their address is known, else it asks the sender to pass it on (and says so on the button).
  const sender = event.sender ?? null;
  const contact = sender ? (timeline.people.find((p) => p.applicationId === application.id && p.email === sender) ?? null) : null;
  const isAddressee = (person: Person) => (!!person.email && person.email === sender) || person.id === contact?.id;
  const letterToOther = (reminder: Reminder, person: Person, options: { tone: 'warm'; asReply: boolean; now: string }): BarAction | null => {
    const label = labelFor(reminder.ruleId, person);
    if (person.email) {
      const result = draftForReminder(reminder, timeline, settings, { ...options, asReply: false });
      const action = actionOf(reminder, result, label);
      if (!action || result.kind !== 'draft') return action;
      return { ...action, compose: { to: person.email, subject: result.subject ?? '' }, why: t('button_opens_new', { address: person.email, why: action.why }) };
    }
    const result = draftForReminder(reminder, timeline, settings, { ...options, via: contact });
    const first = person.name.split(' ')[0] || person.name;
    const via = contact && contact.id !== person.id ? contact.name.split(' ')[0] : null;
    const action = actionOf(reminder, result, via ? t('button_through', { label, via, name: first }) : t('button_no_address', { label, name: first }));
    return action ? { ...action, missingAddress: { personId: person.id, name: person.name } } : null;
  };
  let stancePaired = false;
  const cleanFirst = (application.stance ?? settings.defaultStance) === 'clean_break';
  const primaryRule: RuleId = cleanFirst ? 'reflect' : 'gracious-reply';
  for (const reminder of started) {
    const person = reminder.personId ? (timeline.people.find((p) => p.id === reminder.personId) ?? null) : null;
    const options = { tone: 'warm' as const, asReply: true, now: nowIso };
    if (reminder.ruleId === 'gracious-reply' || reminder.ruleId === 'reflect') {
      // After a rejection both stances are offered once: the letter that keeps the door open, or a private
      // reflection; the application's stance (else the user's default) comes first.
      if (stancePaired) continue;
      if (!started.some((r) => r.ruleId === primaryRule)) {
        // The stance's own reminder is done (e.g. the user already replied): offer only what is left, alone.
        const own = draftForReminder(reminder, timeline, settings, { ...options, stance: reminder.ruleId === 'reflect' ? 'clean_break' : 'door_open' });
        const single = actionOf(reminder, own, t(reminder.ruleId === 'reflect' ? 'button_reflect' : 'button_gracious'));
        if (single && !actions.some((x) => x.label === single.label)) actions.push(single);
        continue;
      }
      stancePaired = true;
      const write = draftForReminder({ ...reminder, ruleId: 'gracious-reply' }, timeline, settings, { ...options, stance: 'door_open' });
      const reflect = draftForReminder({ ...reminder, ruleId: 'reflect' }, timeline, settings, { ...options, stance: 'clean_break' });
      const a = actionOf(reminder, write, t(cleanFirst ? 'button_gracious_instead' : 'button_gracious'), 'door_open');
      const b = actionOf(reminder, reflect, t(cleanFirst ? 'button_reflect' : 'button_reflect_instead'), 'clean_break');
      for (const action of cleanFirst ? [b, a] : [a, b]) if (action) actions.push(action);
      continue;
    }
    if (!LABELS[reminder.ruleId]) continue;
    const action = person && !isAddressee(person) ? letterToOther(reminder, person, options) : actionOf(reminder, draftForReminder(reminder, timeline, settings, options), labelFor(reminder.ruleId, person));
    if (action && !actions.some((x) => x.label === action.label)) actions.push(action);
  }
  return {
    applicationId: application.id,
    messageId: event.messageId ?? '',
    kind: event.kind as EmailKind,
    company: application.company || null,
    role: application.role,
    interview: interviewEvent?.interview ?? null,
    confidence: event.confidence,
    evidence: event.evidence,
    corrections: corrections(event.kind as EmailKind),
    actions: actions.slice(0, 6),
    replyTo: { address: sender, subject: event.subject ?? null },
    stance: application.stance ?? settings.defaultStance,
  };
}
