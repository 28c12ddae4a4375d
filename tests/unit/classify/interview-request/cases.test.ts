/**
 * An interview request: someone hiring asks to meet or talk (an interview, a call, a chat) and no time is fixed yet;
 * several slots, a booking link or a question ("could you do Monday at 3pm?") keep it a request.
 *
 * One row per email, grouped by the language it is written in: [what it is, subject, body, sender]. Written for this
 * project (invented companies and people). A comment names the question a run of rows answers; the rows of other
 * kinds that answer it sit in the other kinds' folders.
 */
import { readsAs } from '../../../support/classify-table';

readsAs('interview_request', {
  English: [
    // a fixed date and time for an interview is a confirmation, even without the word "confirmed"
    ['an invitation that offers several slots stays a request', 'Interview for the Analyst role', 'Hi Sam, we would like to invite you to an interview. Would Tuesday at 10am, Wednesday at 2pm or Thursday at 11am work for you?', 'talent@tamsin.io'],
    ['a single proposed slot asked as a question stays a request', 'Interview?', 'Hi Sam, thanks for applying to the Designer role. Could you do a video interview on Monday at 3pm?', 'hiring@quillon.io'],
    ['an invitation with a deadline to reply stays a request', 'Interview invitation', 'Dear Sam, we would like to invite you to an interview for the Accountant position. Please let us know your availability by Friday at 5pm.', ''],
    ['a booking-link request that names when the link expires stays a request', 'Schedule your interview', 'Hi Sam, please use the link below to schedule your interview for the Support role. The link expires on March 12 at 11:59 PM.', 'no-reply@goodtime.io'],
    // a hiring manager may ask for a conversation without saying "interview"
    ['are you free for a quick chat', 'Your application', 'Hi Sam, thanks for applying. I lead the data team and would like to learn more about you. Are you free for a quick chat this week about the role?', 'Nadia <nadia@quillon.io>'],
    ["let's find time to talk", 'Product Designer position', "Hi Sam, I read your application with interest. Let's find time to talk about the position — what does Thursday or Friday look like for you?", 'ana@tamsin.io'],
    ['do you have time for a call', 'Re: Support Engineer application', 'Hi Sam, thanks for your application! Do you have time for a call this week to discuss the role?', 'hiring@brightwell.io'],
    ['hop on a call', 'Following up on your application', "Hi Sam, I'm the hiring manager for the Analyst role you applied for. Would you be up for hopping on a call sometime next week? Send me a few times that suit you.", 'lee@quillon.io'],
    ['grab 30 minutes', 'Backend role', "Hi Sam, I'm the engineering manager for the Backend role you applied to. I'd love to grab 30 minutes with you next week to talk through the team. When are you free?", 'omar@tamsin.io'],
    // look-alikes of offers and interviews stay other
    ['a recruiter booking link after an application', 'Your application to Quillon', 'Hi Sam, thanks for applying to the Backend Engineer role! I came across your application and would love to chat. Grab a time on my Calendly: https://calendly.com/quillon-jo/screen', 'Jo <jo@quillon.io>'],
    ['a recruiter who asks "would you be interested" after an application', 'Phone screen', 'Hi Sam, thanks for applying to our Sales role. Would you be interested in a 20-minute phone screen this week? Let me know what times work.', 'sales-hiring@tamsin.io'],
    // varied phrasings, written after the rules
    ["“Next steps”", 'Next steps', "Hi Sam, we'd love to have you in for a conversation with the team about the Product role. Please use this link to pick a slot that suits you: https://calendly.com/tamsin/team", ''],
    ["“Quick call?”", 'Quick call?', 'Hi Sam, thanks for your application to the Analyst position. Are you available for a 30-minute video call next Tuesday or Wednesday? Let me know what suits.', ''],
    ["“Meet the team”", 'Meet the team', "Hi Sam, I'd like to set up some time for you to meet the team about the Designer role — please reply with a few windows that work next week.", 'hr@quillon.io'],
    // informal calls, job-board footers, terse and internal rejections, promotions
    ["“Your application”", 'Your application', 'Hi Sam, would you be open to a call next week to discuss your application for the Analyst role?', 'lee@quillon.io'],
    ["“Data Engineer role”", 'Data Engineer role', "Hi Sam, I'm the hiring manager for the Data Engineer role. I'd love to chat — when suits you this week?", 'lee@quillon.io'],
    ["“Re: Your application for the Ops role”", 'Re: Your application for the Ops role', 'Thanks Sam! Could we jump on a quick Zoom on Thursday or Friday? Let me know what time is good.', 'lee@quillon.io'],
    ["“Next step”", 'Next step', 'Hi Sam, thanks for applying to the Marketing Lead role. The next step is a 20-minute call with me. Book any slot here: https://cal.com/lee/20min', 'lee@quillon.io'],
    // the same words about a job keep their kind
    ['an interview about a job role', 'Interview', 'We would like to invite you to interview for the Sales Associate role. Please share your availability.', 'Hiring <hiring@acme.example>'],
    // a step forward outranks the thank-you and the agency intro
    ['an agency recruiter whose client wants to meet', 'First stage interview', "Hi, I sent your CV over to my client and they'd like to meet you for a first-stage interview for the Finance Manager role. What's your availability next week?", 'Agency Recruiter <jo@staffing.example>'],
    ['an agency recruiter after submitting the candidate', 'Good news', 'I submitted your CV to my client for the Project Manager position and they would like to interview you. Could you let me know your availability for Thursday or Friday?', 'Recruiter <alex@agency.example>'],
    ['a thank-you with a phone screen invitation', 'Your application', "Thanks for your application — we'd like to invite you to a phone screen for the Support Specialist role. Please pick a slot that suits you.", 'Recruiting <recruiting@acme.example>'],
    ['a thank-you with a call booking', 'Thanks for applying', 'Thank you for applying to the Account Executive position! We would like to set up a 30 minute call with you; please pick a time on my calendar.', 'Talent <talent@acme.example>'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Let's chat!”", "Let's chat!", "Hi Sam, I'm the recruiter for the Backend Engineer role you applied for. We'd love to set up a 30-minute intro call with you. What does your availability look like this week?", "Priya <priya@harbor.io>"],
    ["“Schedule your interview with Northwind”", "Schedule your interview with Northwind", "Hi Sam, congratulations, you've been selected to move forward! Please use the link below to schedule your interview with the hiring manager: https://app.goodtime.io/book/abc", "Northwind via GoodTime <no-reply@goodtime.io>"],
    ["“Next steps: Technical interview”", "Next steps: Technical interview", "Hi Sam, the team enjoyed your screening call and would like to invite you to a technical interview. Please select a time slot using this link: https://calendly.com/northwind-eng/technical", "recruiting@northwind.io"],
    ["“Interview - Junior Accountant”", "Interview - Junior Accountant", "Dear Sam, thank you for your application. We would like to meet you for an interview. Could you please let me know when you would be available next week?", ""],
    ["“Phone call?”", "Phone call?", "Hi Sam, thanks for applying to the Sales Executive role! Are you free for a 15 minute phone screen this week? Let me know what times work.", ""],
    ["“Video call”", "Video call", "Hi Sam, your profile looks great for our Data Scientist position. Could we arrange a video call with our Head of Data? Please send a few time slots that work for you.", ""],
    ["“Invitation to the next round”", "Invitation to the next round", "Dear Sam, congratulations on passing the first stage! We'd like to invite you to a final-round panel interview. Our coordinator will reach out to find a time.", ""],
    ["“Interview request: Project Manager”", "Interview request: Project Manager", "Dear Sam, we were impressed by your application and would like to invite you in for an interview. Please reply with your availability over the next two weeks.", ""],
    ["“Quick chat about the Support role”", "Quick chat about the Support role", "Hi Sam, thanks for applying for our Customer Support role. I'd love to find 20 minutes for a phone conversation. When works best for you?", ""],
    ["“Interview availability”", "Interview availability", "Hi Sam, the hiring manager would like to speak with you about the Operations Lead position. Can you share a few times you're free on Thursday or Friday?", ""],
    ["“Let's talk”", "Let's talk", "Hi Sam, loved your application for the Growth Marketer role! Would you be up for a 30-minute video interview next week? Send over a couple of times that suit you.", ""],
    ["“Second interview”", "Second interview", "Dear Sam, thank you for your first interview. We would like to invite you back for a second interview with the department head. Please indicate your availability.", ""],
    ["“Interview invite: Payroll Specialist”", "Interview invite: Payroll Specialist", "Hi Sam, we'd like to invite you to a 30-minute Teams interview for the Payroll Specialist role. Are any of the following times convenient: Tue 10am, Wed 2pm or Thu 11am?", ""],
    ["“Chat with the hiring manager?”", "Chat with the hiring manager?", "Hi Sam, the hiring manager read your CV and would like to have a quick call to learn more. Could you suggest a couple of slots next week?", ""],
    // look-alikes that are no step in a job search
    ['a recruiter asking for a call about the role stays a request', 'Your application: Product Analyst', 'Hi Sam, thanks for applying to the Product Analyst position. I would like to set up a call with you to talk about the role. When suits you next week?', 'Talent <talent@acme.example>'],
    // rejections in the words real mail uses
    ['a recruiter who will take things further is no rejection', 'Good news', 'Hi Sam, the client wants to take things further: they would like to invite you to an interview for the Platform Engineer role. What times work for you?', 'Agency Recruiter <recruiter@agency.example>'],
    // tests, receipts and one-way video interviews
    ['a live video interview to schedule stays a request', 'Video interview', 'Hi Sam, thank you for applying to the Associate position. We would like to invite you to a video interview with the hiring manager. Please let us know your availability this week.', 'Talent <talent@acme.example>'],
    // invitations that open with thanks
    ['shortlisted with a window of days', 'Your application', 'Thanks for applying — you\'ve been shortlisted! Could you come in next week, between Tuesday and Thursday?', 'Owner <owner@cafe.example>'],
    ['a casual ask to swing by the office', 're: barista job', 'thx for applying, can you swing by the office next week? let me know what day works', 'Manager <manager@cafe.example>'],
    ['an ask to come in for a chat', 'Your application', 'Thank you for applying for the shop assistant job. Could you come in for a chat some time next week? Let me know which day suits you.', 'Shop <shop@store.example>'],
    // the counterparts of look-alikes keep their kind
    ['an invitation as the next step in the hiring process', 'Next steps', 'As the next step in our hiring process, we would like to invite you to interview with the team. Please share your availability.', 'Recruiting <jobs@acme.example>'],
    // press and podcast interview requests are other
    ['a job interview request stays one', 'Interview request: Software Engineer', 'Hi Sam, thank you for applying to the Software Engineer position. We would like to invite you to an interview. Please let us know your availability this week.', 'Talent <talent@acme.example>'],
  ],
  German: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Einladung”", "Einladung", "Sehr geehrte Frau Muster, vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie zu einem Vorstellungsgespräch einladen. Bitte teilen Sie uns Ihre Verfügbarkeit mit.", ""],
  ],
  French: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Entretien - Chargé de communication”", "Entretien - Chargé de communication", "Bonjour Sam, votre profil a retenu notre attention et nous aimerions échanger avec vous lors d'un entretien. Quelles sont vos disponibilités ?", ""],
    // an acknowledgement that previews a later step stays an acknowledgement
    ['a French interview invitation stays one', 'Invitation à un entretien', 'Bonjour, suite à votre candidature pour le poste de chargé de projet, nous souhaitons vous rencontrer pour un entretien. Merci de nous indiquer vos disponibilités.', 'RH <rh@societe.example>'],
  ],
  Spanish: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Propuesta de entrevista”", "Propuesta de entrevista", "Hola Sam, tras revisar tu CV nos gustaría conocerte en una entrevista. ¿Qué días te vendrían bien la próxima semana?", ""],
  ],
});
