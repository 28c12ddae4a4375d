/**
 * Negators: phrases that cancel nearby kind phrases in the same sentence ("if you are selected for an interview",
 * "we are unable to offer you"), some of them a small signal of their own. A data table: each row a phrase, the kinds
 * it cancels and how far it reaches before and after itself, in characters.
 */
import type { EmailKind, JobKind } from '../detection';
import type { Negator } from './signal-types';

const INTERVIEW_KINDS: readonly JobKind[] = ['interview_request', 'interview_confirmed'];
const LATER_STAGES: readonly EmailKind[] = ['rejection', 'offer', 'interview_request', 'interview_confirmed', 'assessment'];

function negator(text: string, negates: readonly EmailKind[], before: number, after: number, extra: Partial<Negator> = {}): Negator {
  // A negator aimed at interviews alone (mock, podcast, the user as interviewer) says any interview named is not
  // the candidate's.
  const voidsInterview = negates === INTERVIEW_KINDS ? { voidsInterview: true } : {};
  return { type: 'negator', text, negates, before, after, ...voidsInterview, ...extra };
}

/** "If you are selected for an interview, we will contact you": a promise in an acknowledgement, not an invitation. */
const CONDITIONALS = [
  'if you are selected',
  'if you are shortlisted',
  'if you are chosen',
  'if you are not selected',
  'if you are given further consideration',
  'should you be selected',
  'if selected',
  'if we decide to',
  'if we decide not to',
  'if you are not',
  'if you were not',
  'should you not',
  'in the event that',
  'if we would like to',
  'should we decide to',
  'should we wish to',
  'if your qualifications',
  'if your background',
  'if your skills',
  'if your profile',
  'if your application',
  'should your background',
  'should your qualifications',
  'if there is a match',
  "if it's a match",
  'if it is a match',
  "if they'd like to",
  'if they would like to',
  "if we'd like to",
  "if you're a match",
  'if you are a match',
  "if there's a match",
  'if the role is a good match',
  'if our team feels',
  'in case you are not selected',
  'if you do not hear from us',
  "if you don't hear from us",
  'if you have not heard from us',
  "if you haven't heard from us",
  'please assume that',
  'si votre candidature est retenue',
  'si votre profil',
  'falls wir sie',
  'sollten wir',
  'si tu perfil',
  'si su perfil',
  'if you meet',
  'should your application',
  'should your profile',
  'should you progress',
  'if you progress',
  'if successful',
  'if you are successful',
  'should you be successful',
];

/**
 * A later step previewed, not offered: "you will be invited to complete online assessments", "nous vous
 * contacterons pour convenir d'un entretien". An acknowledgement says what may come next.
 */
const FUTURE_STEPS = [
  'you will be invited to',
  'you may be invited to',
  'you will then be invited',
  'will be invited to complete',
  'nous vous contacterons',
  'nous communiquerons avec vous',
  'nous reviendrons vers vous',
  'vous serez invité',
  'vous serez contacté',
  'ti contatteremo',
  'la contatteremo',
  'te contactaremos',
  'le contactaremos',
  'werden wir sie kontaktieren',
  'melden wir uns',
];

/** Conditionals about being selected: an interview date after one is a plan, not the candidate's fixed slot. */
const SELECTION = new Set(['if you are selected', 'if you are shortlisted', 'if you are chosen', 'should you be selected', 'if selected']);

const CANNOT_OFFER = [
  'unable to offer',
  "can't offer",
  'cannot offer',
  'can not offer',
  'not able to offer',
  'not in a position to offer',
  'not be offering',
  "won't be offering",
  'unable to extend',
  'not be extending',
  'not to extend',
  'no offer',
  'no podemos ofrecer',
  'ne pouvons pas vous proposer',
  'kein angebot',
];

/**
 * A deadline's warning is a condition, not a decision: "if you do not complete the assessment by Friday, your
 * application will not be considered further" invites; it does not reject.
 */
const DEADLINE_CONDITIONS = [
  'if you do not',
  "if you don't",
  'if you fail to',
  'if you are unable to',
  'if not completed',
  'if the assessment is not',
  'if the test is not',
  'if we do not receive',
  "if we don't receive",
  'unless you',
  'unless we receive',
  'failure to',
  'failing to',
  'applications without',
  'candidates who do not',
  'candidates who fail to',
  'incomplete applications',
  'incomplete assessments',
  'not completed by',
  'not completed within',
  'si no completas',
  'si no completa',
  'si no recibimos',
  'de lo contrario',
  'sans quoi',
  'faute de',
  'andernfalls',
  'ansonsten',
  'sollten sie',
];

const CANNOT_INVITE = ['not be able to invite you', 'not able to invite you', 'unable to invite you', 'not be inviting you', 'not to invite you'];

