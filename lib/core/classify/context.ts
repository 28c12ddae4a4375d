/**
 * Words that say an email is about a job, so that ambiguous phrases may count ("leider müssen wir Ihnen
 * mitteilen" about a Bewerbung is a rejection; about a taxi ride it is not), and words that say it is about an
 * interview (a calendar invite counts as an interview only when one of these is present).
 * "Candidature" and "application" are not here on purpose: congresses, schools and loans take applications too.
 */
import type { ContextWord } from './signal-types';

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
  // Job titles' head nouns: "our next Staff Engineer" is about a job.
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
  'requisition',
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
];

const INTERVIEW_WORDS = [
  'interview',
  'interviews',
  'interviewer',
  'phone screen',
  'screening call',
  'entretien*',
  'vorstellungsgespräch',
  'bewerbungsgespräch',
  'entrevista*',
  'rozmow*',
];

export const CONTEXT_WORDS: readonly ContextWord[] = [
  ...JOB_WORDS.map((text): ContextWord => ({ type: 'context', text, topic: 'job' })),
  ...INTERVIEW_WORDS.map((text): ContextWord => ({ type: 'context', text, topic: 'interview' })),
];
