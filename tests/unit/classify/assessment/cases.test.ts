/**
 * An assessment: a test, a take-home, a case study, a one-way video interview or a trial shift to complete, with
 * or without the word "assessment"; a deadline warning inside it does not make it a rejection.
 *
 * One row per email, grouped by the language it is written in: [what it is, subject, body, sender]. Written for this
 * project (invented companies and people). A comment names the question a run of rows answers; the rows of other
 * kinds that answer it sit in the other kinds' folders.
 */
import { readsAs } from '../../../support/classify-table';

readsAs('assessment', {
  English: [
    // a deadline warning inside an assessment invitation is not a rejection
    ['"will not be considered further" if not completed', 'Your online assessment', 'Hi Sam, thank you for applying to the Graduate Analyst programme. Please complete the online assessment by 15 March. If you do not complete the assessment by then, your application will not be considered further.', 'grad@brightwell.co.uk'],
    ['"otherwise" we cannot move forward', 'Coding challenge', 'Hi Sam, the next step is a coding challenge on the platform linked below. Please submit it within 5 days; otherwise, we will not be able to move forward with your application.', 'recruiting@quillon.io'],
    ['"failure to complete"', 'Assessment invitation - Support Specialist', 'Dear Sam, you are invited to complete our skills assessment. Failure to complete the assessment within 72 hours will result in your application no longer being considered.', 'no-reply@tamsin.io'],
    ['"if we do not receive"', 'Take-home assignment', "Hi Sam, attached is the take-home assignment for the Frontend role. If we don't receive your solution by Monday, we won't be able to proceed with your application.", 'eng@quillon.io'],
    ['"applications without a completed test"', 'Next step: online test', 'Dear Sam, please complete the online test for the Trainee position by Sunday. Applications without a completed test will not be considered further.', ''],
    // varied phrasings, written after the rules
    ["“Your assessment”", 'Your assessment', 'Hi Sam, please complete the HackerRank challenge within 3 days. Candidates who do not complete it in time will be removed from the process.', ''],
    ["“Case study”", 'Case study', "Hi Sam, next step for the Strategy role is a case study. Please send your deck by Monday 9am; late submissions can't be considered.", ''],
    // informal calls, job-board footers, terse and internal rejections, promotions
    ["“Assessment reminder”", 'Assessment reminder', 'Hi Sam, a reminder that your coding assessment for the Backend role closes on Friday. If not completed by then, your application will be withdrawn.', ''],
    // assessments that never say assessment
    ['a design challenge with a deadline', 'Next step: design challenge', "Thanks for chatting with us about the Product Designer role! Here's our design challenge: redesign the onboarding flow for our app. The deadline is Friday; please share a Figma file with us when you're done.", 'Design Team <design@acme.example>'],
    ['a writing exercise before interviews', 'Writing exercise', 'Before interviews, we ask everyone at this stage to complete a short writing exercise for the Content Strategist position. Please send your work back by 5pm Wednesday.', 'Hiring <hiring@acme.example>'],
    ['a case study with a time box', 'Case study', 'As the next step for the Consultant role, please complete the attached case study. It should take no more than 3 hours; send it back by Monday.', 'Recruiting <recruiting@acme.example>'],
    ['an online test as the next stage', 'Next stage', 'Thank you for your application for the Graduate Trainee position. We would like to invite you to the next stage: an online test. You will receive the link shortly and have 5 days to complete it.', 'Graduate Recruitment <grads@acme.example>'],
    ['a work sample task', 'Your task', 'For the Data Engineer position, we would like you to do a short work sample task. Please return it within 48 hours.', 'Talent <talent@acme.example>'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Complete your online assessment”", "Complete your online assessment", "Hi Sam, thanks for applying to the Graduate Analyst programme. The next step is an online assessment, which should take about 45 minutes. Please complete it by 12 March.", "Graduate Recruitment <grad@bank.co.uk>"],
    ["“Coding challenge for Backend Engineer”", "Coding challenge for Backend Engineer", "Hi Sam, as a next step we'd like you to work on a short coding challenge. You'll receive an invitation from CodeSignal shortly; you have 5 days to complete it.", "recruiting@kestrel.io"],
    ["“HireVue video interview invitation”", "HireVue video interview invitation", "You have been invited to complete a HireVue on-demand video assessment for the Analyst role. Please complete it within 3 days.", ""],
    ["“Next step in your application”", "Next step in your application", "Thank you for applying. The next step is a short online test measuring numerical and verbal reasoning. Please complete the test within 7 days using the link below.", ""],
    ["“Case study”", "Case study", "Hi Sam, as part of the process we'd like you to prepare a case study presentation for the Strategy Analyst role. Please send it back by Monday.", ""],
    ["“Your take-home exercise”", "Your take-home exercise", "Hi Sam, thanks for the great chat! The next step is a short take-home exercise. You'll find the brief attached; we expect it to take around three hours. Please return it by next Friday.", ""],
    ["“Invitation: Codility test”", "Invitation: Codility test", "Hi Sam, you've been invited to take a Codility test for the Backend Engineer position. The test is 90 minutes long.", ""],
    ["“Skills test for Junior Developer”", "Skills test for Junior Developer", "Hi Sam, before the interview stage we ask all applicants to complete a short skills test. Use the link below to start; it takes about 30 minutes.", ""],
    ["“Work sample”", "Work sample", "Hi Sam, the next step in our process is a paid work sample. Please design a landing page based on the brief attached and send it to us within one week.", ""],
    ["“Your Pymetrics games”", "Your Pymetrics games", "Hi Sam, to continue your application please complete the Pymetrics games. They take about 25 minutes and must be completed by March 12.", ""],
    ["“Assessment centre invitation”", "Assessment centre invitation", "Dear Sam, we are pleased to invite you to our assessment centre on 20 March, which will include a group exercise and a written test.", ""],
    ["“Technical exercise”", "Technical exercise", "Hi Sam, please find the technical exercise attached. You have until Sunday evening to submit your solution via the link.", ""],
    ["“Your coding task”", "Your coding task", "Hi Sam, thanks for your interest in the Backend Engineer role. As a next step, please complete the coding task in the repository linked below and share your solution by Friday.", ""],
    ["“Online tests”", "Online tests", "Dear Sam, you are invited to complete our online tests (numerical and logical reasoning) as part of your application for the Graduate Scheme. Deadline: 15 March.", ""],
    // look-alikes that are no step in a job search
    ['an employer coding test on the same platform stays an assessment', 'Coding assessment for the Backend Engineer role', 'Hi Sam, thanks for applying to the Backend Engineer position. Please complete our HackerRank coding assessment within 5 days using the link below.', 'Recruiting <recruiting@acme.example>'],
    // small employers in their own words
    ['a trial shift for a barista role', 'Trial shift - Head Barista', 'Thanks for dropping off your CV. We would like to invite you to a paid trial shift for the Head Barista position so we can see how you work. Which morning next week are you free?', 'Cafe <hello@cafe.example>'],
    ['a written task before the final interview', 'Written task - Marketing Coordinator', 'Thanks for the chat. Before we arrange the final interview, we would like you to complete a short written task: a one-page launch plan. Please send it back by Thursday 5pm.', 'Hiring Manager <manager@foods.example>'],
    // tests, receipts and one-way video interviews
    ['a take-home to submit stays an assessment', 'Take-home exercise', 'Thanks for the chat! As the next step, please complete the take-home exercise and submit your solution by Friday.', 'Engineering Manager <em@startup.example>'],
    ['a one-way video interview with a deadline', 'Video Interview Invitation (Action Required)', 'Thank you for your interest in the Associate position. As the next step, we invite you to complete an on-demand video interview: record your responses to 5 questions before Sunday 11:59 PM.', 'Talent <noreply@videohire.example>'],
    ['a recorded video interview to complete', 'Action required: complete your video interview', 'Thank you for your interest in the Associate position. We would like to invite you to complete a recorded video interview: record each answer within 2 minutes, any time before Thursday.', 'Talent Team <talent@acme.example>'],
    // tests without the word assessment
    ['a small take-home due on a date', 'Next steps', 'Thanks for chatting with us. The next step is a small take-home, due Friday 14 March. Details are in the attached brief.', 'Hiring <hiring@acme.example>'],
    ['graduate online assessments', 'Graduate scheme: next stage', 'Thank you for applying to our graduate scheme. We are pleased to invite you to the next stage: please complete your online assessments within 5 days.', 'Graduate Recruitment <grads@bank.example>'],
    ['psychometric tests for the next stage', 'Your application', 'Thank you for applying. We would like to invite you to the next stage, which is to complete the psychometric tests linked below.', 'Early Careers <careers@firm.example>'],
    ['a language check', 'Next step: language check', 'Thank you for applying for the support agent position. The next step is a short language check. Please complete it within 3 days.', 'Recruiting <jobs@support.example>'],
    ['a typing test', 'Typing test', 'Thanks for applying for the data entry role. Please complete our typing test using the link below before Thursday.', 'HR <hr@office.example>'],
    ['a paid trial edit', 'Paid trial edit', 'Thanks for applying to the copy editor role! As a next step we would like you to do a paid trial edit of a 1,000-word article.', 'Editorial <editor@magazine.example>'],
    ['a paid trial', 'Next steps for the writer role', 'Thank you for your application. We would like to offer you a paid trial: write one article, paid at our usual rate.', 'Content <content@agency.example>'],
    // the counterparts of look-alikes keep their kind
    ['a take-home as the next step in the hiring process', 'Next steps', 'As the next step in our hiring process, please complete the take-home assessment by Friday 13 March.', 'Recruiting <jobs@acme.example>'],
    ['a test invitation after thanks for applying', 'Thanks for applying', 'Thanks for applying to the Support role. We review every application. Before we continue, please complete a short typing test via the link below within 48 hours.', 'Jobs <jobs@co.example>'],
    // salary-site marketing is other
    ['an employer assessment stays one', 'Online assessment for the Analyst role', 'Thank you for your application. As the next step, please complete the online assessment for the Analyst position within 5 days.', 'Recruiting <recruiting@bank.example>'],
    // an acknowledgement that previews a later step stays an acknowledgement
    ['an actual assessment invitation stays one', 'Next step: online assessment', 'Thank you for applying to our Graduate Scheme. You are invited to complete the online assessments by Friday using the link below.', 'Graduate Recruitment <graduates@firm.example>'],
    // kinds missed before are recognised
    ['a case study for the final round', 'Final round: case study', 'Hi Sam, congratulations on reaching the final round! Attached is the case study for your final round. Please prepare and send your analysis by Friday.', 'Recruiting <recruiting@consult.example>'],
    ['a case study to prepare and send', 'Next step', 'Hi Sam, as the next step we would like you to work on a short case study. Please prepare a short presentation and send it back by Monday, March 16.', 'Hiring <hiring@startup.example>'],
    ['a case study to complete before the final round', 'Case study – final round', 'Hi Sam, ahead of your final round we would like you to complete a case study. Please prepare your recommendations and send them to me by Thursday 5pm.', 'Recruiter <recruiter@consult.example>'],
  ],
});