export const NEGATORS: readonly Negator[] = [
  ...CONDITIONALS.map((text) =>
    negator(text, LATER_STAGES, 0, 90, { kind: 'application_received', weight: 1, ...(SELECTION.has(text) ? { voidsInterview: true } : {}) }),
  ),
  ...FUTURE_STEPS.map((text) => negator(text, ['interview_request', 'interview_confirmed', 'assessment'], 0, 90, { kind: 'application_received', weight: 1 })),
  ...DEADLINE_CONDITIONS.map((text) => negator(text, ['rejection'], 0, 160)),
  // "Otherwise" opens a clause of its own: "…within 5 days; otherwise, we will not be able to move forward".
  // (Not "we were otherwise impressed, but…".)
  ...['otherwise', 'sinon'].map((text) => negator(text, ['rejection'], 0, 160, { clauseStart: true })),
  // Advice about offers and interviews is not one.
  ...['how to negotiate', 'negotiate your', 'negotiating your', 'how to evaluate', 'how to ace', 'how to prepare', 'how to answer', 'how to land', 'how to get', 'tips for', 'tips on'].map((text) =>
    negator(text, LATER_STAGES, 0, 80),
  ),
  // "You're interviewing with our VP" is the candidate's own interview; "you're interviewing Alex" is not.
  ...["you're interviewing with", 'you are interviewing with', "you'll be interviewing with", 'you will be interviewing with'].map((text) =>
    negator(text, ['other'], 0, 0),
  ),
  // The user is the interviewer.
  ...['interview panel for', 'join the interview panel', 'interviewer training', 'interview a candidate', 'interview the candidate', 'interview them'].map((text) =>
    negator(text, INTERVIEW_KINDS, 80, 80),
  ),
  // A conditional rejection is the mark of an acknowledgement, and of recruiting language.
  negator('sans réponse de notre part', ['rejection'], 0, 160, { kind: 'application_received', weight: 2, jobContext: true }),
  negator('ohne rückmeldung', ['rejection'], 0, 160, { kind: 'application_received', weight: 1 }),
  // Career-service mail says "interview" all the time.
  negator('mock interview', INTERVIEW_KINDS, 120, 120),
  negator('practice interview', INTERVIEW_KINDS, 120, 120),
  negator('interview prep', INTERVIEW_KINDS, 120, 120),
  negator('interview tips', INTERVIEW_KINDS, 120, 120),
  // Interviews that are not hiring interviews.
  negator('podcast', INTERVIEW_KINDS, 60, 60),
  negator('media interview', INTERVIEW_KINDS, 60, 60),
  negator('press interview', INTERVIEW_KINDS, 60, 60),
  negator('interview with our ceo', INTERVIEW_KINDS, 60, 60),
  // A friend asking how the interview went: the time they name is dinner's, not the interview's.
  ...['how did your interview go', 'how did the interview go', 'how was your interview', 'how was the interview', 'how did it go at the interview',
    'good luck with your interview', 'good luck on your interview', 'good luck at your interview'].map((text) => negator(text, INTERVIEW_KINDS, 0, 0)),
  // The consulate interviews for a visa: a work visa's paperwork names the employer, its offer and an interview.
  ...['consular', 'consulate', 'embassy', 'work visa'].map((text) => negator(text, [...INTERVIEW_KINDS, 'offer'], 200, 200)),
  // The hiring manager's approval of someone else's offer.
  ...['offer approved', 'approval workflow', 'offer for candidate'].map((text) => negator(text, ['offer'], 120, 120)),
  // A description of the whole process ("our process: 1. exercise 2. panel interview 3. offer") invites to nothing;
  // its numbered steps are sentences of their own, so it reaches across them.
  // Not "the next step in our hiring process", which invites.
  ...['our hiring process:', 'our recruitment process:', 'our interview process:', 'our hiring process looks like',
    'our interview process looks like', 'our process:', 'our process looks like', 'our process is',
    'what our process looks like', 'how our process works', 'the process consists of', 'the process is as follows', 'the stages are',
    'the steps are', 'our process consists of', 'overview of our process'].map((text) =>
    negator(text, ['offer', 'interview_request', 'interview_confirmed', 'assessment'], 0, 220, { acrossSentences: true, voidsInterview: true }),
  ),
  // A consulate's visa interview is an appointment about a job, not with the employer.
  ...['visa interview', 'consular interview', 'embassy interview', 'visa appointment'].map((text) => negator(text, [...INTERVIEW_KINDS, 'offer'], 200, 200)),
  negator('mock test', ['assessment', 'application_received'], 120, 120),
  negator('practice test', ['assessment'], 120, 120),
  // "We are unable to offer you the position" contains "offer you the position": the negation wins.
  ...CANNOT_OFFER.map((text) => negator(text, ['offer'], 0, 60)),
  // "We will not be able to invite you to interview" is a rejection.
  ...CANNOT_INVITE.map((text) => negator(text, INTERVIEW_KINDS, 0, 40)),
  // Not an offer.
  // The candidate's finished work arrived: the test words after it name what was received, not a new test.
  ...['got your completed', 'received your completed', 'thanks for completing', 'thank you for completing', 'thanks for submitting your', 'thank you for submitting your'].map((text) =>
    negator(text, ['assessment'], 0, 80),
  ),
  // A rejection that offers a call to share feedback: the call is no interview.
  ...['share feedback', 'share some feedback', 'give you feedback', 'give feedback', 'provide feedback', 'for feedback', 'feedback call', 'talk through feedback', 'walk you through'].map((text) =>
    negator(text, INTERVIEW_KINDS, 80, 80),
  ),
  negator('not an offer', ['offer'], 80, 40),
  negator('does not constitute an offer', ['offer'], 80, 40),
  negator('not a job offer', ['offer'], 80, 40),
  negator('not a guarantee of employment', ['offer'], 80, 40),
];
