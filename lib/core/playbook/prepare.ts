/** Before an interview: prepare, the working day before. */
import { emit } from '../reminders/emit';
import { interviews } from '../reminders/triggers';
import type { PlaybookRule } from './types';

export const prepare: PlaybookRule = {
  id: 'prepare',
  action: 'Prepare for the interview',
  why: "Prepare, and write down the interviewers' names so each gets a thank-you afterwards.",
  source: 'practice',
  timing: {
    trigger: 'interview-confirmed',
    due: 'end of work on the working day before the interview (never after it starts)',
    overdue: 'the interview start; gone once the interview has started',
    stances: null,
    completesByReply: false,
    lapseDays: 7,
    lapseWhy: 'Never reached in practice: it is overdue when the interview starts, and gone from then on.',
  },
  letters: null,
  derive(c) {
    const { clock } = c;
    for (const h of interviews(c).held) {
      if (h.event.kind === 'interview_done' || c.now >= h.start) continue;
      const dayBefore = clock.workingDayBefore(clock.dayOf(h.start));
      const due = Math.min(Math.max(clock.at(dayBefore, clock.workEnd), h.at), h.start);
      emit(c, prepare, { event: h.event, startsAt: Math.min(h.at, due), dueAt: due, overdueAt: h.start });
    }
  },
};
