/** thank-you-note-post in German, French, Spanish, Portuguese, Italian and Dutch: a card, about 60 words, its day written out (read days later). */
import { cardIn } from './letters';
import type { OtherLetters } from './types';

export const THANK_YOU_NOTE_POST_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: cardIn(
        'de',
        'warm',
        [
          [
            ['vielen Dank für das Gespräch {day}.', 'vielen Dank für das Gespräch.'],
            'Unser Austausch über {topic} hat mir sehr gefallen.',
            'Ich würde sehr gern in Ihrem Team arbeiten und hoffe, dass wir bald zusammenarbeiten.',
          ],
        ],
        'Herzliche Grüße',
      ),
      concise: cardIn('de', 'concise', [[['vielen Dank für Ihre Zeit {day}.', 'vielen Dank für Ihre Zeit.'], 'Ich würde sehr gern Teil Ihres Teams werden.']], 'Beste Grüße'),
      formal: cardIn(
        'de',
        'formal',
        [
          [
            ['haben Sie vielen Dank für das Gespräch {day}.', 'haben Sie vielen Dank für das Gespräch.'],
            ['Ich interessiere mich weiterhin sehr für eine Tätigkeit bei {company}.', 'Ich interessiere mich weiterhin sehr für eine Tätigkeit in Ihrem Team.'],
          ],
        ],
        'Mit freundlichen Grüßen',
      ),
    },
  },
  fr: {
    tones: {
      warm: cardIn(
        'fr',
        'warm',
        [
          [
            ['Merci pour notre rencontre {day}.', 'Merci pour notre rencontre.'],
            'J’ai beaucoup apprécié notre échange sur {topic}.',
            'J’aimerais vraiment rejoindre votre équipe et j’espère que nous travaillerons bientôt ensemble.',
          ],
        ],
        'Avec mes remerciements,',
      ),
      concise: cardIn('fr', 'concise', [[['Merci pour votre temps {day}.', 'Merci pour votre temps.'], 'J’aimerais beaucoup rejoindre votre équipe.']], 'Bien cordialement,'),
      formal: cardIn(
        'fr',
        'formal',
        [
          [
            ['Je vous remercie pour l’entretien que vous m’avez accordé {day}.', 'Je vous remercie pour cet entretien.'],
            ['Rejoindre {company} m’intéresse toujours vivement.', 'Rejoindre votre équipe m’intéresse toujours vivement.'],
          ],
        ],
        'Avec mes salutations distinguées,',
      ),
    },
  },
  es: {
    tones: {
      warm: cardIn(
        'es',
        'warm',
        [
          [
            ['Gracias por recibirme {day}.', 'Gracias por recibirme.'],
            'Disfruté mucho de nuestra conversación sobre {topic}.',
            'Me encantaría unirme a tu equipo y espero que pronto trabajemos juntos.',
          ],
        ],
        'Con mi agradecimiento,',
      ),
      concise: cardIn('es', 'concise', [[['Gracias por su tiempo {day}.', 'Gracias por su tiempo.'], 'Me encantaría unirme a su equipo.']], 'Un saludo,'),
      formal: cardIn(
        'es',
        'formal',
        [
          [
            ['Le agradezco la entrevista que mantuvimos {day}.', 'Le agradezco la entrevista.'],
            ['Mantengo un gran interés por incorporarme a {company}.', 'Mantengo un gran interés por incorporarme a su equipo.'],
          ],
        ],
        'Atentamente,',
      ),
    },
  },
  pt: {
    tones: {
      warm: cardIn(
        'pt',
        'warm',
        [
          [
            ['Agradeço pela nossa conversa {day}.', 'Agradeço pela nossa conversa.'],
            'Gostei muito de falar sobre {topic}.',
            'Adoraria fazer parte do seu time e espero que possamos trabalhar juntos em breve.',
          ],
        ],
        'Com gratidão,',
      ),
      concise: cardIn('pt', 'concise', [[['Agradeço pelo seu tempo {day}.', 'Agradeço pelo seu tempo.'], 'Adoraria fazer parte do seu time.']], 'Abraços,'),
      formal: cardIn(
        'pt',
        'formal',
        [
          [
            ['Agradeço pela entrevista que tivemos {day}.', 'Agradeço pela entrevista.'],
            ['Mantenho grande interesse em integrar a equipe da {company}.', 'Mantenho grande interesse em integrar a sua equipe.'],
          ],
        ],
        'Atenciosamente,',
      ),
    },
  },
  it: {
    tones: {
      warm: cardIn(
        'it',
        'warm',
        [
          [
            ['Grazie per il colloquio che abbiamo avuto {day}.', 'Grazie per il colloquio.'],
            'Mi è piaciuto molto il nostro scambio su {topic}.',
            'Mi piacerebbe molto entrare a far parte del Suo team e spero di lavorare presto insieme.',
          ],
        ],
        'Con i miei ringraziamenti,',
      ),
      concise: cardIn('it', 'concise', [[['Grazie per il Suo tempo {day}.', 'Grazie per il Suo tempo.'], 'Mi piacerebbe molto entrare a far parte del Suo team.']], 'Un cordiale saluto,'),
      formal: cardIn(
        'it',
        'formal',
        [
          [
            ['La ringrazio per il colloquio che abbiamo avuto {day}.', 'La ringrazio per il colloquio.'],
            ['Entrare a far parte di {company} mi interessa molto.', 'Entrare a far parte del Suo team mi interessa molto.'],
          ],
        ],
        'Distinti saluti,',
      ),
    },
  },
  nl: {
    tones: {
      warm: cardIn(
        'nl',
        'warm',
        [
          [
            ['Bedankt voor ons gesprek {day}.', 'Bedankt voor ons gesprek.'],
            'Ik vond het gesprek over {topic} erg leuk.',
            'Ik zou heel graag bij jullie team komen en hoop dat we snel samenwerken.',
          ],
        ],
        'Met dank,',
      ),
      concise: cardIn('nl', 'concise', [[['Dank voor uw tijd {day}.', 'Dank voor uw tijd.'], 'Ik zou graag deel uitmaken van uw team.']], 'Hartelijke groet,'),
      formal: cardIn(
        'nl',
        'formal',
        [
          [
            ['Hartelijk dank voor het gesprek {day}.', 'Hartelijk dank voor het gesprek.'],
            ['Ik heb nog steeds grote interesse in een functie bij {company}.', 'Ik heb nog steeds grote interesse in een functie in uw team.'],
          ],
        ],
        'Met vriendelijke groet,',
      ),
    },
  },
};
