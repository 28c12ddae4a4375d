/**
 * A call a recruiter booked that left no trace: the time has passed, nothing came in the thread since, and the user
 * did not mark it done. A short note the same day, with new times, keeps the process moving.
 */
import type { Sentence } from '../drafts/render';
import type { RuleContext } from '../reminders/context';
import { emit } from '../reminders/emit';
import { interviews, type Interview } from '../reminders/triggers';
import { letter, TIMES_BLANK } from './letters';
import type { PlaybookRule } from './types';
import { MISSED_CALL_LETTERS } from './missed-call.letters';

const SUBJECT: Sentence = 'Rebooking our call';

export const missedCall: PlaybookRule = {
  id: 'missed-call',
  action: 'The call did not happen? Follow up today',
  why: 'If the call booked with the recruiter never came, a friendly note the same day, with times that suit you, shows you are still keen and gets it rebooked. Mark the interview done if it did happen.',
  source: 'practice',
  timing: {
    trigger: 'interview-missed',
    due: 'starts when the call should have ended; due at the end of that day (a same-day follow-up)',
    overdue: 'early next morning: next working day, start of work + 1 hour',
    stances: null,
    completesByReply: true,
    lapseDays: 2,
    lapseWhy: 'A missed call is settled within a day or two, by them or by you; after that the follow-up after silence takes over.',
  },
  letters: {
    meta: { recipient: 'helper', interviewDay: true, personal: false, doorOpenOnly: false, card: false },
    langs: MISSED_CALL_LETTERS,
    tones: {
      warm: letter('warm', SUBJECT, [
        [
          [
            'We had a call booked for {time} {day}, and I think we may have missed each other.',
            'We had a call booked {day}, and I think we may have missed each other.',
            'We had a call booked, and I think we may have missed each other.',
          ],
          ["I'm still very keen on {position}.", "I'm still very keen on the role."],
          `I'm free ${TIMES_BLANK}; would one of those work for you?`,
        ],
      ]),
      concise: letter('concise', SUBJECT, [
        [
          ['We had a call booked for {time} {day}; I think we missed each other.', 'We had a call booked; I think we missed each other.'],
          [`I'm still keen on {position}, and I'm free ${TIMES_BLANK}.`, `I'm still keen, and I'm free ${TIMES_BLANK}.`],
        ],
      ]),
      formal: letter('formal', SUBJECT, [
        [
          [
            'I understood we had a call scheduled for {time} {day}, and I wanted to make sure we find another time.',
            'I understood we had a call scheduled, and I wanted to make sure we find another time.',
          ],
          [`I remain very interested in {position} and am available ${TIMES_BLANK}.`, `I remain very interested and am available ${TIMES_BLANK}.`],
          'Please let me know which suits you best.',
        ],
      ]),
    },
  },
  derive(c) {
    const { clock } = c;
    for (const h of interviews(c).held) {
      if (!isMissedCall(c, h)) continue;
      const day = clock.dayOf(h.end);
      const due = clock.endOfDay(day);
      emit(c, missedCall, { event: h.event, startsAt: h.end, dueAt: due, overdueAt: Math.max(clock.earlyNextMorning(day), due) });
    }
  },
};

/**
 * A call with a recruiter (a recruiter or coordinator named for it, no interviewer), its time past, the user did not
 * mark it done, and nothing arrived in its threads since it was due to start. The user's own reply in the thread
 * does not hide it: it completes it (completesByReply), so the popup shows it was handled.
 */
function isMissedCall(c: RuleContext, h: Interview): boolean {
  if (h.event.kind === 'interview_done' || h.markedDone || c.now < h.end) return false;
  if (h.interviewers.length > 0 || h.helpers.length === 0) return false;
  for (let k = c.lo; k < c.hi; k++) {
    const e = c.list[c.order[k]!]!;
    if (e.kind === 'user_reply' || h.chain.includes(e.id)) continue;
    if (e.threadId && h.threads.includes(e.threadId) && c.times[c.order[k]!]! > h.start) return false;
  }
  return true;
}
