/**
 * Round 4: rejections in Dutch, Italian, casual German, Latin-American Spanish, Portuguese and Swedish; an offer made
 * to someone else; acknowledgements that describe the whole process; tests without the word assessment; invitations
 * that open with thanks; offers without the word offer; and mail that only looks like a job step (newsletters, job
 * board digests, internal approvals, visa interviews, a friend's dinner, a credit card refusal).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/core/classify';
import type { EmailKind } from '../../../lib/core/detection';
import { mail } from './helpers';

type Case = readonly [name: string, subject: string, body: string, from: string, expected: EmailKind];

const REJECTIONS_IN_MORE_LANGUAGES: Case[] = [
  ['a Dutch rejection that chose another candidate', 'Je sollicitatie', 'Beste Sam, bedankt voor je sollicitatie voor de functie van ontwikkelaar. Helaas hebben we gekozen voor een andere kandidaat. We wensen je veel succes.', 'Recruitment <jobs@bedrijf.example>', 'rejection'],
  ['a formal Dutch rejection', 'Uw sollicitatie', 'Geachte heer, hartelijk dank voor uw sollicitatie. Helaas moeten wij u mededelen dat wij uw sollicitatie niet verder in behandeling nemen.', 'HR <hr@firma.example>', 'rejection'],
  ['an Italian rejection that chose another candidate', 'La sua candidatura', 'Gentile candidata, la ringraziamo per l\'interesse. Dopo un\'attenta valutazione, la nostra scelta è ricaduta su un altro candidato.', 'Selezione <hr@azienda.example>', 'rejection'],
  ['an Italian rejection about the outcome of the application', 'Esito della sua candidatura', 'Gentile Marco, la informiamo che la sua candidatura per la posizione di analista non è stata selezionata per il proseguimento del processo.', 'Risorse Umane <hr@azienda.example>', 'rejection'],
  ['a casual German rejection without leider', 'Deine Bewerbung', 'Hallo Alex, danke für deine Bewerbung als Entwickler. Die Stelle ist inzwischen besetzt. Wir wünschen dir alles Gute!', 'Team <jobs@firma.example>', 'rejection'],
  ['a Latin-American Spanish rejection', 'Tu postulación', 'Hola Ana, gracias por tu postulación a la vacante de analista. En esta ocasión no avanzaremos con tu proceso. Te deseamos éxito.', 'Talento <talento@empresa.example>', 'rejection'],
  ['a Spanish rejection that opens with thanks for applying', 'Actualización', 'Gracias por postularte a la vacante de diseñador. Después de revisar tu perfil, hemos decidido no avanzar con tu postulación en esta ocasión.', 'Reclutamiento <rh@empresa.example>', 'rejection'],
  ['a Portuguese rejection that will not continue', 'A sua candidatura', 'Olá Rita, agradecemos o seu interesse. Infelizmente não seguiremos com a sua candidatura para a vaga de engenheira.', 'Recrutamento <rh@empresa.example>', 'rejection'],
  ['a European Portuguese rejection that chose another candidate', 'Candidatura', 'Caro João, obrigado pela sua candidatura. Após análise, optámos por outro candidato cujo perfil se ajusta melhor à função.', 'Recursos Humanos <rh@empresa.example>', 'rejection'],
  ['a Brazilian rejection that chose another candidate', 'Processo seletivo', 'Oi Pedro, obrigado por participar do processo seletivo. Optamos por outro candidato para a vaga.', 'Talentos <talentos@empresa.example>', 'rejection'],
  ['a Swedish rejection that moved on with another candidate', 'Din ansökan', 'Hej Erik, tack för din ansökan till tjänsten som utvecklare. Tyvärr har vi gått vidare med en annan kandidat.', 'Rekrytering <jobb@foretag.example>', 'rejection'],
  ['a Dutch rejection that will not go further', 'Update sollicitatie', 'Hoi Lisa, na zorgvuldige overweging hebben we besloten om niet verder te gaan met je sollicitatie.', 'HR <hr@bedrijf.example>', 'rejection'],
  ['a Dutch notice that the vacancy is filled', 'Vacature ontwikkelaar', 'Bedankt voor je interesse. De vacature is inmiddels vervuld.', 'Recruitment <jobs@bedrijf.example>', 'rejection'],
  ['an Italian rejection with other profiles', 'Aggiornamento candidatura', 'Gentile candidato, purtroppo abbiamo deciso di non proseguire con la sua candidatura per la posizione.', 'Selezione <hr@azienda.example>', 'rejection'],
  ['a casual German notice that the job is taken', 'Deine Bewerbung', 'Hey Tom, danke dir! Die Stelle ist leider schon bereits vergeben, aber wir behalten dich im Kopf.', 'Team <jobs@firma.example>', 'rejection'],
  ['a Brazilian rejection moving on with others', 'Processo seletivo', 'Olá Ana, agradecemos sua participação. Decidimos seguir com outros candidatos para a vaga.', 'RH <rh@empresa.example>', 'rejection'],
  ['a Swedish notice that the post is filled', 'Din ansökan', 'Hej! Tack för din ansökan. Tjänsten är tillsatt och vi kommer inte gå vidare med din ansökan.', 'Rekrytering <jobb@foretag.example>', 'rejection'],
];

const OFFER_TO_SOMEONE_ELSE: Case[] = [
  ['an offer extended to another candidate', 'Your application', 'Thank you for interviewing with us. After careful consideration, we\'ve decided to extend an offer to another candidate.', 'Talent <talent@acme.example>', 'rejection'],
  ['an offer extended to a candidate whose experience fits', 'Update on your candidacy', 'We enjoyed meeting you. We have decided to extend an offer to a candidate whose experience more closely matches the role.', 'Recruiting <recruiting@acme.example>', 'rejection'],
  ['an offer extended to someone else', 'Product Manager role', 'Thanks for your time. We decided to extend an offer to someone else for this position.', 'Hiring <hiring@acme.example>', 'rejection'],
  ['an offer extended to the candidate keeps being an offer', 'Offer', 'We are excited to extend an offer to you for the Product Manager position, with a base salary of $120,000.', 'Hiring <hiring@acme.example>', 'offer'],
];

const ACKNOWLEDGEMENTS: Case[] = [
  ['a Brazilian acknowledgement of an application', 'Inscrição recebida', 'Olá Carla, recebemos sua inscrição para a vaga de analista de dados. Nosso time vai analisar seu perfil.', 'Carreiras <carreiras@empresa.example>', 'application_received'],
  ['a Brazilian acknowledgement of a candidacy', 'Candidatura', 'Recebemos sua candidatura! Em breve entraremos em contato caso seu perfil avance no processo seletivo.', 'Talentos <talentos@empresa.example>', 'application_received'],
  ['an acknowledgement listing every later stage', 'Thanks for applying', 'Thank you for applying for the Designer role. Here is what our process looks like: 1. a short exercise 2. a panel interview with the team 3. Offer. We will review your application and be in touch.', 'Careers <careers@acme.example>', 'application_received'],
  ['an acknowledgement that describes the process as steps', 'Application received', 'We have received your application. Our hiring process: Step 1 - recruiter screen, Step 2 - technical assessment, Step 3 - panel interview, Step 4 - offer. If your background matches, we will contact you.', 'Jobs <jobs@acme.example>', 'application_received'],
  ['a test submitted notice', 'Test submitted', 'Your test has been submitted. The hiring team will review your results.', 'Assessments <noreply@testplatform.example>', 'application_received'],
  ['a test submitted notice without a subject word', 'Thanks', 'Your test has been submitted successfully for the Backend Engineer position.', 'Platform <noreply@testplatform.example>', 'application_received'],
];

const ASSESSMENTS: Case[] = [
  ['a small take-home due on a date', 'Next steps', 'Thanks for chatting with us. The next step is a small take-home, due Friday 14 March. Details are in the attached brief.', 'Hiring <hiring@acme.example>', 'assessment'],
  ['graduate online assessments', 'Graduate scheme: next stage', 'Thank you for applying to our graduate scheme. We are pleased to invite you to the next stage: please complete your online assessments within 5 days.', 'Graduate Recruitment <grads@bank.example>', 'assessment'],
  ['psychometric tests for the next stage', 'Your application', 'Thank you for applying. We would like to invite you to the next stage, which is to complete the psychometric tests linked below.', 'Early Careers <careers@firm.example>', 'assessment'],
  ['a language check', 'Next step: language check', 'Thank you for applying for the support agent position. The next step is a short language check. Please complete it within 3 days.', 'Recruiting <jobs@support.example>', 'assessment'],
  ['a typing test', 'Typing test', 'Thanks for applying for the data entry role. Please complete our typing test using the link below before Thursday.', 'HR <hr@office.example>', 'assessment'],
  ['a paid trial edit', 'Paid trial edit', 'Thanks for applying to the copy editor role! As a next step we would like you to do a paid trial edit of a 1,000-word article.', 'Editorial <editor@magazine.example>', 'assessment'],
  ['a paid trial', 'Next steps for the writer role', 'Thank you for your application. We would like to offer you a paid trial: write one article, paid at our usual rate.', 'Content <content@agency.example>', 'assessment'],
];

const INVITATIONS_AFTER_THANKS: Case[] = [
  ['shortlisted with a window of days', 'Your application', 'Thanks for applying — you\'ve been shortlisted! Could you come in next week, between Tuesday and Thursday?', 'Owner <owner@cafe.example>', 'interview_request'],
  ['a casual ask to swing by the office', 're: barista job', 'thx for applying, can you swing by the office next week? let me know what day works', 'Manager <manager@cafe.example>', 'interview_request'],
  ['an ask to come in for a chat', 'Your application', 'Thank you for applying for the shop assistant job. Could you come in for a chat some time next week? Let me know which day suits you.', 'Shop <shop@store.example>', 'interview_request'],
];

const OFFERS_WITHOUT_THE_WORD: Case[] = [
  ['the job is yours', 'Good news', 'Hi Sam, the job\'s yours if you want it! Pay is $22/hour and you could start on Monday 6 April.', 'Owner <owner@bakery.example>', 'offer'],
  ['love you to join after the phone call', 'Following our call', 'As promised on the phone, we\'d love you to join us as Operations Lead. Start date would be 1 May, salary £45,000, references pending.', 'Director <director@firm.example>', 'offer'],
  ['the role is yours', 'Welcome', 'Great news: the role is yours. Your start date is 2 June and your salary will be €50,000.', 'People <people@acme.example>', 'offer'],
];

/** The same words where they do mean a step in the candidate's process: the new rules must leave these alone. */
const COUNTERPARTS: Case[] = [
  ['an acknowledgement that describes the process as a list', 'Thanks for applying to the Engineer role', 'Thanks for applying! Our hiring process: recruiter call, take-home exercise, onsite panel interview, offer. We review every application and will be in touch within two weeks.', 'Careers <careers@acme.example>', 'application_received'],
  ['a take-home as the next step in the hiring process', 'Next steps', 'As the next step in our hiring process, please complete the take-home assessment by Friday 13 March.', 'Recruiting <jobs@acme.example>', 'assessment'],
  ['an invitation as the next step in the hiring process', 'Next steps', 'As the next step in our hiring process, we would like to invite you to interview with the team. Please share your availability.', 'Recruiting <jobs@acme.example>', 'interview_request'],
  ['an approved offer addressed to the candidate', 'Your offer', 'Great news: your offer has been approved and we are pleased to offer you the Analyst position with a salary of $80,000.', 'HR <hr@acme.example>', 'offer'],
  ['a confirmed interview for a role that sponsors a work visa', 'Interview confirmed', 'Your interview is confirmed for Tuesday 10 March at 2pm. We can sponsor a work visa for this role.', 'Recruiting <jobs@acme.example>', 'interview_confirmed'],
  ['an acknowledgement that looks for candidates with skills', 'Thanks for applying', 'Thank you for applying to the Analyst role. We are looking for candidates with SQL skills and will review your application shortly.', 'Careers <careers@acme.example>', 'application_received'],
  ['a test invitation after thanks for applying', 'Thanks for applying', 'Thanks for applying to the Support role. We review every application. Before we continue, please complete a short typing test via the link below within 48 hours.', 'Jobs <jobs@co.example>', 'assessment'],
  ['a lower-case offer without the word', 'welcome!', 'we talked it over and the position is yours. start date 1 june, salary 40k. send me your references.', 'Boss <boss@shop.example>', 'offer'],
  ['a Spanish acknowledgement that thanks for applying', 'Gracias por postularte', 'Gracias por postularte a la vacante de analista. Revisaremos tu perfil y te contactaremos.', 'RH <rh@empresa.example>', 'application_received'],
  ['a Swedish acknowledgement', 'Tack för din ansökan', 'Tack för din ansökan till tjänsten som utvecklare. Vi återkommer.', 'Rekrytering <jobb@foretag.example>', 'application_received'],
  ['an Italian acknowledgement', 'Candidatura ricevuta', 'Gentile Marco, abbiamo ricevuto la sua candidatura per la posizione di analista.', 'HR <hr@azienda.example>', 'application_received'],
];

