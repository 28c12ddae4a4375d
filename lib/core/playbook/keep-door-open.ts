/** After a rejection (door open): a check-in a few months later. */
import type { Sentence } from '../drafts/render';
import { emit } from '../reminders/emit';
import { rejectionFor } from '../reminders/triggers';
import { letter } from './letters';
import type { PlaybookRule } from './types';
import { KEEP_DOOR_OPEN_LETTERS } from './keep-door-open.letters';

const SUBJECT: Sentence = 'Checking in';
const SINCE_THEN_BLANK = '[[what you have been working on]]';

export const keepDoorOpen: PlaybookRule = {
  id: 'keep-door-open',
  action: 'Check in again',
  // 002, must-do 3: tell them plainly you would still come if another opening appears or the hire falls through.
  why: 'Saying you would still love to join if another role opens keeps you on their list.',
  source: '002',
  timing: {
    trigger: 'rejection',
    due: 'check-in after checkInDays: starts that working day, due 5 working days later',
    overdue: '5 more working days',
    stances: ['door_open'],
    completesByReply: true,
    lapseDays: 30,
    lapseWhy: 'A check-in three months out (002, must-do 3) has no urgency: a month late it is still a check-in.',
  },
  letters: {
    meta: { recipient: 'contact', interviewDay: false, personal: false, doorOpenOnly: true, card: false },
    langs: KEEP_DOOR_OPEN_LETTERS,
    tones: {
      warm: letter('warm', SUBJECT, [
        ["It's been a little while since we talked about {position}, and I hope all is well with you and the team.", `Since then, I've been ${SINCE_THEN_BLANK}.`],
        ["I'm still very keen on joining your team: if another role opens up, or your needs change, I'd love to be considered."],
      ]),
      concise: letter('concise', SUBJECT, [
        ["I'm checking in a few months after we spoke about {position}.", "If another role opens up, I'd still love to join your team.", "I'd be glad to stay in touch."],
      ]),
      formal: letter('formal', SUBJECT, [
        [
          'It has been some months since we discussed {position}, and I wanted to renew my interest in joining your team.',
          `Since then, I have been ${SINCE_THEN_BLANK}.`,
        ],
        ['Should another suitable position become available, I would welcome the opportunity to be considered.'],
      ]),
    },
  },
  derive(c) {
    const r = rejectionFor(c, keepDoorOpen.timing.stances);
    if (!r) return;
    const { clock } = c;
    const startDay = clock.workingDayAfter(r.day + c.settings.checkInDays, 0);
    const dueDay = clock.workingDayAfter(startDay, 5);
    emit(c, keepDoorOpen, {
      event: r.event,
      startsAt: clock.at(startDay, clock.workStart),
      dueAt: clock.at(dueDay, clock.workEnd),
      overdueAt: clock.at(clock.workingDayAfter(dueDay, 5), clock.workEnd),
    });
  },
};
