import * as chrono from 'chrono-node';
import type { LanguagePack } from '../types';

export const en: LanguagePack = {
  code: 'en',
  markers: [' you ', ' the ', ' your ', ' and ', ' we ', ' to ', ' for ', ' with '],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  relativeDays: ['today', 'tomorrow', 'tonight', 'next week'],
  jobWords: ['interview*', 'applica*', 'applied', 'candida*', 'recruit*', 'hiring', 'hired', 'vacanc*', 'career*', 'salary', 'employ*', 'talent*', 'shortlist*', 'job', 'jobs', 'cv', 'hr'],
  staffWords: ['payslip*', 'pay slip*', 'rota', 'annual appraisal', 'performance appraisal', 'all staff', 'all employees', 'internal vacanc*', 'internal posting*', 'staff portal', 'employee self-service'],
  internalWords: ['internal vacancy', 'internal vacancies', 'internal posting', 'internal job posting', 'internal application', 'your internal application'],
  clientWords: ['your quote', 'the quote', 'our quote', 'a quote', 'quotation', 'quotations', 'invoice', 'invoices', 'invoicing', 'purchase order', 'supplier', 'suppliers', 'vendor', 'vendors', 'tender', 'tenders', 'bid', 'bids', 'retainer', 'statement of work'],
  meetingCues: ['interview*', 'schedul*', 'confirm*', 'date', 'time', 'when', 'call', 'meeting', 'meet', 'invitation', 'join', 'available', 'availability', 'work for you', 'slot', 'see you', 'works'],
  lengthUnits: ['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs'],
  noon: ['noon'],
  parser: chrono.casual,
  replyHeaders: [
    { word: 'wrote:', opens: ['On '] },
    { word: 'Original Message', opens: ['--'] },
    { word: '\nSent: ', opens: ['From: '] },
  ],
  mailShape: {
    replyPrefixes: ['re'],
    forwardPrefixes: ['fw', 'fwd'],
    forwardLine: 'Forwarded message',
    calendarAnswers: ['accepted', 'declined', 'tentative', 'tentatively accepted', 'new time proposed'],
    candidate: ['candidate'],
    panel: ['interviewer', 'interviewers', 'interview panel', 'panel', 'panelist', 'panelists', 'hiring team', 'hiring manager', 'hiring lead', 'recruiter', 'recruiting manager', 'organiser', 'organizer'],
    interviewerRoles: ['interviewer', 'panel'],
  },
};
