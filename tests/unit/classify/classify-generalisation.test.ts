import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/core/classify/index';
import type { EmailKind } from '../../../lib/core/detection';
import { mail } from './helpers';

// Shapes of real job mail that phrase lists alone miss, written for this project (invented companies and people),
// each beside innocent look-alikes that must keep their kind. One table per pattern: [name, subject, body, from].
type Case = [name: string, subject: string, body: string, from: string];

const expectKind = (kind: EmailKind) => (_name: string, subject: string, body: string, from: string) => {
  expect(classify(mail(subject, body, from)).kind).toBe(kind);
};

describe('a fixed date and time for an interview is a confirmation, even without the word "confirmed"', () => {
  it.each<Case>([
    ['a thread reply accepting the slot the candidate offered', 'Re: Availability', "Hi Sam,\n\nThanks for sending those over. Wednesday at 3:30pm ET works for the interview with our engineering lead; I'll send an invite shortly.\n\nBest,\nMarta\n\nOn Mon, Mar 2, 2026 at 9:12 AM Sam Lee <sam@example.com> wrote:\n> Hi Marta, I'm available Tuesday after 2pm or Wednesday afternoon.", 'Marta Quell <marta@quillon.io>'],
    ['a reply accepting a slot, the interview named only in the quoted thread', 'Re: Next steps for the Data Analyst role', "Perfect — Thursday at 11am PT it is. I'll send a calendar invite with the Zoom link.\n\nMarta\n\nOn Tue, Mar 3, 2026, Sam Lee wrote:\n> Thanks for the invitation to interview! Thursday at 11am PT or Friday morning would suit me.", 'marta@quillon.io'],
    ['a German confirmation with a full date, "um 14:00 Uhr" and an address', 'Ihr Termin bei der Brightwell GmbH', 'Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem persönlichen Gespräch am Dienstag, den 17. März 2026 um 14:00 Uhr ein.\n\nAdresse: Brightwell GmbH, Lindenstraße 12, 10969 Berlin\n\nMit freundlichen Grüßen\nPersonalabteilung', 'personal@brightwell.de'],
    ['a German short confirmation', 'Vorstellungsgespräch', 'Hallo Sam, wie besprochen sehen wir uns am Freitag, 20.03.2026 um 10:30 Uhr in unserem Büro zum Vorstellungsgespräch. Bitte melde dich am Empfang.', 'jobs@tamsin.de'],
    ['a reschedule: "we\'ve moved your interview to"', 'Change to your interview time', "Hi Sam, our hiring manager had a conflict, so we've moved your interview to Friday, March 13 at 11:00 AM ET. The video link is unchanged. Sorry for the shuffle!", 'Recruiting <recruiting@quillon.io>'],
    ['a reschedule: "pushed to"', 'Interview update', 'Hi Sam, quick heads-up: your interview with the design team has been pushed to Monday at 2:00 PM PT. Same Zoom link as before.', 'talent@tamsin.io'],
    ['an onsite itinerary with a schedule, travel and hotel', 'Your onsite itinerary - Staff Engineer', 'Hi Sam,\n\nWe are looking forward to hosting you for your onsite interview.\n\nDate: Thursday, March 19, 2026\nLocation: 500 Harbor Way, Floor 4\n\nSchedule\n9:00 AM - Welcome with Priya (Recruiter)\n9:30 AM - System design interview\n11:00 AM - Coding interview\n12:00 PM - Lunch with the team\n1:30 PM - Hiring manager conversation\n\nTravel: your flight details are attached. Hotel: two nights at the Grand Pier Hotel, confirmation #88231.', 'Quillon Recruiting <no-reply@ashbyhq.com>'],
    ['a terse "we\'re on for tomorrow at 10"', 'Re: Backend Engineer role', "Hi Sam, just confirming we're on for tomorrow at 10 at our office. Ask for me at reception on the 3rd floor.\n\nDev\nEngineering Manager", 'dev@quillon.io'],
    ['a terse note with a relative day and a time', 'Tomorrow', 'Hi Sam, looking forward to our interview tomorrow at 2pm. I will call you on the number from your resume.', 'hiring@tamsin.io'],
    ['a calendar "Updated invitation" with the time in the subject and a When: line', 'Updated invitation: Technical Interview - Sam Lee @ Thu Mar 12, 2026 11am - 12pm (EDT)', 'This event has been changed.\nTechnical Interview - Sam Lee\nWhen: Thursday Mar 12, 2026 11am – 12pm Eastern Time - New York\nJoining info: Join with Google Meet meet.google.com/abc-defg-hij\nGoing? Yes - Maybe - No', 'Google Calendar <calendar-notification@google.com>'],
    ['a calendar "Invitation:" for a screening call', 'Invitation: Phone screen with Quillon @ Mon Mar 9, 2026 10am - 10:30am (PST)', 'You have been invited to the following event.\nWhen: Monday Mar 9, 2026 10am – 10:30am Pacific Time\nCalendar: sam@example.com\nView your event at https://calendar.google.com/event?eid=1', 'Google Calendar <calendar-notification@google.com>'],
    ['a confirmation that says what to do if the candidate cannot attend', 'Your interview', 'Hi Sam, we look forward to your interview on Monday, March 16 at 10:00 AM at our office. If you are not able to attend, please let us know.', 'talent@quillon.io'],
    ['an Outlook-style invitation with a When: line', 'Interview: Sam Lee / Finance Analyst', 'When: Wednesday, March 11, 2026 3:00 PM-4:00 PM (UTC+01:00) Amsterdam, Berlin\nWhere: Microsoft Teams Meeting\n\nInterview for the Finance Analyst position with Jana and Tomas.', 'jana@brightwell.nl'],
  ])('%s', expectKind('interview_confirmed'));

  it.each<Case>([
    ['an invitation that offers several slots stays a request', 'Interview for the Analyst role', 'Hi Sam, we would like to invite you to an interview. Would Tuesday at 10am, Wednesday at 2pm or Thursday at 11am work for you?', 'talent@tamsin.io'],
    ['a single proposed slot asked as a question stays a request', 'Interview?', 'Hi Sam, thanks for applying to the Designer role. Could you do a video interview on Monday at 3pm?', 'hiring@quillon.io'],
    ['an invitation with a deadline to reply stays a request', 'Interview invitation', 'Dear Sam, we would like to invite you to an interview for the Accountant position. Please let us know your availability by Friday at 5pm.', ''],
    ['a booking-link request that names when the link expires stays a request', 'Schedule your interview', 'Hi Sam, please use the link below to schedule your interview for the Support role. The link expires on March 12 at 11:59 PM.', 'no-reply@goodtime.io'],
  ])('%s', expectKind('interview_request'));

  it.each<Case>([
    ['a meeting with an accountant (a job word) is not an interview', 'Your appointment', 'Your meeting with the accountant has been scheduled for Monday at 9am at our office.', ''],
    ['a dentist confirmation with a date and time', 'Appointment confirmed', 'Your appointment is confirmed for Thursday, March 12 at 10:30 AM. Please arrive 10 minutes early.', 'no-reply@dental.test'],
    ['a team lunch invitation from a calendar', 'Invitation: Team lunch @ Fri Mar 13, 2026 12pm - 1pm (CET)', 'When: Friday Mar 13, 2026 12pm – 1pm Central European Time\nJoining info: Join with Google Meet', 'Google Calendar <calendar-notification@google.com>'],
    ['a contractor confirming tomorrow at 10', 'Tomorrow', "Hi Sam, confirming we're on for tomorrow at 10 to look at the kitchen. I'll bring the tile samples.", ''],
    ['a public interview with a CEO, with a time', 'Live: an interview with our CEO', 'Join us for a live interview with our CEO on Tuesday at 5pm, streamed on our site.', 'events@saas.test'],
    ['a newsletter about interviews with a live session time', 'This week', 'This week on the blog: how we run interviews. Live Q&A on Thursday at 4pm.', 'newsletter@company.test'],
  ])('%s', expectKind('other'));

  it('keeps a confirmed interview confirmed when the date line is the only clue beside "interview"', () => {
    const result = classify(mail('Re: Interview', 'Great, see you Tuesday, March 10 at 2:30 PM at our office.', 'hr@quillon.io'));
    expect(result.kind).toBe('interview_confirmed');
    expect(result.evidence.map((e) => e.signal)).toContain('interview at a fixed date and time');
  });
});

