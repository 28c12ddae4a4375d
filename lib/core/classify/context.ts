/**
 * Words that say an email is about a job, so that ambiguous phrases may count ("leider müssen wir Ihnen
 * mitteilen" about a Bewerbung is a rejection; about a taxi ride it is not), and words that say it is about an
 * interview (a calendar invite counts as an interview only when one of these is present).
 * "Candidature" and "application" are not here on purpose: congresses, schools and loans take applications too.
 */
import { LANGUAGES } from '../lang/index';
import type { ContextTopic, ContextWord } from './signal-types';

const JOB_WORDS = [
  'position',
  'positions',
  'role',
  'job',
  'career',
  'careers',
  'candidate*',
  'shortlisted',
  'candidacy',
  'recruiting',
  'recruitment',
  'recruiter',
  'hiring',
  'hiring manager',
  'resume',
  'résumé',
  'cv',
  'opening',
  'vacancy',
  'internship',
  'intern',
  'talent acquisition',
  'applicant',
  'applicants',
  'employment',
  'job search',
  'requisition',
  'onboarding',
  'portfolio',
  'candidate portal',
  'candidate home',
  'your profile',
  'your background',
  'your qualifications',
  'your skills',
  'your experience',
  'salary',
  'interviewing',
  'hiring process',
  'selection process',
  'application process',
  // French.
  'poste',
  'emploi',
  'recrutement',
  'embauche',
  'alternance',
  'rh',
  // German.
  'bewerbung*',
  'bewerber*',
  'stelle',
  'stellenangebot',
  'werkstudent*',
  'praktikum',
  'kandidat*',
  // Spanish.
  'puesto',
  'vacante',
  'empleo',
  'proceso de selección',
  'reclutamiento',
  // Polish.
  'rekrutac*',
  'stanowisk*',
  // Dutch, Italian, Portuguese, Swedish.
  'sollicitatie*',
  'vacature',
  'posizione',
  'selezione',
  'vaga',
  'processo seletivo',
  'recrutamento',
  'tjänsten',
  'rekrytering',
];

/**
 * Job titles' head nouns: "our next Staff Engineer" is about a job, but "your meeting with the accountant" is an
 * appointment, so these say "job" and never "hiring".
 */
const TITLE_WORDS = [
  'engineer',
  'developer',
  'analyst',
  'designer',
  'scientist',
  'manager',
  'accountant',
  'associate',
  'assistant',
  'coordinator',
  'specialist',
  'consultant',
  'technician',
  'representative',
  'nurse',
  'barista',
];

const INTERVIEW_WORDS = [
  'interview',
  'interviews',
  'interviewer',
  'phone screen',
  'screening call',
  'onsite interview',
  'on-site interview',
  // A loop's stages are interviews by another name.
  'final round',
  'campus visit',
  'job talk',
  'entretien*',
  'vorstellungsgespräch',
  'bewerbungsgespräch',
  'persönlichen gespräch',
  'persönliches gespräch',
  'kennenlerngespräch*',
  'telefoninterview',
  'videointerview',
  'entrevista*',
  'rozmow*',
  'colloquio',
  'colloqui',
];

/** The candidate's own application: recruiter cold outreach never refers to one. */
const PROCESS_WORDS = [
  'your application',
  'your recent application',
  'you applied',
  'applied for',
  'applied to',
  'applying',
  'your candidacy',
  'your candidature',
  'your interview',
  'interviewing with',
  'interviewed with',
  'ihre bewerbung',
  'deine bewerbung',
  'dein interesse',
  'ihr interesse',
  'votre candidature',
  'ta candidature',
  'tu candidatura',
  'su candidatura',
  'tu solicitud',
  'su solicitud',
  'twoją aplikację',
  // An agency recruiter who already put the candidate forward, or whose client wants to meet them: past outreach.
  'sent your cv', 'your cv over', 'submitted your cv', 'forwarded your cv', 'shared your cv', 'sent your resume',
  'submitted your resume', 'forwarded your resume', 'submitted your profile', 'sent your profile', 'put you forward',
  'put your cv forward', "they'd like to meet you", 'they would like to meet you', 'would like to interview you',
  'postulación', 'tu postulación', 'su postulación',
  'je sollicitatie', 'uw sollicitatie', 'la sua candidatura', 'a sua candidatura', 'sua candidatura', 'din ansökan',
];

/** Meeting someone: with a hiring word and a fixed time, an interview in all but name. */
const MEETING_WORDS = [
  'call',
  'chat',
  'meeting',
  'meet',
  'zoom',
  'google meet',
  'teams',
  'video',
  'invite',
  'calendar invite',
  'our office',
  'reception',
  'onsite',
  'on-site',
  'in person',
  'conversation',
  'talk',
  'speak',
  'see you',
  'gespräch',
  'termin',
  'büro',
  'rendez-vous',
  'bureau',
  'visio*',
  'reunión',
  'llamada',
  'oficina',
  'videollamada',
];

