/** thank-helpers in German, French, Spanish, Portuguese, Italian and Dutch: thanks to whoever arranged the interview (register: letters.ts). */
import type { Sentence } from '../drafts/render';
import { letterIn } from './letters';
import type { OtherLetters } from './types';

const SUBJECT: Record<keyof OtherLetters, Sentence> = {
  de: 'Vielen Dank für die Organisation',
  fr: 'Merci pour l’organisation de l’entretien',
  es: 'Gracias por organizar la entrevista',
  pt: 'Agradecimento pela organização da entrevista',
  it: 'Grazie per l’organizzazione del colloquio',
  nl: 'Bedankt voor het regelen van het gesprek',
};

export const THANK_HELPERS_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', SUBJECT.de, [
        [
          ['vielen Dank, dass Sie mein Gespräch {day} organisiert und alles so unkompliziert gemacht haben.', 'vielen Dank, dass Sie mein Gespräch organisiert und alles so unkompliziert gemacht haben.'],
          'Es war schön, {others} kennenzulernen.',
          'Ich freue mich sehr auf {position} und bin Ihnen für Ihre Unterstützung dankbar.',
        ],
      ]),
      concise: letterIn('de', 'concise', SUBJECT.de, [
        [
          ['danke für die Organisation meines Gesprächs {day} und für Ihre Hilfe.', 'danke für die Organisation meines Gesprächs und für Ihre Hilfe.'],
          ['Ich habe mich gefreut, {others} kennenzulernen, und die Stelle reizt mich sehr.', 'Die Stelle reizt mich sehr.'],
        ],
      ]),
      formal: letterIn('de', 'formal', SUBJECT.de, [
        [
          ['haben Sie vielen Dank für die Organisation meines Gesprächs {day} und Ihre Unterstützung im gesamten Verfahren.', 'haben Sie vielen Dank für die Organisation meines Gesprächs und Ihre Unterstützung im gesamten Verfahren.'],
          ['Ich habe mich gefreut, {others} kennenzulernen, und interessiere mich weiterhin sehr für {position}.', 'Ich interessiere mich weiterhin sehr für {position}.'],
        ],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', SUBJECT.fr, [
        [
          ['Merci d’avoir organisé l’entretien que j’ai passé {day} et d’avoir tout rendu si simple.', 'Merci d’avoir organisé mon entretien et d’avoir tout rendu si simple.'],
          'Ce fut un plaisir de rencontrer {others}.',
          'Le poste me motive vraiment, et je vous remercie pour votre aide tout au long du processus.',
        ],
      ]),
      concise: letterIn('fr', 'concise', SUBJECT.fr, [
        [
          ['Merci d’avoir organisé l’entretien que j’ai passé {day} et pour votre aide.', 'Merci d’avoir organisé mon entretien et pour votre aide.'],
          ['J’ai eu plaisir à rencontrer {others}, et le poste m’intéresse vivement.', 'Le poste m’intéresse vivement.'],
        ],
      ]),
      formal: letterIn('fr', 'formal', SUBJECT.fr, [
        [
          ['Je vous remercie d’avoir organisé l’entretien que j’ai passé {day} et pour votre accompagnement tout au long du processus.', 'Je vous remercie d’avoir organisé mon entretien et pour votre accompagnement tout au long du processus.'],
          ['J’ai eu plaisir à rencontrer {others}, et {position} m’intéresse toujours vivement.', '{position} m’intéresse toujours vivement.'],
        ],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', SUBJECT.es, [
        [
          ['Gracias por organizar la entrevista que tuve {day} y por ponérmelo todo tan fácil.', 'Gracias por organizar mi entrevista y por ponérmelo todo tan fácil.'],
          'Fue un placer conocer a {others}.',
          '{position} me ilusiona mucho, y te agradezco toda tu ayuda durante el proceso.',
        ],
      ]),
      concise: letterIn('es', 'concise', SUBJECT.es, [
        [
          ['Gracias por organizar la entrevista que tuve {day} y por su ayuda.', 'Gracias por organizar mi entrevista y por su ayuda.'],
          ['Fue un placer conocer a {others}, y el puesto me interesa mucho.', 'El puesto me interesa mucho.'],
        ],
      ]),
      formal: letterIn('es', 'formal', SUBJECT.es, [
        [
          ['Le agradezco que organizara la entrevista que tuve {day}, así como su ayuda durante todo el proceso.', 'Le agradezco que organizara mi entrevista, así como su ayuda durante todo el proceso.'],
          ['Fue un placer conocer a {others}, y mantengo un gran interés por {position}.', 'Mantengo un gran interés por {position}.'],
        ],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', SUBJECT.pt, [
        [
          ['Agradeço muito por organizar a minha entrevista {day} e por deixar tudo tão simples.', 'Agradeço muito por organizar a minha entrevista e por deixar tudo tão simples.'],
          'Foi um prazer conhecer {others}.',
          '{position} me empolga muito, e agradeço toda a sua ajuda ao longo do processo.',
        ],
      ]),
      concise: letterIn('pt', 'concise', SUBJECT.pt, [
        [
          ['Agradeço por organizar a minha entrevista {day} e pela ajuda.', 'Agradeço por organizar a minha entrevista e pela ajuda.'],
          ['Gostei de conhecer {others}, e tenho muito interesse na vaga.', 'Tenho muito interesse na vaga.'],
        ],
      ]),
      formal: letterIn('pt', 'formal', SUBJECT.pt, [
        [
          ['Agradeço pela organização da minha entrevista {day} e pelo apoio durante todo o processo.', 'Agradeço pela organização da minha entrevista e pelo apoio durante todo o processo.'],
          ['Foi um prazer conhecer {others}, e mantenho grande interesse pela posição.', 'Mantenho grande interesse pela posição.'],
        ],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', SUBJECT.it, [
        [
          ['Grazie per aver organizzato il mio colloquio {day} e per aver reso tutto così semplice.', 'Grazie per aver organizzato il mio colloquio e per aver reso tutto così semplice.'],
          'È stato un piacere conoscere {others}.',
          'Sono davvero entusiasta della posizione e Le sono riconoscente per tutto il Suo aiuto.',
        ],
      ]),
      concise: letterIn('it', 'concise', SUBJECT.it, [
        [
          ['Grazie per aver organizzato il mio colloquio {day} e per il Suo aiuto.', 'Grazie per aver organizzato il mio colloquio e per il Suo aiuto.'],
          ['Mi ha fatto piacere conoscere {others}, e la posizione mi interessa molto.', 'La posizione mi interessa molto.'],
        ],
      ]),
      formal: letterIn('it', 'formal', SUBJECT.it, [
        [
          ['La ringrazio per aver organizzato il mio colloquio {day} e per il supporto durante tutto il processo.', 'La ringrazio per aver organizzato il mio colloquio e per il supporto durante tutto il processo.'],
          ['È stato un piacere conoscere {others}, e {position} continua a interessarmi molto.', '{position} continua a interessarmi molto.'],
        ],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', SUBJECT.nl, [
        [
          ['Bedankt voor het regelen van mijn gesprek {day}, en dat je alles zo makkelijk maakte.', 'Bedankt voor het regelen van mijn gesprek, en dat je alles zo makkelijk maakte.'],
          'Het was fijn om {others} te ontmoeten.',
          'Ik ben erg enthousiast over {position}, en ik waardeer al je hulp.',
        ],
      ]),
      concise: letterIn('nl', 'concise', SUBJECT.nl, [
        [
          ['Dank voor het regelen van mijn gesprek {day} en voor uw hulp.', 'Dank voor het regelen van mijn gesprek en voor uw hulp.'],
          ['Het was fijn om {others} te ontmoeten, en ik heb veel interesse in de functie.', 'Ik heb veel interesse in de functie.'],
        ],
      ]),
      formal: letterIn('nl', 'formal', SUBJECT.nl, [
        [
          ['Hartelijk dank voor het organiseren van mijn gesprek {day} en voor uw hulp tijdens het hele proces.', 'Hartelijk dank voor het organiseren van mijn gesprek en voor uw hulp tijdens het hele proces.'],
          ['Het was prettig om {others} te ontmoeten, en ik heb nog steeds grote interesse in {position}.', 'Ik heb nog steeds grote interesse in {position}.'],
        ],
      ]),
    },
  },
};