describe('a hiring manager may ask for a conversation without saying "interview"', () => {
  it.each<Case>([
    ['are you free for a quick chat', 'Your application', 'Hi Sam, thanks for applying. I lead the data team and would like to learn more about you. Are you free for a quick chat this week about the role?', 'Nadia <nadia@quillon.io>'],
    ["let's find time to talk", 'Product Designer position', "Hi Sam, I read your application with interest. Let's find time to talk about the position — what does Thursday or Friday look like for you?", 'ana@tamsin.io'],
    ['do you have time for a call', 'Re: Support Engineer application', 'Hi Sam, thanks for your application! Do you have time for a call this week to discuss the role?', 'hiring@brightwell.io'],
    ['hop on a call', 'Following up on your application', "Hi Sam, I'm the hiring manager for the Analyst role you applied for. Would you be up for hopping on a call sometime next week? Send me a few times that suit you.", 'lee@quillon.io'],
    ['grab 30 minutes', 'Backend role', "Hi Sam, I'm the engineering manager for the Backend role you applied to. I'd love to grab 30 minutes with you next week to talk through the team. When are you free?", 'omar@tamsin.io'],
  ])('%s', expectKind('interview_request'));
});

describe('a job board acknowledgement stays an acknowledgement under its "similar jobs" footer', () => {
  it.each<Case>([
    ['LinkedIn: sent to, then similar jobs', 'Sam, your application was sent to Quillon', 'Your application was sent to Quillon\nData Analyst · Quillon · Berlin (Hybrid)\nApplied on March 5, 2026\n\nSimilar jobs\nData Analyst - Tamsin - Remote - Easy Apply\nBI Analyst - Brightwell - 3 days ago\nJobs you may be interested in\nView all jobs', 'LinkedIn <jobs-noreply@linkedin.com>'],
    ['LinkedIn: sent to, then jobs you may be interested in', 'Your application was sent to Tamsin Labs', 'Your application was sent to Tamsin Labs.\nProduct Manager\n\nJobs you may be interested in\nSenior PM · Quillon · Actively recruiting\nPM II · Brightwell · Easy Apply\nRecommended jobs for you. New jobs posted 2 days ago.', 'LinkedIn <jobs-noreply@linkedin.com>'],
    ['Indeed: application submitted, then recommended jobs', 'Indeed Application: Barista', 'Application submitted\nBarista - Brightwell Coffee - Hamburg\n\nThe employer will review your application.\n\nRecommended jobs\nShift Lead - Cafe Nord - new\nBarista - Bean & Co - Easy apply\nJobs for you. Similar jobs near Hamburg.', 'Indeed <indeedapply@indeed.com>'],
    ['Indeed: subject says submitted, body opens with the job', 'Application submitted: Warehouse Associate', 'Warehouse Associate\nQuillon Logistics - Leipzig\n\nYour application has been submitted.\n\nJobs you might like\nForklift Driver - 2 days ago\nPicker - new jobs\nRecommended jobs', 'Indeed <indeedapply@indeed.com>'],
  ])('%s', expectKind('application_received'));

  it.each<Case>([
    ['a job alert with no acknowledgement stays an alert', 'Data Analyst: 12 new jobs', 'Jobs you may be interested in\nData Analyst - Quillon - Easy Apply\nBI Analyst - Tamsin - 3 days ago\nSimilar jobs\nView all jobs', 'LinkedIn <jobalerts-noreply@linkedin.com>'],
    ['a job alert that invites you to apply stays an alert', 'Quillon is hiring', 'We would like to invite you to apply: Senior Analyst at Quillon.\nRecommended jobs\nJobs you may be interested in\nView all jobs', 'LinkedIn <jobs-noreply@linkedin.com>'],
  ])('%s', expectKind('other'));
});

