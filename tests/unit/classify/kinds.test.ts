import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/core/classify/index';
import type { EmailKind } from '../../../lib/core/detection';
import { mail } from '../../support/builders';

type Case = [name: string, subject: string, body: string, from: string];

const cases: Record<Exclude<EmailKind, 'other'>, Case[]> = {
  application_received: [
    ['ATS thank-you', 'Thank you for applying to Northwind', 'Hi Sam, thanks for applying to Northwind! Our team will review your application and reach out if there is a fit.', 'Northwind Hiring Team <no-reply@greenhouse-mail.io>'],
    ['plain receipt', 'Application received', 'Dear Sam, we have received your application for the Backend Engineer role. We will be in touch if your qualifications match our needs.', 'careers@northwind.test'],
    ['job-board relay', 'Sam, your application was sent to Kestrel Labs', 'Your application was sent to Kestrel Labs. Data Engineer. Kestrel Labs. Berlin.', 'LinkedIn <jobs-noreply@linkedin.com>'],
    ['receipt of a finished assessment', 'Assessment received', 'Hi Sam, we received your assessment for the Frontend Engineer position. The hiring team will review it and get back to you.', ''],
    ['thanks for completing the assessment', '', 'Thank you for completing the assessment. Your submission has been received and our team will review your results.', ''],
    ['French receipt', 'Votre candidature', 'Bonjour, nous avons bien reçu votre candidature pour le poste de développeur. Notre équipe RH reviendra vers vous.', ''],
    ['German receipt', 'Eingangsbestätigung Ihrer Bewerbung', 'Vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze.', ''],
    ['Spanish receipt', 'Tu candidatura', 'Hola Sam, hemos recibido tu candidatura para el puesto de analista. Te contactaremos pronto.', ''],
  ],
  interview_request: [
    ['invitation to schedule', 'Next steps with Northwind', 'Hi Sam, we enjoyed your application and would like to invite you to interview for the Backend Engineer role. Please let us know your availability next week.', ''],
    ['phone screen via scheduling link', 'Phone screen', 'Thanks for applying! I would like to set up a 30 minute phone screen. Please pick a time that suits you: https://calendly.com/recruiter/30min', ''],
    ['German invitation', 'Einladung zum Vorstellungsgespräch', 'Sehr geehrter Herr Muster, wir möchten Sie gerne zu einem persönlichen Gespräch einladen. Bitte nennen Sie uns passende Termine.', ''],
    ['French invitation', 'Entretien', 'Bonjour, suite à votre candidature, nous souhaiterions vous inviter à un entretien. Merci de nous indiquer vos disponibilités.', ''],
    ['Spanish invitation', 'Entrevista', 'Hola, nos gustaría invitarte a una entrevista para el puesto de desarrollador. Indícanos tu disponibilidad.', ''],
  ],
  interview_confirmed: [
    ['confirmation with a time', 'Interview confirmation', 'Hi Sam, this email confirms your interview for the Data Analyst position on Tuesday, March 10 at 2pm PT.', ''],
    ['rescheduled', 'Updated time', 'Hi Sam, your interview has been rescheduled to Thursday at 11:00 CET. The video link stays the same.', ''],
    ['calendar-style subject', 'Invitation: Interview with Priya Raman @ Tue Mar 10, 2026 2pm - 3pm (PDT)', 'You have been invited to the following event. Join with Google Meet: https://meet.google.com/abc-defg-hij', 'Google Calendar <calendar-notification@google.com>'],
    ['French confirmation', 'Confirmation de votre entretien', 'Bonjour, votre entretien est confirmé pour le 12 mars à 14h00 pour le poste de chef de projet.', ''],
  ],
  assessment: [
    ['take-home', 'Next step: take-home assignment', 'Hi Sam, as the next step we would like you to complete a take-home assignment. Please submit it within 5 days.', ''],
    ['online assessment platform', 'Your HackerRank test', 'You have been invited to complete our coding assessment for the Backend Engineer position. The link expires on March 12.', ''],
    ['German test task', 'Testaufgabe', 'Vielen Dank für Ihre Bewerbung. Als nächsten Schritt bitten wir Sie, eine kurze Testaufgabe zu lösen.', ''],
  ],
  rejection: [
    ['not moving forward', 'Your application', 'Thank you for applying. Unfortunately, we will not be moving forward with your application at this time.', ''],
    ['unable to offer the position (not an offer)', 'Update on your application', 'Thank you for interviewing with us. After much deliberation, we are unable to offer you the position.', ''],
    ['position on hold', 'Backend Engineer role', 'Thanks for your time. We wanted to let you know the position is on hold and we are pausing the search, so we will close your application.', ''],
    ['position filled', 'Update', 'Thank you for your interest in the Data Analyst role. The position has been filled, and we wish you the best in your job search.', ''],
    ['other candidates, no "unfortunately"', '', 'Thanks for speaking with our team. We have decided to move forward with another candidate whose experience more closely matches our needs.', ''],
    ['French refusal', 'Votre candidature', 'Bonjour, nous avons le regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature pour le poste.', ''],
    ['German refusal', 'Ihre Bewerbung', 'Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Wir danken Ihnen für Ihre Bewerbung.', ''],
    ['Spanish refusal', 'Tu candidatura', 'Lamentamos informarte que no has sido seleccionado para el puesto de analista.', ''],
  ],
  offer: [
    ['offer of employment', 'Offer of employment', 'Dear Sam, we are delighted to offer you the position of Data Analyst. Please find the offer letter attached and let us know by March 20.', ''],
    ['we would like to hire you', '', 'Thanks for meeting with the team last week. We would like to hire you for the Backend Engineer role! Do you have time for a call tomorrow?', ''],
    ['German contract offer', 'Vertragsangebot', 'Wir freuen uns, Ihnen hiermit ein Angebot für die Stelle als Entwickler zu unterbreiten.', ''],
  ],
};

