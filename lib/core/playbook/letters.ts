/**
 * What every letter shares: greetings, sign-offs, and the two shapes (a letter by email, a card by post). The
 * letters themselves live in their rule's file. They follow the playbook: thank-yous say plainly that you want the
 * job (000), a rejection gets thanks, no argument and an open door (002), nothing explains, apologises or begs (004).
 * Syntax of a sentence: see drafts/render.ts; the facts a slot names: see drafts/facts.ts.
 */
import type { LetterLang } from '../drafts/locale';
import type { Sentence, Template } from '../drafts/render';
import type { Tone } from '../drafts/types';

const GREETING: Record<Tone, Sentence> = {
  warm: ['Hi {first},', 'Hi {names},', 'Hello,'],
  concise: ['Hi {first},', 'Hi {names},', 'Hello,'],
  formal: ['Dear {name},', 'Dear {names},', 'Dear {company} team,', 'Dear Hiring Team,'],
};

const CARD_GREETING: Record<Tone, Sentence> = {
  warm: ['Dear {first},', 'Dear {names},', 'Dear {company} team,', 'Hello,'],
  concise: ['Dear {first},', 'Dear {names},', 'Dear {company} team,', 'Hello,'],
  formal: ['Dear {name},', 'Dear {names},', 'Dear {company} team,', 'Dear Hiring Team,'],
};

const SIGNOFF: Record<Tone, string> = { warm: 'Warm regards,', concise: 'Best,', formal: 'Kind regards,' };

/** A letter by email: its subject (used for a new message, left out of a reply), greeting, body and sign-off. */
export function letter(tone: Tone, subject: Sentence | null, body: Template['body'], signoff = SIGNOFF[tone]): Template {
  return { subject, greeting: GREETING[tone], body, signoff };
}

/** A card: no subject, fits about 60 words (000: a note by post on top of the email). */
export function card(tone: Tone, body: Template['body'], signoff: string): Template {
  return { subject: null, greeting: CARD_GREETING[tone], body, signoff };
}

/** The thank-yous' subject line. */
export const THANK_YOU_SUBJECT: Sentence = ['Thank you for the {role} interview', 'Thank you for your time'];

/** A blank for times the user offers. */
export const TIMES_BLANK = '[[two or three times that suit you]]';

/*
 * The other languages. Register, as natives write to a recruiter or an interviewer:
 * - German: "Sie" in every tone. Job mail in German stays formal even when it is friendly; "du" only once the other
 *   side has offered it, which a draft cannot know. The tones differ in greeting ("Hallo" / "Guten Tag"), warmth and
 *   closing ("Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", with no comma after it). After the greeting's
 *   comma the text goes on in lower case. "Sehr geehrte Frau …" needs a gender we never guess from a name, so a named
 *   person is greeted with the full name ("Guten Tag Ana Weber,"), the neutral form; nobody named: "Sehr geehrte
 *   Damen und Herren,".
 * - French: "vous" in every tone, for the same reason; "Bonjour Ana," (warm, concise) or "Bonjour Ana Dupont,"
 *   (formal; "Madame"/"Monsieur" would again need a gender), "Madame, Monsieur," when nobody is named. Closings:
 *   "Bien cordialement", "Cordialement", and the formal "Je vous prie d'agréer mes salutations distinguées."
 * - Spanish: the warm tone uses "tú", as most recruiters in Spain write to candidates and expect back; concise and
 *   formal use "usted". The greeting ends with a colon ("Hola, Ana:", "Buenos días, Ana García:"; "Estimada" too
 *   needs a gender); closings "Un saludo", "Saludos", "Atentamente".
 * - Portuguese: Brazilian usage (the larger job market; Portugal reads it without trouble): "você" in every tone, as
 *   Brazilian job mail does ("o senhor"/"a senhora" needs a gender and reads stiff); "Olá, Ana," and, formal, the
 *   accepted neutral "Prezado(a) Ana Souza,"; closings "Abraços", "Cordialmente", "Atenciosamente". "Obrigado/obrigada"
 *   agrees with the writer's gender, so the letters thank with "agradeço" instead.
 * - Italian: "Lei" in every tone (job mail in Italian stays formal; "tu" only once offered); "Buongiorno Ana," and,
 *   formal, "Gentile Ana Rossi," ("Gentile" needs no gender); closings "Un cordiale saluto", "Cordiali saluti",
 *   "Distinti saluti". No sentence makes the writer's gender agree ("grato/grata", "interessato/interessata").
 * - Dutch: "je" in the warm tone, as most Dutch recruiters write; "u" in the concise and formal ones. "Hallo Ana,",
 *   "Beste Ana,", and formal "Geachte Ana de Vries," (the full name, since "heer"/"mevrouw" needs a gender), or
 *   "Geachte heer, mevrouw," for nobody named; closings "Hartelijke groet", "Groet", "Met vriendelijke groet".
 */
