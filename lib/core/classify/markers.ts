/**
 * What makes an email `other` although it talks about jobs: job alerts and digests, newsletters and events,
 * career-service marketing (mock interviews, resume reviews), recruiter cold outreach, account and one-time-code
 * mail, orders and surveys. Their weight is set against the job phrases: an alert that says "interview" stays an
 * alert, an acknowledgement with a "jobs you may be interested in" block stays an acknowledgement.
 * Then the negators: phrases that cancel nearby kind phrases in the same sentence.
 */
import type { EmailKind, JobKind } from '../detection';
import type { KindPhrase, Negator, Weight } from './signal-types';

type Row = readonly [string, Weight];

const other = (rows: readonly Row[], family?: KindPhrase['family']): KindPhrase[] =>
  rows.map(([text, weight]) => ({ type: 'phrase', text, kind: 'other', weight, ...(family ? { family } : {}) }));

const JOB_ALERTS: Row[] = [
  ['job alert', 4],
  ['job alerts', 3],
  ['jobs you may be interested in', 3],
  ['jobs you might be interested in', 3],
  ['jobs you might like', 3],
  ['recommended jobs', 3],
  ['job recommendations', 3],
  ['new job matches', 3],
  ['jobs match your preferences', 4],
  ['match your preferences', 3],
  ['new positions for your saved search', 4],
  ['saved search', 3],
  ['jobs posted on', 3],
  ['new jobs', 2],
  ['similar jobs', 2],
  ['view all jobs', 3],
  ['top job picks', 3],
  ['jobs for you', 2],
  ['easy apply', 2],
  ['actively recruiting', 2],
  ['days ago', 1],
  ['a job that i think lines up', 3],
  ['lines up well with your resume', 3],
  ['salary calculator', 3],
];

const NEWSLETTERS_AND_EVENTS: Row[] = [
  ['unsubscribe', 2],
  ['newsletter', 2],
  ['read the full post', 3],
  ["you're on the free list", 4],
  ['upgrade to paid', 4],
  ["this week's question", 3],
  ['view in browser', 1],
  ['webinar', 3],
  ['info session', 3],
  ['information session', 3],
  ['informative session', 3],
  ['save the date', 2],
  ['career fair', 2],
  ['virtual event', 2],
  ['register now', 1],
  ['workshop', 3],
  ['masterclass', 3],
  ['live session', 3],
  ['free class', 3],
  ['save your seat', 3],
  ['save your spot', 3],
  ['reserve your spot', 3],
  ['reserve your seat', 3],
  ['sign up', 2],
  ['register today', 2],
  ['enroll now', 3],
  ['enrol now', 3],
  ['enroll today', 3],
  ['enrol today', 3],
  ['our course', 3],
  ['new course', 3],
  ['bootcamp', 2],
  ['how to negotiate', 3],
  ['negotiate your job offer', 4],
  ['negotiate your offer', 4],
  ['salary negotiation', 3],
  // A newsletter's issue: its title may name an offer letter or an interview.
  ['in this issue', 4],
  ['this issue', 2],
  ['issue #', 3],
  ['because you subscribed', 4],
  ['receiving this newsletter', 4],
  ['you subscribed to', 3],
];

const CAREER_SERVICES: Row[] = [
  ['mock interview', 4],
  ['mock interviews', 4],
  ['practice interview', 4],
  ['interview practice', 3],
  ['interview prep', 3],
  ['interview preparation course', 3],
  ['interview tips', 3],
  ['interview coaching', 3],
  ['ace your interview', 3],
  ['ace your next interview', 3],
  ['lands you an interview', 3],
  ['land an interview', 2],
  ['land your dream job', 2],
  ['mock test', 4],
  ['podcast', 4],
  ['media interview', 3],
  ['press interview', 3],
  ['latest episode', 3],
  ['free mock', 3],
  ['practice test', 3],
  ['resume review', 3],
  ['your resume scored', 3],
  ['how to ace', 3],
  ['coaching session', 3],
  ['career coaching', 3],
  ['career coach', 3],
  ['interview skills', 3],
  ['walk-in interview*', 4],
  ['open interviews', 3],
  ['hiring event', 3],
  ['hiring day', 3],
  ['job fair', 3],
  ['how to prepare for your interview', 3],
  ['interview questions', 2],
];

