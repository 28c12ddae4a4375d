/** After a rejection (door open): send the information or introduction they wanted, when one was noted. */
import { emit } from '../reminders/emit';
import { rejectionFor } from '../reminders/triggers';
import { letter } from './letters';
import type { PlaybookRule } from './types';
import { BE_A_RESOURCE_LETTERS } from './be-a-resource.letters';

const RESOURCE_NOTES = new Set(['topic', 'resource', 'introduction']);
const RESOURCE_BLANK = '[[the article or information you found]]';

export const beAResource: PlaybookRule = {
  id: 'be-a-resource',
  action: 'Send what you promised',
  // 002, must-do 2: if the conversation showed they needed something you can give (a contact, an article), send it.
  why: 'Sharing the information or introduction they wanted keeps you useful to them.',
  source: '002',
  timing: {
    trigger: 'rejection',
    due: 'within a week (end of work, 7 days later), when a topic, resource or introduction was noted',
    overdue: 'two days later',
    stances: ['door_open'],
    completesByReply: false,
    lapseDays: 14,
    lapseWhy: 'The resource or introduction (002, must-do 2) is still worth sending within a few weeks of the conversation.',
  },
  letters: {
    meta: { recipient: 'interviewer', interviewDay: false, personal: false, doorOpenOnly: true, card: false },
    langs: BE_A_RESOURCE_LETTERS,
    tones: {
      warm: letter('warm', 'As promised', [
        [
          "When we spoke, you mentioned {topic}, and I said I'd look into it.",
          ['Here is something that may help: {resource}.', `?!intro Here is something that may help: ${RESOURCE_BLANK}.`],
          [
            "?resource I'd also be glad to introduce you to {intro}; just say the word and I'll connect you.",
            "I'd be glad to introduce you to {intro}; just say the word and I'll connect you.",
          ],
        ],
        ['Thank you again for your time, and I hope we stay in touch.'],
      ]),
      concise: letter('concise', 'As promised', [
        [
          'Following up on our talk about {topic}.',
          ['This may help: {resource}.', `?!intro This may help: ${RESOURCE_BLANK}.`],
          ["?resource I'm also happy to introduce you to {intro} if that's useful.", "I'm happy to introduce you to {intro} if that's useful."],
        ],
        ['Thanks again for your time.'],
      ]),
      formal: letter('formal', 'As promised', [
        [
          ['Following our conversation about {topic}, I wanted to share what I had mentioned.', 'Following our conversation, I wanted to share what I had mentioned.'],
          ['You may find this useful: {resource}.', `?!intro You may find this useful: ${RESOURCE_BLANK}.`],
          ['?resource I would also be pleased to introduce you to {intro}, should that be helpful.', 'I would be pleased to introduce you to {intro}, should that be helpful.'],
        ],
        ['Thank you again for your time, and I hope we will remain in touch.'],
      ]),
    },
  },
  derive(c) {
    const r = rejectionFor(c, beAResource.timing.stances);
    if (!r || !c.notes.some((n) => RESOURCE_NOTES.has(n.kind))) return;
    const dueDay = r.day + 7;
    emit(c, beAResource, { event: r.event, startsAt: r.at, dueAt: c.clock.at(dueDay, c.clock.workEnd), overdueAt: c.clock.endOfDay(dueDay + 2) });
  },
};