/** The terms of a job: an "offer" means a job offer only beside one of these. */
const EMPLOYMENT_WORDS = [
  'position',
  'role',
  'job',
  'post',
  'salary',
  'start date',
  'starting date',
  'offer letter',
  'employment',
  'compensation',
  'first day',
  'onboarding',
  'contract',
  'join our team',
  'on our team',
  'join the team',
  'poste',
  'contrat',
  'salaire',
  'embauche',
  'stelle',
  'gehalt',
  'vertrag',
  'eintrittsdatum',
  'puesto',
  'salario',
  'contrato',
  'incorporación',
  'sueldo',
  'fecha de inicio',
  'remuneración',
  'stanowisko',
  'umowa',
];

/**
 * Words only hiring uses: what a refusal needs beside a scholarship's or a landlord's words to be a job's.
 * "Applicant", "candidate", "shortlisted" and "selection process" are not here: admissions offices, funders and
 * landlords say them too.
 */
const HIRE_WORDS = [
  'position', 'positions', 'posición', 'role', 'job', 'jobs', 'vacancy', 'vacancies', 'opening', 'hiring', 'hiring manager',
  'recruiting', 'recruitment', 'recruiter', 'talent acquisition', 'salary', 'start date', 'employment', 'employer',
  'cv', 'resume', 'résumé', 'requisition', 'internship', 'team you would join', "team you'd join", 'candidate for the role',
  'poste', 'emploi', 'recrutement', 'embauche', 'stelle', 'stellenangebot', 'arbeitsvertrag', 'puesto', 'vacante',
  'empleo', 'reclutamiento', 'sueldo', 'oferta de trabajo', 'oferta laboral', 'stanowisk*', 'rekrutac*', 'pracodaw*',
  'sollicitatie*', 'vacature', 'posizione', 'vaga', 'recrutamento', 'tjänsten', 'rekrytering',
];

/**
 * Decisions outside hiring that use hiring's words: "we regret to inform you", "another applicant", "pleased to
 * offer you", "admissions interview". Multi-word where the single word is ordinary in job mail ("a grant" but not
 * "programme").
 */
const ELSEWHERE_WORDS = [
  'scholarship*', 'bursary', 'bursaries', 'grants', 'research grant', 'grant application', 'grant award', 'grant funding',
  'your grant', 'the grant', 'grant agreement', 'fellowship funding', 'funding application',
  'tuition', 'admission', 'admissions', 'offer of a place', 'a place on', 'a place in the', 'degree programme', 'degree program',
  'credit card', 'loan', 'mortgage', 'credit limit', 'rental', 'tenancy', 'tenant', 'apartment', 'flat viewing', 'lease',
  'landlord', 'lettings', 'visa application', 'visa appointment', 'consular', 'embassy',
  // Not "conference" alone: interviews are held in conference rooms.
  'the conference', 'our conference', 'conference talk', 'conference paper', 'conference programme', 'conference program',
  "this year's conference", 'call for papers', 'call for speakers', 'cfp',
  'talk proposal', 'your talk', 'paper submission', 'your paper', 'your abstract', 'speaker', 'membership', 'club',
  'volunteer programme', 'volunteer program', 'volunteer', 'volunteers', 'podcast', 'press release',
  // Mentoring schemes take applications and match people; "mentorship" alone is a perk job ads list.
  'mentorship program', 'mentorship programme', 'mentoring program', 'mentoring programme', 'your mentee', 'a mentee',
  'beca', 'bourse', 'stipendium', 'stypendi*', 'mieszkani*', 'wohnung', 'logement',
];

/** A bit per topic: the classifier collects what a text is about in one number. */
export const TOPIC_BIT: Readonly<Record<ContextTopic, number>> = { job: 1, title: 2, interview: 4, process: 8, meeting: 16, employment: 32, hire: 64, elsewhere: 128, internal: 256, client: 512 };

/** One entry per word, with every topic it speaks for: the matcher reports each word once. */
function contextWords(groups: readonly (readonly [ContextTopic, readonly string[]])[]): ContextWord[] {
  const byText = new Map<string, ContextTopic[]>();
  for (const [topic, list] of groups) {
    for (const text of list) {
      const topics = byText.get(text);
      if (topics) topics.push(topic);
      else byText.set(text, [topic]);
    }
  }
  return [...byText].map(([text, topics]) => ({ type: 'context', text, topics, mask: topics.reduce((m, t) => m | TOPIC_BIT[t], 0) }));
}

export const CONTEXT_WORDS: readonly ContextWord[] = contextWords([
  ['job', JOB_WORDS],
  ['title', TITLE_WORDS],
  ['interview', INTERVIEW_WORDS],
  ['process', PROCESS_WORDS],
  ['meeting', MEETING_WORDS],
  ['employment', EMPLOYMENT_WORDS],
  ['hire', HIRE_WORDS],
  ['elsewhere', ELSEWHERE_WORDS],
  // Read in the same pass as everything else: the pipeline holds a job decision that names itself internal.
  ['internal', LANGUAGES.flatMap((pack) => pack.internalWords)],
  // Client and supplier work, which the learned model weighs (features.ts).
  ['client', LANGUAGES.flatMap((pack) => pack.clientWords)],
]);
