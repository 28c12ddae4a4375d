/** After an interview: a quick thanks to each recruiter or coordinator who arranged it. */
import type { Sentence } from '../drafts/render';
import { emit } from '../reminders/emit';
import { interviews, thankYouTimes } from '../reminders/triggers';
import { letter } from './letters';
import type { PlaybookRule } from './types';
import { THANK_HELPERS_LETTERS } from './thank-helpers.letters';

const SUBJECT: Sentence = 'Thank you for arranging my interview';

export const thankHelpers: PlaybookRule = {
  id: 'thank-helpers',
  action: 'Thank the person who arranged it',
  // 000 extends the thank-you beyond the interviewers to whoever smoothed the way.
  why: 'Recruiters and coordinators who helped along the way deserve a quick thanks too.',
  source: '000',
  timing: {
    trigger: 'interview-ended',
    due: 'same day as thank-you-email, one per recruiter or coordinator of that interview thread',
    overdue: 'early next morning',
    stances: null,
    completesByReply: false,
    lapseDays: 7,
    lapseWhy: 'As thank-you-email: thanks for arranging an interview weeks ago is no longer a courtesy that counts.',
  },
  letters: {
    meta: { recipient: 'helper', interviewDay: true, personal: false, doorOpenOnly: false, card: false },
    langs: THANK_HELPERS_LETTERS,
    tones: {
      warm: letter('warm', SUBJECT, [
        [
          ['Thank you for arranging my interview {day}, and for making everything so easy.', 'Thank you for arranging my interview, and for making everything so easy.'],
          'It was a pleasure to meet {others}.',
          "I'm really excited about {position}, and I appreciate all your help along the way.",
        ],
      ]),
      concise: letter('concise', SUBJECT, [
        [
          ['Thanks for arranging my interview {day} and for your help throughout.', 'Thanks for arranging my interview and for your help throughout.'],
          ["I enjoyed meeting {others}, and I'm keen on the role.", "I'm keen on the role."],
        ],
      ]),
      formal: letter('formal', SUBJECT, [
        [
          [
            'Thank you for arranging my interview {day} and for your assistance throughout the process.',
            'Thank you for arranging my interview and for your assistance throughout the process.',
          ],
          ['I enjoyed meeting {others}, and I remain very interested in {position}.', 'I remain very interested in {position}.'],
        ],
      ]),
    },
  },
  derive(c) {
    for (const h of interviews(c).held) {
      if (h.helpers.length === 0) continue;
      const { due, overdue } = thankYouTimes(c, h);
      for (const p of h.helpers) emit(c, thankHelpers, { event: h.event, personId: p.id, startsAt: h.end, dueAt: due, overdueAt: overdue });
    }
  },
};
