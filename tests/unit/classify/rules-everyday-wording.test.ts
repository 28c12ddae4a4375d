/**
 * Everyday wording: the patterns behind the misses of holdouts 5 and 6 and of a set of real mail (none of their text is
 * copied here). Look-alikes that are no step in a job search (a platform's public challenge, a mentoring scheme, an
 * introduction, a friend who agreed to be a reference, a career newsletter), the plain words of small employers,
 * rejections that say "hired internally", "cancel this search" or "won't be advancing you", receipts of a test, one-way
 * video interviews, booking tools' confirmations and Google Calendar's text invitations; then holdout 7's: withdrawn
 * postings, "not the right match", "won't be moving ahead", recorded video interviews, academic campus visits and
 * "if they'd like to meet you" in an acknowledgement. Each with a counterpart that must keep its kind.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/core/classify';
import type { EmailKind } from '../../../lib/core/detection';
import { mail } from './helpers';

type Case = readonly [name: string, subject: string, body: string, from: string, expected: EmailKind];

const NO_STEP_IN_A_SEARCH: Case[] = [
  ['a coding platform certificate for a public challenge', 'Your HackerRank certificate is ready', 'Well done! You passed the SQL (Intermediate) skill challenge. Your certificate is ready to share on your profile. The next monthly challenge opens soon: challenges are open to everyone and not linked to any employer.', 'HackerRank <no-reply@hackerrank.com>', 'other'],
  ['an employer coding test on the same platform stays an assessment', 'Coding assessment for the Backend Engineer role', 'Hi Sam, thanks for applying to the Backend Engineer position. Please complete our HackerRank coding assessment within 5 days using the link below.', 'Recruiting <recruiting@acme.example>', 'assessment'],
  ['an accepted mentoring-scheme application', 'You have been matched!', 'Thank you for applying to our autumn mentorship programme. We are happy to tell you that you have a mentee: a junior analyst keen on data engineering. Please book your first session in the next two weeks.', 'Tech Mentors <hello@mentors.example>', 'other'],
  ['an internship acknowledgement stays one', 'Thank you for applying', 'Thank you for applying to our summer internship in data engineering. We have received your application and will review it within two weeks.', 'Careers <careers@acme.example>', 'application_received'],
  ['an introduction between two people with a call', 'Re: intro - Sam <> Lee', 'Thanks Kim for the intro (moving you to bcc)! Sam, happy to share how I moved from support into product. This is not about a specific role, just a chat. Could we do a 20-minute call next week?', 'Lee <lee@company.example>', 'other'],
  ['a recruiter asking for a call about the role stays a request', 'Your application: Product Analyst', 'Hi Sam, thanks for applying to the Product Analyst position. I would like to set up a call with you to talk about the role. When suits you next week?', 'Talent <talent@acme.example>', 'interview_request'],
  ['the candidate thanking a friend who agreed to be a reference', 'Re: reference', 'Thanks so much for agreeing to be a reference! Their recruiter may call you this week. Fingers crossed for the final round!', 'Sam <sam@mail.example>', 'other'],
  ['a career newsletter named for offers', 'The Offer Desk #12: negotiating a verbal offer', "This week's question: should you accept a verbal offer on the spot? Never; ask for the written offer with salary and start date. Read the full post on our site. You're on the free list; upgrade to paid for live sessions.", 'The Offer Desk <hello@offerdesk.example>', 'other'],
  ['a real verbal offer stays an offer', 'Following up on our call', 'Hi Sam, great to share the news today! Here is a summary of the verbal offer while the written paperwork is prepared: Role: Staff Engineer. Base salary: $180,000. Start date: June 1.', 'Recruiting Lead <lead@acme.example>', 'offer'],
];

const SMALL_EMPLOYERS: Case[] = [
  ['an office manager acknowledging a CV by hand', 'Re: Application - Junior Accountant', 'Dear Sam, thanks very much for sending through your CV for the junior accountant vacancy. I have passed it on to the partner handling shortlisting. We are closing applications on the 13th.', 'Office Manager <office@firm.example>', 'application_received'],
  ['a studio that has just hired', 'Re: Junior designer', 'Thanks for sending your portfolio. To be honest we have just hired for the junior role and we are a tiny studio, so there is no room for anyone else right now.', 'Studio <studio@design.example>', 'rejection'],
  ['a kitchen that went with someone else', '', "hey Sam - thanks for coming in. we ended up going w/ someone who had more line experience, good luck out there", '', 'rejection'],
  ['a cafe offering the job in plain words', '', "The job's yours if you want it! The team loved your trial on Saturday. Can you start Monday? Let me know and I'll sort the rota.", 'Cafe Owner <owner@cafe.example>', 'offer'],
  ['a trial shift for a barista role', 'Trial shift - Head Barista', 'Thanks for dropping off your CV. We would like to invite you to a paid trial shift for the Head Barista position so we can see how you work. Which morning next week are you free?', 'Cafe <hello@cafe.example>', 'assessment'],
  ['a free trial of an app is no assessment', 'Your free trial starts today', 'Welcome! Your 14-day free trial of our design app starts today. Upgrade anytime.', 'App <hello@app.example>', 'other'],
  ['a written task before the final interview', 'Written task - Marketing Coordinator', 'Thanks for the chat. Before we arrange the final interview, we would like you to complete a short written task: a one-page launch plan. Please send it back by Thursday 5pm.', 'Hiring Manager <manager@foods.example>', 'assessment'],
];

const REJECTIONS: Case[] = [
  ['a recruiter relaying that the client went with a candidate who had more experience', 'Re: Platform Engineer role', 'Hi Sam, I heard from the client today: they decided to go with a candidate who has more operator experience, so they won’t be taking things further. Fancy a catch-up call next week?', 'Agency Recruiter <recruiter@agency.example>', 'rejection'],
  ['a staffing consultant: the client hired internally', '', 'Hi Sam, quick update on the Warehouse Supervisor role with our client: they decided to go in another direction and hired internally, so that one is closed out. I will call you about other roles.', '', 'rejection'],
  ['a search cancelled after a reorganisation', '', 'Thank you for applying for the Operations Associate role. We have made the decision to cancel this search after a reorganisation, and we will not be filling the position.', '', 'rejection'],
  ['a store position that has been filled', 'Your application with our store', 'Thank you for applying for the Cashier position at Store #12. The position you applied for has been filled. We encourage you to apply for other openings near you.', 'Store Careers <careers@store.example>', 'rejection'],
  ['an academic search: not advancing further', 'Search update', 'On behalf of the search committee, thank you for your application for the Assistant Professor position. The committee has selected candidates for campus visits, and your application will not be advancing further.', 'Search Chair <chair@college.example>', 'rejection'],
  ['a recruiter after a phone screen: won’t be advancing you', 'Re: Phone screen follow up', 'Thanks for the chat last week. The team has decided to move forward with candidates who have more hands-on Kafka experience, so we won’t be advancing you to the next round for this one.', 'Recruiter <recruiter@acme.example>', 'rejection'],
  ['a job board relaying a terse rejection above suggestions', 'Application update', 'An update on your application for Shift Lead at Harbor Logistics. The employer has reviewed your application and is not moving forward at this time. Here are similar jobs you may be interested in. View all jobs', 'Indeed <no-reply@indeed.com>', 'rejection'],
  ['an ATS notice that did not select the application', '', 'Thank you for your interest in the Software Engineer position. Unfortunately, the company did not select your application to move forward in the hiring process.', '', 'rejection'],
  ['a soft rejection without a strong mutual fit', '', 'Thank you for applying! While our team was impressed by your background, we unfortunately don’t see a strong mutual fit at this time for the role.', '', 'rejection'],
  ['an offer extended out to another candidate', '', 'Thank you for your interest in the Engineer position. We had many applicants and have extended an offer out to a candidate. We hope you will keep in touch.', '', 'rejection'],
  ['a Spanish rejection continuing with other people', '', 'Hola Ana, gracias por tu interés en el puesto de Analista. Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a la posición.', '', 'rejection'],
  ['a Polish rejection continuing with other candidates', '', 'Dziękujemy za zainteresowanie stanowiskiem Analityka. Podjęliśmy decyzję o kontynuowaniu procesu z innymi kandydatami.', '', 'rejection'],
  ['a posting withdrawn after a reorganisation', 'Position withdrawn - Junior Researcher', 'We wanted to let you know that we have withdrawn the posting for the Junior Researcher role. This means we won’t be proceeding with any applications for the role, including yours.', 'Studio <hello@studio.example>', 'rejection'],
  ['a manager who does not think it is the right match', '', 'Wanted to close the loop after our call. I enjoyed it, but after talking it over with the team I don’t think this is the right match right now for the role.', '', 'rejection'],
  ['a coordinator: won’t be moving ahead at this time', '', 'Thanks for your patience. We have reviewed your application for the Sales role and won’t be moving ahead at this time.', '', 'rejection'],
  ['a recruiter who will take things further is no rejection', 'Good news', 'Hi Sam, the client wants to take things further: they would like to invite you to an interview for the Platform Engineer role. What times work for you?', 'Agency Recruiter <recruiter@agency.example>', 'interview_request'],
  ['a job alert with similar jobs stays an alert', 'Jobs you may be interested in', 'Similar jobs you may be interested in: Shift Lead, Forklift Supervisor. View all jobs. Unsubscribe', 'Job Board <alerts@jobboard.example>', 'other'],
];

const TESTS_AND_RECEIPTS: Case[] = [
  ['a take-home received', 'Take-home received - thanks!', 'Just confirming we got your take-home submission. Two engineers will review it this week and I will get back to you by Monday.', 'Engineering Manager <em@startup.example>', 'application_received'],
  ['a repo link that came through in a reply about the exercise', 'Re: Take-home exercise', 'Got it, thanks - your repo link came through fine. I will go through it with the team this week.', 'Engineering Manager <em@startup.example>', 'application_received'],
  ['a take-home to submit stays an assessment', 'Take-home exercise', 'Thanks for the chat! As the next step, please complete the take-home exercise and submit your solution by Friday.', 'Engineering Manager <em@startup.example>', 'assessment'],
  ['a one-way video interview with a deadline', 'Video Interview Invitation (Action Required)', 'Thank you for your interest in the Associate position. As the next step, we invite you to complete an on-demand video interview: record your responses to 5 questions before Sunday 11:59 PM.', 'Talent <noreply@videohire.example>', 'assessment'],
  ['a completed one-way video interview', 'Thank you for completing your video interview', 'Thank you for completing your on-demand video interview for the Associate position. Your responses have been submitted successfully and will be reviewed by our recruiting team.', 'Talent <noreply@videohire.example>', 'application_received'],
  ['a recorded video interview to complete', 'Action required: complete your video interview', 'Thank you for your interest in the Associate position. We would like to invite you to complete a recorded video interview: record each answer within 2 minutes, any time before Thursday.', 'Talent Team <talent@acme.example>', 'assessment'],
  ['a reply that got the take-home and shared the repo', 'Re: Take-home exercise - Frontend Engineer', 'Got it, thanks for sending this over ahead of the deadline! I have shared your repo with the frontend team and they will review it this week.', 'Recruiter <recruiter@acme.example>', 'application_received'],
  ['a live video interview to schedule stays a request', 'Video interview', 'Hi Sam, thank you for applying to the Associate position. We would like to invite you to a video interview with the hiring manager. Please let us know your availability this week.', 'Talent <talent@acme.example>', 'interview_request'],
];

const FIXED_TIMES: Case[] = [
  ['a booking tool confirming a phone screen', 'New Event: Sam - 09:00am Tue, Feb 10, 2026 - Phone Screen', 'A new event has been scheduled. Event Type: Phone Screen - Acme. Event Date/Time: 09:00am - Tuesday, February 10, 2026 (Central Time). Powered by Calendly.com', 'Calendly <notifications@calendly.com>', 'interview_confirmed'],
  ['a booking tool confirming a haircut is no interview', 'New Event: Haircut', 'A new event has been scheduled. Event Type: Haircut. Event Date/Time: 09:00am - Tuesday, February 10, 2026. Powered by Calendly.com', 'Calendly <notifications@calendly.com>', 'other'],
  ['a Google Calendar invitation for a final round', 'Updated invitation: Final round - Acme @ Fri Apr 24, 2026 11:00 - 15:00 (PDT)', 'This event has been changed.\nFinal round - Acme\nWhen: Friday Apr 24, 2026 11:00 – 15:00 Pacific Time\nAgenda: 11:00 system design; 12:00 lunch with the team.\nGoing? Yes - Maybe - No', 'Hiring Manager <hm@acme.example>', 'interview_confirmed'],
  ['a Google Calendar invitation for a team lunch is no interview', 'Invitation: Team lunch @ Fri Apr 24, 2026 12:00 - 13:00 (PDT)', 'Team lunch\nWhen: Friday Apr 24, 2026 12:00 – 13:00 Pacific Time\nGoing? Yes - Maybe - No\nInvitation from Google Calendar', 'Colleague <colleague@company.example>', 'other'],
  ['an academic campus visit confirmed over two days', '', 'Dear Dr. Lee, we are delighted to confirm your campus visit on Monday, March 30 and Tuesday, March 31.\n8:30 AM Breakfast with the search committee\n3:30 PM Job talk', '', 'interview_confirmed'],
  ['an acknowledgement that says the manager will reach out if they would like to meet', 'Application received', 'Thanks for applying for Sales Associate at Store #412! We have got your application. If they’d like to meet you, the hiring manager will reach out to set up an interview.', 'Store Hiring <jobs@store.example>', 'application_received'],
  ['an acknowledgement that says the store will call if it is a match', 'Thanks for applying!', 'Thanks for applying to be a Team Member at Store #418. We got your application. If it’s a match, the store will call you to set up an interview.', 'Store Careers <noreply@store.example>', 'application_received'],
];

describe.each([
  ['look-alikes that are no step in a job search', NO_STEP_IN_A_SEARCH],
  ['small employers in their own words', SMALL_EMPLOYERS],
  ['rejections in the words real mail uses', REJECTIONS],
  ['tests, receipts and one-way video interviews', TESTS_AND_RECEIPTS],
  ['booking tools and calendar invitations', FIXED_TIMES],
])('%s', (_group, cases) => {
  it.each(cases)('%s', (_name, subject, body, from, expected) => {
    expect(classify(mail(subject, body, from)).kind).toBe(expected);
  });
});
