/** An assessment: finish it a day before its deadline. */
import { latestPerThread, nextStepAfter } from '../reminders/context';
import { emit } from '../reminders/emit';
import { readIn } from '../time/iso';
import type { PlaybookRule } from './types';

const HOUR = 3_600_000;

export const assessmentDue: PlaybookRule = {
  id: 'assessment-due',
  action: 'Finish the assessment',
  why: 'Submitting a day early leaves room for surprises.',
  source: 'practice',
  timing: {
    trigger: 'assessment',
    due: 'a day before its deadline; else 3 days after it arrived',
    overdue: 'the deadline; else a day later',
    stances: null,
    completesByReply: false,
    lapseDays: 14,
    lapseWhy: 'Its deadline (overdueAt) has passed; a late submission is sometimes still accepted when asked within a couple of weeks, rarely after.',
  },
  letters: null,
  derive(c) {
    const assessments = latestPerThread(c, 'assessment');
    if (!assessments) return;
    const { clock } = c;
    for (const i of assessments.values()) {
      const a = c.list[i]!;
      const at = c.times[i]!;
      const deadline = readIn(a.deadline, clock.zone);
      let due: number;
      let overdue: number;
      if (Number.isFinite(deadline)) {
        overdue = Math.max(deadline, at);
        due = Math.min(Math.max(deadline - 24 * HOUR, at), overdue);
      } else {
        const day = clock.dayOf(at) + 3;
        due = clock.endOfDay(day);
        overdue = clock.endOfDay(day + 1);
      }
      emit(c, assessmentDue, { event: a, startsAt: at, dueAt: due, overdueAt: overdue, done: nextStepAfter(c, a.at) });
    }
  },
};