/** The user as the interviewer, at their current job: a colleague's request, not a step in their own search. */
const INTERVIEWER_DUTIES: Row[] = [
  ['join the interview panel', 4],
  ['sit on the interview panel', 4],
  ['be on the interview panel', 4],
  ['on an interview panel', 4],
  ['interview panel for a', 4],
  ['interviewer training', 4],
  ["you're interviewing", 4],
  ['you are interviewing', 4],
  ["you'll be interviewing", 4],
  ['you will be interviewing', 4],
  ["candidate's resume", 3],
  ['interview training', 3],
  ['interview rotation', 4],
  ['interviewer pool', 4],
  ['as an interviewer', 4],
  ['interview a candidate', 4],
  ['interview the candidate', 4],
  ['interview this candidate', 4],
  ['interviewing a candidate', 4],
  ['interview them', 3],
  ['candidate packet', 4],
  ['scorecard', 3],
  ['submit your feedback', 3],
  ['interview kit', 3],
  // The user as the hiring manager: the tracking system's approval steps for someone else's offer.
  // Not "your offer has been approved", which a candidate reads.
  ['offer approved', 3],
  ['approval workflow', 4],
  ['approvers', 3],
  ['pending approval', 3],
  ['for candidate', 3],
  ['offer for candidate', 4],
  ['send the offer letter to the candidate', 4],
];

const COLD_OUTREACH: Row[] = [
  ['came across your profile', 4],
  ['come across your profile', 4],
  ['came across your resume', 4],
  ['found your profile', 3],
  ['found your resume', 3],
  ["i'm a recruiter", 3],
  ['i am a recruiter', 3],
  ['recruiter at', 2],
  ['it recruiter', 2],
  ['staffing', 2],
  ['consulting and staffing', 3],
  ['staffing and placement', 3],
  ['one of our clients', 3],
  ['one of our direct clients', 3],
  ['with our client', 2],
  ['immediate opening', 2],
  ['opportunity that you might be interested in', 3],
  ['would you be interested', 3],
  ['are you open to', 3],
  ['open to new opportunities', 3],
  ['let me know if you are interested', 3],
  ["let me know if you're interested", 3],
  ['let me know your interest', 3],
  ['send me your updated resume', 4],
  ['your updated resume', 3],
  ['most up to date resume', 3],
  ['discuss with you regarding opportunities', 3],
  ['i found a job you may be interested in', 4],
  ['sending you jobs', 3],
  ['jobs that could match', 3],
  ['perhaps you know someone', 3],
  ['know someone else', 2],
  ['w2', 3],
  ['c2c', 3],
  ['c2h', 3],
  ['corp to corp', 3],
  ['long term contract', 3],
  ['detailed job description', 2],
  ["i'm reaching out", 3],
  ['i am reaching out', 3],
  ['reaching out because', 3],
  ['caught my eye', 3],
  ['noticed your profile', 4],
  ['noticed your experience', 3],
  ['noticed your background', 3],
  ['saw your profile', 4],
  ['your profile on', 3],
  ['impressed by your background', 3],
  ['impressed with your background', 3],
  ['your background looks', 3],
  ["we're building", 2],
  ['we are building', 2],
  ["i'm hiring for", 3],
  ["we're hiring for", 3],
  ['we are hiring for', 3],
  ['open to exploring', 3],
  ['explore new opportunities', 3],
  ['would love to connect', 3],
  ['a client of ours', 3],
  ['client of ours', 3],
  ['my client', 3],
  ['fintech client', 3],
  ['headhunter', 3],
  ['staffing agency', 3],
];

const ACCOUNT_AND_COMMERCE: Row[] = [
  ['verification code', 4],
  ['one-time pass', 4],
  ['one-time passcode', 4],
  ['one-time code', 4],
  ['verify your email', 4],
  ['confirm your email address', 3],
  ['reset your password', 4],
  ['account has been created', 3],
  ['registering your account', 3],
  ['thank you for registering', 3],
  ['setting up a new profile', 3],
  ['deactivate account', 2],
  ['your order', 3],
  ['has been shipped', 3],
  ['was shipped', 3],
  ['out for delivery', 4],
  ['has been delivered', 4],
  ['tracking number', 3],
  ['track your package', 3],
  ['payment overview', 3],
  ['your booking', 3],
  ['booking inquiry', 3],
  ['your reservation', 3],
  ['ihre bestellung', 3],
  ['buchungsanfrage', 3],
  ['storniert', 2],
  ['candidate experience survey', 4],
  ['short survey', 3],
  ['complete a short', 2],
  ['take our survey', 3],
  ['survey', 2],
  ['candidate experience', 2],
];

/** Shops and services make offers too: "25% off" is nobody's job offer. */
/** A consulate's appointment: the "interview" and the "job offer" it names are a visa's paperwork. */
const VISA: Row[] = [
  ['visa interview', 4],
  ['consular interview', 4],
  ['embassy interview', 4],
  ['visa appointment', 3],
  ['consular officer', 4],
  ['at the consulate', 3],
  ['at the embassy', 3],
  ['consular section', 3],
];

