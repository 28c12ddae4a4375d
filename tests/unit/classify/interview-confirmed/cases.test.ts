/**
 * A confirmed interview: a job interview at a fixed date and time, whether or not the email says "confirmed"
 * (a reply accepting a slot, a reschedule, a calendar invitation, an itinerary).
 *
 * One row per email, grouped by the language it is written in: [what it is, subject, body, sender]. Written for this
 * project (invented companies and people). A comment names the question a run of rows answers; the rows of other
 * kinds that answer it sit in the other kinds' folders.
 */
import { readsAs } from '../../../support/classify-table';

readsAs('interview_confirmed', {
  English: [
    // a fixed date and time for an interview is a confirmation, even without the word "confirmed"
    ['a thread reply accepting the slot the candidate offered', 'Re: Availability', "Hi Sam,\n\nThanks for sending those over. Wednesday at 3:30pm ET works for the interview with our engineering lead; I'll send an invite shortly.\n\nBest,\nMarta\n\nOn Mon, Mar 2, 2026 at 9:12 AM Sam Lee <sam@example.com> wrote:\n> Hi Marta, I'm available Tuesday after 2pm or Wednesday afternoon.", 'Marta Quell <marta@quillon.io>'],
    ['a reply accepting a slot, the interview named only in the quoted thread', 'Re: Next steps for the Data Analyst role', "Perfect — Thursday at 11am PT it is. I'll send a calendar invite with the Zoom link.\n\nMarta\n\nOn Tue, Mar 3, 2026, Sam Lee wrote:\n> Thanks for the invitation to interview! Thursday at 11am PT or Friday morning would suit me.", 'marta@quillon.io'],
    ['a reschedule: "we\'ve moved your interview to"', 'Change to your interview time', "Hi Sam, our hiring manager had a conflict, so we've moved your interview to Friday, March 13 at 11:00 AM ET. The video link is unchanged. Sorry for the shuffle!", 'Recruiting <recruiting@quillon.io>'],
    ['a reschedule: "pushed to"', 'Interview update', 'Hi Sam, quick heads-up: your interview with the design team has been pushed to Monday at 2:00 PM PT. Same Zoom link as before.', 'talent@tamsin.io'],
    ['an onsite itinerary with a schedule, travel and hotel', 'Your onsite itinerary - Staff Engineer', 'Hi Sam,\n\nWe are looking forward to hosting you for your onsite interview.\n\nDate: Thursday, March 19, 2026\nLocation: 500 Harbor Way, Floor 4\n\nSchedule\n9:00 AM - Welcome with Priya (Recruiter)\n9:30 AM - System design interview\n11:00 AM - Coding interview\n12:00 PM - Lunch with the team\n1:30 PM - Hiring manager conversation\n\nTravel: your flight details are attached. Hotel: two nights at the Grand Pier Hotel, confirmation #88231.', 'Quillon Recruiting <no-reply@ashbyhq.com>'],
    ['a terse "we\'re on for tomorrow at 10"', 'Re: Backend Engineer role', "Hi Sam, just confirming we're on for tomorrow at 10 at our office. Ask for me at reception on the 3rd floor.\n\nDev\nEngineering Manager", 'dev@quillon.io'],
    ['a terse note with a relative day and a time', 'Tomorrow', 'Hi Sam, looking forward to our interview tomorrow at 2pm. I will call you on the number from your resume.', 'hiring@tamsin.io'],
    ['a calendar "Updated invitation" with the time in the subject and a When: line', 'Updated invitation: Technical Interview - Sam Lee @ Thu Mar 12, 2026 11am - 12pm (EDT)', 'This event has been changed.\nTechnical Interview - Sam Lee\nWhen: Thursday Mar 12, 2026 11am – 12pm Eastern Time - New York\nJoining info: Join with Google Meet meet.google.com/abc-defg-hij\nGoing? Yes - Maybe - No', 'Google Calendar <calendar-notification@google.com>'],
    ['a calendar "Invitation:" for a screening call', 'Invitation: Phone screen with Quillon @ Mon Mar 9, 2026 10am - 10:30am (PST)', 'You have been invited to the following event.\nWhen: Monday Mar 9, 2026 10am – 10:30am Pacific Time\nCalendar: sam@example.com\nView your event at https://calendar.google.com/event?eid=1', 'Google Calendar <calendar-notification@google.com>'],
    ['a confirmation that says what to do if the candidate cannot attend', 'Your interview', 'Hi Sam, we look forward to your interview on Monday, March 16 at 10:00 AM at our office. If you are not able to attend, please let us know.', 'talent@quillon.io'],
    ['an Outlook-style invitation with a When: line', 'Interview: Sam Lee / Finance Analyst', 'When: Wednesday, March 11, 2026 3:00 PM-4:00 PM (UTC+01:00) Amsterdam, Berlin\nWhere: Microsoft Teams Meeting\n\nInterview for the Finance Analyst position with Jana and Tomas.', 'jana@brightwell.nl'],
    // varied phrasings, written after the rules
    ["“Your chat with the hiring manager”", 'Your chat with the hiring manager', 'Hi Sam, thanks for picking a time. We will see you Thursday, March 12 at 1pm PT for your chat with the hiring manager. Zoom details below.', 'talent@quillon.io'],
    ["“Video interview - Quillon”", 'Video interview - Quillon', 'Hi Sam, your video interview with Quillon is on Monday 9 March, 16:00–16:45 CET. Join via Teams using the link below.', ''],
    ["“Re: Interview times”", 'Re: Interview times', 'Thursday 2pm is perfect. Calendar invite to follow with the Meet link. Speak then!\n\nOn Tue, Mar 3, 2026 at 8:00 AM Sam <sam@x.com> wrote:\n> Thanks for the interview invitation. Thursday 2pm or Friday 10am work for me.', 'ana@tamsin.io'],
    ["“Second round interview”", 'Second round interview', 'Hi Sam, great news: the team would like to see you for a second round. It will take place on Friday 13 March from 10:00 to 12:00 at our Berlin office. Please bring an ID.', ''],
    ["“Thursday”", 'Thursday', "Hi Sam, you're interviewing with our VP of Data on Thursday at 11am ET. The Zoom link is in the invite.", 'recruiting@quillon.io'],
    // the same words about a job keep their kind
    ['an interview in a conference room with someone named Grant', 'Interview confirmed', 'Your interview is confirmed for Tuesday 10 March at 10am in Conference Room 3. You will meet Grant and Priya from the product team.', 'Scheduling <scheduling@acme.example>'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Interview Confirmed: Data Analyst”", "Interview Confirmed: Data Analyst", "Hi Sam, you're all set! Your interview is scheduled for Thursday, April 2 at 10:00 AM ET. You'll meet with Jordan Lee, Analytics Manager. Google Meet: https://meet.google.com/xyz-abcd-efg", "Harbor Recruiting <no-reply@ashbyhq.com>"],
    ["“Reminder: your interview tomorrow”", "Reminder: your interview tomorrow", "Hi Sam, just a reminder that your interview with our team is tomorrow at 2pm. Here is the Zoom link: https://zoom.us/j/555", "Kestrel <talent@kestrel.io>"],
    ["“Rescheduled: Interview with Orbital”", "Rescheduled: Interview with Orbital", "Your interview has been moved to Monday, March 16 at 4pm GMT. Apologies for the change.", ""],
    ["“Your interview on March 12”", "Your interview on March 12", "Hi Sam, thanks for confirming! We look forward to seeing you on Thursday, March 12 at 9:30 AM at our office, 10 Main Street. Ask for Jordan at reception.", ""],
    ["“Interview details”", "Interview details", "Hi Sam, your onsite interview is booked for 18 March 2026 from 10:00 to 13:00 GMT. Please bring photo ID.", ""],
    ["“Confirmed: Technical interview Mar 11”", "Confirmed: Technical interview Mar 11", "Hi Sam, your technical interview is confirmed for Wednesday, March 11, 1:00-2:30 PM CT. You will pair with two engineers on a coding exercise.", ""],
    ["“Calendar: Interview - Sam Lee”", "Calendar: Interview - Sam Lee", "Interview - Sam Lee\nWhen: Tue Mar 17, 2026 3pm – 4pm (CET)\nWho: Priya Raman, Tom Berg\nJoining info: https://meet.google.com/abc-defg-hij", "Google Calendar <calendar-notification@google.com>"],
    ["“See you Tuesday!”", "See you Tuesday!", "Hi Sam, great — I've booked us in for Tuesday 10 March at 11:00. The interview will be at our office on King Street; ask for Priya at reception.", ""],
    ["“Interview update: new time”", "Interview update: new time", "Hi Sam, we need to move your interview. The new time is Friday, March 13 at 3:00 PM EST. Apologies for the inconvenience.", ""],
    ["“Your interview is set”", "Your interview is set", "Hi Sam, you're confirmed for a video interview on Monday, March 9 at 10:30 AM PT with Jordan Lee. Link: https://zoom.us/j/4242", ""],
    ["“Interview reschedule confirmed”", "Interview reschedule confirmed", "Hi Sam, as requested we have rescheduled your interview to Wednesday, 11 March at 14:00 CET. See you then!", ""],
    ["“Confirmation: interview on 10 March”", "Confirmation: interview on 10 March", "Dear Sam, this is to confirm your interview on Tuesday 10 March 2026 at 14:30 at our London office. Please arrive 10 minutes early.", ""],
    ["“Interview booked: Fri 13 March 09:00”", "Interview booked: Fri 13 March 09:00", "Hi Sam, thanks for picking a slot. Your interview with Harbor is booked for Friday 13 March at 09:00 (GMT). Dial-in details below.", ""],
    // booking tools and calendar invitations
    ['a booking tool confirming a phone screen', 'New Event: Sam - 09:00am Tue, Feb 10, 2026 - Phone Screen', 'A new event has been scheduled. Event Type: Phone Screen - Acme. Event Date/Time: 09:00am - Tuesday, February 10, 2026 (Central Time). Powered by Calendly.com', 'Calendly <notifications@calendly.com>'],
    ['a Google Calendar invitation for a final round', 'Updated invitation: Final round - Acme @ Fri Apr 24, 2026 11:00 - 15:00 (PDT)', 'This event has been changed.\nFinal round - Acme\nWhen: Friday Apr 24, 2026 11:00 – 15:00 Pacific Time\nAgenda: 11:00 system design; 12:00 lunch with the team.\nGoing? Yes - Maybe - No', 'Hiring Manager <hm@acme.example>'],
    ['an academic campus visit confirmed over two days', '', 'Dear Dr. Lee, we are delighted to confirm your campus visit on Monday, March 30 and Tuesday, March 31.\n8:30 AM Breakfast with the search committee\n3:30 PM Job talk', ''],
    // the counterparts of look-alikes keep their kind
    ['a confirmed interview for a role that sponsors a work visa', 'Interview confirmed', 'Your interview is confirmed for Tuesday 10 March at 2pm. We can sponsor a work visa for this role.', 'Recruiting <jobs@acme.example>'],
    // a fixed time that is not the candidate's job interview is other
    ['a job interview that mentions grabbing a coffee keeps its fixed time', 'Your interview', 'Hi Sam, your interview for the Barista Trainer role is on Monday, March 9 at 10am. We can grab a coffee afterwards.', 'Hiring <hiring@cafe.example>'],
    ['a job interview confirmed still is one', 'Interview confirmed', 'Hi Sam, your interview for the Product Designer position is confirmed for Wednesday, March 11 at 2pm with our hiring manager.', 'Recruiting <recruiting@acme.example>'],
    ['a recruiter confirming the time for the role', 'Thursday 10am', 'Hi Sam, thanks for your application for the Data Analyst role. Confirming our interview on Thursday, March 12 at 10am. Looking forward to it!', 'Jamie, Recruiter <jamie@acme.example>'],
  ],
  German: [
    // a fixed date and time for an interview is a confirmation, even without the word "confirmed"
    ['a German confirmation with a full date, "um 14:00 Uhr" and an address', 'Ihr Termin bei der Brightwell GmbH', 'Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem persönlichen Gespräch am Dienstag, den 17. März 2026 um 14:00 Uhr ein.\n\nAdresse: Brightwell GmbH, Lindenstraße 12, 10969 Berlin\n\nMit freundlichen Grüßen\nPersonalabteilung', 'personal@brightwell.de'],
    ['a German short confirmation', 'Vorstellungsgespräch', 'Hallo Sam, wie besprochen sehen wir uns am Freitag, 20.03.2026 um 10:30 Uhr in unserem Büro zum Vorstellungsgespräch. Bitte melde dich am Empfang.', 'jobs@tamsin.de'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Vorstellungsgespräch am 12.03.”", "Vorstellungsgespräch am 12.03.", "Hallo Sam, wir bestätigen Ihren Termin für das Vorstellungsgespräch am 12.03.2026 um 10:00 Uhr in unserem Büro in Berlin.", ""],
  ],
  French: [
    // varied phrasings, written after the rules
    ["“Entretien”", 'Entretien', 'Bonjour Sam, nous avons le plaisir de vous recevoir en entretien le mardi 10 mars à 9h30 dans nos locaux.', ''],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Entretien confirmé”", "Entretien confirmé", "Bonjour Sam, je vous confirme notre entretien le jeudi 12 mars à 10h, en visioconférence. Le lien vous sera envoyé la veille.", ""],
  ],
  Spanish: [
    // varied phrasings, written after the rules
    ["“Entrevista”", 'Entrevista', 'Hola Sam, te confirmamos la entrevista el jueves 12 de marzo a las 10:00 en nuestras oficinas de Madrid.', ''],
  ],
  Italian: [
    // kinds missed before are recognised
    ['an Italian interview confirmation', 'Conferma colloquio – lunedì 20 aprile ore 15:00', 'Gentile Marco, le confermiamo il colloquio per la posizione di analista lunedì 20 aprile ore 15:00 presso la nostra sede di Milano.', 'Selezione <hr@azienda.example>'],
    ['an Italian confirmation with the time only in the body', 'Conferma colloquio', 'Gentile candidata, confermiamo il suo colloquio di giovedì 7 maggio alle ore 10:30 in videochiamata.', 'Risorse Umane <hr@azienda.example>'],
  ],
});