const LOOKALIKES: Case[] = [
  ['a career newsletter titled Offer Letter', 'Career Digest #42: How to answer an Offer Letter', 'Issue 42 of our weekly newsletter. This week: how to answer an offer letter, negotiating salary, and what to say when asked about your start date. Unsubscribe at any time.', 'Career Digest <news@careerdigest.example>', 'other'],
  ['a job board digest because you applied', 'Because you applied for Data Analyst', 'Jobs you may be interested in: Senior Data Analyst, Data Analyst II, BI Analyst. Apply now. Manage your job alerts.', 'Jobs <jobs@board.example>', 'other'],
  ['an internal offer approval for a hiring manager', 'Offer approved – REQ-1234', 'The offer for candidate Jordan Lee for requisition REQ-1234 has been approved by all approvers in the approval workflow. You may now extend the offer.', 'ATS <notifications@ats.example>', 'other'],
  ['a visa interview appointment', 'Visa interview appointment', 'Your visa interview appointment is confirmed for Tuesday 10 March at 9:00 at the consulate. Bring your passport, the employer letter and your job offer.', 'Consulate <appointments@consulate.example>', 'other'],
  ['a friend asking how the interview went', 'dinner?', 'Hey! How did your interview go? Want to get dinner on Friday at 7pm at the usual place?', 'Friend <friend@mail.example>', 'other'],
  ['a newsletter issue about offer letters', 'The Offer Letter Issue — No. 17', 'In this issue: what an offer letter must include, when to accept an offer, start date negotiation. You are receiving this newsletter because you subscribed. Unsubscribe.', 'Weekly Careers <hello@weekly.example>', 'other'],
  ['a job board digest listing roles because you applied', 'Because you applied for Product Designer', 'Because you applied for Product Designer, here are 8 new roles. Senior Product Designer - 3 days ago. Apply with one click.', 'Job Board <alerts@jobboard.example>', 'other'],
  ['an approved offer the hiring manager must send', 'Offer approved: Backend Engineer (REQ-5521)', 'Hi hiring manager, the offer for candidate Sam Rivera (REQ-5521) was approved by Finance and HR. Next: send the offer letter to the candidate.', 'Recruiting System <noreply@ats.example>', 'other'],
  ['an offer awaiting approval', 'Approval needed: offer for candidate', 'Please approve the offer for candidate Dana Kim for requisition 8812. Approval workflow step 2 of 3.', 'ATS <noreply@ats.example>', 'other'],
  ['a friend celebrating after the interview', 'drinks', "How did the interview go?? Let's celebrate at dinner Thursday 12 March at 7:30pm.", 'Pal <pal@mail.example>', 'other'],
  ['a parent asking about the interview', 'how was it', 'Heard you had your interview today! How did your interview go? Dinner Saturday at 8pm at our place.', 'Mom <mom@mail.example>', 'other'],
  ['a consular appointment for a work visa', 'Appointment confirmation', 'Your appointment at the consulate for your work visa is scheduled for 12 March at 10:00. Bring your employment contract and the letter from your employer. The consular officer will interview you.', 'Visa Services <noreply@visa.example>', 'other'],
  ['a bank refusing an application after thanks', 'Update on your application', 'Thank you for applying. We regret that we are unable to approve your application at this time. You can request a copy of your credit report.', 'Bank <noreply@bank.example>', 'other'],
  ['a Dutch delay notice that says helaas', 'Uw rit', 'Helaas is uw taxi vertraagd. Onze excuses.', 'Taxi <info@taxi.example>', 'other'],
  ['a friend asking to swing by', 'hey', 'can you swing by my place next week? let me know what day works', 'Friend <f@mail.example>', 'other'],
  ['a credit card refusal', 'Your application', 'We regret that we are unable to approve your application for the Platinum credit card at this time.', 'Card Services <cards@bank.example>', 'other'],
];