describe('a deadline warning inside an assessment invitation is not a rejection', () => {
  it.each<Case>([
    ['"will not be considered further" if not completed', 'Your online assessment', 'Hi Sam, thank you for applying to the Graduate Analyst programme. Please complete the online assessment by 15 March. If you do not complete the assessment by then, your application will not be considered further.', 'grad@brightwell.co.uk'],
    ['"otherwise" we cannot move forward', 'Coding challenge', 'Hi Sam, the next step is a coding challenge on the platform linked below. Please submit it within 5 days; otherwise, we will not be able to move forward with your application.', 'recruiting@quillon.io'],
    ['"failure to complete"', 'Assessment invitation - Support Specialist', 'Dear Sam, you are invited to complete our skills assessment. Failure to complete the assessment within 72 hours will result in your application no longer being considered.', 'no-reply@tamsin.io'],
    ['"if we do not receive"', 'Take-home assignment', "Hi Sam, attached is the take-home assignment for the Frontend role. If we don't receive your solution by Monday, we won't be able to proceed with your application.", 'eng@quillon.io'],
    ['"applications without a completed test"', 'Next step: online test', 'Dear Sam, please complete the online test for the Trainee position by Sunday. Applications without a completed test will not be considered further.', ''],
  ])('%s', expectKind('assessment'));

  it.each<Case>([
    ['a real rejection that mentions a past assessment', 'Your application', 'Hi Sam, thank you for completing the assessment. Unfortunately, your application will not be considered further.', 'recruiting@quillon.io'],
    ['a rejection after the test with "not to move forward"', 'Assessment outcome', 'Dear Sam, after reviewing your coding test, we have decided not to move forward with your application.', ''],
  ])('%s', expectKind('rejection'));
});

