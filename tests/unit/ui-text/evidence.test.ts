/**
 * "Why?" in the user's language: the classifier's evidence arrives as a code and values, the interface words it
 * through the catalogue; evidence stored before codes (English sentences) reads the same; the email's own words
 * stay as written; the command line keeps its English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classifyByRules } from '../../../lib/core/classify';
import { followUser } from '../../../lib/core/classify/user-examples';
import { EVIDENCE_CODES, type Evidence } from '../../../lib/core/detection';
import type { Email } from '../../../lib/core/email';
import { evidenceText } from '../../../lib/ui-text/evidence';
import { setTestLocale } from '../../support/i18n';

afterEach(() => setTestLocale('en'));

const email = (over: Partial<Email>): Email => ({
  id: 'm1',
  threadId: 't1',
  source: 'gmail',
  subject: '',
  from: { name: '', address: '' },
  date: '2026-03-02T09:00:00Z',
  body: '',
  ...over,
});

/** What each code's evidence says in English (the core's `signal`), and what the page shows in each language. */
const CASES: Array<{ evidence: Evidence; de: string; fr: string; es: string }> = [
  { evidence: { signal: 'calendar invite', where: 'body', code: 'calendar_invite' }, de: 'Kalendereinladung', fr: 'invitation d’agenda', es: 'invitación de calendario' },
  { evidence: { signal: 'interview at a fixed date and time', where: 'body', code: 'fixed_time' }, de: 'ein Gespräch zu festem Datum und fester Uhrzeit', fr: 'un entretien à une date et une heure fixées', es: 'una entrevista con fecha y hora fijas' },
  { evidence: { signal: 'bulk sender (alerts, newsletter)', where: 'sender', code: 'bulk_sender' }, de: 'Massenversand (Jobalarme, Newsletter)', fr: 'envoi en masse (alertes, lettres d’information)', es: 'envío masivo (alertas, boletines)' },
  { evidence: { signal: 'a decision outside hiring (admission, grant, tenancy, conference…)', where: 'body', code: 'outside_hiring' }, de: 'eine Entscheidung außerhalb der Stellensuche (Zulassung, Stipendium, Wohnung, Konferenz …)', fr: 'une décision hors recrutement (admission, bourse, logement, conférence…)', es: 'una decisión ajena a la búsqueda de empleo (admisión, beca, alquiler, congreso…)' },
  { evidence: { signal: 'from a colleague at your own organisation', where: 'sender', code: 'colleague' }, de: 'von jemandem aus Ihrer eigenen Organisation', fr: 'd’une personne de votre propre organisation', es: 'de alguien de tu propia organización' },
  { evidence: { signal: 'from another address in your own name', where: 'sender', code: 'owner_named_sender' }, de: 'von einer anderen Adresse auf Ihren eigenen Namen: meist Ihre eigene Post von Ihrer Arbeitsadresse (ein Gespräch oder eine Absage, die Sie einem Bewerber geschickt haben), kein Schritt Ihrer eigenen Stellensuche', fr: 'd’une autre adresse à votre propre nom : le plus souvent votre propre courrier depuis votre adresse professionnelle (un entretien ou un refus que vous avez envoyé à un candidat), pas une étape de votre recherche', es: 'desde otra dirección a tu propio nombre: casi siempre tu propio correo desde tu dirección del trabajo (una entrevista o un rechazo que enviaste a un candidato), no un paso de tu búsqueda' },
  { evidence: { signal: 'from acme.test, an organisation your mail shows you hiring for', where: 'sender', code: 'hires_for', values: { organisation: 'acme.test' } }, de: 'von acme.test, einer Organisation, für die Sie laut früherer Mails selbst einstellen (deren Bewerber, Gesprächsrunden oder Angebote: eher die Personalsuche Ihres Arbeitgebers als Ihre eigene Stellensuche)', fr: 'de acme.test, une organisation pour laquelle vos courriels précédents vous montrent en train de recruter (ses candidats, jurys ou offres : plus souvent le recrutement de votre employeur que votre propre recherche)', es: 'de acme.test, una organización para la que tus correos anteriores te muestran contratando (sus candidatos, entrevistas u ofertas: más a menudo la selección de tu empresa que tu propia búsqueda)' },
  { evidence: { signal: 'from acme.test, where your mail shows you work', where: 'sender', code: 'works_for', values: { organisation: 'acme.test' } }, de: 'von acme.test, wo Sie laut früherer Mails arbeiten (man schreibt Ihnen dort als Mitarbeiter: Gehalt, Dienstpläne, interne Stellen): deren Stellen-Mails sind eher ein interner Wechsel als Ihre eigene Stellensuche', fr: 'de acme.test, où vos courriels précédents vous montrent en poste (elle vous écrit comme à son personnel : paie, plannings, postes internes) : ses courriels d’emploi relèvent plus souvent d’une mobilité interne que de votre propre recherche', es: 'de acme.test, donde tus correos anteriores te muestran trabajando (te escribe como a su personal: nómina, turnos, vacantes internas): su correo de empleo es más a menudo un cambio interno que tu propia búsqueda' },
  { evidence: { signal: 'an internal vacancy or application, at your current employer', where: 'body', code: 'internal_post' }, de: 'es geht um eine interne Stelle oder Bewerbung: ein Schritt bei Ihrem jetzigen Arbeitgeber, nicht Ihre eigene Suche nach einem neuen', fr: 'il s’agit d’un poste ou d’une candidature en interne : une étape chez votre employeur actuel, pas votre propre recherche d’un nouvel emploi', es: 'habla de una vacante o candidatura interna: un paso en tu empresa actual, no tu propia búsqueda de un nuevo empleo' },
  { evidence: { signal: 'from a personal address to your organisation', where: 'sender', code: 'personal_to_work' }, de: 'von einer privaten Adresse an die Ihrer Organisation geschrieben (eher Post von Bewerbern oder Freunden als Ihre eigene Stellensuche)', fr: 'écrit d’une adresse personnelle à celle de votre organisation (plus souvent le courrier d’un candidat ou d’un ami que votre propre recherche)', es: 'escrito desde una dirección personal a la de tu organización (más a menudo correo de un candidato o de un amigo que tu propia búsqueda)' },
  { evidence: { signal: 'nothing in this conversation speaks of a job', where: 'body', code: 'thread_not_job' }, de: 'eine Antwort in einem Gespräch, in dem nie von einer Stelle die Rede ist (eine Werkstatt, eine Schule, ein Vermieter, die einen Termin festlegen), eher als Ihr eigenes Vorstellungsgespräch', fr: 'une réponse dans une conversation qui ne parle jamais d’emploi (un garage, une école, un propriétaire qui fixe un rendez-vous), plus souvent que votre propre entretien', es: 'una respuesta en una conversación que nunca habla de empleo (un taller, un colegio, un casero que fija una cita), más a menudo que tu propia entrevista' },
  { evidence: { signal: 'you wrote this email', where: 'sender', code: 'from_you' }, de: 'Sie haben diese Mail selbst geschrieben: Ihre eigene Post, auch eine weitergeleitete Mail zu Ihrer Bewerbung, ist nie ein Schritt Ihrer Stellensuche', fr: 'vous avez écrit ce courriel : votre propre courrier, même le transfert d’un courriel de candidature, n’est jamais une étape de votre recherche', es: 'escribiste tú este correo: tu propio correo, incluido el reenvío de un correo de tu candidatura, nunca es un paso de tu búsqueda' },
  { evidence: { signal: 'a read receipt or delivery notice for mail you sent', where: 'subject', code: 'mail_receipt' }, de: 'eine Lesebestätigung oder Zustellungsnachricht zu einer Nachricht, die Sie gesendet haben: Sie sagt nur, dass Ihre Nachricht geöffnet wurde oder nicht zugestellt werden konnte', fr: 'un accusé de lecture ou un avis de non-remise pour un message que vous avez envoyé : il dit seulement que votre message a été ouvert ou n’a pas pu être remis', es: 'una confirmación de lectura o un aviso de entrega de un mensaje que enviaste: solo dice que tu mensaje se abrió o no se pudo entregar' },
  { evidence: { signal: 'from someone who wrote to you about your search before', where: 'sender', code: 'known_job_sender' }, de: 'von jemandem, der Ihnen schon zu Ihrer Stellensuche geschrieben hat (dessen spätere Mails sind meist auch ein Schritt darin)', fr: 'de quelqu’un qui vous a déjà écrit au sujet de votre recherche (ses courriels suivants en sont le plus souvent une étape aussi)', es: 'de alguien que ya te escribió sobre tu búsqueda (su correo posterior suele ser también un paso de ella)' },
  { evidence: { signal: 'an earlier message of this conversation speaks of a job', where: 'body', code: 'thread_about_job' }, de: 'eine frühere Nachricht dieser Unterhaltung, auch eine eigene, spricht von einer Stelle (eine kurze Antwort darin ist meist ein Schritt Ihrer Stellensuche)', fr: 'un message précédent de cette conversation, y compris le vôtre, parle d’un emploi (une réponse courte y est le plus souvent une étape de votre recherche)', es: 'un mensaje anterior de esta conversación, incluido el tuyo, habla de un empleo (una respuesta breve en ella suele ser un paso de tu búsqueda)' },
  { evidence: { signal: 'a time of day (learned)', where: 'body', code: 'learned_clock' }, de: 'eine Uhrzeit (gelernt)', fr: 'une heure précise (appris)', es: 'una hora concreta (aprendido)' },
  { evidence: { signal: 'Greenhouse (applicant tracking)', where: 'sender', code: 'sender_ats', values: { name: 'Greenhouse' } }, de: 'Greenhouse (Bewerbermanagement)', fr: 'Greenhouse (logiciel de recrutement)', es: 'Greenhouse (gestión de candidaturas)' },
  { evidence: { signal: 'LinkedIn (job board)', where: 'sender', code: 'sender_job_board', values: { name: 'LinkedIn' } }, de: 'LinkedIn (Jobbörse)', fr: 'LinkedIn (site d’emploi)', es: 'LinkedIn (portal de empleo)' },
  { evidence: { signal: 'Calendly (scheduling)', where: 'sender', code: 'sender_scheduler', values: { name: 'Calendly' } }, de: 'Calendly (Terminplanung)', fr: 'Calendly (prise de rendez-vous)', es: 'Calendly (agenda de citas)' },
  { evidence: { signal: '“next steps” (learned)', where: 'subject', code: 'learned_words', values: { text: 'next steps' } }, de: '„next steps“ (gelernt)', fr: '« next steps » (appris)', es: '«next steps» (aprendido)' },
  { evidence: { signal: 'earlier in this conversation: an offer', where: 'body', code: 'earlier_kind', values: { kind: 'offer' } }, de: 'früher in dieser Unterhaltung: Stellenangebot', fr: 'plus tôt dans cette conversation : offre d’emploi', es: 'antes en esta conversación: oferta de empleo' },
  { evidence: { signal: 'you marked similar mail from jobs@acme.test as rejection', where: 'sender', code: 'user_marked', values: { sender: 'jobs@acme.test', kind: 'rejection' } }, de: 'Sie haben ähnliche Mails von jobs@acme.test als Absage eingestuft', fr: 'vous avez classé un courriel semblable de jobs@acme.test comme refus', es: 'marcaste un correo parecido de jobs@acme.test como rechazo' },
];