const PROMOTIONS: Row[] = [
  ['% off', 3],
  ['off your next', 3],
  ['promo code', 3],
  ['discount code', 3],
  ['use code', 3],
  ['at checkout', 3],
  ['free shipping', 3],
  ['shop now', 3],
  ['upgrade now', 3],
  ['free trial', 3],
  ['free month', 3],
  ['annual fee', 3],
  ['pre-approved', 3],
  ['valued member', 3],
  ['valued customer', 3],
  ['limited time', 2],
];

/**
 * Interviews and meetings that are not a job's: paid user research, a networking coffee, an internal review. Their
 * "interview confirmed, Wed 2pm" is an appointment the candidate keeps, but no step in a job search.
 */
const RESEARCH_AND_NETWORKING: Row[] = [
  ['user research', 4],
  ['research session', 4],
  ['research study', 4],
  ['usability study', 4],
  ['usability test', 4],
  ['usability session', 4],
  ['user interview', 3],
  ['customer interview', 3],
  ['research participant', 4],
  ['participants receive', 4],
  ['for participating', 3],
  ['signing up for our study', 4],
  ['our study', 3],
  ['your session is confirmed', 3],
  ['for taking part in our', 3],
  ['gift card', 3],
  ['incentive after', 3],
  ['your incentive', 3],
  ['thank-you gift', 3],
  ['coffee chat', 4],
  ['great meeting you at', 3],
  ['roadmap review', 4],
  ['quarterly review', 3],
  ['hiring plan', 3],
  ['bring your updates', 3],
  // An introduction between two people, or a chat said to be about no role: networking, not a process.
  ['thanks for the intro', 3],
  ['thank you for the intro', 3],
  ['thanks for the introduction', 3],
  ['to bcc', 3],
  ['not about a specific role', 4],
  ["isn't about a specific role", 4],
  ['not about a particular role', 4],
  ['not about any specific role', 4],
  ['informational interview', 4],
  ['informational chat', 4],
  // The candidate's own mail to a friend who agreed to be a reference.
  ['agreeing to be a reference', 4],
  ['agreed to be a reference', 4],
  ['be a reference for me', 4],
  ['being a reference for me', 4],
  ['being my reference', 4],
  ['be my reference', 4],
  // A platform's public challenges and certificates are practice, not an employer's test.
  ['your certificate', 3],
  ['monthly challenge', 3],
  ['not linked to any employer', 4],
  ['not tied to any employer', 4],
  ['open to everyone', 2],
  ['leaderboard', 3],
];

/**
 * Words as common beside a real interview ("grab a coffee", "the agenda:", a radio company's role) as beside a
 * research session or a guest spot: they weigh against a job kind but do not say an interview is not the candidate's.
 */
const NOT_JOB_LEANING: Row[] = [
  ['grab a coffee', 2],
  ['grab coffee', 2],
  ['participant', 2],
  ['a coffee', 2],
  ['networking', 2],
  ['meetup', 2],
  ['agenda:', 2],
  ['segment', 2],
  ['the show', 2],
  ['episode', 3],
  ['an article', 3],
  ['reporter', 3],
  ['radio', 3],
  ['roadmap', 3],
  ['review meeting', 3],
];

/** The press asks for interviews too: a radio segment, a podcast episode, a journalist's article. */
const MEDIA: Row[] = [
  ['radio show', 4],
  ['on air', 4],
  ['on-air', 4],
  ['listeners', 3],
  ['our show', 3],
  ['journalist', 4],
  ['for an article', 4],
  ['our publication', 4],
  ['for publication', 3],
  ['our readers', 3],
  ['press inquiry', 4],
  ['media inquiry', 4],
];

/** A salary or career site's marketing: a free "assessment" or quiz sells a report, no employer is assessing. */
const CAREER_MARKETING: Row[] = [
  ["find out what you're worth", 4],
  ['find out what you are worth', 4],
  ["what you're worth", 4],
  ['what you are worth', 4],
  ['salary report', 4],
  ['take our quiz', 4],
  ['take the quiz', 4],
  ['free skills assessment', 4],
  ['free assessment', 4],
  ['free career', 3],
  ['compare your salary', 4],
  ['personalised salary', 3],
  ['personalized salary', 3],
  ['which career suits you', 4],
];

export const OTHER_MARKERS: readonly KindPhrase[] = [
  ...other(RESEARCH_AND_NETWORKING, 'event'),
  ...other(MEDIA, 'event'),
  ...other(CAREER_MARKETING, 'event'),
  ...other(NOT_JOB_LEANING),
  ...other(JOB_ALERTS, 'footer'),
  ...other(NEWSLETTERS_AND_EVENTS, 'event'),
  ...other(CAREER_SERVICES, 'event'),
  ...other(INTERVIEWER_DUTIES, 'event'),
  ...other(COLD_OUTREACH, 'cold'),
  ...other(ACCOUNT_AND_COMMERCE),
  ...other(PROMOTIONS),
  ...other(VISA, 'event'),
];

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
