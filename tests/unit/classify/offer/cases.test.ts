/**
 * An offer: the job is offered to the candidate, with or without the word "offer".
 *
 * One row per email, grouped by the language it is written in: [what it is, subject, body, sender]. Written for this
 * project (invented companies and people). A comment names the question a run of rows answers; the rows of other
 * kinds that answer it sit in the other kinds' folders.
 */
import { readsAs } from '../../../support/classify-table';

readsAs('offer', {
  English: [
    // look-alikes of offers and interviews stay other
    ['a real offer that says "pleased to offer you" with the role', 'Offer', 'Hi Sam, we are pleased to offer you the position of Data Analyst with a starting salary of EUR 55,000.', ''],
    ['a real offer: "happy to offer you" and a start date', 'Good news', 'Sam, we are happy to offer you a place on our team as Junior Developer, with a start date of 1 April.', ''],
    // a date beside an interview that is not the candidate's slot keeps the email's kind
    ["“Your offer”", 'Your offer', 'Hi Sam, following your interview we are pleased to share that we would like you to join our team as Analyst. Your start date is Monday, April 6 at 9am.', ''],
    // varied phrasings, written after the rules
    ["“Offer”", 'Offer', "Hi Sam, we're excited to offer you the Senior Analyst role at a base salary of $120,000. Details attached.", ''],
    // the same words about a job keep their kind
    ['a job offer with a start date', 'Offer', 'We are pleased to offer you the position of Product Designer. Your start date would be 1 June and a formal offer letter will follow.', 'People <people@acme.example>'],
    ['a job offer that mentions visa sponsorship and a relocation apartment', 'Your offer', 'We are delighted to offer you the Software Engineer position. We will sponsor your visa and provide a furnished apartment for your first month.', 'People Team <people@acme.example>'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Your offer from Larkspur”", "Your offer from Larkspur", "Hi Sam! On behalf of the whole team, I'm thrilled to share your offer for the role of Senior Designer. Your offer letter is attached; please review and sign by Friday.", "Larkspur People Team <people@larkspur.io>"],
    ["“Job offer - Backend Engineer”", "Job offer - Backend Engineer", "Dear Sam, following your interviews, we are pleased to offer you employment as Backend Engineer at Kestrel, starting on 1 May 2026.", ""],
    ["“Congratulations!”", "Congratulations!", "Sam, congratulations! We'd love for you to join Orbital as our next Staff Engineer. I'll send over the formal offer today.", ""],
    ["“Offer Letter”", "Offer Letter", "Dear Sam, I am pleased to confirm our offer of the position of Accountant at a salary of EUR 52,000. Please sign and return the attached contract.", ""],
    ["“Welcome!”", "Welcome!", "Hi Sam, great news: we'd like to offer you the Barista role! Can you start on Monday?", ""],
    ["“Verbal offer follow-up”", "Verbal offer follow-up", "Hi Sam, as discussed on the phone, we're excited to have you on board as our new Product Manager. The written offer will follow from HR with your compensation details.", ""],
    ["“Great news, Sam!”", "Great news, Sam!", "Hi Sam, I'm delighted to let you know the team would like to offer you the Junior Developer position. I'll call you this afternoon to talk through the details.", ""],
    ["“Offer”", "Offer", "Hi Sam, on behalf of Orbital, I'm excited to formally extend you the offer to join as Senior Data Analyst. Attached is your offer letter with salary and start date.", ""],
    ["“Offer of employment”", "Offer of employment", "Dear Sam, following your recent interview I am delighted to offer you the post of Finance Officer, subject to references.", ""],
    ["“Good news!”", "Good news!", "Hi Sam, congratulations — you got the job! We'd love you to start on 6 April as our new Community Manager. HR will send the contract.", ""],
    ["“Your offer”", "Your offer", "Hi Sam, I'm delighted to confirm that we'd like you to join Bluefin as Payroll Specialist. Your contract and offer details are attached.", ""],
    ["“Welcome to Harbor!”", "Welcome to Harbor!", "Hi Sam, we're thrilled you've accepted our offer! Your first day will be 1 April. Please complete the onboarding forms before then.", ""],
    // look-alikes that are no step in a job search
    ['a real verbal offer stays an offer', 'Following up on our call', 'Hi Sam, great to share the news today! Here is a summary of the verbal offer while the written paperwork is prepared: Role: Staff Engineer. Base salary: $180,000. Start date: June 1.', 'Recruiting Lead <lead@acme.example>'],
    // small employers in their own words
    ['a cafe offering the job in plain words', '', "The job's yours if you want it! The team loved your trial on Saturday. Can you start Monday? Let me know and I'll sort the rota.", 'Cafe Owner <owner@cafe.example>'],
    // an offer made to someone else
    ['an offer extended to the candidate keeps being an offer', 'Offer', 'We are excited to extend an offer to you for the Product Manager position, with a base salary of $120,000.', 'Hiring <hiring@acme.example>'],
    // offers without the word offer
    ['the job is yours', 'Good news', 'Hi Sam, the job\'s yours if you want it! Pay is $22/hour and you could start on Monday 6 April.', 'Owner <owner@bakery.example>'],
    ['love you to join after the phone call', 'Following our call', 'As promised on the phone, we\'d love you to join us as Operations Lead. Start date would be 1 May, salary £45,000, references pending.', 'Director <director@firm.example>'],
    ['the role is yours', 'Welcome', 'Great news: the role is yours. Your start date is 2 June and your salary will be €50,000.', 'People <people@acme.example>'],
    // the counterparts of look-alikes keep their kind
    ['an approved offer addressed to the candidate', 'Your offer', 'Great news: your offer has been approved and we are pleased to offer you the Analyst position with a salary of $80,000.', 'HR <hr@acme.example>'],
    ['a lower-case offer without the word', 'welcome!', 'we talked it over and the position is yours. start date 1 june, salary 40k. send me your references.', 'Boss <boss@shop.example>'],
    // kinds missed before are recognised
    ['a verbal-offer follow-up', 'Following up on our call', 'Hi Sam, following up on our call — we\'d love to have you join as Senior Product Manager. As discussed, the salary we discussed is $150,000 and we propose a start date of April 1.', 'Alex <alex@startup.example>'],
    ['a casual verbal offer', 'Great talking today', 'Thanks for the chat! We would love to have you join the team as our Lead Designer. I will send over the paperwork with the salary and start date tomorrow.', 'Founder <founder@startup.example>'],
  ],
  French: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Contrat”", "Contrat", "Bonjour Sam, nous avons le plaisir de vous proposer un contrat à durée indéterminée au poste de comptable, avec une prise de poste le 1er avril.", ""],
    ["“Bienvenue !”", "Bienvenue !", "Bonjour Sam, nous sommes ravis de vous annoncer que votre candidature a été retenue pour le poste de développeur. Vous trouverez ci-joint votre promesse d'embauche.", ""],
  ],
  Spanish: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Propuesta de contratación”", "Propuesta de contratación", "Hola Sam, nos complace comunicarte que has sido seleccionado para el puesto de Desarrollador Backend. Adjuntamos la oferta de trabajo.", ""],
    // kinds missed before are recognised
    ['a Chilean job offer', 'Oferta de trabajo', 'Hola Ana, nos complace ofrecerte el cargo de Analista de Datos. El sueldo bruto mensual será de $1.800.000 y la fecha de inicio el 1 de junio.', 'Personas <personas@empresa.example>'],
    ['a Chilean offer without the word oferta', 'Buenas noticias', 'Hola Pedro, nos complace ofrecerte el cargo de Ingeniero de Software en nuestro equipo. Te adjuntamos el detalle del sueldo y la fecha de inicio.', 'Reclutamiento <rh@empresa.example>'],
  ],
});
