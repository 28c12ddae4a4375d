/**
 * The letters, in our own words, per rule and tone. They follow the playbook (../shared/advice/playbook.md):
 * thank-yous say plainly that you want the job (000), a rejection gets thanks, no argument and an open door (002),
 * nothing explains, apologises or begs (004). Syntax of a sentence: see render.ts. Facts: see facts.ts.
 * Every template is checked by tests: all facts, no facts, word limits, and its own advice check.
 */
import type { RuleId } from '../reminders/types';
import type { Recipient } from './facts';
import type { Sentence, Template } from './render';
import type { OfferAnswer, Tone } from './types';

/**
 * The rules that call for a message: every rule but the four that RULES marks `message: false` (a reflection, moving
 * on, preparing, a test's deadline). Written as what is left out, so a new rule needs a template unless it says why
 * not; the drafts tests check this list against RULES.
 */
export type MessageRuleId = Exclude<RuleId, 'reflect' | 'move-on' | 'prepare' | 'assessment-due'>;

export interface DraftRuleMeta {
  /** Whom the letter goes to when no person is given. */
  recipient: Recipient;
  /** The event's day is an interview day worth naming ("thank you for your time today"). */
  interviewDay: boolean;
  /** One letter per interviewer: only their own noted topic is used. */
  personal: boolean;
  /** Only written in the door-open stance; the clean break sends no letter (004). */
  doorOpenOnly: boolean;
  /** A card by post: no subject, fits about 60 words. */
  card: boolean;
}

export const DRAFT_RULES: Record<MessageRuleId, DraftRuleMeta> = {
  'thank-you-email': { recipient: 'interviewer', interviewDay: true, personal: false, doorOpenOnly: false, card: false },
  'thank-you-each': { recipient: 'interviewer', interviewDay: true, personal: true, doorOpenOnly: false, card: false },
  'thank-helpers': { recipient: 'helper', interviewDay: true, personal: false, doorOpenOnly: false, card: false },
  'thank-you-note-post': { recipient: 'interviewer', interviewDay: true, personal: false, doorOpenOnly: false, card: true },
  'follow-up-silence': { recipient: 'contact', interviewDay: true, personal: false, doorOpenOnly: false, card: false },
  'gracious-reply': { recipient: 'contact', interviewDay: false, personal: false, doorOpenOnly: true, card: false },
  'be-a-resource': { recipient: 'interviewer', interviewDay: false, personal: false, doorOpenOnly: true, card: false },
  'keep-door-open': { recipient: 'contact', interviewDay: false, personal: false, doorOpenOnly: true, card: false },
  'reply-to-invite': { recipient: 'contact', interviewDay: false, personal: false, doorOpenOnly: false, card: false },
  'answer-offer': { recipient: 'contact', interviewDay: false, personal: false, doorOpenOnly: false, card: false },
};

export function isMessageRule(ruleId: RuleId): ruleId is MessageRuleId {
  return Object.hasOwn(DRAFT_RULES, ruleId);
}

const GREETING: Record<Tone, Sentence> = {
  warm: ['Hi {first},', 'Hi {names},', 'Hello,'],
  concise: ['Hi {first},', 'Hi {names},', 'Hello,'],
  formal: ['Dear {name},', 'Dear {names},', 'Dear {company} team,', 'Dear Hiring Team,'],
};

const CARD_GREETING: Record<Tone, Sentence> = {
  warm: ['Dear {first},', 'Dear {names},', 'Dear {company} team,', 'Hello,'],
  concise: ['Dear {first},', 'Dear {names},', 'Dear {company} team,', 'Hello,'],
  formal: ['Dear {name},', 'Dear {names},', 'Dear {company} team,', 'Dear Hiring Team,'],
};

const SIGNOFF: Record<Tone, string> = { warm: 'Warm regards,', concise: 'Best,', formal: 'Kind regards,' };

type ToneTemplates = Record<Tone, Template>;

