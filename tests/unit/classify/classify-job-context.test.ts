/**
 * Decisions outside hiring read like job mail: a scholarship's refusal, a landlord's "we went with another
 * applicant", a grant's "pleased to offer you". These must stay `other`, while the same words about a job keep their
 * kind. Also: acknowledgements that carry a conditional rejection or a received submission, warm rejections after a
 * final round, assessments that never say "assessment", and an agency recruiter whose client wants to meet.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/core/classify';
import type { EmailKind } from '../../../lib/core/detection';
import { mail } from './helpers';

type Case = readonly [name: string, subject: string, body: string, from: string, expected: EmailKind];

const NON_JOB_DECISIONS: Case[] = [
  ['a conference talk not selected', 'Your talk proposal', 'Thank you for submitting a talk to our conference. Your proposal was not selected for this year\'s programme. Unfortunately we received many more submissions than slots. We hope to see you at the event.', 'Program Committee <cfp@devconf.example>', 'other'],
  ['a call for papers refusal', 'CFP decision', 'We regret to inform you that your paper submission has not been accepted for the conference. The program committee reviewed over 400 submissions.', 'Papers <papers@symposium.example>', 'other'],
  ['a scholarship refusal', 'Scholarship application outcome', 'Dear applicant, we regret to inform you that your scholarship application was not successful this year. The selection panel received a record number of applications.', 'Awards Office <awards@foundation.example>', 'other'],
  ['a bursary refusal', 'Your bursary application', 'Unfortunately, your application for the bursary has been unsuccessful on this occasion. We wish you the best with your studies.', 'Student Finance <bursary@college.example>', 'other'],
  ['a rental refusal', 'The apartment on Elm Street', 'Thanks for viewing the apartment. Unfortunately, we went with another applicant for the lease. Good luck with your search for a rental.', 'Lettings <lettings@homes.example>', 'other'],
  ['a tenancy refusal', 'Tenancy application', 'Thank you for your tenancy application. The landlord has decided to proceed with another applicant for the property.', 'Agent <agent@realty.example>', 'other'],
  ['a credit card decline', 'About your credit card application', 'We regret to inform you that we are unable to approve your credit card application at this time. This decision was based on your credit report.', 'Card Services <cards@bank.example>', 'other'],
  ['a loan refusal', 'Loan application decision', 'Unfortunately your loan application has not been successful. You may reapply in 6 months.', 'Lending <loans@bank.example>', 'other'],
  ['a university admission acknowledgement with an admissions interview', 'Application received', 'Thank you for applying to the MSc programme at our university. Your application has been received and will be reviewed by the admissions committee. Shortlisted applicants will be invited to an admissions interview in March.', 'Admissions <admissions@uni.example>', 'other'],
  ['a university admission refusal', 'Your application to the programme', 'We regret to inform you that we are unable to offer you a place on the programme this year. Admission was highly competitive.', 'Graduate Admissions <grad@uni.example>', 'other'],
  ['an offer of a place', 'Offer of a place', 'Congratulations! We are pleased to offer you a place on the BSc Computer Science course starting in September. Please accept your offer through the applicant portal.', 'Admissions <admissions@uni.example>', 'other'],
  ['a grant award', 'Grant award', 'We are pleased to offer you a research grant of $20,000 from the foundation. A formal offer letter with the grant conditions will follow.', 'Grants Team <grants@foundation.example>', 'other'],
  ['a fellowship funding award', 'Fellowship funding', 'We are delighted to offer you fellowship funding for the 2026 cohort. Your formal offer letter is attached.', 'Fellowships <fellows@institute.example>', 'other'],
  ['a visa appointment', 'Your visa appointment', 'Your consular interview for your visa application is scheduled. Please bring your passport and the appointment confirmation.', 'Embassy <visa@consulate.example>', 'other'],
  ['a volunteer programme', 'Volunteer programme', 'Thank you for applying to our volunteer programme. Unfortunately we have filled all volunteer spots for this season.', 'Volunteers <volunteer@charity.example>', 'other'],
  ['a club membership', 'Membership application', 'We have received your membership application for the club. The committee will review it at the next meeting.', 'Club <members@club.example>', 'other'],
  ['a call for speakers acknowledgement', 'Call for speakers', 'Thank you for your submission to our call for speakers. Your application has been received and the committee will be in touch.', 'Speakers <speakers@summit.example>', 'other'],
];

const JOB_DECISIONS: Case[] = [
  ['a job rejection that says unfortunately', 'Your application', 'Thank you for applying for the Data Analyst position. Unfortunately, we went with another applicant whose experience more closely matched the role.', 'Talent <jobs@acme.example>', 'rejection'],
  ['a job rejection that regrets', 'Your application', 'We regret to inform you that your application for the Backend Engineer role was not successful.', 'Recruiting <recruiting@acme.example>', 'rejection'],
  ['a job offer with a start date', 'Offer', 'We are pleased to offer you the position of Product Designer. Your start date would be 1 June and a formal offer letter will follow.', 'People <people@acme.example>', 'offer'],
  ['a job acknowledgement', 'Application received', 'Thank you for applying to the Account Manager position. Your application has been received and our recruiting team will review it.', 'Careers <careers@acme.example>', 'application_received'],
  ['an interview about a job role', 'Interview', 'We would like to invite you to interview for the Sales Associate role. Please share your availability.', 'Hiring <hiring@acme.example>', 'interview_request'],
  ['an interview in a conference room with someone named Grant', 'Interview confirmed', 'Your interview is confirmed for Tuesday 10 March at 10am in Conference Room 3. You will meet Grant and Priya from the product team.', 'Scheduling <scheduling@acme.example>', 'interview_confirmed'],
  ['a job offer that mentions visa sponsorship and a relocation apartment', 'Your offer', 'We are delighted to offer you the Software Engineer position. We will sponsor your visa and provide a furnished apartment for your first month.', 'People Team <people@acme.example>', 'offer'],
  ['a rejection for a job at a university', 'Your application', 'Thank you for applying for the Research Assistant position at the university. Unfortunately, we have decided to move forward with other candidates.', 'HR <hr@uni.example>', 'rejection'],
];

const ACKNOWLEDGEMENTS: Case[] = [
  ['a conditional rejection in an acknowledgement', 'Thank you for your application', "Thank you for applying for the Marketing Assistant position. We will review your application carefully. If you don't hear from us within 2 weeks, please assume your application has been unsuccessful on this occasion.", 'Recruitment <recruitment@acme.example>', 'application_received'],
  ['a conditional rejection with "have not heard"', 'Application received', 'We have received your application for the role of Junior Developer. If you have not heard from us within 14 days, please assume that your application has not been successful on this occasion.', 'HR <hr@acme.example>', 'application_received'],
  ['a received take-home exercise', 'Thanks!', "Hi, we've received your take-home exercise for the Frontend Engineer role. The team will review it and come back to you next week.", 'Recruiting <recruiting@acme.example>', 'application_received'],
  ['a received online assessment submission', 'Submission received', 'We have received your online assessment submission for the Graduate Analyst position. Thank you for completing it.', 'Careers <careers@acme.example>', 'application_received'],
  ['a received coding challenge', 'Coding challenge received', 'Thanks, we got your completed coding challenge. Our engineers will review it within a few days.', 'Hiring <hiring@acme.example>', 'application_received'],
  ['a referral that submitted the application', 'You have been referred', 'Good news! Sam has referred you for the Operations Manager role and your application has now been submitted. Our recruiting team will review it shortly.', 'Careers <careers@acme.example>', 'application_received'],
];

const REJECTIONS: Case[] = [
  ['a warm post-final-round rejection with a feedback call', 'Final round update', "Thank you so much for your time in the final round. It was a really close decision, but we've offered the role to another candidate who has more experience with payments. I'd be happy to jump on a call to share feedback if that would be useful.", 'Hiring Manager <lead@acme.example>', 'rejection'],
  ['a post-interview rejection offering feedback', 'Update', 'Thanks for interviewing with us. We have decided to offer the position to another candidate. If you would like feedback, I am happy to find a time for a quick call.', 'Recruiter <talent@acme.example>', 'rejection'],
  ['a Polish rejection: no further participation', 'Rekrutacja', 'Dziękujemy za udział w rekrutacji na stanowisko Analityka. Niestety, tym razem nie możemy zaproponować Pani dalszego udziału w procesie rekrutacyjnym.', 'HR <hr@firma.example>', 'rejection'],
  ['a Polish rejection: chose other candidates', 'Twoja aplikacja', 'Dziękujemy za zainteresowanie stanowiskiem. Po analizie zgłoszeń zdecydowaliśmy się na kandydatów, których doświadczenie lepiej odpowiada wymaganiom.', 'Rekrutacja <rekrutacja@firma.example>', 'rejection'],
  ['a Spanish rejection: position covered, process closed', 'Actualización de tu postulación', 'Gracias por tu interés en la vacante de Analista. Te informamos que la posición ya ha sido cubierta, por lo que el proceso de selección ha quedado cerrado.', 'Talento <talento@empresa.example>', 'rejection'],
  ['a Spanish rejection: vacancy covered', 'Tu candidatura', 'Te agradecemos tu participación. La vacante ya fue cubierta y el proceso ha concluido.', 'Reclutamiento <rh@empresa.example>', 'rejection'],
];

const ASSESSMENTS: Case[] = [
  ['a design challenge with a deadline', 'Next step: design challenge', "Thanks for chatting with us about the Product Designer role! Here's our design challenge: redesign the onboarding flow for our app. The deadline is Friday; please share a Figma file with us when you're done.", 'Design Team <design@acme.example>', 'assessment'],
  ['a writing exercise before interviews', 'Writing exercise', 'Before interviews, we ask everyone at this stage to complete a short writing exercise for the Content Strategist position. Please send your work back by 5pm Wednesday.', 'Hiring <hiring@acme.example>', 'assessment'],
  ['a case study with a time box', 'Case study', 'As the next step for the Consultant role, please complete the attached case study. It should take no more than 3 hours; send it back by Monday.', 'Recruiting <recruiting@acme.example>', 'assessment'],
  ['an online test as the next stage', 'Next stage', 'Thank you for your application for the Graduate Trainee position. We would like to invite you to the next stage: an online test. You will receive the link shortly and have 5 days to complete it.', 'Graduate Recruitment <grads@acme.example>', 'assessment'],
  ['a work sample task', 'Your task', 'For the Data Engineer position, we would like you to do a short work sample task. Please return it within 48 hours.', 'Talent <talent@acme.example>', 'assessment'],
];

const INNOCENT_TASKS: Case[] = [
  ['a school writing exercise', 'Homework', 'Please complete the short writing exercise from class and send your work back by Wednesday.', 'Teacher <teacher@school.example>', 'other'],
  ['a design challenge contest', 'Join our design challenge', 'Our monthly design challenge is live! Share a Figma file by Friday to win a prize.', 'Community <hello@designclub.example>', 'other'],
];

const INTERVIEW_REQUESTS: Case[] = [
  ['an agency recruiter whose client wants to meet', 'First stage interview', "Hi, I sent your CV over to my client and they'd like to meet you for a first-stage interview for the Finance Manager role. What's your availability next week?", 'Agency Recruiter <jo@staffing.example>', 'interview_request'],
  ['an agency recruiter after submitting the candidate', 'Good news', 'I submitted your CV to my client for the Project Manager position and they would like to interview you. Could you let me know your availability for Thursday or Friday?', 'Recruiter <alex@agency.example>', 'interview_request'],
  ['a thank-you with a phone screen invitation', 'Your application', "Thanks for your application — we'd like to invite you to a phone screen for the Support Specialist role. Please pick a slot that suits you.", 'Recruiting <recruiting@acme.example>', 'interview_request'],
  ['a thank-you with a call booking', 'Thanks for applying', 'Thank you for applying to the Account Executive position! We would like to set up a 30 minute call with you; please pick a time on my calendar.', 'Talent <talent@acme.example>', 'interview_request'],
];

const COLD_OUTREACH: Case[] = [
  ['cold outreach from an agency', 'Opportunity', 'I came across your profile and one of our clients is hiring a Senior Engineer. Would you be interested in a quick call? Let me know your availability.', 'Recruiter <sam@staffing.example>', 'other'],
];

function check([, subject, body, from, expected]: Case) {
  expect(classify(mail(subject, body, from)).kind).toBe(expected);
}

describe('decisions outside hiring stay other', () => {
  it.each(NON_JOB_DECISIONS)('%s', (...c) => check(c));
});

describe('the same words about a job keep their kind', () => {
  it.each(JOB_DECISIONS)('%s', (...c) => check(c));
});

describe('acknowledgements with a conditional rejection, a received submission or a referral', () => {
  it.each(ACKNOWLEDGEMENTS)('%s', (...c) => check(c));
});

describe('rejections that offer a call or speak Polish or Spanish', () => {
  it.each(REJECTIONS)('%s', (...c) => check(c));
});

describe('assessments that never say assessment', () => {
  it.each(ASSESSMENTS)('%s', (...c) => check(c));
});

describe('tasks outside hiring are not assessments', () => {
  it.each(INNOCENT_TASKS)('%s', (...c) => check(c));
});

describe('a step forward outranks the thank-you and the agency intro', () => {
  it.each(INTERVIEW_REQUESTS)('%s', (...c) => check(c));
});

describe('cold outreach stays other', () => {
  it.each(COLD_OUTREACH)('%s', (...c) => check(c));
});
