/** After a rejection (door open): thank them, accept the decision, say the door stays open. */
import type { Sentence } from '../drafts/render';
import { emit } from '../reminders/emit';
import { rejectionFor } from '../reminders/triggers';
import { letter } from './letters';
import type { PlaybookRule } from './types';
import { GRACIOUS_REPLY_LETTERS } from './gracious-reply.letters';

const SUBJECT: Sentence = 'Thank you for letting me know';

export const graciousReply: PlaybookRule = {
  id: 'gracious-reply',
  action: 'Reply graciously',
  // 002 (Three Must-dos When You Don't Get the Job), must-do 1: answer a no with thanks for everyone's time, and
  // without disputing it.
  why: 'Thanking them for their time without arguing leaves a good last impression.',
  source: '002',
  timing: {
    trigger: 'rejection',
    due: 'end of work on the next working day',
    overdue: 'end of the working day after',
    stances: ['door_open'],
    completesByReply: true,
    lapseDays: 14,
    lapseWhy:
      "Being gracious (002, must-do 1) still lands a couple of weeks after the rejection; later the team has moved on, and keep-door-open's check-in carries the open door from there.",
  },
  letters: {
    meta: { recipient: 'contact', interviewDay: false, personal: false, doorOpenOnly: true, card: false },
    langs: GRACIOUS_REPLY_LETTERS,
    // Thanks, no argument, and the open door said in so many words (002, must-dos 1 and 3).
    tones: {
      warm: letter('warm', SUBJECT, [
        [
          'Thank you for letting me know, and for all the time you and the team gave me.',
          'Please pass my thanks on to {others} as well.',
          [
            "I'm disappointed, of course, but I respect your decision, and I really enjoyed getting to know {company}.",
            "I'm disappointed, of course, but I respect your decision, and I really enjoyed getting to know the team.",
          ],
        ],
        ["If another role opens up, or plans for this one change, I'd still love to be part of the team. I hope we stay in touch."],
      ]),
      concise: letter('concise', SUBJECT, [
        [
          'Thank you for letting me know, and for your time and consideration.',
          'Please thank {others} for me too.',
          ["If another role opens up, I'd still love to join {company}, so please keep me in mind.", "If another role opens up, I'd still love to join your team, so please keep me in mind."],
        ],
      ]),
      formal: letter('formal', SUBJECT, [
        [
          'Thank you for informing me of your decision, and for the time and consideration given to my application.',
          'Please convey my thanks to {others}.',
          ['I respect your decision, and I remain very interested in {company}.', 'I respect your decision, and I remain very interested in your organisation.'],
        ],
        ['Should another position become available, or should circumstances change, I would welcome the opportunity to be considered.'],
      ]),
    },
  },
  derive(c) {
    const r = rejectionFor(c, graciousReply.timing.stances);
    if (!r) return;
    const { clock } = c;
    const dueDay = clock.workingDayAfter(r.day, 1);
    emit(c, graciousReply, { event: r.event, startsAt: r.at, dueAt: clock.at(dueDay, clock.workEnd), overdueAt: clock.at(clock.workingDayAfter(dueDay, 1), clock.workEnd) });
  },
};
