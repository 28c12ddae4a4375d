/** After an interview: a handwritten card by post, on top of the email. */
import { emit } from '../reminders/emit';
import { interviews } from '../reminders/triggers';
import { card } from './letters';
import type { PlaybookRule } from './types';
import { THANK_YOU_NOTE_POST_LETTERS } from './thank-you-note-post.letters';

export const thankYouNotePost: PlaybookRule = {
  id: 'thank-you-note-post',
  action: 'Post a handwritten note',
  // 000 recommends backing the email with a note sent through the post.
  why: 'A card by post on top of the email is rare enough to be remembered.',
  source: '000',
  timing: {
    trigger: 'interview-ended',
    due: 'end of work on the next working day (posted)',
    overdue: 'end of that day',
    stances: null,
    completesByReply: false,
    lapseDays: 7,
    lapseWhy: "A card is slow already (000's note by post backs the email); one posted two weeks after the interview arrives after the decision.",
  },
  letters: {
    // A card is read days after it is written: its day is written out ("on Tuesday 3 March"), never "yesterday".
    meta: { recipient: 'interviewer', interviewDay: true, personal: false, doorOpenOnly: false, card: true },
    langs: THANK_YOU_NOTE_POST_LETTERS,
    tones: {
      warm: card(
        'warm',
        [
          [
            ['Thank you for meeting with me {day}.', 'Thank you for meeting with me.'],
            'I enjoyed our conversation about {topic}.',
            "I'd love to join your team, and I hope we'll work together soon.",
          ],
        ],
        'With thanks,',
      ),
      concise: card('concise', [[['Thank you for your time {day}.', 'Thank you for your time.'], "I'd love to join your team."]], 'Best wishes,'),
      formal: card(
        'formal',
        [
          [
            ['Thank you for the interview {day}.', 'Thank you for the interview.'],
            ['I appreciated your time, and I remain very interested in joining {company}.', 'I appreciated your time, and I remain very interested in joining your team.'],
          ],
        ],
        'Kind regards,',
      ),
    },
  },
  derive(c) {
    const { clock } = c;
    for (const h of interviews(c).held) {
      const postDay = clock.workingDayAfter(clock.dayOf(h.end), 1);
      emit(c, thankYouNotePost, { event: h.event, startsAt: h.end, dueAt: clock.at(postDay, clock.workEnd), overdueAt: clock.endOfDay(postDay) });
    }
  },
};