describe('rejections written in other ways', () => {
  it.each<Case>([
    ['Spanish: continuar el proceso con otros candidatos', 'Tu candidatura', 'Hola Sam, gracias por tu interés en el puesto de Analista. Tras revisar todos los perfiles, hemos decidido continuar el proceso con otros candidatos.', ''],
    ['Spanish: seguir adelante con otros candidatos', 'Proceso de selección', 'Estimado Sam, te agradecemos el tiempo dedicado. En esta ocasión hemos decidido seguir adelante con otros candidatos cuyo perfil encaja mejor.', ''],
    ['Spanish: no continuar con tu candidatura', 'Actualización', 'Hola Sam, tras la entrevista hemos decidido no continuar con tu candidatura para la vacante.', ''],
    ['Spanish: otro candidato', 'Puesto de diseñador', 'Hola Sam, gracias por participar en el proceso. Finalmente hemos elegido a otro candidato para el puesto.', ''],
    ['terse: we ended up going another direction', 'Re: Product Designer role', 'Hi Sam, thanks again for your time. We ended up going another direction, but I really enjoyed our conversation.', 'lena@quillon.io'],
    ['terse: we went with someone else', 'Re: Interview follow-up', "Hey Sam, wanted to let you know we went with someone else for the role. Appreciate you taking the time to interview with us.", 'omar@tamsin.io'],
    ['terse: the team decided to go with another candidate', 'Update', 'Hi Sam, after your final interview the team decided to go with another candidate. Thanks so much for your time.', 'recruiting@brightwell.io'],
    ['terse: hired someone else', 'Re: Barista position', "Hi Sam, sorry for the slow reply — we've hired someone else for the barista position. Good luck!", 'cafe@quillon.io'],
  ])('%s', expectKind('rejection'));

  it.each<Case>([
    ['a project going another direction is not a rejection', 'Design review', 'Hi team, after the review we ended up going another direction with the logo. New mockups attached.', ''],
    ['a restaurant that went with someone else for catering', 'Catering', 'Thanks for the quote. We went with someone else for the catering this time.', ''],
  ])('%s', expectKind('other'));
});

