/** follow-up-silence in German, French, Spanish, Portuguese, Italian and Dutch: a short check-in after silence (register: letters.ts). */
import type { Sentence } from '../drafts/render';
import { letterIn } from './letters';
import type { OtherLetters } from './types';

const SUBJECT: Record<keyof OtherLetters, Sentence> = {
  de: ['Nachfrage zu meinem Gespräch: {role}', 'Nachfrage zu meinem Vorstellungsgespräch'],
  fr: ['Suite à mon entretien : {role}', 'Suite à mon entretien'],
  es: ['Seguimiento de mi entrevista: {role}', 'Seguimiento de mi entrevista'],
  pt: ['Acompanhamento da minha entrevista: {role}', 'Acompanhamento da minha entrevista'],
  it: ['Aggiornamenti sul mio colloquio: {role}', 'Aggiornamenti sul mio colloquio'],
  nl: ['Navraag over mijn gesprek: {role}', 'Navraag over mijn gesprek'],
};

export const FOLLOW_UP_SILENCE_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', SUBJECT.de, [
        [
          'ich hoffe, es geht Ihnen gut.',
          ['ich wollte kurz nachfragen, ob es zu meiner Bewerbung für {position} Neuigkeiten gibt, seit wir uns {day} gesprochen haben.', 'ich wollte kurz nachfragen, ob es zu meiner Bewerbung für {position} Neuigkeiten gibt.'],
        ],
        ['Die Aufgabe reizt mich nach wie vor sehr, und ich freue mich, von Ihnen zu hören, sobald es Neuigkeiten gibt.', 'Wenn ich Ihnen noch etwas schicken kann, sagen Sie gern Bescheid.'],
      ]),
      concise: letterIn('de', 'concise', SUBJECT.de, [
        [
          ['ich melde mich zu meinem Gespräch {day} über {position}.', 'ich melde mich zu meinem Gespräch über {position}.'],
          'Ich interessiere mich weiterhin sehr für die Stelle und freue mich über eine Rückmeldung zu den nächsten Schritten.',
        ],
      ]),
      formal: letterIn('de', 'formal', SUBJECT.de, [
        [
          ['ich möchte mich nach dem Stand meiner Bewerbung für {position} erkundigen, nachdem wir {day} miteinander gesprochen haben.', 'ich möchte mich nach dem Stand meiner Bewerbung für {position} erkundigen.'],
          'Mein Interesse an der Position ist unverändert groß, und ich wäre Ihnen für eine kurze Information zum weiteren Zeitplan dankbar.',
        ],
        ['Vielen Dank für Ihre Zeit.'],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', SUBJECT.fr, [
        [
          'J’espère que vous allez bien.',
          ['Je me permets de revenir vers vous concernant {position}, dont nous avons parlé {day}.', 'Je me permets de revenir vers vous concernant {position}.'],
        ],
        ['Ce poste me motive toujours autant, et j’aurai plaisir à connaître la suite dès que vous aurez des nouvelles.', 'Si je peux vous transmettre quoi que ce soit d’autre, n’hésitez pas à me le dire.'],
      ]),
      concise: letterIn('fr', 'concise', SUBJECT.fr, [
        [
          ['Je reviens vers vous suite à l’entretien que nous avons eu {day} concernant {position}.', 'Je reviens vers vous suite à mon entretien concernant {position}.'],
          'Le poste m’intéresse toujours vivement et toute nouvelle sur la suite sera la bienvenue.',
        ],
      ]),
      formal: letterIn('fr', 'formal', SUBJECT.fr, [
        [
          ['Je me permets de revenir vers vous à la suite de l’entretien que vous m’avez accordé {day} concernant {position}.', 'Je me permets de revenir vers vous à la suite de mon entretien concernant {position}.'],
          'Ce poste m’intéresse toujours vivement, et je vous remercie par avance de bien vouloir m’indiquer votre calendrier.',
        ],
        ['Je vous remercie pour votre temps.'],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', SUBJECT.es, [
        [
          'Espero que estés teniendo una buena semana.',
          ['Te escribo para saber cómo va el proceso para {position} desde que hablamos {day}.', 'Te escribo para saber cómo va el proceso para {position}.'],
        ],
        ['El puesto me sigue ilusionando mucho y me encantaría saber los próximos pasos cuando haya novedades.', 'Si te puedo enviar algo más, dímelo sin problema.'],
      ]),
      concise: letterIn('es', 'concise', SUBJECT.es, [
        [
          ['Le escribo en relación con la entrevista que mantuvimos {day} para {position}.', 'Le escribo en relación con mi entrevista para {position}.'],
          'El puesto me sigue interesando mucho y me gustaría conocer los próximos pasos cuando tenga novedades.',
        ],
      ]),
      formal: letterIn('es', 'formal', SUBJECT.es, [
        [
          ['Me pongo en contacto con usted en relación con la entrevista que mantuvimos {day} para {position}.', 'Me pongo en contacto con usted en relación con mi entrevista para {position}.'],
          'Mantengo un gran interés por el puesto y le agradecería cualquier información sobre los plazos del proceso.',
        ],
        ['Muchas gracias por su tiempo.'],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', SUBJECT.pt, [
        [
          'Espero que a sua semana esteja indo bem.',
          ['Queria saber se há novidades sobre {position} desde que conversamos {day}.', 'Queria saber se há novidades sobre {position}.'],
        ],
        ['A vaga continua me empolgando muito, e adoraria saber dos próximos passos assim que houver novidades.', 'Se eu puder enviar mais alguma coisa, é só me avisar.'],
      ]),
      concise: letterIn('pt', 'concise', SUBJECT.pt, [
        [
          ['Escrevo sobre a entrevista que fizemos {day} para {position}.', 'Escrevo sobre a minha entrevista para {position}.'],
          'Continuo com muito interesse na vaga e gostaria de saber dos próximos passos quando houver novidades.',
        ],
      ]),
      formal: letterIn('pt', 'formal', SUBJECT.pt, [
        [
          ['Escrevo para dar seguimento à entrevista que fizemos {day} para {position}.', 'Escrevo para dar seguimento à minha entrevista para {position}.'],
          'Mantenho grande interesse pela oportunidade e agradeceria qualquer informação sobre o cronograma do processo.',
        ],
        ['Agradeço pelo seu tempo.'],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', SUBJECT.it, [
        [
          'Spero che la Sua settimana stia andando bene.',
          ['Le scrivo per sapere se ci sono novità per {position}, dopo il colloquio che abbiamo avuto {day}.', 'Le scrivo per sapere se ci sono novità per {position}.'],
        ],
        ['Il ruolo mi entusiasma ancora molto e mi farebbe piacere conoscere i prossimi passi appena ci saranno novità.', 'Se posso inviarLe altro, me lo faccia sapere.'],
      ]),
      concise: letterIn('it', 'concise', SUBJECT.it, [
        [
          ['Le scrivo in merito al colloquio che abbiamo avuto {day} per {position}.', 'Le scrivo in merito al mio colloquio per {position}.'],
          'La posizione mi interessa molto e mi farebbe piacere conoscere i prossimi passi quando ci saranno novità.',
        ],
      ]),
      formal: letterIn('it', 'formal', SUBJECT.it, [
        [
          ['Mi permetto di scriverLe in merito al colloquio che abbiamo avuto {day} per {position}.', 'Mi permetto di scriverLe in merito al mio colloquio per {position}.'],
          'La posizione continua a interessarmi molto, e Le sarei riconoscente per qualsiasi aggiornamento sui tempi.',
        ],
        ['La ringrazio per il Suo tempo.'],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', SUBJECT.nl, [
        [
          'Ik hoop dat je een goede week hebt.',
          ['Ik wilde even informeren hoe het staat met {position}, sinds we elkaar {day} spraken.', 'Ik wilde even informeren hoe het staat met {position}.'],
        ],
        ['Ik ben nog steeds erg enthousiast over de functie en hoor graag over de volgende stappen zodra er nieuws is.', 'Als ik nog iets kan sturen, laat het me gerust weten.'],
      ]),
      concise: letterIn('nl', 'concise', SUBJECT.nl, [
        [
          ['Ik kom terug op het gesprek dat we {day} hadden over {position}.', 'Ik kom terug op ons gesprek over {position}.'],
          'Ik heb nog steeds veel interesse en hoor graag over de volgende stappen als er nieuws is.',
        ],
      ]),
      formal: letterIn('nl', 'formal', SUBJECT.nl, [
        [
          ['Graag kom ik terug op het gesprek dat wij {day} hadden over {position}.', 'Graag kom ik terug op ons gesprek over {position}.'],
          'Ik heb nog steeds grote interesse in de functie en zou een update over de verdere planning zeer op prijs stellen.',
        ],
        ['Dank voor uw tijd.'],
      ]),
    },
  },
};
