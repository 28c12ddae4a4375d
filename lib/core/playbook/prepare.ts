/** Before an interview: prepare, on the working day before (research, questions, the route or the link). */
import { emit } from '../reminders/emit';
import { interviews } from '../reminders/triggers';
import type { PlaybookRule } from './types';

export const prepare: PlaybookRule = {
  id: 'prepare',
  action: 'Prepare for your interview',
  why:
    'Read up on the company and the people you will meet, write down your questions, and check the route or the ' +
    "video link; note the interviewers' names so each gets a thank-you afterwards.",
  source: 'practice',
  timing: {
    trigger: 'interview-confirmed',
    due:
      'starts at the start of work on the working day before the interview (or when it is confirmed, if later); due ' +
      'at the end of work that day (never after it starts)',
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
      // The reminder comes the working day before, at the start of work: a notification the day before, not the day
      // the interview was booked. Confirmed later than that: from the confirmation.
      const startsAt = Math.min(Math.max(clock.at(dayBefore, clock.workStart), h.at), due);
      emit(c, prepare, { event: h.event, startsAt, dueAt: due, overdueAt: h.start });
    }
  },
};