describe('look-alikes of offers and interviews stay other', () => {
  it.each<Case>([
    ['a shop "pleased to offer you 25% off"', 'Congratulations!', "Congratulations! We're pleased to offer you 25% off your next order. Use code SPRING25 at checkout.", 'promo@shop.test'],
    ['a service "delighted to offer you" a free month', 'A gift for you', 'As a valued member we are delighted to offer you a free month of Premium. Upgrade now.', 'hello@streaming.test'],
    ['a bank "happy to offer you" a card', 'You are pre-approved', 'Good news, Sam: we are happy to offer you our Platinum card with no annual fee.', 'offers@bank.test'],
    ['a webinar on negotiating your job offer', 'Live webinar: How to negotiate your job offer', 'Join our career coach on Thursday at 6pm to learn how to negotiate your job offer and salary. Save your seat today!', 'events@careerschool.test'],
    ['a course on acing the interview', 'Ace your interview in 7 days', 'Our new course teaches you how to ace your interview: answering behavioural questions, salary talk and follow-ups. Enroll now for 30% off.', 'hello@learnplatform.test'],
    ['a workshop invitation about interviews', 'Workshop: land the offer', 'Sign up for our free workshop on Tuesday at 5pm: how to prepare for your interview and how to evaluate an offer of employment.', 'careers@university.test'],
    ['an internal request to join an interview panel', 'Interview panel for Senior Engineer candidate', 'Hi Sam, could you join the interview panel for a Senior Engineer candidate on Thursday at 2pm? The candidate packet and scorecard are in the hiring portal.', 'lena@mycompany.test'],
    ['an internal request to interview a candidate', 'Can you interview a candidate Friday?', 'Hi Sam, we have a Data Analyst candidate coming in Friday at 10am. Would you be able to interview them for 45 minutes? Please submit your feedback in the scorecard afterwards.', 'recruiting@mycompany.test'],
    ['interviewer training', 'Interviewer training: confirmed for Wednesday', 'Hi Sam, your interviewer training session is confirmed for Wednesday at 1pm. After it you will be added to the interview rotation.', 'people@mycompany.test'],
    ['recruiter cold outreach with a booking link', 'Senior Backend opportunity', 'Hi Sam, I came across your profile and think you would be a great fit for a Senior Backend Engineer role at a fintech client. If you are open to it, grab a time on my Calendly: https://calendly.com/recruiter-jo/intro', 'Jo <jo@talentbridge.test>'],
    ['recruiter cold outreach asking for availability', 'Quick question', "Hi Sam, I'm reaching out because your background caught my eye for a Staff Engineer role we're hiring for. What does your availability look like this week for a 15-minute intro call?", 'Kai <kai@startup.test>'],
    ['recruiter cold outreach asking for a chat', 'Opportunity at a Series B startup', "Hi Sam, I noticed your experience with distributed systems. We're building a platform team and I'd love to set up a quick chat. Are you free Thursday?", 'Rita <rita@agency.test>'],
  ])('%s', expectKind('other'));

  it.each<Case>([
    ['a real offer that says "pleased to offer you" with the role', 'Offer', 'Hi Sam, we are pleased to offer you the position of Data Analyst with a starting salary of EUR 55,000.', ''],
    ['a real offer: "happy to offer you" and a start date', 'Good news', 'Sam, we are happy to offer you a place on our team as Junior Developer, with a start date of 1 April.', ''],
  ])('%s', expectKind('offer'));

  it.each<Case>([
    ['a recruiter booking link after an application', 'Your application to Quillon', 'Hi Sam, thanks for applying to the Backend Engineer role! I came across your application and would love to chat. Grab a time on my Calendly: https://calendly.com/quillon-jo/screen', 'Jo <jo@quillon.io>'],
    ['a recruiter who asks "would you be interested" after an application', 'Phone screen', 'Hi Sam, thanks for applying to our Sales role. Would you be interested in a 20-minute phone screen this week? Let me know what times work.', 'sales-hiring@tamsin.io'],
  ])('%s', expectKind('interview_request'));
});

