/** No news after an interview: a polite check-in, and at most one more. */
import type { Sentence } from '../drafts/render';
import { reminderId, type RuleContext } from '../reminders/context';
import { emit } from '../reminders/emit';
import { interviews, type Interview } from '../reminders/triggers';
import { readAt, readIn } from '../time/iso';
import type { EventKind } from '../timeline/types';
import { letter } from './letters';
import type { PlaybookRule } from './types';
import { FOLLOW_UP_SILENCE_LETTERS } from './follow-up-silence.letters';

/** The id suffix of the second follow-up after silence: `follow-up-silence:${eventId}:2`. */
export const SECOND_FOLLOW_UP = ':2';

/** Events from the company that end a silence. */
const NEWS: ReadonlySet<EventKind> = new Set(['interview_request', 'interview_confirmed', 'manual_interview', 'assessment', 'offer', 'rejection']);

const SUBJECT: Sentence = ['Following up on my {role} interview', 'Following up on my interview'];

export const followUpSilence: PlaybookRule = {
  id: 'follow-up-silence',
  action: 'Follow up politely',
  // 002 lists a polite, well-judged follow-up among what a good candidate does; the timing is common practice.
  why: 'After the date they named (or a week and a half of silence), a short check-in restates your interest.',
  source: '002',
  timing: {
    trigger: 'silence-after-interview',
    due:
      'the decision date they named + 1 working day; else followUpWorkingDays working days after the interview. ' +
      'A second (id suffix :2) once the first is done and they are still silent: followUpWorkingDays working days ' +
      'after the first was done; never a third',
    overdue: 'two working days later, end of work',
    stances: null,
    completesByReply: true,
    lapseDays: 14,
    lapseWhy:
      "A check-in is still polite a while after it fell due (002: 'polite and appropriate'); after two more weeks of " +
      'silence the company has answered by not answering, and the next step is moving on.',
  },
  letters: {
    meta: { recipient: 'contact', interviewDay: true, personal: false, doorOpenOnly: false, card: false },
    langs: FOLLOW_UP_SILENCE_LETTERS,
    tones: {
      warm: letter('warm', SUBJECT, [
        ['I hope your week is going well.', ['I wanted to check in on {position} since we met {day}.', 'I wanted to check in on {position}.']],
        [
          "I'm still very excited about the role and would love to hear about next steps whenever there's news.",
          'If anything else would help, just let me know.',
        ],
      ]),
      concise: letter('concise', SUBJECT, [
        [
          ["I'm following up on my interview {day} for {position}.", "I'm following up on my interview for {position}."],
          'I remain very interested and would be glad to hear about next steps when you have an update.',
        ],
      ]),
      formal: letter('formal', SUBJECT, [
        [
          ['I am writing to follow up on my interview {day} for {position}.', 'I am writing to follow up on my interview for {position}.'],
          'I remain very interested in the opportunity and would be grateful for any update on your timeline.',
        ],
        ['Thank you for your time.'],
      ]),
    },
  },
  derive(c) {
    const last = interviews(c).last;
    if (!last || newsAfter(c, last)) return;
    const { clock, settings, list, order, lo, hi } = c;
    let decision = Number.NaN;
    for (let k = lo; k < hi; k++) {
      const t = readIn(list[order[k]!]!.decisionBy, clock.zone);
      if (Number.isFinite(t) && t >= last.end && !(t <= decision)) decision = t;
    }
    const dueDay = Number.isFinite(decision)
      ? clock.workingDayAfter(clock.dayOf(decision), 1)
      : clock.workingDayAfter(clock.dayOf(last.end), settings.followUpWorkingDays);
    const startsAt = clock.at(dueDay, clock.workStart);
    const times = { startsAt, dueAt: clock.at(dueDay, clock.workEnd), overdueAt: clock.at(clock.workingDayAfter(dueDay, 2), clock.workEnd) };
    // Its status is needed even when it has lapsed: the second follow-up counts from it.
    const first = emit(c, followUpSilence, { event: last.event, ...times }, true);
    // The playbook allows two follow-ups, never more: once the first is done and the company is still silent, a
    // second one falls due the same number of working days after the first was sent.
    if (first === 'done') secondFollowUp(c, last, startsAt);
  },
};

/** News from the company since the interview ended (the interview's own reschedules are not news). */
function newsAfter(c: RuleContext, last: Interview): boolean {
  for (let k = c.lo; k < c.hi; k++) {
    const e = c.list[c.order[k]!]!;
    if (NEWS.has(e.kind) && c.times[c.order[k]!]! > last.end && !last.chain.includes(e.id)) return true;
  }
  return false;
}

/**
 * The second follow-up after silence, once the first (started at `firstStart`) is done: counted from when it was
 * done, the user's click or their first reply in the interview's thread since it started, whichever came first.
 * Neither time readable (a click stored without a time): no second follow-up, as there is nothing to count from.
 */
function secondFollowUp(c: RuleContext, last: Interview, firstStart: number): void {
  const { clock, settings } = c;
  const event = last.event;
  const action = c.actions.get(reminderId('follow-up-silence', event.id, null));
  let doneAt = action?.status === 'done' ? readAt(action.at) : Number.NaN;
  const thread = event.threadId;
  const latest = thread ? c.out.lastReply.get(thread) : undefined;
  if (thread && latest !== undefined && latest >= firstStart) {
    // The latest reply is known for every thread; the first one since the follow-up started is in the application.
    let reply = latest;
    for (let k = c.lo; k < c.hi; k++) {
      const e = c.list[c.order[k]!]!;
      const at = c.times[c.order[k]!]!;
      if (e.kind === 'user_reply' && e.threadId === thread && at >= firstStart && at < reply) reply = at;
    }
    if (!(doneAt <= reply)) doneAt = reply;
  }
  if (!Number.isFinite(doneAt)) return;
  const dueDay = clock.workingDayAfter(clock.dayOf(Math.max(doneAt, last.end)), settings.followUpWorkingDays);
  emit(
    c,
    followUpSilence,
    {
      event,
      startsAt: clock.at(dueDay, clock.workStart),
      dueAt: clock.at(dueDay, clock.workEnd),
      overdueAt: clock.at(clock.workingDayAfter(dueDay, 2), clock.workEnd),
      idSuffix: SECOND_FOLLOW_UP,
    },
    true,
  );
}
