/**
 * Not the candidate's interview: a fixed time that is not the candidate's job interview (user research, a networking coffee, an internal
 * review), press interviews, salary-site marketing, acknowledgements that preview a later step, and kinds missed
 * before: Italian confirmations, Chilean offers, case studies, verbal-offer follow-ups, casual acknowledgements and
 * warm rejections without "unfortunately". Each with a counterpart that must keep its kind.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/core/classify';
import type { EmailKind } from '../../../lib/core/detection';
import { mail } from './helpers';

type Case = readonly [name: string, subject: string, body: string, from: string, expected: EmailKind];

const NOT_A_JOB_INTERVIEW: Case[] = [
  ['a paid user-research session confirmed', 'Your research session is confirmed', 'Hi Sam, thanks for signing up! Your interview is confirmed for Wednesday at 2pm. As a thank-you for participating you will receive a $50 gift card.', 'Research Team <research@app.example>', 'other'],
  ['a usability study interview confirmed', 'Interview confirmed: usability study', 'Thanks for taking part in our usability study. Your 45-minute interview is scheduled for Tuesday, March 10 at 11:00 AM. Participants receive an incentive after the session.', 'UX Research <ux@product.example>', 'other'],
  ['a networking coffee with a fixed time', 'Coffee next week?', 'Hey, great meeting you at the meetup! Would love a coffee chat about your career in product. Thursday 10am works for me at the cafe near our office. We are hiring in the team too.', 'Dana <dana@startup.example>', 'other'],
  ['an internal roadmap review that mentions a hiring plan', 'Meeting confirmed: Q3 roadmap review', 'Team, the Q3 roadmap review is confirmed for Monday, June 8 at 3pm. Agenda: priorities, budget and the hiring plan for two engineers. Please bring your updates.', 'Ops <ops@company.example>', 'other'],
  ['a study session with a gift card and no job named', 'Research interview confirmed', 'Your interview is confirmed for Wed 2pm. You will receive a $75 gift card.', 'Studies <studies@panel.example>', 'other'],
  ['a job interview that mentions grabbing a coffee keeps its fixed time', 'Your interview', 'Hi Sam, your interview for the Barista Trainer role is on Monday, March 9 at 10am. We can grab a coffee afterwards.', 'Hiring <hiring@cafe.example>', 'interview_confirmed'],
  ['a job interview confirmed still is one', 'Interview confirmed', 'Hi Sam, your interview for the Product Designer position is confirmed for Wednesday, March 11 at 2pm with our hiring manager.', 'Recruiting <recruiting@acme.example>', 'interview_confirmed'],
  ['a recruiter confirming the time for the role', 'Thursday 10am', 'Hi Sam, thanks for your application for the Data Analyst role. Confirming our interview on Thursday, March 12 at 10am. Looking forward to it!', 'Jamie, Recruiter <jamie@acme.example>', 'interview_confirmed'],
];

const PRESS_INTERVIEWS: Case[] = [
  ['a radio interview request', 'Interview request: Morning Radio', 'Hello, I am a producer for a morning radio show. We would love to interview you for a segment on air next week. Could you let us know a time that works for you? Our listeners would enjoy it.', 'Producer <producer@radio.example>', 'other'],
  ['a podcast interview request', 'Interview request – podcast episode', 'Hi! I host a podcast about design and would like to interview you for an upcoming episode. Please share your availability for a 30-minute recording.', 'Host <host@podcast.example>', 'other'],
  ['a journalist asking for an interview', 'Interview request for an article', 'Dear Dr. Lee, I am a journalist writing an article for our publication about remote work. Would you be available for a short interview this week?', 'Reporter <reporter@news.example>', 'other'],
  ['a job interview request stays one', 'Interview request: Software Engineer', 'Hi Sam, thank you for applying to the Software Engineer position. We would like to invite you to an interview. Please let us know your availability this week.', 'Talent <talent@acme.example>', 'interview_request'],
];

const SALARY_MARKETING: Case[] = [
  ['a free skills assessment from a salary site', 'Free skills assessment: find out what you\'re worth', 'Take our free skills assessment and find out what you\'re worth. Compare your salary with people in similar roles and get your personalised salary report.', 'Careers Site <news@salaries.example>', 'other'],
  ['a career quiz', 'Which career suits you? Take our quiz', 'Take our quiz: a free 5-minute assessment that matches your skills to jobs and salaries.', 'Career Tips <hello@careertips.example>', 'other'],
  ['an employer assessment stays one', 'Online assessment for the Analyst role', 'Thank you for your application. As the next step, please complete the online assessment for the Analyst position within 5 days.', 'Recruiting <recruiting@bank.example>', 'assessment'],
];

const ACKS_THAT_PREVIEW: Case[] = [
  ['a French acknowledgement with a conditional interview', 'Confirmation de réception de votre candidature', 'Bonjour, nous avons bien reçu votre candidature pour le poste de chargé de projet. Si votre profil correspond, nous vous contacterons pour convenir d\'un entretien.', 'Recrutement <recrutement@societe.example>', 'application_received'],
  ['a French acknowledgement that will contact you for an interview', 'Votre candidature', 'Merci pour votre candidature. Nous l\'étudions avec attention et nous vous contacterons pour convenir d\'un entretien si votre profil est retenu.', 'RH <rh@societe.example>', 'application_received'],
  ['a graduate-scheme acknowledgement that previews assessments', 'Application confirmation', 'Thank you for applying to our Graduate Scheme. We have received your application. If you meet the criteria, you will be invited to complete online assessments.', 'Graduate Recruitment <graduates@firm.example>', 'application_received'],
  ['an acknowledgement that says should your application progress', 'Application received', 'We have received your application for the Analyst role. Should your application progress, you will be invited to an online assessment and then a video interview.', 'Careers <careers@firm.example>', 'application_received'],
  ['a French interview invitation stays one', 'Invitation à un entretien', 'Bonjour, suite à votre candidature pour le poste de chargé de projet, nous souhaitons vous rencontrer pour un entretien. Merci de nous indiquer vos disponibilités.', 'RH <rh@societe.example>', 'interview_request'],
  ['an actual assessment invitation stays one', 'Next step: online assessment', 'Thank you for applying to our Graduate Scheme. You are invited to complete the online assessments by Friday using the link below.', 'Graduate Recruitment <graduates@firm.example>', 'assessment'],
];

const MISSED_KINDS: Case[] = [
  ['an Italian interview confirmation', 'Conferma colloquio – lunedì 20 aprile ore 15:00', 'Gentile Marco, le confermiamo il colloquio per la posizione di analista lunedì 20 aprile ore 15:00 presso la nostra sede di Milano.', 'Selezione <hr@azienda.example>', 'interview_confirmed'],
  ['an Italian confirmation with the time only in the body', 'Conferma colloquio', 'Gentile candidata, confermiamo il suo colloquio di giovedì 7 maggio alle ore 10:30 in videochiamata.', 'Risorse Umane <hr@azienda.example>', 'interview_confirmed'],
  ['a Chilean job offer', 'Oferta de trabajo', 'Hola Ana, nos complace ofrecerte el cargo de Analista de Datos. El sueldo bruto mensual será de $1.800.000 y la fecha de inicio el 1 de junio.', 'Personas <personas@empresa.example>', 'offer'],
  ['a Chilean offer without the word oferta', 'Buenas noticias', 'Hola Pedro, nos complace ofrecerte el cargo de Ingeniero de Software en nuestro equipo. Te adjuntamos el detalle del sueldo y la fecha de inicio.', 'Reclutamiento <rh@empresa.example>', 'offer'],
  ['a case study for the final round', 'Final round: case study', 'Hi Sam, congratulations on reaching the final round! Attached is the case study for your final round. Please prepare and send your analysis by Friday.', 'Recruiting <recruiting@consult.example>', 'assessment'],
  ['a case study to prepare and send', 'Next step', 'Hi Sam, as the next step we would like you to work on a short case study. Please prepare a short presentation and send it back by Monday, March 16.', 'Hiring <hiring@startup.example>', 'assessment'],
  ['a case study to complete before the final round', 'Case study – final round', 'Hi Sam, ahead of your final round we would like you to complete a case study. Please prepare your recommendations and send them to me by Thursday 5pm.', 'Recruiter <recruiter@consult.example>', 'assessment'],
  ['a business school case study newsletter is not an assessment', 'This week\'s case study', 'This week\'s case study looks at pricing strategy in retail. Read the full analysis on our blog. Unsubscribe anytime.', 'Insights <news@insights.example>', 'other'],
  ['an acknowledgement that thanks for the interest first', 'Thanks for your interest in Nimbus!', 'Thanks for your interest in Nimbus! We have got your application and our team will review it.', 'Nimbus <jobs@nimbus.example>', 'application_received'],
  ['a verbal-offer follow-up', 'Following up on our call', 'Hi Sam, following up on our call — we\'d love to have you join as Senior Product Manager. As discussed, the salary we discussed is $150,000 and we propose a start date of April 1.', 'Alex <alex@startup.example>', 'offer'],
  ['a casual verbal offer', 'Great talking today', 'Thanks for the chat! We would love to have you join the team as our Lead Designer. I will send over the paperwork with the salary and start date tomorrow.', 'Founder <founder@startup.example>', 'offer'],
  ['a casual acknowledgement we got it', 'We got it!', 'We got it — thanks for applying for the Frontend Engineer role. Our team will review it and be in touch.', 'Careers <careers@startup.example>', 'application_received'],
  ['a casual acknowledgement we\'ve got your application', 'Thanks for your interest!', 'Thanks for your interest in joining us! We\'ve got your application and will take a look soon.', 'Team <jobs@startup.example>', 'application_received'],
  ['a warm rejection without unfortunately', 'Update on your candidacy', 'Hi Sam, thank you so much for your time. We\'ve decided not to move forward with your candidacy for the Designer role. I\'m happy to hop on a call for feedback.', 'Recruiter <recruiter@acme.example>', 'rejection'],
  ['a warm rejection continuing with others in one line', 'Update', 'Thanks for all your time with the team. We will be continuing with other candidates for the Analyst position.', 'Talent <talent@acme.example>', 'rejection'],
  ['a team continuing with other projects is not a rejection', 'Sprint update', 'We are continuing with other projects this sprint and will revisit the dashboard next month.', 'PM <pm@company.example>', 'other'],
  ['a warm rejection continuing with others', 'Your application', 'Hi Sam, it was great getting to know you. After a lot of thought we\'ll be continuing with other candidates for this role. Happy to hop on a call if feedback would help.', 'Talent <talent@acme.example>', 'rejection'],
  ['a coffee thank-you from a contact is not an acknowledgement', 'We got it', 'We got it — thanks for sending the photos from the trip!', 'Mia <mia@mail.example>', 'other'],
];

describe.each([
  ['a fixed time that is not the candidate\'s job interview is other', NOT_A_JOB_INTERVIEW],
  ['press and podcast interview requests are other', PRESS_INTERVIEWS],
  ['salary-site marketing is other', SALARY_MARKETING],
  ['an acknowledgement that previews a later step stays an acknowledgement', ACKS_THAT_PREVIEW],
  ['kinds missed before are recognised', MISSED_KINDS],
])('%s', (_title, cases) => {
  it.each(cases)('%s', (_name, subject, body, from, expected) => {
    expect(classify(mail(subject, body, from)).kind).toBe(expected);
  });
});