describe('a date beside an interview that is not the candidate\'s slot keeps the email\'s kind', () => {
  it.each<[kind: EmailKind, subject: string, body: string]>([
    ['application_received', 'Thanks for applying', 'Thank you for applying to the Trainee programme. If you are selected for an interview, interviews will take place on Monday 23 March at 9:00 in Leeds.'],
    ['offer', 'Your offer', 'Hi Sam, following your interview we are pleased to share that we would like you to join our team as Analyst. Your start date is Monday, April 6 at 9am.'],
  ])('%s: %s', (kind, subject, body) => {
    expect(classify(mail(subject, body)).kind).toBe(kind);
  });
});

describe('a second set of phrasings, written after the rules, to check that they generalise', () => {
  it.each<[kind: EmailKind, subject: string, body: string, from: string]>([
  ['interview_confirmed', 'Your chat with the hiring manager', 'Hi Sam, thanks for picking a time. We will see you Thursday, March 12 at 1pm PT for your chat with the hiring manager. Zoom details below.', 'talent@quillon.io'],
  ['interview_confirmed', 'Video interview - Quillon', 'Hi Sam, your video interview with Quillon is on Monday 9 March, 16:00–16:45 CET. Join via Teams using the link below.', ''],
  ['interview_confirmed', 'Entrevista', 'Hola Sam, te confirmamos la entrevista el jueves 12 de marzo a las 10:00 en nuestras oficinas de Madrid.', ''],
  ['interview_confirmed', 'Entretien', 'Bonjour Sam, nous avons le plaisir de vous recevoir en entretien le mardi 10 mars à 9h30 dans nos locaux.', ''],
  ['interview_confirmed', 'Re: Interview times', 'Thursday 2pm is perfect. Calendar invite to follow with the Meet link. Speak then!\n\nOn Tue, Mar 3, 2026 at 8:00 AM Sam <sam@x.com> wrote:\n> Thanks for the interview invitation. Thursday 2pm or Friday 10am work for me.', 'ana@tamsin.io'],
  ['interview_confirmed', 'Second round interview', 'Hi Sam, great news: the team would like to see you for a second round. It will take place on Friday 13 March from 10:00 to 12:00 at our Berlin office. Please bring an ID.', ''],
  ['interview_request', 'Next steps', "Hi Sam, we'd love to have you in for a conversation with the team about the Product role. Please use this link to pick a slot that suits you: https://calendly.com/tamsin/team", ''],
  ['interview_request', 'Quick call?', 'Hi Sam, thanks for your application to the Analyst position. Are you available for a 30-minute video call next Tuesday or Wednesday? Let me know what suits.', ''],
  ['interview_request', 'Meet the team', "Hi Sam, I'd like to set up some time for you to meet the team about the Designer role — please reply with a few windows that work next week.", 'hr@quillon.io'],
  ['application_received', 'You applied to Quillon', 'You applied to Data Analyst at Quillon.\nYour application has been sent. Good luck!\nMore jobs like this\nBI Analyst - Tamsin - 2 days ago\nJobs you might like', 'Glassdoor <noreply@glassdoor.com>'],
  ['rejection', 'Re: Analyst role', "Hi Sam, thanks for your patience. We've decided to pass on moving forward with your candidacy.", ''],
  ['rejection', 'Update on the role', "Hi Sam, thanks again for interviewing. We've offered the role to another applicant, but we'd love to stay in touch.", ''],
  ['rejection', 'Your application', 'Hi Sam, thank you for applying. Unfortunately we have paused hiring for this role and are closing all applications.', ''],
  ['rejection', 'Tu candidatura', 'Hola Sam, lamentablemente no podemos avanzar con tu candidatura en este momento.', ''],
  ['rejection', 'Ihre Bewerbung', 'Sehr geehrter Herr Lee, leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.', ''],
  ['rejection', 'Re: Interview', "Hi Sam, I'm afraid we've decided not to proceed. We chose a candidate with more industry experience. Best of luck.", ''],
  ['assessment', 'Your assessment', 'Hi Sam, please complete the HackerRank challenge within 3 days. Candidates who do not complete it in time will be removed from the process.', ''],
  ['assessment', 'Case study', "Hi Sam, next step for the Strategy role is a case study. Please send your deck by Monday 9am; late submissions can't be considered.", ''],
  ['offer', 'Offer', "Hi Sam, we're excited to offer you the Senior Analyst role at a base salary of $120,000. Details attached.", ''],
  ['other', 'Reminder: interviewing tomorrow', "Reminder: you're interviewing Alex Chen tomorrow at 2pm for the SRE role. Please review the candidate's resume beforehand.", 'recruiting@mycompany.test'],
  ['other', 'Early access', "We're excited to offer you early access to our new budgeting app. Download it today.", 'hello@app.test'],
  ['other', 'Invitation: Coffee chat @ Tue Mar 10 3pm', 'When: Tue Mar 10, 2026 3pm – 3:30pm\nCoffee chat with Priya', 'Google Calendar <calendar-notification@google.com>'],
  ['other', 'Your appointment', 'Hi Sam, your career coaching session is booked for Thursday at 4pm. We will work on your interview skills.', 'coach@careers.test'],
  ['other', 'Hiring now!', "We're hiring baristas! Walk-in interviews this Saturday from 10am to 2pm at our Main Street store.", 'news@cafe.test'],
    ['interview_confirmed', 'Thursday', "Hi Sam, you're interviewing with our VP of Data on Thursday at 11am ET. The Zoom link is in the invite.", 'recruiting@quillon.io'],
  ])('%s: %s', (kind, subject, body, from) => {
    expect(classify(mail(subject, body, from)).kind).toBe(kind);
  });
});

