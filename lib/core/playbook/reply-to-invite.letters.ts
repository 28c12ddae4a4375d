/** reply-to-invite in German, French, Spanish, Portuguese, Italian and Dutch: accept the time they gave, book through their link, or offer times. */
import type { Sentence } from '../drafts/render';
import { letterIn, TIMES_BLANK_IN } from './letters';
import type { OtherLetters } from './types';

const SUBJECT: Record<keyof OtherLetters, Sentence> = {
  de: ['Vorstellungsgespräch: {role}', 'Terminvorschlag für das Gespräch'],
  fr: ['Entretien : {role}', 'Mes disponibilités pour l’entretien'],
  es: ['Entrevista: {role}', 'Disponibilidad para la entrevista'],
  pt: ['Entrevista: {role}', 'Disponibilidade para a entrevista'],
  it: ['Colloquio: {role}', 'Disponibilità per il colloquio'],
  nl: ['Gesprek: {role}', 'Beschikbaarheid voor het gesprek'],
};
const { de: DE_TIMES, fr: FR_TIMES, es: ES_TIMES, pt: PT_TIMES, it: IT_TIMES, nl: NL_TIMES } = TIMES_BLANK_IN;

export const REPLY_TO_INVITE_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', SUBJECT.de, [
        [
          'vielen Dank für die Einladung zum Gespräch über {position}; ich freue mich sehr darüber und komme gern.',
          ['Der Termin am {when} passt mir gut, und ich freue mich schon darauf.', '?scheduling Ich buche mir gern einen Termin über den Link, den Sie geschickt haben.', `Mir würden diese Termine passen: ${DE_TIMES}.`],
          'Sagen Sie mir gern, ob ich etwas vorbereiten soll.',
        ],
      ]),
      concise: letterIn('de', 'concise', SUBJECT.de, [
        [
          'danke für die Einladung zum Gespräch über {position}.',
          ['Der Termin am {when} passt mir.', '?scheduling Ich wähle einen Termin über Ihren Link.', `Mir würden diese Termine passen: ${DE_TIMES}.`],
          'Ich freue mich darauf.',
        ],
      ]),
      formal: letterIn('de', 'formal', SUBJECT.de, [
        [
          'haben Sie vielen Dank für Ihre Einladung zum Vorstellungsgespräch für {position}; ich nehme sie gern an.',
          ['Den Termin am {when} bestätige ich hiermit.', '?scheduling Ich werde einen Termin über den von Ihnen genannten Link buchen.', `Ich stehe zu folgenden Terminen zur Verfügung: ${DE_TIMES}.`],
          'Bitte lassen Sie mich wissen, ob Sie vorab noch etwas von mir benötigen.',
        ],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', SUBJECT.fr, [
        [
          'Merci pour votre invitation à un entretien pour {position} ; c’est avec grand plaisir que je vous rencontrerai.',
          ['Le créneau du {when} me convient très bien, et j’ai hâte d’échanger avec vous.', '?scheduling Je réserve un créneau via le lien que vous m’avez transmis.', `Je suis disponible aux créneaux suivants : ${FR_TIMES}.`],
          'N’hésitez pas à me dire s’il y a quelque chose à préparer.',
        ],
      ]),
      concise: letterIn('fr', 'concise', SUBJECT.fr, [
        [
          'Merci pour l’invitation à un entretien pour {position}.',
          ['Le {when} me convient.', '?scheduling Je choisis un créneau via votre lien.', `Je suis disponible aux créneaux suivants : ${FR_TIMES}.`],
          'Au plaisir d’échanger avec vous.',
        ],
      ]),
      formal: letterIn('fr', 'formal', SUBJECT.fr, [
        [
          'Je vous remercie pour votre invitation à un entretien pour {position}, que j’accepte avec plaisir.',
          ['Je vous confirme ma disponibilité le {when}.', '?scheduling Je réserverai un créneau au moyen du lien que vous m’avez communiqué.', `Je suis disponible aux créneaux suivants : ${FR_TIMES}.`],
          'Je reste à votre disposition si vous avez besoin d’éléments complémentaires d’ici là.',
        ],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', SUBJECT.es, [
        [
          'Gracias por invitarme a una entrevista para {position}; me hace mucha ilusión y será un placer conocernos.',
          ['El {when} me viene muy bien, y ya tengo ganas de que hablemos.', '?scheduling Reservo un hueco con el enlace que me enviaste.', `Tengo disponibilidad en estos horarios: ${ES_TIMES}.`],
          'Si hay algo que deba preparar, dímelo.',
        ],
      ]),
      concise: letterIn('es', 'concise', SUBJECT.es, [
        [
          'Gracias por la invitación a la entrevista para {position}.',
          ['El {when} me viene bien.', '?scheduling Elegiré un hueco con su enlace.', `Tengo disponibilidad en estos horarios: ${ES_TIMES}.`],
          'Quedo a la espera de la entrevista.',
        ],
      ]),
      formal: letterIn('es', 'formal', SUBJECT.es, [
        [
          'Le agradezco la invitación a la entrevista para {position}, que acepto con mucho gusto.',
          ['Le confirmo mi disponibilidad para el {when}.', '?scheduling Reservaré una hora mediante el enlace que me facilitó.', `Estoy disponible en los siguientes horarios: ${ES_TIMES}.`],
          'Quedo a su disposición si necesita algo más antes de la entrevista.',
        ],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', SUBJECT.pt, [
        [
          'Agradeço muito pelo convite para a entrevista para {position}; fiquei muito feliz com a notícia e será um prazer conversarmos.',
          ['{when} funciona muito bem para mim, e aguardo a conversa com expectativa.', '?scheduling Vou reservar um horário pelo link que você enviou.', `Tenho disponibilidade nestes horários: ${PT_TIMES}.`],
          'Se houver algo que eu deva preparar, é só me dizer.',
        ],
      ]),
      concise: letterIn('pt', 'concise', SUBJECT.pt, [
        [
          'Agradeço pelo convite para a entrevista para {position}.',
          ['{when} funciona para mim.', '?scheduling Vou escolher um horário pelo seu link.', `Tenho disponibilidade nestes horários: ${PT_TIMES}.`],
          'Até lá.',
        ],
      ]),
      formal: letterIn('pt', 'formal', SUBJECT.pt, [
        [
          'Agradeço pelo convite para a entrevista para {position}, que aceito com satisfação.',
          ['Confirmo a minha disponibilidade para {when}.', '?scheduling Reservarei um horário pelo link de agendamento enviado.', `Tenho disponibilidade nos seguintes horários: ${PT_TIMES}.`],
          'Fico à disposição caso precise de algo mais antes da entrevista.',
        ],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', SUBJECT.it, [
        [
          'Grazie per l’invito al colloquio per {position}; mi fa molto piacere e sarò felice di incontrarLa.',
          ['{when} per me va benissimo, e non vedo l’ora.', '?scheduling Prenoto un orario tramite il link che mi ha inviato.', `Sono disponibile in questi orari: ${IT_TIMES}.`],
          'Mi faccia sapere se c’è qualcosa da preparare.',
        ],
      ]),
      concise: letterIn('it', 'concise', SUBJECT.it, [
        [
          'Grazie per l’invito al colloquio per {position}.',
          ['{when} per me va bene.', '?scheduling Sceglierò un orario tramite il Suo link.', `Sono disponibile in questi orari: ${IT_TIMES}.`],
          'A presto.',
        ],
      ]),
      formal: letterIn('it', 'formal', SUBJECT.it, [
        [
          'La ringrazio per l’invito al colloquio per {position}, che accetto con piacere.',
          ['Le confermo la mia disponibilità per {when}.', '?scheduling Prenoterò un orario tramite il link di prenotazione che mi ha indicato.', `Sono disponibile nei seguenti orari: ${IT_TIMES}.`],
          'Resto a disposizione per qualsiasi informazione Le occorra prima del colloquio.',
        ],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', SUBJECT.nl, [
        [
          'Bedankt voor de uitnodiging voor een gesprek over {position}; wat leuk, ik kom graag.',
          ['{when} komt me goed uit, en ik kijk ernaar uit.', '?scheduling Ik plan een moment via de link die je stuurde.', `Ik kan op deze tijden: ${NL_TIMES}.`],
          'Laat het me gerust weten als ik iets moet voorbereiden.',
        ],
      ]),
      concise: letterIn('nl', 'concise', SUBJECT.nl, [
        [
          'Dank voor de uitnodiging voor een gesprek over {position}.',
          ['{when} komt me goed uit.', '?scheduling Ik kies een moment via uw link.', `Ik kan op deze tijden: ${NL_TIMES}.`],
          'Ik kijk ernaar uit.',
        ],
      ]),
      formal: letterIn('nl', 'formal', SUBJECT.nl, [
        [
          'Hartelijk dank voor de uitnodiging voor een gesprek over {position}, die ik graag aanneem.',
          ['Graag bevestig ik {when}.', '?scheduling Ik zal een moment plannen via de link die u heeft gestuurd.', `Ik ben beschikbaar op de volgende tijden: ${NL_TIMES}.`],
          'Laat u het me weten als u vooraf nog iets van mij nodig heeft.',
        ],
      ]),
    },
  },
};
