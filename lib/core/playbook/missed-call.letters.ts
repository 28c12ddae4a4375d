/** missed-call in German, French, Spanish, Portuguese, Italian and Dutch: "we had a call booked; still keen; here are times" (register: letters.ts). */
import type { Sentence } from '../drafts/render';
import { letterIn, TIMES_BLANK_IN } from './letters';
import type { OtherLetters } from './types';

const SUBJECT: Record<keyof OtherLetters, Sentence> = {
  de: 'Neuer Termin für unser Telefonat',
  fr: 'Nouveau créneau pour notre appel',
  es: 'Nueva hora para nuestra llamada',
  pt: 'Novo horário para a nossa ligação',
  it: 'Un nuovo orario per la nostra telefonata',
  nl: 'Nieuw moment voor ons telefoongesprek',
};
const { de: DE_TIMES, fr: FR_TIMES, es: ES_TIMES, pt: PT_TIMES, it: IT_TIMES, nl: NL_TIMES } = TIMES_BLANK_IN;

export const MISSED_CALL_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', SUBJECT.de, [
        [
          [
            'wir hatten {day} um {time} ein Telefonat vereinbart, und ich glaube, wir haben uns verpasst.',
            'wir hatten {day} ein Telefonat vereinbart, und ich glaube, wir haben uns verpasst.',
            'wir hatten ein Telefonat vereinbart, und ich glaube, wir haben uns verpasst.',
          ],
          ['Ich interessiere mich nach wie vor sehr für {position}.', 'Ich interessiere mich nach wie vor sehr für die Stelle.'],
          `Mir würden diese Zeiten passen: ${DE_TIMES}; geht einer davon auch bei Ihnen?`,
        ],
      ]),
      concise: letterIn('de', 'concise', SUBJECT.de, [
        [
          ['wir hatten {day} um {time} ein Telefonat vereinbart; ich glaube, wir haben uns verpasst.', 'wir hatten ein Telefonat vereinbart; ich glaube, wir haben uns verpasst.'],
          [`Die Stelle interessiert mich weiterhin sehr, und mir würden diese Zeiten passen: ${DE_TIMES}.`],
        ],
      ]),
      formal: letterIn('de', 'formal', SUBJECT.de, [
        [
          [
            'nach meinem Verständnis war {day} um {time} ein Telefonat vereinbart, und ich möchte gern einen neuen Termin finden.',
            'nach meinem Verständnis war ein Telefonat vereinbart, und ich möchte gern einen neuen Termin finden.',
          ],
          [`Ich interessiere mich weiterhin sehr für {position} und stehe zu folgenden Zeiten zur Verfügung: ${DE_TIMES}.`, `Ich interessiere mich weiterhin sehr für die Stelle und stehe zu folgenden Zeiten zur Verfügung: ${DE_TIMES}.`],
          'Bitte teilen Sie mir mit, welcher Termin Ihnen am besten passt.',
        ],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', SUBJECT.fr, [
        [
          [
            'Nous avions prévu un appel {day} à {time}, et je crois que nous n’avons pas réussi à nous joindre.',
            'Nous avions prévu un appel {day}, et je crois que nous n’avons pas réussi à nous joindre.',
            'Nous avions prévu un appel, et je crois que nous n’avons pas réussi à nous joindre.',
          ],
          ['{position} me motive toujours beaucoup.', 'Le poste me motive toujours beaucoup.'],
          `Je suis disponible aux créneaux suivants : ${FR_TIMES} ; l’un d’eux vous conviendrait-il ?`,
        ],
      ]),
      concise: letterIn('fr', 'concise', SUBJECT.fr, [
        [
          ['Nous avions prévu un appel {day} à {time} ; je crois que nous n’avons pas réussi à nous joindre.', 'Nous avions prévu un appel ; je crois que nous n’avons pas réussi à nous joindre.'],
          [`Le poste m’intéresse toujours vivement, et je suis disponible aux créneaux suivants : ${FR_TIMES}.`],
        ],
      ]),
      formal: letterIn('fr', 'formal', SUBJECT.fr, [
        [
          [
            'Il me semble que nous avions convenu d’un appel {day} à {time}, et je souhaite m’assurer que nous trouvions un autre créneau.',
            'Il me semble que nous avions convenu d’un appel, et je souhaite m’assurer que nous trouvions un autre créneau.',
          ],
          [`Ce poste m’intéresse toujours vivement, et je suis disponible aux créneaux suivants : ${FR_TIMES}.`],
          'Je vous remercie de m’indiquer celui qui vous convient le mieux.',
        ],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', SUBJECT.es, [
        [
          [
            'Teníamos una llamada prevista para {day} a las {time}, y creo que no hemos coincidido.',
            'Teníamos una llamada prevista para {day}, y creo que no hemos coincidido.',
            'Teníamos una llamada prevista, y creo que no hemos coincidido.',
          ],
          ['{position} me sigue ilusionando mucho.', 'El puesto me sigue ilusionando mucho.'],
          `Tengo disponibilidad en estos horarios: ${ES_TIMES}; ¿te va bien alguno?`,
        ],
      ]),
      concise: letterIn('es', 'concise', SUBJECT.es, [
        [
          ['Teníamos una llamada prevista para {day} a las {time}; creo que no hemos coincidido.', 'Teníamos una llamada prevista; creo que no hemos coincidido.'],
          [`El puesto me sigue interesando mucho, y tengo disponibilidad en estos horarios: ${ES_TIMES}.`],
        ],
      ]),
      formal: letterIn('es', 'formal', SUBJECT.es, [
        [
          [
            'Según tenía entendido, teníamos una llamada prevista para {day} a las {time}, y quería asegurarme de que encontremos otro momento.',
            'Según tenía entendido, teníamos una llamada prevista, y quería asegurarme de que encontremos otro momento.',
          ],
          [`Mantengo un gran interés por {position} y estoy disponible en los siguientes horarios: ${ES_TIMES}.`, `Mantengo un gran interés por el puesto y estoy disponible en los siguientes horarios: ${ES_TIMES}.`],
          'Le ruego que me indique cuál le conviene más.',
        ],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', SUBJECT.pt, [
        [
          [
            'Tínhamos uma ligação marcada {day} às {time}, e acho que não conseguimos nos falar.',
            'Tínhamos uma ligação marcada {day}, e acho que não conseguimos nos falar.',
            'Tínhamos uma ligação marcada, e acho que não conseguimos nos falar.',
          ],
          ['{position} continua me empolgando muito.', 'A vaga continua me empolgando muito.'],
          `Tenho disponibilidade nestes horários: ${PT_TIMES}; algum deles funciona para você?`,
        ],
      ]),
      concise: letterIn('pt', 'concise', SUBJECT.pt, [
        [
          ['Tínhamos uma ligação marcada {day} às {time}; acho que não conseguimos nos falar.', 'Tínhamos uma ligação marcada; acho que não conseguimos nos falar.'],
          [`Continuo com muito interesse na vaga, e tenho disponibilidade nestes horários: ${PT_TIMES}.`],
        ],
      ]),
      formal: letterIn('pt', 'formal', SUBJECT.pt, [
        [
          [
            'Pelo que entendi, tínhamos uma ligação marcada {day} às {time}, e gostaria de garantir que encontremos outro horário.',
            'Pelo que entendi, tínhamos uma ligação marcada, e gostaria de garantir que encontremos outro horário.',
          ],
          [`Mantenho grande interesse pela posição e tenho disponibilidade nos seguintes horários: ${PT_TIMES}.`],
          'Por favor, me informe qual é o mais conveniente para você.',
        ],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', SUBJECT.it, [
        [
          [
            'Avevamo in programma una telefonata {day} alle {time}, e credo che non siamo riusciti a sentirci.',
            'Avevamo in programma una telefonata {day}, e credo che non siamo riusciti a sentirci.',
            'Avevamo in programma una telefonata, e credo che non siamo riusciti a sentirci.',
          ],
          ['{position} mi entusiasma ancora molto.', 'La posizione mi entusiasma ancora molto.'],
          `Sono disponibile in questi orari: ${IT_TIMES}; uno di questi Le andrebbe bene?`,
        ],
      ]),
      concise: letterIn('it', 'concise', SUBJECT.it, [
        [
          ['Avevamo in programma una telefonata {day} alle {time}; credo che non siamo riusciti a sentirci.', 'Avevamo in programma una telefonata; credo che non siamo riusciti a sentirci.'],
          [`La posizione mi interessa ancora molto, e sono disponibile in questi orari: ${IT_TIMES}.`],
        ],
      ]),
      formal: letterIn('it', 'formal', SUBJECT.it, [
        [
          [
            'Mi risulta che avessimo in programma una telefonata {day} alle {time}, e vorrei trovare un altro momento.',
            'Mi risulta che avessimo in programma una telefonata, e vorrei trovare un altro momento.',
          ],
          [`La posizione continua a interessarmi molto e sono disponibile nei seguenti orari: ${IT_TIMES}.`],
          'La prego di indicarmi quale preferisce.',
        ],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', SUBJECT.nl, [
        [
          [
            'We hadden {day} om {time} een belafspraak, en ik denk dat we elkaar zijn misgelopen.',
            'We hadden {day} een belafspraak, en ik denk dat we elkaar zijn misgelopen.',
            'We hadden een belafspraak, en ik denk dat we elkaar zijn misgelopen.',
          ],
          ['Ik ben nog steeds erg enthousiast over {position}.', 'Ik ben nog steeds erg enthousiast over de functie.'],
          `Ik kan op deze tijden: ${NL_TIMES}; past een daarvan bij jou?`,
        ],
      ]),
      concise: letterIn('nl', 'concise', SUBJECT.nl, [
        [
          ['We hadden {day} om {time} een belafspraak; ik denk dat we elkaar zijn misgelopen.', 'We hadden een belafspraak; ik denk dat we elkaar zijn misgelopen.'],
          [`Ik heb nog steeds veel interesse, en ik kan op deze tijden: ${NL_TIMES}.`],
        ],
      ]),
      formal: letterIn('nl', 'formal', SUBJECT.nl, [
        [
          [
            'Volgens mij hadden we {day} om {time} een telefonische afspraak, en ik wil graag een nieuw moment vinden.',
            'Volgens mij hadden we een telefonische afspraak, en ik wil graag een nieuw moment vinden.',
          ],
          [`Ik heb nog steeds grote interesse in {position} en ben beschikbaar op de volgende tijden: ${NL_TIMES}.`, `Ik heb nog steeds grote interesse in de functie en ben beschikbaar op de volgende tijden: ${NL_TIMES}.`],
          'Laat u mij weten welk moment u het beste uitkomt?',
        ],
      ]),
    },
  },
};
