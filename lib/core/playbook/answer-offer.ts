/** An offer: thank them, then accept, discuss the terms, or ask for time, before their deadline. */
import type { Sentence } from '../drafts/render';
import { emit } from '../reminders/emit';
import { readIn } from '../time/iso';
import { letter } from './letters';
import type { PlaybookRule, ToneTemplates } from './types';
import { ANSWER_OFFER_LETTERS } from './answer-offer.letters';

const SUBJECT: Sentence = ['{role} offer', 'Your offer'];
const POINTS_BLANK = '[[the points you would like to discuss]]';

const ASK_TIME: ToneTemplates = {
  warm: letter('warm', SUBJECT, [
    [
      "Thank you so much for the offer for {position}; I'm thrilled.",
      [
        "I'd like a little time to consider it properly, and I'll come back to you with my answer by {deadline}.",
        'Could I take a few days to consider it properly before I give you my answer?',
      ],
    ],
    ["Thank you again; I'm really excited about the chance to join your team."],
  ]),
  concise: letter('concise', SUBJECT, [
    ["Thank you for the offer for {position}; I'm delighted.", ["I'll come back to you with my answer by {deadline}.", 'Could I have a few days to consider it before I reply?']],
  ]),
  formal: letter('formal', SUBJECT, [
    [
      'Thank you for your offer for {position}; I am delighted to receive it.',
      [
        'I would like to take a little time to consider it carefully, and I will give you my answer by {deadline}.',
        'I would be grateful for a few days to consider it carefully before giving you my answer.',
      ],
    ],
    ['Thank you again for your confidence in me.'],
  ]),
};

export const answerOffer: PlaybookRule = {
  id: 'answer-offer',
  action: 'Answer the offer',
  why: 'Thank them, then accept, negotiate or ask for time before their deadline.',
  source: 'practice',
  timing: {
    trigger: 'offer',
    due: 'its stated deadline; else end of work 3 working days later',
    overdue: 'the deadline itself; else the end of that day',
    stances: null,
    completesByReply: true,
    lapseDays: 14,
    lapseWhy: 'Two weeks past its deadline an offer has been decided, by the user or by the company withdrawing it.',
  },
  letters: {
    meta: { recipient: 'contact', interviewDay: false, personal: false, doorOpenOnly: false, card: false },
    langs: ANSWER_OFFER_LETTERS,
    tones: ASK_TIME,
    byAnswer: {
      'ask-time': ASK_TIME,
      accept: {
        warm: letter('warm', SUBJECT, [
          [
            "Thank you so much for the offer for {position}; I'm delighted to accept!",
            'Please let me know the next steps and anything you need from me.',
            "I can't wait to start working with you and the team.",
          ],
        ]),
        concise: letter('concise', SUBJECT, [["Thank you for the offer for {position}; I'm happy to accept.", 'Please let me know the next steps.']]),
        formal: letter('formal', SUBJECT, [
          ['Thank you for your offer for {position}. I am pleased to accept it.', 'Please let me know the next steps and any documents you need from me.'],
          ['I look forward to joining your team.'],
        ]),
      },
      discuss: {
        warm: letter('warm', SUBJECT, [
          [
            "Thank you so much for the offer for {position}; I'm really excited about it.",
            `Before I accept, I'd love to talk through ${POINTS_BLANK}.`,
            ['Could we find a time to speak before {deadline}?', 'Could we find a time to speak this week?'],
          ],
        ]),
        concise: letter('concise', SUBJECT, [
          ['Thank you for the offer for {position}.', `Before I accept, I'd like to discuss ${POINTS_BLANK}.`, ['Could we speak before {deadline}?', 'Could we speak this week?']],
        ]),
        formal: letter('formal', SUBJECT, [
          [
            'Thank you for your offer for {position}; I am very pleased to receive it.',
            `Before accepting, I would welcome the chance to discuss ${POINTS_BLANK}.`,
            ['Would you be available to speak before {deadline}?', 'Would you be available to speak in the coming days?'],
          ],
        ]),
      },
    },
  },
  derive(c) {
    // The latest offer: answering it answers the earlier ones.
    let offer = -1;
    for (let k = c.lo; k < c.hi; k++) {
      const i = c.order[k]!;
      if (c.list[i]!.kind === 'offer' && (offer < 0 || c.list[i]!.at > c.list[offer]!.at)) offer = i;
    }
    if (offer < 0) return;
    const { clock } = c;
    const event = c.list[offer]!;
    const at = c.times[offer]!;
    const deadline = readIn(event.deadline, clock.zone);
    if (Number.isFinite(deadline)) {
      const due = Math.max(deadline, at);
      emit(c, answerOffer, { event, startsAt: at, dueAt: due, overdueAt: due });
    } else {
      const dueDay = clock.workingDayAfter(clock.dayOf(at), 3);
      emit(c, answerOffer, { event, startsAt: at, dueAt: clock.at(dueDay, clock.workEnd), overdueAt: clock.endOfDay(dueDay) });
    }
  },
};
