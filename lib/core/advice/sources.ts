/**
 * The advice the product is built on (../shared/advice/playbook.md), as data: each rule's one-line "why" in the
 * product's own words and the article it follows. Reminders, drafts and the UI all name their source from here.
 */
import type { RuleId } from '../reminders/types';
import type { Stance } from '../timeline/types';

export type SourceId = '000' | '002' | '004' | 'practice';

export interface AdviceSource {
  id: SourceId;
  title: string;
  author: string;
}

export const SOURCES: Record<SourceId, AdviceSource> = {
  '000': {
    id: '000',
    title: "The Real Reason You Didn't Get the Second Interview",
    author: 'Jenny Yerrick Martin (Your Industry Insider)',
  },
  '002': {
    id: '002',
    title: "Three Must-dos When You Don't Get the Job",
    author: 'Jenny Yerrick Martin (Your Industry Insider)',
  },
  '004': {
    id: '004',
    title: 'When you fail on a job interview, do what actors do',
    author: 'unsigned opinion piece',
  },
  practice: { id: 'practice', title: 'Common job-search practice', author: 'Callback' },
};

export interface RuleInfo {
  id: RuleId;
  /** What to do, as a short imperative the popup can show. */
  action: string;
  /** Why, in one line, in our own words. */
  why: string;
  source: SourceId;
  /** Does this rule call for a message the user sends (and so a draft)? */
  message: boolean;
}

export const RULES: Record<RuleId, RuleInfo> = {
  'thank-you-email': {
    id: 'thank-you-email',
    action: 'Send a thank-you email',
    why: 'A same-day thank-you that says you want the job can undo the impression nerves left.',
    source: '000',
    message: true,
  },
  'thank-you-each': {
    id: 'thank-you-each',
    action: 'Thank each interviewer',
    why: 'A short, personal thank-you to every person who interviewed you, not one note for all.',
    source: '002',
    message: true,
  },
  'thank-helpers': {
    id: 'thank-helpers',
    action: 'Thank the person who arranged it',
    why: 'Recruiters and coordinators who helped along the way deserve a quick thanks too.',
    source: '000',
    message: true,
  },
  'thank-you-note-post': {
    id: 'thank-you-note-post',
    action: 'Post a handwritten note',
    why: 'A card by post on top of the email is rare enough to be remembered.',
    source: '000',
    message: true,
  },
  'follow-up-silence': {
    id: 'follow-up-silence',
    action: 'Follow up politely',
    why: 'After the date they named (or a week and a half of silence), a short check-in restates your interest.',
    source: '002',
    message: true,
  },
  'gracious-reply': {
    id: 'gracious-reply',
    action: 'Reply graciously',
    why: 'Thanking them for their time without arguing leaves a good last impression.',
    source: '002',
    message: true,
  },
  'be-a-resource': {
    id: 'be-a-resource',
    action: 'Send what you promised',
    why: 'Sharing the information or introduction they wanted keeps you useful to them.',
    source: '002',
    message: true,
  },
  'keep-door-open': {
    id: 'keep-door-open',
    action: 'Check in again',
    why: 'Saying you would still love to join if another role opens keeps you on their list.',
    source: '002',
    message: true,
  },
  reflect: {
    id: 'reflect',
    action: 'Reflect on the fit',
    why: 'A few honest questions on fit, not trivia, turn a rejection into a lesson for the next audition.',
    source: '004',
    message: false,
  },
  'move-on': {
    id: 'move-on',
    action: 'Archive and move on',
    why: 'Like actors after an audition: take the lesson, close the file, go to the next one.',
    source: '004',
    message: false,
  },
  'reply-to-invite': {
    id: 'reply-to-invite',
    action: 'Reply to the interview invitation',
    why: 'A prompt answer with times that suit you keeps the process moving.',
    source: 'practice',
    message: true,
  },
  prepare: {
    id: 'prepare',
    action: 'Prepare for the interview',
    why: "Prepare, and write down the interviewers' names so each gets a thank-you afterwards.",
    source: 'practice',
    message: false,
  },
  'assessment-due': {
    id: 'assessment-due',
    action: 'Finish the assessment',
    why: 'Submitting a day early leaves room for surprises.',
    source: 'practice',
    message: false,
  },
  'answer-offer': {
    id: 'answer-offer',
    action: 'Answer the offer',
    why: 'Thank them, then accept, negotiate or ask for time before their deadline.',
    source: 'practice',
    message: true,
  },
};

export interface StanceInfo {
  id: Stance;
  label: string;
  /** One line explaining the stance, with its source. */
  explain: string;
  source: SourceId;
}

export const STANCES: Record<Stance, StanceInfo> = {
  door_open: {
    id: 'door_open',
    label: 'Keep the door open',
    explain: 'Reply graciously, offer to help, and say you would still like to join: the next opening may be yours.',
    source: '002',
  },
  clean_break: {
    id: 'clean_break',
    label: 'Clean break',
    explain: 'Send no letter: reflect on what the fit taught you, then move on to the next audition.',
    source: '004',
  },
};
