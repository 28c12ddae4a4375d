/** An hour before an interview: the link or the address, and the people you are about to meet. */
import { emit } from '../reminders/emit';
import { interviews } from '../reminders/triggers';
import type { PlaybookRule } from './types';

const HOUR = 3_600_000;

export const interviewSoon: PlaybookRule = {
  id: 'interview-soon',
  action: 'Interview in an hour: check the link and who you are meeting',
  why: 'Open the video link or check the address and how long the journey takes, and look over the names and roles of the people you are about to meet.',
  source: 'practice',
  timing: {
    trigger: 'interview-confirmed',
    due: 'starts an hour before the interview (or when it is confirmed, if later); due when it starts',
    overdue: 'the interview start; gone once the interview has started',
    stances: null,
    completesByReply: false,
    lapseDays: 1,
    lapseWhy: 'Never reached in practice: it is gone once the interview starts.',
  },
  letters: null,
  derive(c) {
    for (const h of interviews(c).held) {
      // Gone once the interview has started, or once the user marked it done; a reschedule is a new interview.
      if (h.event.kind === 'interview_done' || h.markedDone || c.now >= h.start) continue;
      // Quiet hours move its notification (emit), never its times: a 07:30 interview is not announced at 06:30.
      emit(c, interviewSoon, { event: h.event, startsAt: Math.min(Math.max(h.start - HOUR, h.at), h.start), dueAt: h.start, overdueAt: h.start });
    }
  },
};