type Other = Exclude<LetterLang, 'en'>;

const GREETINGS: Record<Other, { letter: Record<Tone, Sentence>; card: Record<Tone, Sentence> }> = {
  de: {
    letter: {
      warm: ['Hallo {name},', 'Hallo {names},', 'Hallo zusammen,'],
      concise: ['Hallo {name},', 'Hallo {names},', 'Guten Tag,'],
      formal: ['Guten Tag {name},', 'Guten Tag {names},', 'Sehr geehrtes {company}-Team,', 'Sehr geehrte Damen und Herren,'],
    },
    card: {
      warm: ['Guten Tag {name},', 'Guten Tag {names},', 'Guten Tag,'],
      concise: ['Guten Tag {name},', 'Guten Tag {names},', 'Guten Tag,'],
      formal: ['Guten Tag {name},', 'Guten Tag {names},', 'Sehr geehrtes {company}-Team,', 'Sehr geehrte Damen und Herren,'],
    },
  },
  fr: {
    letter: {
      warm: ['Bonjour {first},', 'Bonjour {names},', 'Bonjour,'],
      concise: ['Bonjour {first},', 'Bonjour {names},', 'Bonjour,'],
      formal: ['Bonjour {name},', 'Bonjour {names},', 'Madame, Monsieur,'],
    },
    card: {
      warm: ['Bonjour {first},', 'Bonjour {names},', 'Bonjour,'],
      concise: ['Bonjour {first},', 'Bonjour {names},', 'Bonjour,'],
      formal: ['Bonjour {name},', 'Bonjour {names},', 'Madame, Monsieur,'],
    },
  },
  es: {
    letter: {
      warm: ['Hola, {first}:', 'Hola, {names}:', 'Hola:'],
      concise: ['Hola, {first}:', 'Hola, {names}:', 'Buenos días:'],
      formal: ['Buenos días, {name}:', 'Buenos días, {names}:', 'Estimado equipo de {company}:', 'Estimado equipo de selección:'],
    },
    card: {
      warm: ['Hola, {first}:', 'Hola, {names}:', 'Hola:'],
      concise: ['Hola, {first}:', 'Hola, {names}:', 'Buenos días:'],
      formal: ['Buenos días, {name}:', 'Buenos días, {names}:', 'Estimado equipo de {company}:', 'Estimado equipo de selección:'],
    },
  },
  pt: {
    letter: {
      warm: ['Olá, {first},', 'Olá, {names},', 'Olá,'],
      concise: ['Olá, {first},', 'Olá, {names},', 'Olá,'],
      formal: ['Prezado(a) {name},', 'Prezados(as) {names},', 'Prezada equipe {company},', 'Prezada equipe de recrutamento,'],
    },
    card: {
      warm: ['Olá, {first},', 'Olá, {names},', 'Olá,'],
      concise: ['Olá, {first},', 'Olá, {names},', 'Olá,'],
      formal: ['Prezado(a) {name},', 'Prezados(as) {names},', 'Prezada equipe {company},', 'Prezada equipe de recrutamento,'],
    },
  },
  it: {
    letter: {
      warm: ['Buongiorno {first},', 'Buongiorno {names},', 'Buongiorno,'],
      concise: ['Buongiorno {first},', 'Buongiorno {names},', 'Buongiorno,'],
      formal: ['Gentile {name},', 'Gentili {names},', 'Spettabile team {company},', 'Gentile team di selezione,'],
    },
    card: {
      warm: ['Gentile {first},', 'Gentili {names},', 'Buongiorno,'],
      concise: ['Gentile {first},', 'Gentili {names},', 'Buongiorno,'],
      formal: ['Gentile {name},', 'Gentili {names},', 'Spettabile team {company},', 'Gentile team di selezione,'],
    },
  },
  nl: {
    letter: {
      warm: ['Hallo {first},', 'Hallo {names},', 'Hallo,'],
      concise: ['Beste {first},', 'Beste {names},', 'Goedendag,'],
      formal: ['Geachte {name},', 'Geachte {names},', 'Beste {company}-team,', 'Geachte heer, mevrouw,'],
    },
    card: {
      warm: ['Beste {first},', 'Beste {names},', 'Hallo,'],
      concise: ['Beste {first},', 'Beste {names},', 'Goedendag,'],
      formal: ['Geachte {name},', 'Geachte {names},', 'Beste {company}-team,', 'Geachte heer, mevrouw,'],
    },
  },
};

