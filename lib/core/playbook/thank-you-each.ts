/** After a panel: a thank-you to each interviewer, each naming what that person talked about. */
import type { Sentence } from '../drafts/render';
import { emit } from '../reminders/emit';
import { interviews, thankYouTimes } from '../reminders/triggers';
import { letter, THANK_YOU_SUBJECT } from './letters';
import type { PlaybookRule } from './types';
import { THANK_YOU_EACH_LETTERS } from './thank-you-each.letters';

/** Their own topic, or a blank to fill so each letter stays personal (002). */
const THEIR_TOPIC = (before: string, after: string): Sentence => [
  `${before}{topic}${after}`,
  `${before}[[something you discussed with {first}]]${after}`,
  `${before}[[something you discussed]]${after}`,
];

export const thankYouEach: PlaybookRule = {
  id: 'thank-you-each',
  action: 'Thank each interviewer',
  // 002 (Three Must-dos When You Don't Get the Job) counts a separate note to every interviewer among the things a
  // candidate did right.
  why: 'A short, personal thank-you to every person who interviewed you, not one note for all.',
  source: '002',
  timing: {
    trigger: 'interview-ended',
    due: 'as thank-you-email, one per interviewer (when there are two or more; one interviewer: thank-you-email)',
    overdue: 'early next morning',
    stances: null,
    completesByReply: true,
    lapseDays: 7,
    lapseWhy: 'As thank-you-email.',
  },
  letters: {
    meta: { recipient: 'interviewer', interviewDay: true, personal: true, doorOpenOnly: false, card: false },
    langs: THANK_YOU_EACH_LETTERS,
    tones: {
      warm: letter('warm', THANK_YOU_SUBJECT, [
        [
          ['Thank you for taking the time to talk with me {day} about {position}.', 'Thank you for taking the time to talk with me about {position}.'],
          THEIR_TOPIC('I especially enjoyed hearing your thoughts on ', '.'),
        ],
        ['Our conversation left me even more excited about the role, and I really want this job.'],
      ]),
      concise: letter('concise', THANK_YOU_SUBJECT, [
        [
          ['Thank you for your time {day}; I enjoyed talking with you.', 'Thank you for your time; I enjoyed talking with you.'],
          THEIR_TOPIC('Your thoughts on ', ' stayed with me.'),
        ],
        ["I'm very keen on {position} and would love to join your team."],
      ]),
      formal: letter('formal', THANK_YOU_SUBJECT, [
        [
          ['Thank you for taking the time to meet with me {day} regarding {position}.', 'Thank you for taking the time to meet with me regarding {position}.'],
          THEIR_TOPIC('I found your perspective on ', ' particularly valuable.'),
        ],
        ['I remain very interested in the position and would welcome the opportunity to work with you.'],
        ['Thank you again for your time.'],
      ]),
    },
  },
  derive(c) {
    for (const h of interviews(c).held) {
      if (h.interviewers.length < 2) continue;
      const { due, overdue } = thankYouTimes(c, h);
      for (const p of h.interviewers) emit(c, thankYouEach, { event: h.event, personId: p.id, startsAt: h.end, dueAt: due, overdueAt: overdue });
    }
  },
};