describe('classify finds each kind of job-search email', () => {
  for (const [kind, rows] of Object.entries(cases)) {
    it.each(rows)(`${kind}: %s`, (_name, subject, body, from) => {
      const result = classify(mail(subject, body, from));
      expect(result.kind).toBe(kind);
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.evidence.length).toBeGreaterThan(0);
    });
  }
});

describe('classify keeps job-adjacent mail as other', () => {
  it.each<Case>([
    ['job alert that says interview', 'Your job alert for interview coordinator', '30+ new jobs match your preferences. Interview Coordinator at Kestrel Labs. Easy Apply. Jobs you may be interested in.', 'LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>'],
    ['mock-interview ad', 'Ace your next interview', 'Book a mock interview with an expert coach and get feedback. Schedule your interview practice session today!', 'news@interviewcoach.test'],
    ['recruiter cold outreach', 'Opportunity', 'Hi Sam, I came across your profile and have a role with one of our clients that could be a great fit. Would you be interested in a quick call? Send me your updated resume.', ''],
    ['meeting confirmation that is not an interview', 'Your appointment is confirmed', 'Your meeting with the dental clinic has been scheduled for Tuesday at 3pm. Reply to reschedule.', ''],
    ['non-job cancellation in German', 'Ihre Buchung', 'Leider müssen wir Ihnen mitteilen, dass Ihre Buchung storniert wurde.', ''],
    ['school application received in French', 'Candidature reçue', 'Nous avons bien reçu votre candidature pour le master. Votre dossier est en cours d’examen.', ''],
    ['newsletter', 'This week in tech', 'Five tips for your career this week. Unsubscribe at any time. View in browser.', 'newsletter@techweekly.test'],
    ['one-time code from a career site', 'Your code', 'Your verification code is 123456. It expires in 10 minutes.', 'careers@northwind.test'],
    ['shipping', 'Your order has shipped', 'Good news! Your order was shipped today. Track your package with the tracking number below.', ''],
    ['colleagues arranging an interview among themselves', 'Candidates', 'Please arrange a phone interview with Dana and me next week for the analyst opening.', ''],
    ['empty email', '', '', ''],
  ])('%s', (_name, subject, body, from) => {
    expect(classify(mail(subject, body, from)).kind).toBe('other');
  });
});

describe('classify avoids the traps peers fall into', () => {
  it.each<[string, string, EmailKind]>([
    ['we are unable to offer you the position', 'Thank you for your time. We are unable to offer you the position at this time.', 'rejection'],
    ['Congratulations! We received your application', 'Congratulations! We received your application for the Product Designer role and will review it shortly.', 'application_received'],
    ['the position is on hold', 'Thank you for applying to the Analyst role. Please note the position is on hold until further notice.', 'rejection'],
    ['the position has been filled', 'Thanks for applying to our Support Engineer opening. This position has been filled.', 'rejection'],
    ['we received your assessment', 'Hi Sam, we received your assessment and will share the next steps for the Engineer role soon.', 'application_received'],
    ['an ack that promises an interview if selected', 'Thanks for applying to the Sales role. We will reach out if you are selected for an interview.', 'application_received'],
    ['an ack that mentions not being selected', 'Thank you for applying to the QA role! If you are not selected, we will keep your resume on file.', 'application_received'],
    ['an offer that asks for a call', 'Congratulations! We are pleased to offer you the Data Engineer position. Can we call you tomorrow to discuss the details?', 'offer'],
    ['a rejection that thanks you for applying', 'Thank you for applying to the Backend Engineer role. We received many applications. Unfortunately, we have decided to pursue other candidates.', 'rejection'],
  ])('"%s"', (_name, body, kind) => {
    expect(classify(mail('', body)).kind).toBe(kind);
  });
});

describe('the broad net: two kinds of word in one sentence name a kind no phrase named', () => {
  it.each<[string, string, EmailKind]>([
    ['receipt of an application', 'We acknowledge receipt of your application for the Finance Officer position and will revert.', 'application_received'],
    ['a confirmed interview in French', 'Bonjour, je vous confirme notre entretien pour le poste de comptable.', 'interview_confirmed'],
    ['an exercise to hand in', 'For the Analyst role, the exercise is attached; please submit it before Friday.', 'assessment'],
  ])('%s', (_name, body, kind) => {
    const result = classify(mail('', body));
    expect(result.kind).toBe(kind);
    expect(result.confidence).toBeLessThan(0.75);
  });
});

describe('confidence', () => {
  it('is lower for a partial email (subject and snippet) on a weak signal', () => {
    const body = 'Hi Sam, please share your availability for a call about the role next week.';
    const full = classify(mail('Quick question', body));
    const partial = classify(mail('Quick question', body, '', { partial: true }));
    expect(partial.kind).toBe(full.kind);
    expect(partial.confidence).toBeLessThan(full.confidence);
  });

  it('stays high for a partial email with a strong signal', () => {
    const body = 'Unfortunately, we will not be moving forward with your application.';
    const partial = classify(mail('Your application', body, '', { partial: true }));
    expect(partial.kind).toBe('rejection');
    expect(partial.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('says where each signal was found', () => {
    const result = classify(mail('Interview confirmation', 'Your interview is confirmed for Monday.', 'Acme via Greenhouse <no-reply@greenhouse.io>'));
    expect(result.evidence).toEqual(
      expect.arrayContaining([
        { signal: 'interview confirmation', where: 'subject' },
        { signal: 'interview is confirmed', where: 'body' },
        expect.objectContaining({ where: 'sender' }),
      ]),
    );
  });
});