const SIGNOFFS: Record<Other, Record<Tone, string>> = {
  de: { warm: 'Viele Grüße', concise: 'Beste Grüße', formal: 'Mit freundlichen Grüßen' },
  fr: { warm: 'Bien cordialement,', concise: 'Cordialement,', formal: 'Je vous prie d’agréer mes salutations distinguées.' },
  es: { warm: 'Un saludo,', concise: 'Saludos,', formal: 'Atentamente,' },
  pt: { warm: 'Abraços,', concise: 'Cordialmente,', formal: 'Atenciosamente,' },
  it: { warm: 'Un cordiale saluto,', concise: 'Cordiali saluti,', formal: 'Distinti saluti,' },
  nl: { warm: 'Hartelijke groet,', concise: 'Groet,', formal: 'Met vriendelijke groet,' },
};

/** A letter by email in another language: its greeting, sign-off and (German) lower-case start. */
export function letterIn(lang: Other, tone: Tone, subject: Sentence | null, body: Template['body'], signoff = SIGNOFFS[lang][tone]): Template {
  return { subject, greeting: GREETINGS[lang].letter[tone], body, signoff, ...(lang === 'de' ? { lowerStart: true } : {}) };
}

/** A card in another language (see card). */
export function cardIn(lang: Other, tone: Tone, body: Template['body'], signoff: string): Template {
  return { subject: null, greeting: GREETINGS[lang].card[tone], body, signoff, ...(lang === 'de' ? { lowerStart: true } : {}) };
}

/** The blank for times the user offers, in the letter's language, neutral in register (tú or usted alike). */
export const TIMES_BLANK_IN: Record<Other, string> = {
  de: '[[zwei oder drei mögliche Termine]]',
  fr: '[[deux ou trois créneaux possibles]]',
  es: '[[dos o tres horarios posibles]]',
  pt: '[[dois ou três horários possíveis]]',
  it: '[[due o tre orari possibili]]',
  nl: '[[twee of drie mogelijke tijden]]',
};

/** The thank-yous' subject line in the other languages. */
export const THANK_YOU_SUBJECT_IN: Record<Other, Sentence> = {
  de: ['Vielen Dank für das Gespräch: {role}', 'Vielen Dank für das Gespräch'],
  fr: ['Merci pour l’entretien : {role}', 'Merci pour notre entretien'],
  es: ['Gracias por la entrevista: {role}', 'Gracias por la entrevista'],
  pt: ['Agradecimento pela entrevista: {role}', 'Agradecimento pela entrevista'],
  it: ['Grazie per il colloquio: {role}', 'Grazie per il colloquio'],
  nl: ['Bedankt voor het gesprek: {role}', 'Bedankt voor het gesprek'],
};