describe('a third set: informal calls, job-board footers, terse and internal rejections, promotions', () => {
  it.each<[kind: EmailKind, subject: string, body: string, from: string]>([
  ['interview_request', 'Your application', 'Hi Sam, would you be open to a call next week to discuss your application for the Analyst role?', 'lee@quillon.io'],
  ['interview_request', 'Data Engineer role', "Hi Sam, I'm the hiring manager for the Data Engineer role. I'd love to chat — when suits you this week?", 'lee@quillon.io'],
  ['interview_request', 'Re: Your application for the Ops role', 'Thanks Sam! Could we jump on a quick Zoom on Thursday or Friday? Let me know what time is good.', 'lee@quillon.io'],
  ['interview_request', 'Next step', 'Hi Sam, thanks for applying to the Marketing Lead role. The next step is a 20-minute call with me. Book any slot here: https://cal.com/lee/20min', 'lee@quillon.io'],
  ['application_received', 'Application sent', 'Your application was sent to Quillon.\nSenior Analyst\nYou can track this in My Jobs.\nPeople also viewed\nJobs similar to this one\nView similar jobs', 'LinkedIn <jobs-noreply@linkedin.com>'],
  ['rejection', 'Re: Designer role', "Hi Sam — just wanted to close the loop. We've decided to move ahead with someone whose experience is closer to what we need. Thanks so much for your time.", ''],
  ['rejection', 'Candidatura', 'Hola Sam, gracias por tu tiempo. Hemos decidido seguir con otros perfiles que se ajustan más al puesto.', ''],
  ['rejection', 'Update', "Hi Sam, thanks for interviewing with us. We've decided to hire internally for this role.", ''],
  ['assessment', 'Assessment reminder', 'Hi Sam, a reminder that your coding assessment for the Backend role closes on Friday. If not completed by then, your application will be withdrawn.', ''],
  ['other', 'Our interview series', 'In this month\'s interview series we talk to three hiring managers about what they look for. Read on our blog.', 'news@hrblog.test'],
  ['other', '20% off interview coaching', 'Congratulations! You qualify for 20% off our interview coaching package. Book now.', 'promo@coach.test'],
    ['other', 'Quick call?', 'Hi Sam, can we have a quick call tomorrow about the Q3 roadmap? The manager wants an update.', 'lena@mycompany.test'],
    ['other', 'Your policy', 'Hi Sam, could we call you this week about renewing your car insurance? Let us know a good time.', 'sales@insure.test'],
    ['other', 'Live event', "You're invited to a live conversation about careers in tech with our founder on Tuesday. Save your seat.", 'events@network.test'],
  ])('%s: %s', (kind, subject, body, from) => {
    expect(classify(mail(subject, body, from)).kind).toBe(kind);
  });
});