function letter(tone: Tone, subject: Sentence | null, body: Template['body'], signoff = SIGNOFF[tone]): Template {
  return { subject, greeting: GREETING[tone], body, signoff };
}

const THANK_YOU_SUBJECT: Sentence = ['Thank you for the {role} interview', 'Thank you for your time'];

const THANK_YOU_EMAIL: ToneTemplates = {
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
};

/** One per interviewer: their own topic, or a blank to fill so each letter stays personal (002). */
const THEIR_TOPIC = (before: string, after: string): Sentence => [
  `${before}{topic}${after}`,
  `${before}[[something you discussed with {first}]]${after}`,
  `${before}[[something you discussed]]${after}`,
];

const THANK_YOU_EACH: ToneTemplates = {
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
};

const HELPERS_SUBJECT: Sentence = 'Thank you for arranging my interview';

const THANK_HELPERS: ToneTemplates = {
  warm: letter('warm', HELPERS_SUBJECT, [
    [
      ['Thank you for arranging my interview {day}, and for making everything so easy.', 'Thank you for arranging my interview, and for making everything so easy.'],
      'It was a pleasure to meet {others}.',
      "I'm really excited about {position}, and I appreciate all your help along the way.",
    ],
  ]),
  concise: letter('concise', HELPERS_SUBJECT, [
    [
      ['Thanks for arranging my interview {day} and for your help throughout.', 'Thanks for arranging my interview and for your help throughout.'],
      ["I enjoyed meeting {others}, and I'm keen on the role.", "I'm keen on the role."],
    ],
  ]),
  formal: letter('formal', HELPERS_SUBJECT, [
    [
      [
        'Thank you for arranging my interview {day} and for your assistance throughout the process.',
        'Thank you for arranging my interview and for your assistance throughout the process.',
      ],
      ['I enjoyed meeting {others}, and I remain very interested in {position}.', 'I remain very interested in {position}.'],
    ],
  ]),
};

/** A card: no subject, fits about 60 words (000: a note by post on top of the email). */
function card(tone: Tone, body: Template['body'], signoff: string): Template {
  return { subject: null, greeting: CARD_GREETING[tone], body, signoff };
}

const THANK_YOU_NOTE_POST: ToneTemplates = {
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
  concise: card(
    'concise',
    [[['Thank you for your time {day}.', 'Thank you for your time.'], "I'd love to join your team."]],
    'Best wishes,',
  ),
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
};

const FOLLOW_UP_SUBJECT: Sentence = ['Following up on my {role} interview', 'Following up on my interview'];

const FOLLOW_UP_SILENCE: ToneTemplates = {
  warm: letter('warm', FOLLOW_UP_SUBJECT, [
    [
      'I hope your week is going well.',
      ['I wanted to check in on {position} since we met {day}.', 'I wanted to check in on {position}.'],
    ],
    [
      "I'm still very excited about the role and would love to hear about next steps whenever there's news.",
      'If anything else would help, just let me know.',
    ],
  ]),
  concise: letter('concise', FOLLOW_UP_SUBJECT, [
    [
      ["I'm following up on my interview {day} for {position}.", "I'm following up on my interview for {position}."],
      "I remain very interested and would be glad to hear about next steps when you have an update.",
    ],
  ]),
  formal: letter('formal', FOLLOW_UP_SUBJECT, [
    [
      ['I am writing to follow up on my interview {day} for {position}.', 'I am writing to follow up on my interview for {position}.'],
      'I remain very interested in the opportunity and would be grateful for any update on your timeline.',
    ],
    ['Thank you for your time.'],
  ]),
};

const GRACIOUS_SUBJECT: Sentence = 'Thank you for letting me know';