/** Evidence first written with its code (the sixteenth session's organisations the user hires for, and later ones). */
const BORN_WITH_CODE = new Set(['hires_for', 'works_for', 'internal_post', 'owner_named_sender', 'mail_receipt', 'known_job_sender', 'thread_about_job']);

describe('the evidence under "Why?"', () => {
  it('covers every code the core emits', () => {
    expect(CASES.map((c) => c.evidence.code).sort()).toEqual([...EVIDENCE_CODES].sort());
  });

  it.each(['de', 'fr', 'es'] as const)('reads in %s, the email’s own words and names kept as written', (locale) => {
    setTestLocale(locale);
    for (const c of CASES) expect(evidenceText(c.evidence), c.evidence.code).toBe(c[locale]);
  });

  it.each(['de', 'fr', 'es'] as const)('evidence stored before codes (its English sentence only) reads in %s too', (locale) => {
    setTestLocale(locale);
    // Codes that came after evidence had codes were never stored without one.
    for (const c of CASES.filter((c) => !BORN_WITH_CODE.has(c.evidence.code!))) {
      expect(evidenceText({ signal: c.evidence.signal, where: c.evidence.where }), c.evidence.signal).toBe(c[locale]);
    }
  });

  it('reads in English as the command line prints it, and the email’s own phrase stays as it was found', () => {
    setTestLocale('en');
    expect(evidenceText({ signal: 'calendar invite', where: 'body', code: 'calendar_invite' })).toBe('calendar invite');
    setTestLocale('de');
    expect(evidenceText({ signal: 'Einladung zum Vorstellungsgespräch', where: 'subject' })).toBe('Einladung zum Vorstellungsgespräch');
    expect(evidenceText({ signal: 'thank you for applying', where: 'body' })).toBe('thank you for applying');
  });

  it('the core hands over codes with its English signal unchanged', () => {
    const ats = classifyByRules(
      email({ subject: 'Thank you for applying to Acme', from: { name: 'Acme Recruiting', address: 'no-reply@greenhouse.io' }, body: 'We have received your application for the Data Analyst role at Acme.' }),
    );
    expect(ats.evidence).toContainEqual({ signal: 'Greenhouse (applicant tracking)', where: 'sender', code: 'sender_ats', values: { name: 'Greenhouse' } });
    const lesson = followUser(email({ subject: 'Your application update', from: { name: '', address: 'jobs@acme.test' } }), [
      { sender: 'jobs@acme.test', subject: 'Your application update', kind: 'rejection', at: '2026-03-01T00:00:00Z' },
    ]);
    expect(lesson?.evidence).toEqual(CASES.find((c) => c.evidence.code === 'user_marked')!.evidence);
  });
});
