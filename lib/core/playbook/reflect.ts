/** After a rejection (either stance): a short private reflection on the fit. */
import { reminderId, type RuleContext } from '../reminders/context';
import { emit } from '../reminders/emit';
import { rejectionFor, type Rejection } from '../reminders/triggers';
import { readAt } from '../time/iso';
import type { PlaybookRule } from './types';

export const reflect: PlaybookRule = {
  id: 'reflect',
  action: 'Reflect on the fit',
  // 004 (When you fail on a job interview, do what actors do): like an actor after an audition, look at whether you
  // suited the part rather than replaying small slips; 000 frames hiring as matching a person to a need.
  why: 'A few honest questions on fit, not trivia, turn a rejection into a lesson for the next audition.',
  source: '004',
  timing: {
    trigger: 'rejection',
    due: 'within two days (end of the second day)',
    overdue: 'two more days',
    stances: ['door_open', 'clean_break'],
    completesByReply: false,
    lapseDays: 30,
    lapseWhy:
      'A private reflection (004, 000) is still worth writing weeks later; after a month the memory has faded and newer applications have taken its place, which is what moving on means.',
  },
  // Private questions to answer (drafts/reflection.ts), not a letter.
  letters: null,
  derive(c) {
    const r = rejectionFor(c, reflect.timing.stances);
    if (!r) return;
    const due = c.clock.endOfDay(r.day + 2);
    emit(c, reflect, { event: r.event, startsAt: r.at, dueAt: due, overdueAt: c.clock.endOfDay(r.day + 4), done: Number.isFinite(reflectedAt(c, r)) });
  },
};

/**
 * When the reflection was done: the first reflection written since the rejection, or the user's "done", whichever
 * came first; NaN while it is not. (An unreadable click time leaves it done by the click, and move-on counting from
 * the reflection's due time.)
 */
export function reflectedAt(c: RuleContext, r: Rejection): number {
  let doneAt = Number.POSITIVE_INFINITY;
  for (const n of c.notes) {
    if (n.kind !== 'reflection') continue;
    const t = readAt(n.createdAt);
    if (t >= r.at && t < doneAt) doneAt = t;
  }
  const action = c.actions.get(reminderId('reflect', r.event.id, null));
  const clicked = action?.status === 'done' ? readAt(action.at) : Number.NaN;
  if (clicked < doneAt) doneAt = clicked;
  return doneAt === Number.POSITIVE_INFINITY ? Number.NaN : doneAt;
}
