/** thank-you-each in German, French, Spanish, Portuguese, Italian and Dutch: one letter per interviewer, naming only their own topic (002). */
import type { Sentence } from '../drafts/render';
import { letterIn, THANK_YOU_SUBJECT_IN } from './letters';
import type { OtherLetters } from './types';

/** Their own topic, or a blank to fill so each letter stays personal. */
const topic = (before: string, after: string, blankWith: string, blank: string): Sentence => [
  `${before}{topic}${after}`,
  `${before}[[${blankWith}]]${after}`,
  `${before}[[${blank}]]${after}`,
];

export const THANK_YOU_EACH_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', THANK_YOU_SUBJECT_IN.de, [
        [
          ['vielen Dank, dass Sie sich {day} Zeit für das Gespräch über {position} genommen haben.', 'vielen Dank, dass Sie sich Zeit für das Gespräch über {position} genommen haben.'],
          topic('Besonders gern habe ich Ihre Gedanken zu ', ' gehört.', 'ein Thema aus dem Gespräch mit {first}', 'ein Thema aus dem Gespräch'),
        ],
        ['Nach unserem Gespräch freue ich mich noch mehr auf die Aufgabe, und ich möchte diese Stelle wirklich gern.'],
      ]),
      concise: letterIn('de', 'concise', THANK_YOU_SUBJECT_IN.de, [
        [
          ['vielen Dank für Ihre Zeit {day}; das Gespräch mit Ihnen hat mir gut gefallen.', 'vielen Dank für Ihre Zeit; das Gespräch mit Ihnen hat mir gut gefallen.'],
          topic('Ihre Gedanken zu ', ' sind mir im Kopf geblieben.', 'ein Thema aus dem Gespräch mit {first}', 'ein Thema aus dem Gespräch'),
        ],
        ['Ich interessiere mich sehr für {position} und würde gern Teil Ihres Teams werden.'],
      ]),
      formal: letterIn('de', 'formal', THANK_YOU_SUBJECT_IN.de, [
        [
          ['haben Sie vielen Dank, dass Sie sich {day} Zeit für das Gespräch über {position} genommen haben.', 'haben Sie vielen Dank, dass Sie sich Zeit für das Gespräch über {position} genommen haben.'],
          topic('Ihre Sicht auf ', ' war für mich besonders wertvoll.', 'ein Thema aus dem Gespräch mit {first}', 'ein Thema aus dem Gespräch'),
        ],
        ['Ich interessiere mich weiterhin sehr für die Position und würde mich freuen, mit Ihnen zusammenzuarbeiten.'],
        ['Nochmals vielen Dank für Ihre Zeit.'],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', THANK_YOU_SUBJECT_IN.fr, [
        [
          ['Merci pour le temps que vous m’avez consacré {day} pour échanger sur {position}.', 'Merci pour le temps que vous m’avez consacré pour échanger sur {position}.'],
          topic('J’ai particulièrement apprécié votre regard sur ', '.', 'un sujet abordé avec {first}', 'un sujet abordé ensemble'),
        ],
        ['Notre échange m’a donné encore plus envie de rejoindre l’équipe, et ce poste me tient vraiment à cœur.'],
      ]),
      concise: letterIn('fr', 'concise', THANK_YOU_SUBJECT_IN.fr, [
        [
          ['Merci pour votre temps {day} ; notre échange m’a beaucoup plu.', 'Merci pour votre temps ; notre échange m’a beaucoup plu.'],
          topic('Votre point de vue sur ', ' m’a marqué.', 'un sujet abordé avec {first}', 'un sujet abordé ensemble'),
        ],
        ['Le poste me motive vraiment et j’aimerais beaucoup rejoindre votre équipe.'],
      ]),
      formal: letterIn('fr', 'formal', THANK_YOU_SUBJECT_IN.fr, [
        [
          ['Je vous remercie pour le temps que vous m’avez accordé {day} concernant {position}.', 'Je vous remercie pour le temps que vous m’avez accordé concernant {position}.'],
          topic('Votre regard sur ', ' m’a été particulièrement précieux.', 'un sujet abordé avec {first}', 'un sujet abordé ensemble'),
        ],
        ['Ce poste m’intéresse vivement, et ce serait un plaisir de travailler à vos côtés.'],
        ['Je vous remercie encore pour votre temps.'],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', THANK_YOU_SUBJECT_IN.es, [
        [
          ['Gracias por dedicarme tu tiempo {day} para hablar sobre {position}.', 'Gracias por dedicarme tu tiempo para hablar sobre {position}.'],
          topic('Me gustó especialmente escuchar tu visión sobre ', '.', 'un tema de la conversación con {first}', 'un tema de la conversación'),
        ],
        ['La conversación me dejó con todavía más ganas de este trabajo: de verdad quiero el puesto.'],
      ]),
      concise: letterIn('es', 'concise', THANK_YOU_SUBJECT_IN.es, [
        [
          ['Gracias por su tiempo {day}; disfruté mucho de la conversación.', 'Gracias por su tiempo; disfruté mucho de la conversación.'],
          topic('Me quedo con lo que comentó sobre ', '.', 'un tema de la conversación con {first}', 'un tema de la conversación'),
        ],
        ['Me interesa mucho {position} y me encantaría formar parte de su equipo.'],
      ]),
      formal: letterIn('es', 'formal', THANK_YOU_SUBJECT_IN.es, [
        [
          ['Le agradezco el tiempo que me dedicó {day} para hablar sobre {position}.', 'Le agradezco el tiempo que me dedicó para hablar sobre {position}.'],
          topic('Su visión sobre ', ' me resultó especialmente valiosa.', 'un tema de la conversación con {first}', 'un tema de la conversación'),
        ],
        ['Mantengo un gran interés por el puesto y sería un placer trabajar con usted.'],
        ['Muchas gracias de nuevo por su tiempo.'],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', THANK_YOU_SUBJECT_IN.pt, [
        [
          ['Agradeço muito pelo tempo que você dedicou {day} para conversarmos sobre {position}.', 'Agradeço muito pelo tempo que você dedicou para conversarmos sobre {position}.'],
          topic('Gostei especialmente de ouvir a sua visão sobre ', '.', 'um tema da conversa com {first}', 'um tema da conversa'),
        ],
        ['A nossa conversa me deixou com ainda mais vontade de fazer parte do time, e quero muito esta vaga.'],
      ]),
      concise: letterIn('pt', 'concise', THANK_YOU_SUBJECT_IN.pt, [
        [
          ['Agradeço pelo seu tempo {day}; gostei muito da conversa.', 'Agradeço pelo seu tempo; gostei muito da conversa.'],
          topic('O que você disse sobre ', ' ficou comigo.', 'um tema da conversa com {first}', 'um tema da conversa'),
        ],
        ['Tenho muito interesse na vaga e adoraria fazer parte do seu time.'],
      ]),
      formal: letterIn('pt', 'formal', THANK_YOU_SUBJECT_IN.pt, [
        [
          ['Agradeço pelo tempo que você me dedicou {day} para falarmos sobre {position}.', 'Agradeço pelo tempo que você me dedicou para falarmos sobre {position}.'],
          topic('A sua visão sobre ', ' foi especialmente valiosa para mim.', 'um tema da conversa com {first}', 'um tema da conversa'),
        ],
        ['Mantenho grande interesse pela posição e seria uma satisfação trabalhar com você.'],
        ['Agradeço mais uma vez pelo seu tempo.'],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', THANK_YOU_SUBJECT_IN.it, [
        [
          ['Grazie per il tempo che mi ha dedicato {day} per parlare della posizione.', 'Grazie per il tempo che mi ha dedicato per parlare della posizione.'],
          topic('Mi ha fatto molto piacere sentire il Suo punto di vista su ', '.', 'un tema del colloquio con {first}', 'un tema del colloquio'),
        ],
        ['Il nostro colloquio mi ha reso ancora più entusiasta del ruolo, e desidero davvero questo lavoro.'],
      ]),
      concise: letterIn('it', 'concise', THANK_YOU_SUBJECT_IN.it, [
        [
          ['Grazie per il Suo tempo {day}; il colloquio mi è piaciuto molto.', 'Grazie per il Suo tempo; il colloquio mi è piaciuto molto.'],
          topic('Le Sue osservazioni su ', ' mi sono rimaste impresse.', 'un tema del colloquio con {first}', 'un tema del colloquio'),
        ],
        ['{position} mi interessa molto e mi piacerebbe entrare a far parte del Suo team.'],
      ]),
      formal: letterIn('it', 'formal', THANK_YOU_SUBJECT_IN.it, [
        [
          ['La ringrazio per il tempo che mi ha dedicato {day} per {position}.', 'La ringrazio per il tempo che mi ha dedicato per {position}.'],
          topic('La Sua prospettiva su ', ' è stata per me particolarmente preziosa.', 'un tema del colloquio con {first}', 'un tema del colloquio'),
        ],
        ['La posizione mi interessa molto e sarebbe un piacere lavorare con Lei.'],
        ['La ringrazio ancora per il Suo tempo.'],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', THANK_YOU_SUBJECT_IN.nl, [
        [
          ['Bedankt dat je {day} de tijd nam om met me te praten over {position}.', 'Bedankt dat je de tijd nam om met me te praten over {position}.'],
          topic('Vooral je gedachten over ', ' vond ik erg waardevol.', 'een onderwerp uit het gesprek met {first}', 'een onderwerp uit het gesprek'),
        ],
        ['Na ons gesprek ben ik nog enthousiaster over de functie, en ik wil deze baan echt graag.'],
      ]),
      concise: letterIn('nl', 'concise', THANK_YOU_SUBJECT_IN.nl, [
        [
          ['Dank voor uw tijd {day}; ik vond het een fijn gesprek.', 'Dank voor uw tijd; ik vond het een fijn gesprek.'],
          topic('Uw kijk op ', ' is me bijgebleven.', 'een onderwerp uit het gesprek met {first}', 'een onderwerp uit het gesprek'),
        ],
        ['Ik heb veel interesse in {position} en zou graag deel uitmaken van uw team.'],
      ]),
      formal: letterIn('nl', 'formal', THANK_YOU_SUBJECT_IN.nl, [
        [
          ['Hartelijk dank dat u {day} de tijd nam voor een gesprek over {position}.', 'Hartelijk dank dat u de tijd nam voor een gesprek over {position}.'],
          topic('Uw visie op ', ' vond ik bijzonder waardevol.', 'een onderwerp uit het gesprek met {first}', 'een onderwerp uit het gesprek'),
        ],
        ['Ik heb nog steeds grote interesse in de functie en zou graag met u samenwerken.'],
        ['Nogmaals dank voor uw tijd.'],
      ]),
    },
  },
};
