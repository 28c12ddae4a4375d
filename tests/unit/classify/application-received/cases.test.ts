/**
 * An application received: the employer, a job board or an agency says the application (or a finished task) arrived, and
 * nothing more has happened yet; a preview of a later step ("we will call you if…") keeps it an acknowledgement.
 *
 * One row per email, grouped by the language it is written in: [what it is, subject, body, sender]. Written for this
 * project (invented companies and people). A comment names the question a run of rows answers; the rows of other
 * kinds that answer it sit in the other kinds' folders.
 */
import { readsAs } from '../../../support/classify-table';

readsAs('application_received', {
  English: [
    // a job board acknowledgement stays an acknowledgement under its "similar jobs" footer
    ['LinkedIn: sent to, then similar jobs', 'Sam, your application was sent to Quillon', 'Your application was sent to Quillon\nData Analyst · Quillon · Berlin (Hybrid)\nApplied on March 5, 2026\n\nSimilar jobs\nData Analyst - Tamsin - Remote - Easy Apply\nBI Analyst - Brightwell - 3 days ago\nJobs you may be interested in\nView all jobs', 'LinkedIn <jobs-noreply@linkedin.com>'],
    ['LinkedIn: sent to, then jobs you may be interested in', 'Your application was sent to Tamsin Labs', 'Your application was sent to Tamsin Labs.\nProduct Manager\n\nJobs you may be interested in\nSenior PM · Quillon · Actively recruiting\nPM II · Brightwell · Easy Apply\nRecommended jobs for you. New jobs posted 2 days ago.', 'LinkedIn <jobs-noreply@linkedin.com>'],
    ['Indeed: application submitted, then recommended jobs', 'Indeed Application: Barista', 'Application submitted\nBarista - Brightwell Coffee - Hamburg\n\nThe employer will review your application.\n\nRecommended jobs\nShift Lead - Cafe Nord - new\nBarista - Bean & Co - Easy apply\nJobs for you. Similar jobs near Hamburg.', 'Indeed <indeedapply@indeed.com>'],
    ['Indeed: subject says submitted, body opens with the job', 'Application submitted: Warehouse Associate', 'Warehouse Associate\nQuillon Logistics - Leipzig\n\nYour application has been submitted.\n\nJobs you might like\nForklift Driver - 2 days ago\nPicker - new jobs\nRecommended jobs', 'Indeed <indeedapply@indeed.com>'],
    // a date beside an interview that is not the candidate's slot keeps the email's kind
    ["“Thanks for applying”", 'Thanks for applying', 'Thank you for applying to the Trainee programme. If you are selected for an interview, interviews will take place on Monday 23 March at 9:00 in Leeds.', ''],
    // varied phrasings, written after the rules
    ["“You applied to Quillon”", 'You applied to Quillon', 'You applied to Data Analyst at Quillon.\nYour application has been sent. Good luck!\nMore jobs like this\nBI Analyst - Tamsin - 2 days ago\nJobs you might like', 'Glassdoor <noreply@glassdoor.com>'],
    // informal calls, job-board footers, terse and internal rejections, promotions
    ["“Application sent”", 'Application sent', 'Your application was sent to Quillon.\nSenior Analyst\nYou can track this in My Jobs.\nPeople also viewed\nJobs similar to this one\nView similar jobs', 'LinkedIn <jobs-noreply@linkedin.com>'],
    // the same words about a job keep their kind
    ['a job acknowledgement', 'Application received', 'Thank you for applying to the Account Manager position. Your application has been received and our recruiting team will review it.', 'Careers <careers@acme.example>'],
    // acknowledgements with a conditional rejection, a received submission or a referral
    ['a conditional rejection in an acknowledgement', 'Thank you for your application', "Thank you for applying for the Marketing Assistant position. We will review your application carefully. If you don't hear from us within 2 weeks, please assume your application has been unsuccessful on this occasion.", 'Recruitment <recruitment@acme.example>'],
    ['a conditional rejection with "have not heard"', 'Application received', 'We have received your application for the role of Junior Developer. If you have not heard from us within 14 days, please assume that your application has not been successful on this occasion.', 'HR <hr@acme.example>'],
    ['a received take-home exercise', 'Thanks!', "Hi, we've received your take-home exercise for the Frontend Engineer role. The team will review it and come back to you next week.", 'Recruiting <recruiting@acme.example>'],
    ['a received online assessment submission', 'Submission received', 'We have received your online assessment submission for the Graduate Analyst position. Thank you for completing it.', 'Careers <careers@acme.example>'],
    ['a received coding challenge', 'Coding challenge received', 'Thanks, we got your completed coding challenge. Our engineers will review it within a few days.', 'Hiring <hiring@acme.example>'],
    ['a referral that submitted the application', 'You have been referred', 'Good news! Sam has referred you for the Operations Manager role and your application has now been submitted. Our recruiting team will review it shortly.', 'Careers <careers@acme.example>'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Application Confirmation - Software Engineer II”", "Application Confirmation - Software Engineer II", "Hello Sam,\n\nThis is to confirm that your application for Software Engineer II has been submitted successfully. Our recruiting team is reviewing applications and will contact you if your experience matches the role.\n\nThanks,\nTalent Team", "Orbital <no-reply@hire.lever.co>"],
    ["“We got your application!”", "We got your application!", "Hi Sam — thanks for your interest in joining us! We've got your application for Customer Success Manager and a member of our team will take a look soon.", "Larkspur Careers <careers@larkspur.io>"],
    ["“Your application to Harbor”", "Your application to Harbor", "Thanks for submitting your application. Here's what happens next: our team reviews every application, and you'll hear from us either way.", "Harbor <notifications@smartrecruiters.com>"],
    ["“Indeed Application: Warehouse Associate”", "Indeed Application: Warehouse Associate", "Your application has been submitted. Good luck! The employer will contact you directly if they'd like to move forward.", "Indeed Apply <indeedapply@indeed.com>"],
    ["“Thanks for your application, Sam”", "Thanks for your application, Sam", "Hi Sam,\nThanks for applying for the Operations Associate job. We're reviewing applications now and will be in contact soon about next steps.\nBest,\nThe Recruiting Team", ""],
    ["“Application submitted: Nurse Practitioner”", "Application submitted: Nurse Practitioner", "Your application for Nurse Practitioner (Req #88123) was successfully submitted. You can track its status in your candidate portal.", "Careers <careers@hospital.org>"],
    ["“Application received – Warehouse Team Lead”", "Application received – Warehouse Team Lead", "Hello Sam,\n\nWe appreciate you applying for the Warehouse Team Lead vacancy. Your application is now with our hiring team. Due to the volume of applicants we may not be able to respond to everyone individually.", "recruitment@logistics.co.uk"],
    ["“Thank you for your interest in Bluefin”", "Thank you for your interest in Bluefin", "Hi Sam, thanks for your interest in the Senior Frontend Developer opening at Bluefin. We'll review your resume and reach out if there's a match.", "Bluefin <no-reply@bamboohr.com>"],
    ["“Thanks for applying to Northwind!”", "Thanks for applying to Northwind!", "Hey Sam! We just wanted to say thanks for throwing your hat in the ring for our Mobile Engineer role. Someone from our team will look at your application in the next few days.", ""],
    ["“Application Received: Marketing Intern”", "Application Received: Marketing Intern", "Dear Sam, your application for the Marketing Intern position has been received and is under review. Please do not reply to this email.", "noreply@jobvite.com"],
    ["“We've received your application”", "We've received your application", "Hi Sam, this is a quick note to let you know your application for Account Executive landed safely with us. We'll be in touch once we've had a chance to review it.", "Harbor Talent <talent@harbor.io>"],
    ["“Application confirmation”", "Application confirmation", "Dear Sam Lee, thank you for your interest in a career with us. This message confirms we have your application for Clinical Data Manager (JR-5521).", "Workday <noreply@myworkday.com>"],
    ["“Thanks for applying”", "Thanks for applying", "Hi Sam, thanks for applying to be a Solutions Engineer at Northwind. We read every application and will follow up with next steps soon.", "Northwind <no-reply@hire.lever.co>"],
    ["“Your Application”", "Your Application", "Dear Sam, we acknowledge receipt of your application for the post of Finance Officer. Shortlisted candidates will be contacted within three weeks.", ""],
    ["“Thank you for your application to Bluefin”", "Thank you for your application to Bluefin", "Dear Sam, thank you for applying for the role of Payroll Specialist. Your application will now be considered by the hiring manager, and we aim to respond within ten working days.", "Bluefin Careers <careers@bluefin.io>"],
    ["“Application successfully submitted”", "Application successfully submitted", "Hi Sam, you've successfully applied to Product Analyst at Kestrel. Track your application status any time in your dashboard.", "Kestrel via Workable <noreply@candidates.workablemail.com>"],
    // look-alikes that are no step in a job search
    ['an internship acknowledgement stays one', 'Thank you for applying', 'Thank you for applying to our summer internship in data engineering. We have received your application and will review it within two weeks.', 'Careers <careers@acme.example>'],
    // small employers in their own words
    ['an office manager acknowledging a CV by hand', 'Re: Application - Junior Accountant', 'Dear Sam, thanks very much for sending through your CV for the junior accountant vacancy. I have passed it on to the partner handling shortlisting. We are closing applications on the 13th.', 'Office Manager <office@firm.example>'],
    // tests, receipts and one-way video interviews
    ['a take-home received', 'Take-home received - thanks!', 'Just confirming we got your take-home submission. Two engineers will review it this week and I will get back to you by Monday.', 'Engineering Manager <em@startup.example>'],
    ['a repo link that came through in a reply about the exercise', 'Re: Take-home exercise', 'Got it, thanks - your repo link came through fine. I will go through it with the team this week.', 'Engineering Manager <em@startup.example>'],
    ['a completed one-way video interview', 'Thank you for completing your video interview', 'Thank you for completing your on-demand video interview for the Associate position. Your responses have been submitted successfully and will be reviewed by our recruiting team.', 'Talent <noreply@videohire.example>'],
    ['a reply that got the take-home and shared the repo', 'Re: Take-home exercise - Frontend Engineer', 'Got it, thanks for sending this over ahead of the deadline! I have shared your repo with the frontend team and they will review it this week.', 'Recruiter <recruiter@acme.example>'],
    // booking tools and calendar invitations
    ['an acknowledgement that says the manager will reach out if they would like to meet', 'Application received', 'Thanks for applying for Sales Associate at Store #412! We have got your application. If they’d like to meet you, the hiring manager will reach out to set up an interview.', 'Store Hiring <jobs@store.example>'],
    ['an acknowledgement that says the store will call if it is a match', 'Thanks for applying!', 'Thanks for applying to be a Team Member at Store #418. We got your application. If it’s a match, the store will call you to set up an interview.', 'Store Careers <noreply@store.example>'],
    // acknowledgements that describe the whole process
    ['an acknowledgement listing every later stage', 'Thanks for applying', 'Thank you for applying for the Designer role. Here is what our process looks like: 1. a short exercise 2. a panel interview with the team 3. Offer. We will review your application and be in touch.', 'Careers <careers@acme.example>'],
    ['an acknowledgement that describes the process as steps', 'Application received', 'We have received your application. Our hiring process: Step 1 - recruiter screen, Step 2 - technical assessment, Step 3 - panel interview, Step 4 - offer. If your background matches, we will contact you.', 'Jobs <jobs@acme.example>'],
    ['a test submitted notice', 'Test submitted', 'Your test has been submitted. The hiring team will review your results.', 'Assessments <noreply@testplatform.example>'],
    ['a test submitted notice without a subject word', 'Thanks', 'Your test has been submitted successfully for the Backend Engineer position.', 'Platform <noreply@testplatform.example>'],
    // the counterparts of look-alikes keep their kind
    ['an acknowledgement that describes the process as a list', 'Thanks for applying to the Engineer role', 'Thanks for applying! Our hiring process: recruiter call, take-home exercise, onsite panel interview, offer. We review every application and will be in touch within two weeks.', 'Careers <careers@acme.example>'],
    ['an acknowledgement that looks for candidates with skills', 'Thanks for applying', 'Thank you for applying to the Analyst role. We are looking for candidates with SQL skills and will review your application shortly.', 'Careers <careers@acme.example>'],
    // an acknowledgement that previews a later step stays an acknowledgement
    ['a graduate-scheme acknowledgement that previews assessments', 'Application confirmation', 'Thank you for applying to our Graduate Scheme. We have received your application. If you meet the criteria, you will be invited to complete online assessments.', 'Graduate Recruitment <graduates@firm.example>'],
    ['an acknowledgement that says should your application progress', 'Application received', 'We have received your application for the Analyst role. Should your application progress, you will be invited to an online assessment and then a video interview.', 'Careers <careers@firm.example>'],
    // kinds missed before are recognised
    ['an acknowledgement that thanks for the interest first', 'Thanks for your interest in Nimbus!', 'Thanks for your interest in Nimbus! We have got your application and our team will review it.', 'Nimbus <jobs@nimbus.example>'],
    ['a casual acknowledgement we got it', 'We got it!', 'We got it — thanks for applying for the Frontend Engineer role. Our team will review it and be in touch.', 'Careers <careers@startup.example>'],
    ['a casual acknowledgement we\'ve got your application', 'Thanks for your interest!', 'Thanks for your interest in joining us! We\'ve got your application and will take a look soon.', 'Team <jobs@startup.example>'],
  ],
  German: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Bestätigung Ihrer Bewerbung”", "Bestätigung Ihrer Bewerbung", "Guten Tag, hiermit bestätigen wir den Eingang Ihrer Bewerbung als Projektmanager. Wir melden uns in den nächsten zwei Wochen bei Ihnen.", ""],
    ["“Danke für deine Bewerbung”", "Danke für deine Bewerbung", "Hi Sam, danke für deine Bewerbung als Frontend-Entwickler! Wir schauen sie uns in Ruhe an und melden uns.", ""],
    ["“Bewerbungseingang”", "Bewerbungseingang", "Hallo Sam, vielen Dank für dein Interesse an der Position als UX Designer. Deine Unterlagen sind bei uns eingegangen.", ""],
    ["“Bewerbung erhalten”", "Bewerbung erhalten", "Guten Tag Herr Lee, wir haben Ihre Bewerbung für die Stelle als Buchhalter erhalten und prüfen diese sorgfältig.", ""],
  ],
  French: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Candidature bien reçue”", "Candidature bien reçue", "Bonjour Sam, nous vous confirmons la bonne réception de votre candidature au poste de comptable. Nous reviendrons vers vous rapidement.", ""],
    ["“Merci pour votre candidature”", "Merci pour votre candidature", "Bonjour Sam, merci de l'intérêt que vous portez à notre entreprise. Votre candidature pour le poste d'analyste a bien été transmise à notre équipe recrutement.", ""],
    // an acknowledgement that previews a later step stays an acknowledgement
    ['a French acknowledgement with a conditional interview', 'Confirmation de réception de votre candidature', 'Bonjour, nous avons bien reçu votre candidature pour le poste de chargé de projet. Si votre profil correspond, nous vous contacterons pour convenir d\'un entretien.', 'Recrutement <recrutement@societe.example>'],
    ['a French acknowledgement that will contact you for an interview', 'Votre candidature', 'Merci pour votre candidature. Nous l\'étudions avec attention et nous vous contacterons pour convenir d\'un entretien si votre profil est retenu.', 'RH <rh@societe.example>'],
  ],
  Spanish: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Gracias por aplicar”", "Gracias por aplicar", "Hola Sam, gracias por aplicar a la vacante de Diseñador UX. Revisaremos tu perfil y te contactaremos si avanzas en el proceso.", ""],
    ["“Candidatura recibida”", "Candidatura recibida", "Hola Sam, confirmamos que hemos recibido tu solicitud para el puesto de Ingeniero de Datos. Nuestro equipo de selección la revisará.", ""],
    // the counterparts of look-alikes keep their kind
    ['a Spanish acknowledgement that thanks for applying', 'Gracias por postularte', 'Gracias por postularte a la vacante de analista. Revisaremos tu perfil y te contactaremos.', 'RH <rh@empresa.example>'],
  ],
  Portuguese: [
    // acknowledgements that describe the whole process
    ['a Brazilian acknowledgement of an application', 'Inscrição recebida', 'Olá Carla, recebemos sua inscrição para a vaga de analista de dados. Nosso time vai analisar seu perfil.', 'Carreiras <carreiras@empresa.example>'],
    ['a Brazilian acknowledgement of a candidacy', 'Candidatura', 'Recebemos sua candidatura! Em breve entraremos em contato caso seu perfil avance no processo seletivo.', 'Talentos <talentos@empresa.example>'],
  ],
  Italian: [
    // the counterparts of look-alikes keep their kind
    ['an Italian acknowledgement', 'Candidatura ricevuta', 'Gentile Marco, abbiamo ricevuto la sua candidatura per la posizione di analista.', 'HR <hr@azienda.example>'],
  ],
  Swedish: [
    // the counterparts of look-alikes keep their kind
    ['a Swedish acknowledgement', 'Tack för din ansökan', 'Tack för din ansökan till tjänsten som utvecklare. Vi återkommer.', 'Rekrytering <jobb@foretag.example>'],
  ],
});
