/**
 * The private reflection after a rejection (playbook rule `reflect`, article 004, with 000's "hiring is
 * matchmaking"): four questions on fit, none on trivia. Answers are stored as Note kind 'reflection' with
 * `question` set to the question's id.
 */
import type { ReflectionQuestion } from './types';

export const REFLECTION_QUESTIONS: readonly ReflectionQuestion[] = [
  {
    id: 'fit',
    question: 'Does what you offer line up with what this job actually asked for?',
    hint: 'Over, under or just differently qualified: a mismatch is not a verdict on you.',
  },
  {
    id: 'treatment',
    question: 'How did the interviewer treat you?',
    hint: 'Rudeness, or an interview rushed or dragged far past its time, can mean they were never really considering you.',
  },
  {
    id: 'expertise',
    question: 'Do you have the depth they expected, or is there experience or learning to go after next?',
    hint: 'Judge the skills you can show, not the ones you hope you have.',
  },
  {
    id: 'motivation',
    question: 'Why do you really want a job like this one?',
    hint: 'Real interest shows in an interview; if it was mostly the pay, that shows too.',
  },
];

/** Shown under the questions: what not to dwell on. */
export const REFLECTION_SKIP =
  'Skip the small stuff (your tie, your shoes, the chair): look at the fit, take the lesson, and move on.';
