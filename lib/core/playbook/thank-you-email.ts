/** After an interview: one thank-you before the interview day is over (one interviewer, or none named). */
import { emit } from '../reminders/emit';
import { interviews, thankYouTimes } from '../reminders/triggers';
import { letter, THANK_YOU_SUBJECT } from './letters';
import type { PlaybookRule } from './types';
import { THANK_YOU_EMAIL_LETTERS } from './thank-you-email.letters';

export const thankYouEmail: PlaybookRule = {
  id: 'thank-you-email',
  action: 'Send a thank-you email',
  // 000 (The Real Reason You Didn't Get the Second Interview): an interviewer can mistake nerves for a lack of
  // interest; a note the same day, or first thing the next, that says how much you want the job corrects that.
  why: 'A same-day thank-you that says you want the job can undo the impression nerves left.',
  source: '000',
  timing: {
    trigger: 'interview-ended',
    due: 'end of the interview day (user zone)',
    overdue: 'early next morning: next working day, start of work + 1 hour',
    stances: null,
    completesByReply: true,
    lapseDays: 7,
    lapseWhy:
      '000 asks for it the same evening, or first thing the next morning. A week later the decision is usually being made and the ' +
      'follow-up after silence is the next contact; a thank-you then reads as an afterthought.',
  },
  letters: {
    meta: { recipient: 'interviewer', interviewDay: true, personal: false, doorOpenOnly: false, card: false },
    langs: THANK_YOU_EMAIL_LETTERS,
    tones: {
      warm: letter('warm', THANK_YOU_SUBJECT, [
        [
          ['Thank you for taking the time to talk with me {day} about {position}.', 'Thank you for taking the time to talk with me about {position}.'],
          'I especially enjoyed our conversation about {topic}.',
          'Please pass my thanks on to {others} as well.',
        ],
        ["I came away even more excited about the role, and I really want this job: I'd love to bring my experience to your team."],
        ['Thank you again for the opportunity.'],
      ]),
      concise: letter('concise', THANK_YOU_SUBJECT, [
        [
          ['Thank you for your time {day}.', 'Thank you for your time.'],
          'I enjoyed discussing {topic}.',
          'Please thank {others} for me too.',
        ],
        ["I'm very keen on {position} and would love to join your team."],
      ]),
      formal: letter('formal', THANK_YOU_SUBJECT, [
        [
          ['Thank you for meeting with me {day} to discuss {position}.', 'Thank you for meeting with me to discuss {position}.'],
          'I particularly valued our discussion of {topic}.',
          'Please convey my thanks to {others}.',
        ],
        ['Our conversation confirmed my strong interest in the position, and I would welcome the opportunity to join your team.'],
        ['Thank you again for your time and consideration.'],
      ]),
    },
  },
  derive(c) {
    for (const h of interviews(c).held) {
      if (h.interviewers.length >= 2) continue; // thank-you-each: one letter per interviewer
      const { due, overdue } = thankYouTimes(c, h);
      emit(c, thankYouEmail, { event: h.event, startsAt: h.end, dueAt: due, overdueAt: overdue });
    }
  },
};