describe('the rules: rejections, acknowledgements and tests in more languages; offers made to someone else', () => {
  it.each(REJECTIONS_IN_MORE_LANGUAGES)('reads %s as a rejection', (_n, s, b, f, k) => expect(classify(mail(s, b, f)).kind).toBe(k));
  it.each(OFFER_TO_SOMEONE_ELSE)('reads %s', (_n, s, b, f, k) => expect(classify(mail(s, b, f)).kind).toBe(k));
  it.each(ACKNOWLEDGEMENTS)('keeps %s an acknowledgement', (_n, s, b, f, k) => expect(classify(mail(s, b, f)).kind).toBe(k));
  it.each(ASSESSMENTS)('reads %s as an assessment', (_n, s, b, f, k) => expect(classify(mail(s, b, f)).kind).toBe(k));
  it.each(INVITATIONS_AFTER_THANKS)('reads %s as an interview request', (_n, s, b, f, k) => expect(classify(mail(s, b, f)).kind).toBe(k));
  it.each(OFFERS_WITHOUT_THE_WORD)('reads %s as an offer', (_n, s, b, f, k) => expect(classify(mail(s, b, f)).kind).toBe(k));
  it.each(COUNTERPARTS)('still reads %s', (_n, s, b, f, k) => expect(classify(mail(s, b, f)).kind).toBe(k));
  it.each(LOOKALIKES)('keeps %s other', (_n, s, b, f, k) => expect(classify(mail(s, b, f)).kind).toBe(k));
});
