/** An invitation to interview: answer it within a working day. */
import type { Sentence } from '../drafts/render';
import { latestPerThread, nextStepAfter } from '../reminders/context';
import { emit } from '../reminders/emit';
import { letter, TIMES_BLANK } from './letters';
import type { PlaybookRule } from './types';
import { REPLY_TO_INVITE_LETTERS } from './reply-to-invite.letters';

const SUBJECT: Sentence = ['Interview for {position}', 'Interview availability'];

export const replyToInvite: PlaybookRule = {
  id: 'reply-to-invite',
  action: 'Reply to the interview invitation',
  why: 'A prompt answer with times that suit you keeps the process moving.',
  source: 'practice',
  timing: {
    trigger: 'interview-request',
    due: 'end of work on the next working day',
    overdue: 'end of the working day after',
    stances: null,
    completesByReply: true,
    lapseDays: 7,
    lapseWhy: 'Times offered a week ago are gone; an invitation unanswered that long has lapsed for the company too.',
  },
  letters: {
    meta: { recipient: 'contact', interviewDay: false, personal: false, doorOpenOnly: false, card: false },
    langs: REPLY_TO_INVITE_LETTERS,
    tones: {
      warm: letter('warm', SUBJECT, [
        [
          "Thank you for the invitation to interview for {position}; I'm delighted and would be glad to meet.",
          ["{when} works well for me, and I'm looking forward to it.", "?scheduling I'll book a time through the link you shared.", `I'm available ${TIMES_BLANK}.`],
          "Please let me know if there's anything I should prepare.",
        ],
      ]),
      concise: letter('concise', SUBJECT, [
        [
          'Thanks for the invitation to interview for {position}.',
          ['{when} works for me.', "?scheduling I'll pick a slot through your link.", `I'm available ${TIMES_BLANK}.`],
          'Looking forward to it.',
        ],
      ]),
      formal: letter('formal', SUBJECT, [
        [
          'Thank you for the invitation to interview for {position}; I would be pleased to attend.',
          ['I can confirm that {when} suits me.', '?scheduling I will book a time using the scheduling link you provided.', `I am available ${TIMES_BLANK}.`],
          'Please let me know if you need anything further from me beforehand.',
        ],
      ]),
    },
  },
  derive(c) {
    const requests = latestPerThread(c, 'interview_request');
    if (!requests) return;
    const { clock } = c;
    for (const i of requests.values()) {
      const q = c.list[i]!;
      const at = c.times[i]!;
      const dueDay = clock.workingDayAfter(clock.dayOf(at), 1);
      emit(c, replyToInvite, {
        event: q,
        startsAt: at,
        dueAt: clock.at(dueDay, clock.workEnd),
        overdueAt: clock.at(clock.workingDayAfter(dueDay, 1), clock.workEnd),
        done: nextStepAfter(c, q.at),
      });
    }
  },
};
