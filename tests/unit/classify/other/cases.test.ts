/**
 * Not job mail (`other`): everything that only looks like a step of the candidate's job search: decisions outside
 * hiring (a scholarship, a lease, a loan), appointments and meetings that are not the candidate's interview, press
 * interviews, recruiters' cold outreach, job alerts, courses and promotions, a colleague's internal hiring mail.
 *
 * One row per email, grouped by the language it is written in: [what it is, subject, body, sender]. Written for this
 * project (invented companies and people). A comment names the question a run of rows answers; the rows of other
 * kinds that answer it sit in the other kinds' folders.
 */
import { readsAs } from '../../../support/classify-table';

readsAs('other', {
  English: [
    // a fixed date and time for an interview is a confirmation, even without the word "confirmed"
    ['a meeting with an accountant (a job word) is not an interview', 'Your appointment', 'Your meeting with the accountant has been scheduled for Monday at 9am at our office.', ''],
    ['a dentist confirmation with a date and time', 'Appointment confirmed', 'Your appointment is confirmed for Thursday, March 12 at 10:30 AM. Please arrive 10 minutes early.', 'no-reply@dental.test'],
    ['a team lunch invitation from a calendar', 'Invitation: Team lunch @ Fri Mar 13, 2026 12pm - 1pm (CET)', 'When: Friday Mar 13, 2026 12pm – 1pm Central European Time\nJoining info: Join with Google Meet', 'Google Calendar <calendar-notification@google.com>'],
    ['a contractor confirming tomorrow at 10', 'Tomorrow', "Hi Sam, confirming we're on for tomorrow at 10 to look at the kitchen. I'll bring the tile samples.", ''],
    ['a public interview with a CEO, with a time', 'Live: an interview with our CEO', 'Join us for a live interview with our CEO on Tuesday at 5pm, streamed on our site.', 'events@saas.test'],
    ['a newsletter about interviews with a live session time', 'This week', 'This week on the blog: how we run interviews. Live Q&A on Thursday at 4pm.', 'newsletter@company.test'],
    // a job board acknowledgement stays an acknowledgement under its "similar jobs" footer
    ['a job alert with no acknowledgement stays an alert', 'Data Analyst: 12 new jobs', 'Jobs you may be interested in\nData Analyst - Quillon - Easy Apply\nBI Analyst - Tamsin - 3 days ago\nSimilar jobs\nView all jobs', 'LinkedIn <jobalerts-noreply@linkedin.com>'],
    ['a job alert that invites you to apply stays an alert', 'Quillon is hiring', 'We would like to invite you to apply: Senior Analyst at Quillon.\nRecommended jobs\nJobs you may be interested in\nView all jobs', 'LinkedIn <jobs-noreply@linkedin.com>'],
    // rejections written in other ways
    ['a project going another direction is not a rejection', 'Design review', 'Hi team, after the review we ended up going another direction with the logo. New mockups attached.', ''],
    ['a restaurant that went with someone else for catering', 'Catering', 'Thanks for the quote. We went with someone else for the catering this time.', ''],
    // look-alikes of offers and interviews stay other
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
    // varied phrasings, written after the rules
    ["“Reminder: interviewing tomorrow”", 'Reminder: interviewing tomorrow', "Reminder: you're interviewing Alex Chen tomorrow at 2pm for the SRE role. Please review the candidate's resume beforehand.", 'recruiting@mycompany.test'],
    ["“Early access”", 'Early access', "We're excited to offer you early access to our new budgeting app. Download it today.", 'hello@app.test'],
    ["“Invitation: Coffee chat @ Tue Mar 10 3pm”", 'Invitation: Coffee chat @ Tue Mar 10 3pm', 'When: Tue Mar 10, 2026 3pm – 3:30pm\nCoffee chat with Priya', 'Google Calendar <calendar-notification@google.com>'],
    ["“Your appointment”", 'Your appointment', 'Hi Sam, your career coaching session is booked for Thursday at 4pm. We will work on your interview skills.', 'coach@careers.test'],
    ["“Hiring now!”", 'Hiring now!', "We're hiring baristas! Walk-in interviews this Saturday from 10am to 2pm at our Main Street store.", 'news@cafe.test'],
    // informal calls, job-board footers, terse and internal rejections, promotions
    ["“Our interview series”", 'Our interview series', 'In this month\'s interview series we talk to three hiring managers about what they look for. Read on our blog.', 'news@hrblog.test'],
    ["“20% off interview coaching”", '20% off interview coaching', 'Congratulations! You qualify for 20% off our interview coaching package. Book now.', 'promo@coach.test'],
    ["“Quick call?”", 'Quick call?', 'Hi Sam, can we have a quick call tomorrow about the Q3 roadmap? The manager wants an update.', 'lena@mycompany.test'],
    ["“Your policy”", 'Your policy', 'Hi Sam, could we call you this week about renewing your car insurance? Let us know a good time.', 'sales@insure.test'],
    ["“Live event”", 'Live event', "You're invited to a live conversation about careers in tech with our founder on Tuesday. Save your seat.", 'events@network.test'],
    // decisions outside hiring stay other
    ['a conference talk not selected', 'Your talk proposal', 'Thank you for submitting a talk to our conference. Your proposal was not selected for this year\'s programme. Unfortunately we received many more submissions than slots. We hope to see you at the event.', 'Program Committee <cfp@devconf.example>'],
    ['a call for papers refusal', 'CFP decision', 'We regret to inform you that your paper submission has not been accepted for the conference. The program committee reviewed over 400 submissions.', 'Papers <papers@symposium.example>'],
    ['a scholarship refusal', 'Scholarship application outcome', 'Dear applicant, we regret to inform you that your scholarship application was not successful this year. The selection panel received a record number of applications.', 'Awards Office <awards@foundation.example>'],
    ['a bursary refusal', 'Your bursary application', 'Unfortunately, your application for the bursary has been unsuccessful on this occasion. We wish you the best with your studies.', 'Student Finance <bursary@college.example>'],
    ['a rental refusal', 'The apartment on Elm Street', 'Thanks for viewing the apartment. Unfortunately, we went with another applicant for the lease. Good luck with your search for a rental.', 'Lettings <lettings@homes.example>'],
    ['a tenancy refusal', 'Tenancy application', 'Thank you for your tenancy application. The landlord has decided to proceed with another applicant for the property.', 'Agent <agent@realty.example>'],
    ['a credit card decline', 'About your credit card application', 'We regret to inform you that we are unable to approve your credit card application at this time. This decision was based on your credit report.', 'Card Services <cards@bank.example>'],
    ['a loan refusal', 'Loan application decision', 'Unfortunately your loan application has not been successful. You may reapply in 6 months.', 'Lending <loans@bank.example>'],
    ['a university admission acknowledgement with an admissions interview', 'Application received', 'Thank you for applying to the MSc programme at our university. Your application has been received and will be reviewed by the admissions committee. Shortlisted applicants will be invited to an admissions interview in March.', 'Admissions <admissions@uni.example>'],
    ['a university admission refusal', 'Your application to the programme', 'We regret to inform you that we are unable to offer you a place on the programme this year. Admission was highly competitive.', 'Graduate Admissions <grad@uni.example>'],
    ['an offer of a place', 'Offer of a place', 'Congratulations! We are pleased to offer you a place on the BSc Computer Science course starting in September. Please accept your offer through the applicant portal.', 'Admissions <admissions@uni.example>'],
    ['a grant award', 'Grant award', 'We are pleased to offer you a research grant of $20,000 from the foundation. A formal offer letter with the grant conditions will follow.', 'Grants Team <grants@foundation.example>'],
    ['a fellowship funding award', 'Fellowship funding', 'We are delighted to offer you fellowship funding for the 2026 cohort. Your formal offer letter is attached.', 'Fellowships <fellows@institute.example>'],
    ['a visa appointment', 'Your visa appointment', 'Your consular interview for your visa application is scheduled. Please bring your passport and the appointment confirmation.', 'Embassy <visa@consulate.example>'],
    ['a volunteer programme', 'Volunteer programme', 'Thank you for applying to our volunteer programme. Unfortunately we have filled all volunteer spots for this season.', 'Volunteers <volunteer@charity.example>'],
    ['a club membership', 'Membership application', 'We have received your membership application for the club. The committee will review it at the next meeting.', 'Club <members@club.example>'],
    ['a call for speakers acknowledgement', 'Call for speakers', 'Thank you for your submission to our call for speakers. Your application has been received and the committee will be in touch.', 'Speakers <speakers@summit.example>'],
    // tasks outside hiring are not assessments
    ['a school writing exercise', 'Homework', 'Please complete the short writing exercise from class and send your work back by Wednesday.', 'Teacher <teacher@school.example>'],
    ['a design challenge contest', 'Join our design challenge', 'Our monthly design challenge is live! Share a Figma file by Friday to win a prize.', 'Community <hello@designclub.example>'],
    // cold outreach stays other
    ['cold outreach from an agency', 'Opportunity', 'I came across your profile and one of our clients is hiring a Senior Engineer. Would you be interested in a quick call? Let me know your availability.', 'Recruiter <sam@staffing.example>'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Sam, 12 new jobs for Product Manager”", "Sam, 12 new jobs for Product Manager", "Based on your profile, here are new jobs you might be interested in. Product Manager - Kestrel - Remote. Senior PM - Harbor. See all jobs.", "Glassdoor Jobs <noreply@glassdoor.com>"],
    ["“Interview tips for your next role”", "Interview tips for your next role", "Preparing for interviews? Our free guide covers the 20 most common interview questions and how to answer them. Read more on our blog. Unsubscribe.", "news@careerblog.test"],
    ["“Exciting opportunity”", "Exciting opportunity", "Hi Sam, I'm reaching out because your background looks like a strong match for a Senior Engineer role with a fast-growing fintech client of ours. Are you open to a quick chat this week?", "Alex <alex@talentpartners.test>"],
    ["“Meeting confirmed: Quarterly review”", "Meeting confirmed: Quarterly review", "Your meeting \"Quarterly review\" has been scheduled for Tuesday at 3pm. Join with Zoom: https://zoom.us/j/999", "Calendly <notifications@calendly.com>"],
    ["“Your password was changed”", "Your password was changed", "The password for your careers account was changed. If this wasn't you, reset your password.", "no-reply@myworkday.com"],
    ["“Invitation: Team lunch @ Fri Mar 6 12pm”", "Invitation: Team lunch @ Fri Mar 6 12pm", "You have been invited to the following event: Team lunch.", "Google Calendar <calendar-notification@google.com>"],
    ["“Webinar: How to land a job in tech”", "Webinar: How to land a job in tech", "Join our free webinar on Thursday at 6pm to learn how to land an interview at top companies. Register now!", "events@bootcamp.test"],
    ["“Your application for a credit card”", "Your application for a credit card", "Thank you for your application. We have received your credit card application and will review it within 5 business days.", "cards@bank.test"],
    ["“Rental application received”", "Rental application received", "Thank you for applying for the apartment at 12 Elm Street. We have received your application and will review it shortly.", "leasing@apartments.test"],
    ["“Recruiter message”", "Recruiter message", "Hi Sam, I came across your LinkedIn and thought you might be a fit for a contract Java role with my client. Rate is $70/hr on W2. Interested?", ""],
    ["“Your weekly job digest”", "Your weekly job digest", "10 new Data Analyst jobs near you. Apply with one click. Manage alert settings.", "digest@jobs-site.test"],
    ["“Your interview with the mayor”", "Your interview with the mayor", "Join us tonight for an exclusive interview with the mayor, streamed live on our website. Subscribe to our newsletter.", "news@citypaper.test"],
    ["“Reservation confirmed”", "Reservation confirmed", "Your table for two has been confirmed for Friday at 7pm. We look forward to seeing you.", ""],
    ["“Scholarship application”", "Scholarship application", "Thank you for applying to the scholarship program. Unfortunately, we are unable to offer you a scholarship this year.", ""],
    ["“Account created”", "Account created", "Welcome! Your candidate account has been created. You can now search and apply for jobs.", "no-reply@icims.com"],
    ["“We're hiring!”", "We're hiring!", "Know someone great? We're hiring engineers, designers and analysts. Refer a friend and earn a bonus!", "newsletter@company.test"],
    ["“Interview with our CEO”", "Interview with our CEO", "Read our latest blog post: an interview with our CEO about the future of work.", "marketing@saas.test"],
    ["“Unfortunately your order was cancelled”", "Unfortunately your order was cancelled", "Unfortunately, we could not process your payment and your order was cancelled.", ""],
    ["“Application for leave”", "Application for leave", "Hi team, I'd like to apply for annual leave from 3 to 7 March. Please confirm.", ""],
    ["“Your Zoom meeting is scheduled”", "Your Zoom meeting is scheduled", "Your meeting with the accountant has been scheduled for Monday at 9am. Join Zoom Meeting https://zoom.us/j/1", "no-reply@zoom.us"],
    ["“Salary survey”", "Salary survey", "Take our 5-minute salary survey for software engineers and see how you compare.", ""],
    ["“Top companies are hiring”", "Top companies are hiring", "Based on your profile, these companies are hiring for Software Engineer roles. Apply now before they close!", "jobs-noreply@linkedin.com"],
    ["“New message from a recruiter”", "New message from a recruiter", "Hi Sam, we're a leading staffing agency and have several exciting contract opportunities in your area. Let me know if you'd like to connect.", ""],
    ["“You appeared in 12 searches this week”", "You appeared in 12 searches this week", "Recruiters are looking at your profile. See who viewed your profile and upgrade to Premium.", "messages-noreply@linkedin.com"],
    ["“Your podcast interview is confirmed”", "Your podcast interview is confirmed", "Thanks for agreeing to join our podcast! Your recording is confirmed for Thursday at 4pm. We'll send the studio link.", ""],
    ["“Invoice 1042”", "Invoice 1042", "Please find attached the invoice for March. Unfortunately the previous payment failed.", ""],
    ["“Volunteer application”", "Volunteer application", "Thank you for your application to volunteer at the food bank. We have received it and will be in touch soon.", ""],
    ["“Course enrolment”", "Course enrolment", "Congratulations! You have been accepted onto the Data Science bootcamp. Your offer of a place is attached.", ""],
    ["“Job alert: 5 new Nurse jobs”", "Job alert: 5 new Nurse jobs", "5 new jobs for Nurse in Boston. Registered Nurse - Mass General. Apply now.", "alerts@indeed.com"],
    ["“Thanks for attending the career fair”", "Thanks for attending the career fair", "Thank you for visiting our booth at the career fair! Check out our open roles on our website.", ""],
    ["“Your application for a library card”", "Your application for a library card", "Thank you for your application. Your library card is ready for pickup.", ""],
    ["“Interview with the author”", "Interview with the author", "This week on the blog: an interview with the author of 'Remote Work'. Subscribe for more.", "newsletter@books.test"],
    ["“Jobs matching your search”", "Jobs matching your search", "We found 8 jobs matching your search for 'finance officer'. View jobs. Edit your alert.", "jobalerts@totaljobs.test"],
    ["“Meet our team at the open day”", "Meet our team at the open day", "Come and meet our recruiters at our open day on Saturday! Learn about careers in retail.", "events@retail.test"],
    ["“Your subscription”", "Your subscription", "Your subscription renewal was unsuccessful. Please update your payment details.", ""],
    ["“Confirming our call”", "Confirming our call", "Hi Sam, confirming our call tomorrow at 3pm about the kitchen renovation quote.", ""],
    ["“A job for you?”", "A job for you?", "Hi Sam, I'm a headhunter working on a Head of Finance search. Would you be open to a confidential conversation?", ""],
    ["“New jobs on your radar”", "New jobs on your radar", "Sam, these 6 new Payroll jobs were posted this week. See jobs. Manage notifications.", "alerts@jobsite.test"],
    ["“Your interview questions, answered”", "Your interview questions, answered", "Nervous about your interview? Our course covers the top 50 interview questions. Enrol today for 20% off.", "promo@careercourse.test"],
    ["“Offer ends tonight”", "Offer ends tonight", "Last chance: 30% off all courses. This offer ends at midnight.", ""],
    ["“Please confirm your appointment”", "Please confirm your appointment", "Please confirm your hair appointment on Friday at 4pm by replying YES.", ""],
    ["“Application for planning permission”", "Application for planning permission", "Thank you for your application for planning permission. We have received it and will review it within 8 weeks.", ""],
    // look-alikes that are no step in a job search
    ['a coding platform certificate for a public challenge', 'Your HackerRank certificate is ready', 'Well done! You passed the SQL (Intermediate) skill challenge. Your certificate is ready to share on your profile. The next monthly challenge opens soon: challenges are open to everyone and not linked to any employer.', 'HackerRank <no-reply@hackerrank.com>'],
    ['an accepted mentoring-scheme application', 'You have been matched!', 'Thank you for applying to our autumn mentorship programme. We are happy to tell you that you have a mentee: a junior analyst keen on data engineering. Please book your first session in the next two weeks.', 'Tech Mentors <hello@mentors.example>'],
    ['an introduction between two people with a call', 'Re: intro - Sam <> Lee', 'Thanks Kim for the intro (moving you to bcc)! Sam, happy to share how I moved from support into product. This is not about a specific role, just a chat. Could we do a 20-minute call next week?', 'Lee <lee@company.example>'],
    ['the candidate thanking a friend who agreed to be a reference', 'Re: reference', 'Thanks so much for agreeing to be a reference! Their recruiter may call you this week. Fingers crossed for the final round!', 'Sam <sam@mail.example>'],
    ['a career newsletter named for offers', 'The Offer Desk #12: negotiating a verbal offer', "This week's question: should you accept a verbal offer on the spot? Never; ask for the written offer with salary and start date. Read the full post on our site. You're on the free list; upgrade to paid for live sessions.", 'The Offer Desk <hello@offerdesk.example>'],
    // small employers in their own words
    ['a free trial of an app is no assessment', 'Your free trial starts today', 'Welcome! Your 14-day free trial of our design app starts today. Upgrade anytime.', 'App <hello@app.example>'],
    // rejections in the words real mail uses
    ['a job alert with similar jobs stays an alert', 'Jobs you may be interested in', 'Similar jobs you may be interested in: Shift Lead, Forklift Supervisor. View all jobs. Unsubscribe', 'Job Board <alerts@jobboard.example>'],
    // booking tools and calendar invitations
    ['a booking tool confirming a haircut is no interview', 'New Event: Haircut', 'A new event has been scheduled. Event Type: Haircut. Event Date/Time: 09:00am - Tuesday, February 10, 2026. Powered by Calendly.com', 'Calendly <notifications@calendly.com>'],
    ['a Google Calendar invitation for a team lunch is no interview', 'Invitation: Team lunch @ Fri Apr 24, 2026 12:00 - 13:00 (PDT)', 'Team lunch\nWhen: Friday Apr 24, 2026 12:00 – 13:00 Pacific Time\nGoing? Yes - Maybe - No\nInvitation from Google Calendar', 'Colleague <colleague@company.example>'],
    // mail that only looks like a job step
    ['a career newsletter titled Offer Letter', 'Career Digest #42: How to answer an Offer Letter', 'Issue 42 of our weekly newsletter. This week: how to answer an offer letter, negotiating salary, and what to say when asked about your start date. Unsubscribe at any time.', 'Career Digest <news@careerdigest.example>'],
    ['a job board digest because you applied', 'Because you applied for Data Analyst', 'Jobs you may be interested in: Senior Data Analyst, Data Analyst II, BI Analyst. Apply now. Manage your job alerts.', 'Jobs <jobs@board.example>'],
    ['an internal offer approval for a hiring manager', 'Offer approved – REQ-1234', 'The offer for candidate Jordan Lee for requisition REQ-1234 has been approved by all approvers in the approval workflow. You may now extend the offer.', 'ATS <notifications@ats.example>'],
    ['a visa interview appointment', 'Visa interview appointment', 'Your visa interview appointment is confirmed for Tuesday 10 March at 9:00 at the consulate. Bring your passport, the employer letter and your job offer.', 'Consulate <appointments@consulate.example>'],
    ['a friend asking how the interview went', 'dinner?', 'Hey! How did your interview go? Want to get dinner on Friday at 7pm at the usual place?', 'Friend <friend@mail.example>'],
    ['a newsletter issue about offer letters', 'The Offer Letter Issue — No. 17', 'In this issue: what an offer letter must include, when to accept an offer, start date negotiation. You are receiving this newsletter because you subscribed. Unsubscribe.', 'Weekly Careers <hello@weekly.example>'],
    ['a job board digest listing roles because you applied', 'Because you applied for Product Designer', 'Because you applied for Product Designer, here are 8 new roles. Senior Product Designer - 3 days ago. Apply with one click.', 'Job Board <alerts@jobboard.example>'],
    ['an approved offer the hiring manager must send', 'Offer approved: Backend Engineer (REQ-5521)', 'Hi hiring manager, the offer for candidate Sam Rivera (REQ-5521) was approved by Finance and HR. Next: send the offer letter to the candidate.', 'Recruiting System <noreply@ats.example>'],
    ['an offer awaiting approval', 'Approval needed: offer for candidate', 'Please approve the offer for candidate Dana Kim for requisition 8812. Approval workflow step 2 of 3.', 'ATS <noreply@ats.example>'],
    ['a friend celebrating after the interview', 'drinks', "How did the interview go?? Let's celebrate at dinner Thursday 12 March at 7:30pm.", 'Pal <pal@mail.example>'],
    ['a parent asking about the interview', 'how was it', 'Heard you had your interview today! How did your interview go? Dinner Saturday at 8pm at our place.', 'Mom <mom@mail.example>'],
    ['a consular appointment for a work visa', 'Appointment confirmation', 'Your appointment at the consulate for your work visa is scheduled for 12 March at 10:00. Bring your employment contract and the letter from your employer. The consular officer will interview you.', 'Visa Services <noreply@visa.example>'],
    ['a bank refusing an application after thanks', 'Update on your application', 'Thank you for applying. We regret that we are unable to approve your application at this time. You can request a copy of your credit report.', 'Bank <noreply@bank.example>'],
    ['a friend asking to swing by', 'hey', 'can you swing by my place next week? let me know what day works', 'Friend <f@mail.example>'],
    ['a credit card refusal', 'Your application', 'We regret that we are unable to approve your application for the Platinum credit card at this time.', 'Card Services <cards@bank.example>'],
    // a fixed time that is not the candidate's job interview is other
    ['a paid user-research session confirmed', 'Your research session is confirmed', 'Hi Sam, thanks for signing up! Your interview is confirmed for Wednesday at 2pm. As a thank-you for participating you will receive a $50 gift card.', 'Research Team <research@app.example>'],
    ['a usability study interview confirmed', 'Interview confirmed: usability study', 'Thanks for taking part in our usability study. Your 45-minute interview is scheduled for Tuesday, March 10 at 11:00 AM. Participants receive an incentive after the session.', 'UX Research <ux@product.example>'],
    ['a networking coffee with a fixed time', 'Coffee next week?', 'Hey, great meeting you at the meetup! Would love a coffee chat about your career in product. Thursday 10am works for me at the cafe near our office. We are hiring in the team too.', 'Dana <dana@startup.example>'],
    ['an internal roadmap review that mentions a hiring plan', 'Meeting confirmed: Q3 roadmap review', 'Team, the Q3 roadmap review is confirmed for Monday, June 8 at 3pm. Agenda: priorities, budget and the hiring plan for two engineers. Please bring your updates.', 'Ops <ops@company.example>'],
    ['a study session with a gift card and no job named', 'Research interview confirmed', 'Your interview is confirmed for Wed 2pm. You will receive a $75 gift card.', 'Studies <studies@panel.example>'],
    // press and podcast interview requests are other
    ['a radio interview request', 'Interview request: Morning Radio', 'Hello, I am a producer for a morning radio show. We would love to interview you for a segment on air next week. Could you let us know a time that works for you? Our listeners would enjoy it.', 'Producer <producer@radio.example>'],
    ['a podcast interview request', 'Interview request – podcast episode', 'Hi! I host a podcast about design and would like to interview you for an upcoming episode. Please share your availability for a 30-minute recording.', 'Host <host@podcast.example>'],
    ['a journalist asking for an interview', 'Interview request for an article', 'Dear Dr. Lee, I am a journalist writing an article for our publication about remote work. Would you be available for a short interview this week?', 'Reporter <reporter@news.example>'],
    // salary-site marketing is other
    ['a free skills assessment from a salary site', 'Free skills assessment: find out what you\'re worth', 'Take our free skills assessment and find out what you\'re worth. Compare your salary with people in similar roles and get your personalised salary report.', 'Careers Site <news@salaries.example>'],
    ['a career quiz', 'Which career suits you? Take our quiz', 'Take our quiz: a free 5-minute assessment that matches your skills to jobs and salaries.', 'Career Tips <hello@careertips.example>'],
    // kinds missed before are recognised
    ['a business school case study newsletter is not an assessment', 'This week\'s case study', 'This week\'s case study looks at pricing strategy in retail. Read the full analysis on our blog. Unsubscribe anytime.', 'Insights <news@insights.example>'],
    ['a team continuing with other projects is not a rejection', 'Sprint update', 'We are continuing with other projects this sprint and will revisit the dashboard next month.', 'PM <pm@company.example>'],
    ['a coffee thank-you from a contact is not an acknowledgement', 'We got it', 'We got it — thanks for sending the photos from the trip!', 'Mia <mia@mail.example>'],
  ],
  Dutch: [
    // mail that only looks like a job step
    ['a Dutch delay notice that says helaas', 'Uw rit', 'Helaas is uw taxi vertraagd. Onze excuses.', 'Taxi <info@taxi.example>'],
  ],
});