/** Thanks, no argument, and the open door said in so many words (002, must-dos 1 and 3). */
const GRACIOUS_REPLY: ToneTemplates = {
  warm: letter('warm', GRACIOUS_SUBJECT, [
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
  concise: letter('concise', GRACIOUS_SUBJECT, [
    [
      'Thank you for letting me know, and for your time and consideration.',
      'Please thank {others} for me too.',
      ["If another role opens up, I'd still love to join {company}, so please keep me in mind.", "If another role opens up, I'd still love to join your team, so please keep me in mind."],
    ],
  ]),
  formal: letter('formal', GRACIOUS_SUBJECT, [
    [
      'Thank you for informing me of your decision, and for the time and consideration given to my application.',
      'Please convey my thanks to {others}.',
      ['I respect your decision, and I remain very interested in {company}.', 'I respect your decision, and I remain very interested in your organisation.'],
    ],
    ['Should another position become available, or should circumstances change, I would welcome the opportunity to be considered.'],
  ]),
};

const RESOURCE_BLANK = '[[the article or information you found]]';

/** Send what they wished they had, or offer the introduction (002, must-do 2). */
const BE_A_RESOURCE: ToneTemplates = {
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
      [
        'Following our conversation about {topic}, I wanted to share what I had mentioned.',
        'Following our conversation, I wanted to share what I had mentioned.',
      ],
      ['You may find this useful: {resource}.', `?!intro You may find this useful: ${RESOURCE_BLANK}.`],
      [
        '?resource I would also be pleased to introduce you to {intro}, should that be helpful.',
        'I would be pleased to introduce you to {intro}, should that be helpful.',
      ],
    ],
    ['Thank you again for your time, and I hope we will remain in touch.'],
  ]),
};

const CHECK_IN_SUBJECT: Sentence = 'Checking in';
const SINCE_THEN_BLANK = '[[what you have been working on]]';

/** The later check-in (002, must-do 3), a few months after the rejection. */
const KEEP_DOOR_OPEN: ToneTemplates = {
  warm: letter('warm', CHECK_IN_SUBJECT, [
    [
      "It's been a little while since we talked about {position}, and I hope all is well with you and the team.",
      `Since then, I've been ${SINCE_THEN_BLANK}.`,
    ],
    [
      "I'm still very keen on joining your team: if another role opens up, or your needs change, I'd love to be considered.",
    ],
  ]),
  concise: letter('concise', CHECK_IN_SUBJECT, [
    [
      "I'm checking in a few months after we spoke about {position}.",
      "If another role opens up, I'd still love to join your team.",
      "I'd be glad to stay in touch.",
    ],
  ]),
  formal: letter('formal', CHECK_IN_SUBJECT, [
    [
      'It has been some months since we discussed {position}, and I wanted to renew my interest in joining your team.',
      `Since then, I have been ${SINCE_THEN_BLANK}.`,
    ],
    ['Should another suitable position become available, I would welcome the opportunity to be considered.'],
  ]),
};

const INVITE_SUBJECT: Sentence = ['Interview for {position}', 'Interview availability'];
const TIMES_BLANK = '[[two or three times that suit you]]';

const REPLY_TO_INVITE: ToneTemplates = {
  warm: letter('warm', INVITE_SUBJECT, [
    [
      "Thank you for the invitation to interview for {position}; I'm delighted and would be glad to meet.",
      [
        "{when} works well for me, and I'm looking forward to it.",
        "?scheduling I'll book a time through the link you shared.",
        `I'm available ${TIMES_BLANK}.`,
      ],
      "Please let me know if there's anything I should prepare.",
    ],
  ]),
  concise: letter('concise', INVITE_SUBJECT, [
    [
      'Thanks for the invitation to interview for {position}.',
      ['{when} works for me.', "?scheduling I'll pick a slot through your link.", `I'm available ${TIMES_BLANK}.`],
      'Looking forward to it.',
    ],
  ]),
  formal: letter('formal', INVITE_SUBJECT, [
    [
      'Thank you for the invitation to interview for {position}; I would be pleased to attend.',
      [
        'I can confirm that {when} suits me.',
        '?scheduling I will book a time using the scheduling link you provided.',
        `I am available ${TIMES_BLANK}.`,
      ],
      'Please let me know if you need anything further from me beforehand.',
    ],
  ]),
};

