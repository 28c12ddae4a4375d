/** thank-you-email in German, French, Spanish, Portuguese, Italian and Dutch (register: see letters.ts). Says plainly that you want the job (000). */
import { letterIn, THANK_YOU_SUBJECT_IN } from './letters';
import type { OtherLetters } from './types';

export const THANK_YOU_EMAIL_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', THANK_YOU_SUBJECT_IN.de, [
        [
          ['vielen Dank, dass Sie sich {day} Zeit für das Gespräch über {position} genommen haben.', 'vielen Dank, dass Sie sich Zeit für das Gespräch über {position} genommen haben.'],
          'Besonders gefallen hat mir unser Austausch über {topic}.',
          'Bitte grüßen Sie auch {others} herzlich von mir.',
        ],
        ['Nach dem Gespräch freue ich mich noch mehr auf die Aufgabe, und ich möchte diese Stelle wirklich gern: Ich würde meine Erfahrung sehr gern in Ihr Team einbringen.'],
        ['Nochmals herzlichen Dank für die Gelegenheit.'],
      ]),
      concise: letterIn('de', 'concise', THANK_YOU_SUBJECT_IN.de, [
        [
          ['vielen Dank für das Gespräch {day}.', 'vielen Dank für das Gespräch.'],
          'Der Austausch über {topic} hat mir gut gefallen.',
          'Bitte grüßen Sie auch {others} von mir.',
        ],
        ['Die Stelle reizt mich sehr, und ich würde gern Teil Ihres Teams werden.'],
      ]),
      formal: letterIn('de', 'formal', THANK_YOU_SUBJECT_IN.de, [
        [
          ['haben Sie vielen Dank für das Gespräch {day} über {position}.', 'haben Sie vielen Dank für das Gespräch über {position}.'],
          'Insbesondere der Austausch über {topic} war für mich sehr aufschlussreich.',
          'Bitte richten Sie auch {others} meinen Dank aus.',
        ],
        ['Das Gespräch hat mein großes Interesse an der Position bestätigt, und ich würde mich sehr freuen, Ihr Team zu verstärken.'],
        ['Nochmals vielen Dank für Ihre Zeit.'],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', THANK_YOU_SUBJECT_IN.fr, [
        [
          ['Merci pour le temps que vous m’avez consacré {day} pour échanger sur {position}.', 'Merci pour le temps que vous m’avez consacré pour échanger sur {position}.'],
          'J’ai particulièrement apprécié notre discussion sur {topic}.',
          'Merci de transmettre aussi mes remerciements à {others}.',
        ],
        ['Cet échange m’a donné encore plus envie de rejoindre votre équipe : ce poste me tient vraiment à cœur, et j’aimerais beaucoup mettre mon expérience au service de vos projets.'],
        ['Merci encore pour cette belle opportunité.'],
      ]),
      concise: letterIn('fr', 'concise', THANK_YOU_SUBJECT_IN.fr, [
        [
          ['Merci pour l’entretien que vous m’avez accordé {day}.', 'Merci pour notre entretien.'],
          'Notre échange sur {topic} m’a beaucoup plu.',
          'Merci de saluer {others} de ma part.',
        ],
        ['Le poste me motive vraiment et j’aimerais beaucoup rejoindre votre équipe.'],
      ]),
      formal: letterIn('fr', 'formal', THANK_YOU_SUBJECT_IN.fr, [
        [
          ['Je vous remercie pour l’entretien que vous m’avez accordé {day} concernant {position}.', 'Je vous remercie pour l’entretien que vous m’avez accordé concernant {position}.'],
          'J’ai tout particulièrement apprécié nos échanges sur {topic}.',
          'Je vous saurais gré de transmettre également mes remerciements à {others}.',
        ],
        ['Cet entretien a confirmé mon vif intérêt pour ce poste, et ce serait un plaisir pour moi de rejoindre votre équipe.'],
        ['Je vous remercie encore pour votre temps et votre attention.'],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', THANK_YOU_SUBJECT_IN.es, [
        [
          ['Gracias por dedicarme tu tiempo {day} para hablar sobre {position}.', 'Gracias por dedicarme tu tiempo para hablar sobre {position}.'],
          'Me gustó especialmente la conversación sobre {topic}.',
          'Da las gracias también a {others} de mi parte.',
        ],
        ['Salgo de la entrevista con todavía más ganas de este trabajo: de verdad quiero el puesto y me encantaría aportar mi experiencia a tu equipo.'],
        ['Gracias de nuevo por la oportunidad.'],
      ]),
      concise: letterIn('es', 'concise', THANK_YOU_SUBJECT_IN.es, [
        [
          ['Gracias por su tiempo {day}.', 'Gracias por su tiempo.'],
          'Disfruté mucho hablando sobre {topic}.',
          'Le ruego que dé las gracias también a {others}.',
        ],
        ['El puesto me ilusiona mucho y me encantaría formar parte de su equipo.'],
      ]),
      formal: letterIn('es', 'formal', THANK_YOU_SUBJECT_IN.es, [
        [
          ['Le agradezco la entrevista que mantuvimos {day} sobre {position}.', 'Le agradezco la entrevista sobre {position}.'],
          'Valoré especialmente nuestra conversación sobre {topic}.',
          'Le ruego que transmita también mi agradecimiento a {others}.',
        ],
        ['La conversación confirmó mi gran interés por el puesto, y sería un placer incorporarme a su equipo.'],
        ['Muchas gracias de nuevo por su tiempo y consideración.'],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', THANK_YOU_SUBJECT_IN.pt, [
        [
          ['Agradeço muito pelo tempo que você dedicou {day} para conversarmos sobre {position}.', 'Agradeço muito pelo tempo que você dedicou para conversarmos sobre {position}.'],
          'Gostei especialmente da nossa conversa sobre {topic}.',
          'Por favor, agradeça também a {others} por mim.',
        ],
        ['Saí da conversa com ainda mais vontade de assumir a função, e quero muito esta vaga: adoraria trazer a minha experiência para o seu time.'],
        ['Agradeço mais uma vez pela oportunidade.'],
      ]),
      concise: letterIn('pt', 'concise', THANK_YOU_SUBJECT_IN.pt, [
        [
          ['Agradeço pelo seu tempo {day}.', 'Agradeço pelo seu tempo.'],
          'Gostei muito de falar sobre {topic}.',
          'Por favor, agradeça também a {others} por mim.',
        ],
        ['Tenho muito interesse na vaga e adoraria fazer parte do seu time.'],
      ]),
      formal: letterIn('pt', 'formal', THANK_YOU_SUBJECT_IN.pt, [
        [
          ['Agradeço pela entrevista que tivemos {day} sobre {position}.', 'Agradeço pela entrevista sobre {position}.'],
          'Valorizei particularmente a nossa conversa sobre {topic}.',
          'Peço a gentileza de transmitir também o meu agradecimento a {others}.',
        ],
        ['A conversa confirmou o meu grande interesse pela posição, e seria uma satisfação integrar a sua equipe.'],
        ['Agradeço mais uma vez pelo seu tempo e pela atenção.'],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', THANK_YOU_SUBJECT_IN.it, [
        [
          ['Grazie per il tempo che mi ha dedicato {day} per parlare della posizione.', 'Grazie per il tempo che mi ha dedicato per parlare della posizione.'],
          'Ho apprezzato in particolare il nostro scambio su {topic}.',
          'La prego di ringraziare anche {others} da parte mia.',
        ],
        ['Dopo il colloquio sono ancora più entusiasta del ruolo, e desidero davvero questo lavoro: mi piacerebbe molto mettere la mia esperienza al servizio del Suo team.'],
        ['Grazie ancora per l’opportunità.'],
      ]),
      concise: letterIn('it', 'concise', THANK_YOU_SUBJECT_IN.it, [
        [
          ['Grazie per il tempo che mi ha dedicato {day}.', 'Grazie per il Suo tempo.'],
          'Mi ha fatto piacere parlare di {topic}.',
          'La prego di ringraziare anche {others} da parte mia.',
        ],
        ['{position} mi interessa molto e mi piacerebbe entrare a far parte del Suo team.'],
      ]),
      formal: letterIn('it', 'formal', THANK_YOU_SUBJECT_IN.it, [
        [
          ['La ringrazio per il colloquio che abbiamo avuto {day} per {position}.', 'La ringrazio per il colloquio per {position}.'],
          'Ho apprezzato in modo particolare il confronto su {topic}.',
          'La prego di estendere il mio ringraziamento anche a {others}.',
        ],
        ['Il colloquio ha confermato il mio vivo interesse per la posizione, e sarebbe un piacere entrare a far parte del Suo team.'],
        ['La ringrazio ancora per il tempo e l’attenzione.'],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', THANK_YOU_SUBJECT_IN.nl, [
        [
          ['Bedankt dat je {day} de tijd nam om met me te praten over {position}.', 'Bedankt dat je de tijd nam om met me te praten over {position}.'],
          'Vooral ons gesprek over {topic} vond ik erg leuk.',
          'Wil je {others} ook namens mij bedanken?',
        ],
        ['Ik ben na ons gesprek nog enthousiaster over de functie, en ik wil deze baan echt graag: ik breng mijn ervaring heel graag in bij jullie team.'],
        ['Nogmaals bedankt voor de kans.'],
      ]),
      concise: letterIn('nl', 'concise', THANK_YOU_SUBJECT_IN.nl, [
        [
          ['Dank voor uw tijd {day}.', 'Dank voor uw tijd.'],
          'Het gesprek over {topic} vond ik erg interessant.',
          'Wilt u {others} ook namens mij bedanken?',
        ],
        ['Ik heb veel interesse in {position} en zou graag deel uitmaken van uw team.'],
      ]),
      formal: letterIn('nl', 'formal', THANK_YOU_SUBJECT_IN.nl, [
        [
          ['Hartelijk dank voor het gesprek dat we {day} hadden over {position}.', 'Hartelijk dank voor het gesprek over {position}.'],
          'Met name het gesprek over {topic} heb ik zeer gewaardeerd.',
          'Wilt u ook {others} mijn dank overbrengen?',
        ],
        ['Het gesprek heeft mijn interesse in de functie bevestigd, en ik zou graag deel uitmaken van uw team.'],
        ['Nogmaals dank voor uw tijd en aandacht.'],
      ]),
    },
  },
};
