/**
 * A rejection: the application ends (another candidate, the post filled, on hold or closed), in plain, warm or
 * terse words; an offer made to someone else is one too.
 *
 * One row per email, grouped by the language it is written in: [what it is, subject, body, sender]. Written for this
 * project (invented companies and people). A comment names the question a run of rows answers; the rows of other
 * kinds that answer it sit in the other kinds' folders.
 */
import { readsAs } from '../../../support/classify-table';

readsAs('rejection', {
  English: [
    // a deadline warning inside an assessment invitation is not a rejection
    ['a real rejection that mentions a past assessment', 'Your application', 'Hi Sam, thank you for completing the assessment. Unfortunately, your application will not be considered further.', 'recruiting@quillon.io'],
    ['a rejection after the test with "not to move forward"', 'Assessment outcome', 'Dear Sam, after reviewing your coding test, we have decided not to move forward with your application.', ''],
    // rejections written in other ways
    ['terse: we ended up going another direction', 'Re: Product Designer role', 'Hi Sam, thanks again for your time. We ended up going another direction, but I really enjoyed our conversation.', 'lena@quillon.io'],
    ['terse: we went with someone else', 'Re: Interview follow-up', "Hey Sam, wanted to let you know we went with someone else for the role. Appreciate you taking the time to interview with us.", 'omar@tamsin.io'],
    ['terse: the team decided to go with another candidate', 'Update', 'Hi Sam, after your final interview the team decided to go with another candidate. Thanks so much for your time.', 'recruiting@brightwell.io'],
    ['terse: hired someone else', 'Re: Barista position', "Hi Sam, sorry for the slow reply — we've hired someone else for the barista position. Good luck!", 'cafe@quillon.io'],
    // varied phrasings, written after the rules
    ["“Re: Analyst role”", 'Re: Analyst role', "Hi Sam, thanks for your patience. We've decided to pass on moving forward with your candidacy.", ''],
    ["“Update on the role”", 'Update on the role', "Hi Sam, thanks again for interviewing. We've offered the role to another applicant, but we'd love to stay in touch.", ''],
    ["“Your application”", 'Your application', 'Hi Sam, thank you for applying. Unfortunately we have paused hiring for this role and are closing all applications.', ''],
    ["“Re: Interview”", 'Re: Interview', "Hi Sam, I'm afraid we've decided not to proceed. We chose a candidate with more industry experience. Best of luck.", ''],
    // informal calls, job-board footers, terse and internal rejections, promotions
    ["“Re: Designer role”", 'Re: Designer role', "Hi Sam — just wanted to close the loop. We've decided to move ahead with someone whose experience is closer to what we need. Thanks so much for your time.", ''],
    ["“Update”", 'Update', "Hi Sam, thanks for interviewing with us. We've decided to hire internally for this role.", ''],
    // the same words about a job keep their kind
    ['a job rejection that says unfortunately', 'Your application', 'Thank you for applying for the Data Analyst position. Unfortunately, we went with another applicant whose experience more closely matched the role.', 'Talent <jobs@acme.example>'],
    ['a job rejection that regrets', 'Your application', 'We regret to inform you that your application for the Backend Engineer role was not successful.', 'Recruiting <recruiting@acme.example>'],
    ['a rejection for a job at a university', 'Your application', 'Thank you for applying for the Research Assistant position at the university. Unfortunately, we have decided to move forward with other candidates.', 'HR <hr@uni.example>'],
    // rejections that offer a call or speak Polish or Spanish
    ['a warm post-final-round rejection with a feedback call', 'Final round update', "Thank you so much for your time in the final round. It was a really close decision, but we've offered the role to another candidate who has more experience with payments. I'd be happy to jump on a call to share feedback if that would be useful.", 'Hiring Manager <lead@acme.example>'],
    ['a post-interview rejection offering feedback', 'Update', 'Thanks for interviewing with us. We have decided to offer the position to another candidate. If you would like feedback, I am happy to find a time for a quick call.', 'Recruiter <talent@acme.example>'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Regarding your application”", "Regarding your application", "Dear Sam,\n\nThank you for your interest in the Marketing Coordinator position. We have reviewed your application carefully, and regret that we will not be able to invite you to interview at this time.\n\nKind regards", "hr@bluefin.io"],
    ["“Update on your candidacy”", "Update on your candidacy", "Hi Sam, thanks so much for the time you spent with our team. After a lot of discussion we've decided not to move ahead with your candidacy for the Product Manager role. We'll keep your details on file.", "Kestrel Recruiting <recruiting@kestrel.io>"],
    ["“Your application”", "Your application", "Hi Sam, thank you for applying. We've now reviewed all applications and, on this occasion, your application has not been successful.", "jobs@orbital.co.uk"],
    ["“Application status”", "Application status", "Thank you for your interest. The hiring team has chosen to proceed with candidates whose experience more closely aligns with the requirements of this role.", "Workday <notifications@myworkday.com>"],
    ["“Thank you from Harbor”", "Thank you from Harbor", "Dear Sam, thank you for taking the time to interview with us. While we were impressed with your skills, we have decided to offer the position to another candidate.", ""],
    ["“Your application for Store Manager”", "Your application for Store Manager", "Thank you for your recent application. After reviewing your profile, we have decided that your experience does not match our current needs, so we will not be progressing your application.", ""],
    ["“Application update”", "Application update", "Hi Sam, I'm sorry to let you know that we won't be moving forward with your application for the Designer role. We really appreciated getting to know you.", ""],
    ["“Position closed”", "Position closed", "Thank you for applying. We wanted to let you know that the requisition for Data Engineer has been cancelled and we are no longer hiring for this role.", ""],
    ["“Update from Kestrel”", "Update from Kestrel", "Hi Sam,\n\nThanks again for your interest in Kestrel. We've carefully reviewed your background and, although it's impressive, we've decided to focus on candidates with more direct experience for this role.\n\nBest of luck!", ""],
    ["“Re: Senior Analyst”", "Re: Senior Analyst", "Hi Sam, I wanted to follow up after your final round. The team has decided not to extend an offer at this time. I know this isn't the news you were hoping for.", ""],
    ["“Application Status Update”", "Application Status Update", "Your application for Backend Engineer (R-2231) has been reviewed. At this time, you have not been selected to continue in the hiring process.", "Workday <no-reply@myworkday.com>"],
    ["“About your application”", "About your application", "Hi Sam, thank you for applying to the Analyst role. We had many strong applicants and unfortunately we're not able to offer you an interview this time.", ""],
    ["“Your candidacy”", "Your candidacy", "Sam, thank you for interviewing with us. We have decided to hire someone whose background better matches the current needs of the team.", ""],
    ["“Application outcome”", "Application outcome", "Dear applicant, thank you for your application for the post of Research Assistant. I am sorry to inform you that you have not been shortlisted for interview.", ""],
    ["“Thank you”", "Thank you", "Hi Sam, thank you for applying to the Content Writer role. We've decided to go in a different direction for this position, but we'd be glad to hear from you for future openings.", ""],
    ["“Next steps”", "Next steps", "Hi Sam, thank you for completing our assessment. Unfortunately, your results did not meet the threshold required to proceed to the next stage.", ""],
    ["“Your application to Larkspur”", "Your application to Larkspur", "Hi Sam, we really enjoyed learning about you. Ultimately we've made the difficult decision to close your application for the Ops Manager role.", "Larkspur <no-reply@ashbyhq.com>"],
    ["“Regarding the Data Engineer role”", "Regarding the Data Engineer role", "Hi Sam, thanks for taking the time to chat with us last week. After reviewing all candidates, we won't be progressing to the next stage with you.", ""],
    ["“Application update”", "Application update", "Dear Sam, we appreciate your interest in the Legal Counsel position. Having carefully considered your application, we regret that you have not been successful on this occasion.", ""],
    ["“Thanks for your time”", "Thanks for your time", "Hi Sam, I'm writing to let you know that we've filled the Community Manager role. Thanks so much for your interest and for the time you gave us.", ""],
    ["“Application for Graphic Designer”", "Application for Graphic Designer", "Dear Sam, thanks for applying. After reviewing your portfolio, the team felt that other applicants' experience was a closer fit for what we need right now.", ""],
    ["“Outcome of your interview”", "Outcome of your interview", "Hi Sam, thanks again for meeting the team on Tuesday. I'm sorry to say we've decided not to offer you the role this time.", ""],
    // small employers in their own words
    ['a studio that has just hired', 'Re: Junior designer', 'Thanks for sending your portfolio. To be honest we have just hired for the junior role and we are a tiny studio, so there is no room for anyone else right now.', 'Studio <studio@design.example>'],
    ['a kitchen that went with someone else', '', "hey Sam - thanks for coming in. we ended up going w/ someone who had more line experience, good luck out there", ''],
    // rejections in the words real mail uses
    ['a recruiter relaying that the client went with a candidate who had more experience', 'Re: Platform Engineer role', 'Hi Sam, I heard from the client today: they decided to go with a candidate who has more operator experience, so they won’t be taking things further. Fancy a catch-up call next week?', 'Agency Recruiter <recruiter@agency.example>'],
    ['a staffing consultant: the client hired internally', '', 'Hi Sam, quick update on the Warehouse Supervisor role with our client: they decided to go in another direction and hired internally, so that one is closed out. I will call you about other roles.', ''],
    ['a search cancelled after a reorganisation', '', 'Thank you for applying for the Operations Associate role. We have made the decision to cancel this search after a reorganisation, and we will not be filling the position.', ''],
    ['a store position that has been filled', 'Your application with our store', 'Thank you for applying for the Cashier position at Store #12. The position you applied for has been filled. We encourage you to apply for other openings near you.', 'Store Careers <careers@store.example>'],
    ['an academic search: not advancing further', 'Search update', 'On behalf of the search committee, thank you for your application for the Assistant Professor position. The committee has selected candidates for campus visits, and your application will not be advancing further.', 'Search Chair <chair@college.example>'],
    ['a recruiter after a phone screen: won’t be advancing you', 'Re: Phone screen follow up', 'Thanks for the chat last week. The team has decided to move forward with candidates who have more hands-on Kafka experience, so we won’t be advancing you to the next round for this one.', 'Recruiter <recruiter@acme.example>'],
    ['a job board relaying a terse rejection above suggestions', 'Application update', 'An update on your application for Shift Lead at Harbor Logistics. The employer has reviewed your application and is not moving forward at this time. Here are similar jobs you may be interested in. View all jobs', 'Indeed <no-reply@indeed.com>'],
    ['an ATS notice that did not select the application', '', 'Thank you for your interest in the Software Engineer position. Unfortunately, the company did not select your application to move forward in the hiring process.', ''],
    ['a soft rejection without a strong mutual fit', '', 'Thank you for applying! While our team was impressed by your background, we unfortunately don’t see a strong mutual fit at this time for the role.', ''],
    ['an offer extended out to another candidate', '', 'Thank you for your interest in the Engineer position. We had many applicants and have extended an offer out to a candidate. We hope you will keep in touch.', ''],
    ['a posting withdrawn after a reorganisation', 'Position withdrawn - Junior Researcher', 'We wanted to let you know that we have withdrawn the posting for the Junior Researcher role. This means we won’t be proceeding with any applications for the role, including yours.', 'Studio <hello@studio.example>'],
    ['a manager who does not think it is the right match', '', 'Wanted to close the loop after our call. I enjoyed it, but after talking it over with the team I don’t think this is the right match right now for the role.', ''],
    ['a coordinator: won’t be moving ahead at this time', '', 'Thanks for your patience. We have reviewed your application for the Sales role and won’t be moving ahead at this time.', ''],
    // an offer made to someone else
    ['an offer extended to another candidate', 'Your application', 'Thank you for interviewing with us. After careful consideration, we\'ve decided to extend an offer to another candidate.', 'Talent <talent@acme.example>'],
    ['an offer extended to a candidate whose experience fits', 'Update on your candidacy', 'We enjoyed meeting you. We have decided to extend an offer to a candidate whose experience more closely matches the role.', 'Recruiting <recruiting@acme.example>'],
    ['an offer extended to someone else', 'Product Manager role', 'Thanks for your time. We decided to extend an offer to someone else for this position.', 'Hiring <hiring@acme.example>'],
    // kinds missed before are recognised
    ['a warm rejection without unfortunately', 'Update on your candidacy', 'Hi Sam, thank you so much for your time. We\'ve decided not to move forward with your candidacy for the Designer role. I\'m happy to hop on a call for feedback.', 'Recruiter <recruiter@acme.example>'],
    ['a warm rejection continuing with others in one line', 'Update', 'Thanks for all your time with the team. We will be continuing with other candidates for the Analyst position.', 'Talent <talent@acme.example>'],
    ['a warm rejection continuing with others', 'Your application', 'Hi Sam, it was great getting to know you. After a lot of thought we\'ll be continuing with other candidates for this role. Happy to hop on a call if feedback would help.', 'Talent <talent@acme.example>'],
  ],
  German: [
    // varied phrasings, written after the rules
    ["“Ihre Bewerbung”", 'Ihre Bewerbung', 'Sehr geehrter Herr Lee, leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.', ''],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Ihre Bewerbung als Data Scientist”", "Ihre Bewerbung als Data Scientist", "Sehr geehrter Herr Muster, vielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.", "karriere@beispiel.de"],
    ["“Ihre Bewerbung”", "Ihre Bewerbung", "Hallo Sam, danke für dein Interesse. Leider können wir dir keine Zusage geben, da wir uns für eine andere Person entschieden haben.", ""],
    ["“Absage”", "Absage", "Sehr geehrter Herr Lee, wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung in diesem Fall nicht erfolgreich war.", ""],
    // rejections in Dutch, Italian, casual German, Latin-American Spanish, Portuguese and Swedish
    ['a casual German rejection without leider', 'Deine Bewerbung', 'Hallo Alex, danke für deine Bewerbung als Entwickler. Die Stelle ist inzwischen besetzt. Wir wünschen dir alles Gute!', 'Team <jobs@firma.example>'],
    ['a casual German notice that the job is taken', 'Deine Bewerbung', 'Hey Tom, danke dir! Die Stelle ist leider schon bereits vergeben, aber wir behalten dich im Kopf.', 'Team <jobs@firma.example>'],
  ],
  French: [
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Votre candidature”", "Votre candidature", "Bonjour, après examen attentif de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le poste de développeur.", ""],
    ["“Suite à votre entretien”", "Suite à votre entretien", "Bonjour Sam, nous vous remercions pour le temps consacré à nos entretiens. Malheureusement, nous avons choisi de poursuivre avec un autre profil.", ""],
    ["“Votre candidature chez Orbital”", "Votre candidature chez Orbital", "Bonjour Sam, nous vous remercions de l'intérêt porté à notre société. Votre profil ne correspond malheureusement pas à nos besoins actuels pour ce poste.", ""],
  ],
  Spanish: [
    // rejections written in other ways
    ['Spanish: continuar el proceso con otros candidatos', 'Tu candidatura', 'Hola Sam, gracias por tu interés en el puesto de Analista. Tras revisar todos los perfiles, hemos decidido continuar el proceso con otros candidatos.', ''],
    ['Spanish: seguir adelante con otros candidatos', 'Proceso de selección', 'Estimado Sam, te agradecemos el tiempo dedicado. En esta ocasión hemos decidido seguir adelante con otros candidatos cuyo perfil encaja mejor.', ''],
    ['Spanish: no continuar con tu candidatura', 'Actualización', 'Hola Sam, tras la entrevista hemos decidido no continuar con tu candidatura para la vacante.', ''],
    ['Spanish: otro candidato', 'Puesto de diseñador', 'Hola Sam, gracias por participar en el proceso. Finalmente hemos elegido a otro candidato para el puesto.', ''],
    // varied phrasings, written after the rules
    ["“Tu candidatura”", 'Tu candidatura', 'Hola Sam, lamentablemente no podemos avanzar con tu candidatura en este momento.', ''],
    // informal calls, job-board footers, terse and internal rejections, promotions
    ["“Candidatura”", 'Candidatura', 'Hola Sam, gracias por tu tiempo. Hemos decidido seguir con otros perfiles que se ajustan más al puesto.', ''],
    // rejections that offer a call or speak Polish or Spanish
    ['a Spanish rejection: position covered, process closed', 'Actualización de tu postulación', 'Gracias por tu interés en la vacante de Analista. Te informamos que la posición ya ha sido cubierta, por lo que el proceso de selección ha quedado cerrado.', 'Talento <talento@empresa.example>'],
    ['a Spanish rejection: vacancy covered', 'Tu candidatura', 'Te agradecemos tu participación. La vacante ya fue cubierta y el proceso ha concluido.', 'Reclutamiento <rh@empresa.example>'],
    // ATS and job-board senders, UK and US English, French, German and Spanish
    ["“Actualización de tu candidatura”", "Actualización de tu candidatura", "Hola Sam, gracias por tu interés en el puesto. Lamentablemente, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a nuestras necesidades.", ""],
    ["“Decisión sobre tu candidatura”", "Decisión sobre tu candidatura", "Hola Sam, gracias por participar en nuestro proceso. En esta ocasión no seguiremos adelante con tu candidatura.", ""],
    ["“Resultado del proceso”", "Resultado del proceso", "Estimado Sam, le agradecemos su participación. Le informamos que su perfil no ha sido seleccionado para continuar en el proceso.", ""],
    // rejections in the words real mail uses
    ['a Spanish rejection continuing with other people', '', 'Hola Ana, gracias por tu interés en el puesto de Analista. Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a la posición.', ''],
    // rejections in Dutch, Italian, casual German, Latin-American Spanish, Portuguese and Swedish
    ['a Latin-American Spanish rejection', 'Tu postulación', 'Hola Ana, gracias por tu postulación a la vacante de analista. En esta ocasión no avanzaremos con tu proceso. Te deseamos éxito.', 'Talento <talento@empresa.example>'],
    ['a Spanish rejection that opens with thanks for applying', 'Actualización', 'Gracias por postularte a la vacante de diseñador. Después de revisar tu perfil, hemos decidido no avanzar con tu postulación en esta ocasión.', 'Reclutamiento <rh@empresa.example>'],
  ],
  Portuguese: [
    // rejections in Dutch, Italian, casual German, Latin-American Spanish, Portuguese and Swedish
    ['a Portuguese rejection that will not continue', 'A sua candidatura', 'Olá Rita, agradecemos o seu interesse. Infelizmente não seguiremos com a sua candidatura para a vaga de engenheira.', 'Recrutamento <rh@empresa.example>'],
    ['a European Portuguese rejection that chose another candidate', 'Candidatura', 'Caro João, obrigado pela sua candidatura. Após análise, optámos por outro candidato cujo perfil se ajusta melhor à função.', 'Recursos Humanos <rh@empresa.example>'],
    ['a Brazilian rejection that chose another candidate', 'Processo seletivo', 'Oi Pedro, obrigado por participar do processo seletivo. Optamos por outro candidato para a vaga.', 'Talentos <talentos@empresa.example>'],
    ['a Brazilian rejection moving on with others', 'Processo seletivo', 'Olá Ana, agradecemos sua participação. Decidimos seguir com outros candidatos para a vaga.', 'RH <rh@empresa.example>'],
  ],
  Italian: [
    // rejections in Dutch, Italian, casual German, Latin-American Spanish, Portuguese and Swedish
    ['an Italian rejection that chose another candidate', 'La sua candidatura', 'Gentile candidata, la ringraziamo per l\'interesse. Dopo un\'attenta valutazione, la nostra scelta è ricaduta su un altro candidato.', 'Selezione <hr@azienda.example>'],
    ['an Italian rejection about the outcome of the application', 'Esito della sua candidatura', 'Gentile Marco, la informiamo che la sua candidatura per la posizione di analista non è stata selezionata per il proseguimento del processo.', 'Risorse Umane <hr@azienda.example>'],
    ['an Italian rejection with other profiles', 'Aggiornamento candidatura', 'Gentile candidato, purtroppo abbiamo deciso di non proseguire con la sua candidatura per la posizione.', 'Selezione <hr@azienda.example>'],
  ],
  Dutch: [
    // rejections in Dutch, Italian, casual German, Latin-American Spanish, Portuguese and Swedish
    ['a Dutch rejection that chose another candidate', 'Je sollicitatie', 'Beste Sam, bedankt voor je sollicitatie voor de functie van ontwikkelaar. Helaas hebben we gekozen voor een andere kandidaat. We wensen je veel succes.', 'Recruitment <jobs@bedrijf.example>'],
    ['a formal Dutch rejection', 'Uw sollicitatie', 'Geachte heer, hartelijk dank voor uw sollicitatie. Helaas moeten wij u mededelen dat wij uw sollicitatie niet verder in behandeling nemen.', 'HR <hr@firma.example>'],
    ['a Dutch rejection that will not go further', 'Update sollicitatie', 'Hoi Lisa, na zorgvuldige overweging hebben we besloten om niet verder te gaan met je sollicitatie.', 'HR <hr@bedrijf.example>'],
    ['a Dutch notice that the vacancy is filled', 'Vacature ontwikkelaar', 'Bedankt voor je interesse. De vacature is inmiddels vervuld.', 'Recruitment <jobs@bedrijf.example>'],
  ],
  Polish: [
    // rejections that offer a call or speak Polish or Spanish
    ['a Polish rejection: no further participation', 'Rekrutacja', 'Dziękujemy za udział w rekrutacji na stanowisko Analityka. Niestety, tym razem nie możemy zaproponować Pani dalszego udziału w procesie rekrutacyjnym.', 'HR <hr@firma.example>'],
    ['a Polish rejection: chose other candidates', 'Twoja aplikacja', 'Dziękujemy za zainteresowanie stanowiskiem. Po analizie zgłoszeń zdecydowaliśmy się na kandydatów, których doświadczenie lepiej odpowiada wymaganiom.', 'Rekrutacja <rekrutacja@firma.example>'],
    // rejections in the words real mail uses
    ['a Polish rejection continuing with other candidates', '', 'Dziękujemy za zainteresowanie stanowiskiem Analityka. Podjęliśmy decyzję o kontynuowaniu procesu z innymi kandydatami.', ''],
  ],
  Swedish: [
    // rejections in Dutch, Italian, casual German, Latin-American Spanish, Portuguese and Swedish
    ['a Swedish rejection that moved on with another candidate', 'Din ansökan', 'Hej Erik, tack för din ansökan till tjänsten som utvecklare. Tyvärr har vi gått vidare med en annan kandidat.', 'Rekrytering <jobb@foretag.example>'],
    ['a Swedish notice that the post is filled', 'Din ansökan', 'Hej! Tack för din ansökan. Tjänsten är tillsatt och vi kommer inte gå vidare med din ansökan.', 'Rekrytering <jobb@foretag.example>'],
  ],
});