const OFFER_SUBJECT: Sentence = ['{role} offer', 'Your offer'];
const POINTS_BLANK = '[[the points you would like to discuss]]';

/** Thank them, then accept, discuss the terms, or ask for time before their deadline (common practice). */
const ANSWER_OFFER: Record<OfferAnswer, ToneTemplates> = {
  'ask-time': {
    warm: letter('warm', OFFER_SUBJECT, [
      [
        "Thank you so much for the offer for {position}; I'm thrilled.",
        [
          "I'd like a little time to consider it properly, and I'll come back to you with my answer by {deadline}.",
          'Could I take a few days to consider it properly before I give you my answer?',
        ],
      ],
      ["Thank you again; I'm really excited about the chance to join your team."],
    ]),
    concise: letter('concise', OFFER_SUBJECT, [
      [
        "Thank you for the offer for {position}; I'm delighted.",
        ["I'll come back to you with my answer by {deadline}.", 'Could I have a few days to consider it before I reply?'],
      ],
    ]),
    formal: letter('formal', OFFER_SUBJECT, [
      [
        'Thank you for your offer for {position}; I am delighted to receive it.',
        [
          'I would like to take a little time to consider it carefully, and I will give you my answer by {deadline}.',
          'I would be grateful for a few days to consider it carefully before giving you my answer.',
        ],
      ],
      ['Thank you again for your confidence in me.'],
    ]),
  },
  accept: {
    warm: letter('warm', OFFER_SUBJECT, [
      [
        "Thank you so much for the offer for {position}; I'm delighted to accept!",
        'Please let me know the next steps and anything you need from me.',
        "I can't wait to start working with you and the team.",
      ],
    ]),
    concise: letter('concise', OFFER_SUBJECT, [
      ["Thank you for the offer for {position}; I'm happy to accept.", 'Please let me know the next steps.'],
    ]),
    formal: letter('formal', OFFER_SUBJECT, [
      [
        'Thank you for your offer for {position}. I am pleased to accept it.',
        'Please let me know the next steps and any documents you need from me.',
      ],
      ['I look forward to joining your team.'],
    ]),
  },
  discuss: {
    warm: letter('warm', OFFER_SUBJECT, [
      [
        "Thank you so much for the offer for {position}; I'm really excited about it.",
        `Before I accept, I'd love to talk through ${POINTS_BLANK}.`,
        ['Could we find a time to speak before {deadline}?', 'Could we find a time to speak this week?'],
      ],
    ]),
    concise: letter('concise', OFFER_SUBJECT, [
      [
        'Thank you for the offer for {position}.',
        `Before I accept, I'd like to discuss ${POINTS_BLANK}.`,
        ['Could we speak before {deadline}?', 'Could we speak this week?'],
      ],
    ]),
    formal: letter('formal', OFFER_SUBJECT, [
      [
        'Thank you for your offer for {position}; I am very pleased to receive it.',
        `Before accepting, I would welcome the chance to discuss ${POINTS_BLANK}.`,
        ['Would you be available to speak before {deadline}?', 'Would you be available to speak in the coming days?'],
      ],
    ]),
  },
};

const BY_RULE: Record<Exclude<MessageRuleId, 'answer-offer'>, ToneTemplates> = {
  'thank-you-email': THANK_YOU_EMAIL,
  'thank-you-each': THANK_YOU_EACH,
  'thank-helpers': THANK_HELPERS,
  'thank-you-note-post': THANK_YOU_NOTE_POST,
  'follow-up-silence': FOLLOW_UP_SILENCE,
  'gracious-reply': GRACIOUS_REPLY,
  'be-a-resource': BE_A_RESOURCE,
  'keep-door-open': KEEP_DOOR_OPEN,
  'reply-to-invite': REPLY_TO_INVITE,
};

export function templateFor(ruleId: MessageRuleId, tone: Tone, offerAnswer: OfferAnswer = 'ask-time'): Template {
  return ruleId === 'answer-offer' ? ANSWER_OFFER[offerAnswer][tone] : BY_RULE[ruleId][tone];
}
