/**
 * gracious-reply in German, French, Spanish, Portuguese, Italian and Dutch: thanks, no argument, and the open door said in so many words (002);
 * nothing that explains, apologises or asks them to think again (004).
 */
import type { Sentence } from '../drafts/render';
import { letterIn } from './letters';
import type { OtherLetters } from './types';

const SUBJECT: Record<keyof OtherLetters, Sentence> = {
  de: 'Vielen Dank für Ihre Nachricht',
  fr: 'Merci pour votre retour',
  es: 'Gracias por avisarme',
  pt: 'Agradeço o retorno',
  it: 'Grazie per la comunicazione',
  nl: 'Bedankt voor uw bericht',
};

export const GRACIOUS_REPLY_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', SUBJECT.de, [
        [
          'vielen Dank für Ihre Nachricht und für die Zeit, die Sie und das Team sich für mich genommen haben.',
          'Bitte grüßen Sie auch {others} herzlich von mir.',
          [
            'Natürlich bin ich enttäuscht, aber ich respektiere Ihre Entscheidung, und ich habe {company} sehr gern kennengelernt.',
            'Natürlich bin ich enttäuscht, aber ich respektiere Ihre Entscheidung, und ich habe das Team sehr gern kennengelernt.',
          ],
        ],
        ['Wenn sich eine andere Stelle ergibt oder sich die Pläne für diese ändern, wäre ich weiterhin sehr gern dabei. Ich würde mich freuen, in Kontakt zu bleiben.'],
      ]),
      concise: letterIn('de', 'concise', SUBJECT.de, [
        [
          'vielen Dank für Ihre Nachricht und für Ihre Zeit.',
          'Bitte grüßen Sie auch {others} von mir.',
          ['Sollte eine andere Stelle frei werden, wäre ich weiterhin gern bei {company} dabei; behalten Sie mich gern im Blick.', 'Sollte eine andere Stelle frei werden, wäre ich weiterhin gern in Ihrem Team; behalten Sie mich gern im Blick.'],
        ],
      ]),
      formal: letterIn('de', 'formal', SUBJECT.de, [
        [
          'haben Sie vielen Dank für die Mitteilung Ihrer Entscheidung sowie für die Zeit und Aufmerksamkeit, die Sie meiner Bewerbung gewidmet haben.',
          'Bitte richten Sie auch {others} meinen Dank aus.',
          ['Ich respektiere Ihre Entscheidung, und mein Interesse an {company} besteht weiterhin.', 'Ich respektiere Ihre Entscheidung, und mein Interesse an Ihrem Unternehmen besteht weiterhin.'],
        ],
        ['Sollte künftig eine andere Position frei werden oder sich die Umstände ändern, würde ich mich freuen, berücksichtigt zu werden.'],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', SUBJECT.fr, [
        [
          'Merci pour votre message, et pour tout le temps que vous et l’équipe m’avez consacré.',
          'Merci de transmettre aussi mes remerciements à {others}.',
          [
            'C’est bien sûr une déception, mais je respecte votre choix, et j’ai vraiment apprécié de découvrir {company}.',
            'C’est bien sûr une déception, mais je respecte votre choix, et j’ai vraiment apprécié de découvrir l’équipe.',
          ],
        ],
        ['Si un autre poste s’ouvre, ou si les projets pour celui-ci évoluent, j’aimerais toujours beaucoup rejoindre l’équipe. J’espère que nous resterons en contact.'],
      ]),
      concise: letterIn('fr', 'concise', SUBJECT.fr, [
        [
          'Merci pour votre retour, ainsi que pour votre temps et votre attention.',
          'Merci de saluer {others} de ma part.',
          ['Si un autre poste s’ouvre, j’aimerais toujours rejoindre {company} : n’hésitez pas à penser à moi.', 'Si un autre poste s’ouvre, j’aimerais toujours rejoindre votre équipe : n’hésitez pas à penser à moi.'],
        ],
      ]),
      formal: letterIn('fr', 'formal', SUBJECT.fr, [
        [
          'Je vous remercie de m’avoir fait part de votre décision, ainsi que du temps et de l’attention accordés à ma candidature.',
          'Je vous saurais gré de transmettre également mes remerciements à {others}.',
          ['Je respecte votre décision, et {company} continue de m’intéresser vivement.', 'Je respecte votre décision, et votre entreprise continue de m’intéresser vivement.'],
        ],
        ['Si un autre poste venait à se libérer, ou si la situation évoluait, j’aurais plaisir à ce que ma candidature soit de nouveau examinée.'],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', SUBJECT.es, [
        [
          'Gracias por avisarme, y por todo el tiempo que tú y el equipo me habéis dedicado.',
          'Da las gracias también a {others} de mi parte.',
          [
            'Me da pena, claro, pero respeto vuestra decisión, y me ha encantado conocer {company}.',
            'Me da pena, claro, pero respeto vuestra decisión, y me ha encantado conocer al equipo.',
          ],
        ],
        ['Si se abre otro puesto, o cambian los planes para este, me seguiría encantando formar parte del equipo. Ojalá sigamos en contacto.'],
      ]),
      concise: letterIn('es', 'concise', SUBJECT.es, [
        [
          'Gracias por informarme, y por su tiempo y consideración.',
          'Le ruego que dé las gracias también a {others}.',
          ['Si se abre otro puesto, me seguiría encantando unirme a {company}, así que le agradecería que me tuviera en cuenta.', 'Si se abre otro puesto, me seguiría encantando unirme a su equipo, así que le agradecería que me tuviera en cuenta.'],
        ],
      ]),
      formal: letterIn('es', 'formal', SUBJECT.es, [
        [
          'Le agradezco que me haya comunicado su decisión, así como el tiempo y la atención dedicados a mi candidatura.',
          'Le ruego que transmita también mi agradecimiento a {others}.',
          ['Respeto su decisión, y {company} sigue despertando en mí un gran interés.', 'Respeto su decisión, y su empresa sigue despertando en mí un gran interés.'],
        ],
        ['Si en el futuro quedara libre otro puesto, o cambiaran las circunstancias, me gustaría que volvieran a tener en cuenta mi candidatura.'],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', SUBJECT.pt, [
        [
          'Agradeço por me avisar, e por todo o tempo que você e o time me dedicaram.',
          'Por favor, agradeça também a {others} por mim.',
          [
            'Claro que é uma pena, mas respeito a decisão, e gostei muito de conhecer a {company}.',
            'Claro que é uma pena, mas respeito a decisão, e gostei muito de conhecer o time.',
          ],
        ],
        ['Se surgir outra vaga, ou se os planos para esta mudarem, eu adoraria fazer parte do time. Espero que possamos manter contato.'],
      ]),
      concise: letterIn('pt', 'concise', SUBJECT.pt, [
        [
          'Agradeço pelo retorno e pelo seu tempo.',
          'Por favor, agradeça também a {others} por mim.',
          ['Se surgir outra vaga, eu adoraria entrar para a {company}; por favor, lembre-se de mim.', 'Se surgir outra vaga, eu adoraria entrar para o seu time; por favor, lembre-se de mim.'],
        ],
      ]),
      formal: letterIn('pt', 'formal', SUBJECT.pt, [
        [
          'Agradeço por me comunicar a decisão, bem como pelo tempo e pela atenção dedicados à minha candidatura.',
          'Peço a gentileza de transmitir também o meu agradecimento a {others}.',
          ['Respeito a decisão, e a {company} continua a despertar o meu grande interesse.', 'Respeito a decisão, e a sua empresa continua a despertar o meu grande interesse.'],
        ],
        ['Caso surja outra posição no futuro, ou as circunstâncias mudem, terei satisfação em voltar a participar do processo.'],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', SUBJECT.it, [
        [
          'Grazie per la comunicazione, e per tutto il tempo che Lei e il team mi avete dedicato.',
          'La prego di ringraziare anche {others} da parte mia.',
          [
            'Mi dispiace, naturalmente, ma rispetto la Sua decisione, e mi ha fatto molto piacere conoscere {company}.',
            'Mi dispiace, naturalmente, ma rispetto la Sua decisione, e mi ha fatto molto piacere conoscere il team.',
          ],
        ],
        ['Se dovesse aprirsi un’altra posizione, o se i piani per questa cambiassero, mi piacerebbe ancora molto far parte del team. Spero di restare in contatto.'],
      ]),
      concise: letterIn('it', 'concise', SUBJECT.it, [
        [
          'Grazie per la comunicazione e per il Suo tempo.',
          'La prego di ringraziare anche {others} da parte mia.',
          ['Se dovesse aprirsi un’altra posizione, mi piacerebbe ancora entrare in {company}: mi tenga presente.', 'Se dovesse aprirsi un’altra posizione, mi piacerebbe ancora entrare nel Suo team: mi tenga presente.'],
        ],
      ]),
      formal: letterIn('it', 'formal', SUBJECT.it, [
        [
          'La ringrazio per avermi comunicato la Sua decisione, nonché per il tempo e l’attenzione dedicati alla mia candidatura.',
          'La prego di estendere il mio ringraziamento anche a {others}.',
          ['Rispetto la Sua decisione, e {company} continua a interessarmi molto.', 'Rispetto la Sua decisione, e la Sua azienda continua a interessarmi molto.'],
        ],
        ['Qualora in futuro si rendesse disponibile un’altra posizione, o le circostanze cambiassero, sarebbe un piacere poter partecipare a una nuova selezione.'],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', SUBJECT.nl, [
        [
          'Bedankt voor je bericht, en voor alle tijd die jij en het team in mij hebben gestoken.',
          'Wil je {others} ook namens mij bedanken?',
          [
            'Natuurlijk ben ik teleurgesteld, maar ik respecteer jullie besluit, en ik heb {company} met veel plezier leren kennen.',
            'Natuurlijk ben ik teleurgesteld, maar ik respecteer jullie besluit, en ik heb het team met veel plezier leren kennen.',
          ],
        ],
        ['Als er een andere functie vrijkomt, of als de plannen voor deze veranderen, kom ik nog steeds heel graag bij jullie werken. Ik hoop dat we contact houden.'],
      ]),
      concise: letterIn('nl', 'concise', SUBJECT.nl, [
        [
          'Dank voor uw bericht en voor uw tijd.',
          'Wilt u {others} ook namens mij bedanken?',
          ['Als er een andere functie vrijkomt, kom ik nog steeds graag bij {company} werken; houdt u mij in gedachten.', 'Als er een andere functie vrijkomt, kom ik nog steeds graag bij uw team werken; houdt u mij in gedachten.'],
        ],
      ]),
      formal: letterIn('nl', 'formal', SUBJECT.nl, [
        [
          'Hartelijk dank voor het laten weten van uw besluit, en voor de tijd en aandacht die u aan mijn sollicitatie heeft besteed.',
          'Wilt u ook {others} mijn dank overbrengen?',
          ['Ik respecteer uw besluit, en mijn interesse in {company} blijft onverminderd groot.', 'Ik respecteer uw besluit, en mijn interesse in uw organisatie blijft onverminderd groot.'],
        ],
        ['Mocht er in de toekomst een andere functie vrijkomen, of de situatie veranderen, dan kom ik graag opnieuw in aanmerking.'],
      ]),
    },
  },
};
