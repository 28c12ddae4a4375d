/** keep-door-open in German, French, Spanish, Portuguese, Italian and Dutch: a check-in a few months after a rejection, the door still open. */
import type { Sentence } from '../drafts/render';
import { letterIn } from './letters';
import type { OtherLetters } from './types';

const SUBJECT: Record<keyof OtherLetters, Sentence> = { de: 'Kurze Rückmeldung', fr: 'Quelques nouvelles', es: 'Retomando el contacto', pt: 'Retomando o contato', it: 'Un saluto e un aggiornamento', nl: 'Even bijpraten' };
const SINCE: Record<keyof OtherLetters, string> = {
  de: '[[Projekte oder Erfahrungen seitdem]]',
  fr: '[[projets ou expériences depuis]]',
  es: '[[proyectos o experiencia desde entonces]]',
  pt: '[[projetos ou experiências desde então]]',
  it: '[[progetti o esperienze da allora]]',
  nl: '[[projecten of ervaring sindsdien]]',
};

export const KEEP_DOOR_OPEN_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', SUBJECT.de, [
        ['seit unserem Gespräch über {position} ist etwas Zeit vergangen, und ich hoffe, Ihnen und dem Team geht es gut.', `Ich habe mich in der Zwischenzeit mit Folgendem beschäftigt: ${SINCE.de}.`],
        ['Ich wäre nach wie vor sehr gern Teil Ihres Teams: Wenn sich eine andere Stelle ergibt oder sich Ihr Bedarf ändert, würde ich mich über eine Nachricht freuen.'],
      ]),
      concise: letterIn('de', 'concise', SUBJECT.de, [
        ['einige Monate nach unserem Gespräch über {position} melde ich mich kurz.', 'Sollte sich eine andere Stelle ergeben, wäre ich weiterhin sehr gern in Ihrem Team.', 'Ich würde mich freuen, in Kontakt zu bleiben.'],
      ]),
      formal: letterIn('de', 'formal', SUBJECT.de, [
        [
          'seit unserem Gespräch über {position} sind einige Monate vergangen, und ich möchte Ihnen mein fortbestehendes Interesse an einer Mitarbeit in Ihrem Team mitteilen.',
          `In der Zwischenzeit habe ich mich mit Folgendem befasst: ${SINCE.de}.`,
        ],
        ['Sollte künftig eine passende Position frei werden, würde ich mich freuen, berücksichtigt zu werden.'],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', SUBJECT.fr, [
        ['Cela fait un moment que nous avons échangé sur {position}, et j’espère que tout va bien pour vous et pour l’équipe.', `Depuis, j’ai travaillé sur ceci : ${SINCE.fr}.`],
        ['Rejoindre votre équipe me tient toujours à cœur : si un autre poste s’ouvre, ou si vos besoins évoluent, j’aimerais beaucoup que vous pensiez à moi.'],
      ]),
      concise: letterIn('fr', 'concise', SUBJECT.fr, [
        ['Je reviens vers vous quelques mois après notre échange sur {position}.', 'Si un autre poste s’ouvre, j’aimerais toujours rejoindre votre équipe.', 'Ce serait un plaisir de rester en contact.'],
      ]),
      formal: letterIn('fr', 'formal', SUBJECT.fr, [
        [
          'Quelques mois se sont écoulés depuis notre échange sur {position}, et je souhaitais vous renouveler mon intérêt pour votre équipe.',
          `Depuis, j’ai travaillé sur ceci : ${SINCE.fr}.`,
        ],
        ['Si un poste correspondant à mon profil venait à se libérer, j’aurais plaisir à ce que ma candidature soit examinée.'],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', SUBJECT.es, [
        ['Ha pasado un tiempo desde que hablamos sobre {position}, y espero que a ti y al equipo os vaya muy bien.', `Desde entonces he estado con esto: ${SINCE.es}.`],
        ['Me sigue encantando la idea de unirme a tu equipo: si se abre otro puesto o cambian vuestras necesidades, me encantaría que contarais conmigo.'],
      ]),
      concise: letterIn('es', 'concise', SUBJECT.es, [
        ['Le escribo unos meses después de nuestra conversación sobre {position}.', 'Si se abre otro puesto, me seguiría encantando unirme a su equipo.', 'Me gustaría que siguiéramos en contacto.'],
      ]),
      formal: letterIn('es', 'formal', SUBJECT.es, [
        [
          'Han pasado unos meses desde que hablamos sobre {position}, y quería reiterarle mi interés por incorporarme a su equipo.',
          `Desde entonces he estado trabajando en lo siguiente: ${SINCE.es}.`,
        ],
        ['Si en el futuro quedara libre un puesto adecuado, me gustaría que tuvieran en cuenta mi candidatura.'],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', SUBJECT.pt, [
        ['Já faz um tempo desde que conversamos sobre {position}, e espero que esteja tudo bem com você e com o time.', `Desde então, tenho me dedicado a isto: ${SINCE.pt}.`],
        ['Continuo querendo muito fazer parte do seu time: se surgir outra vaga, ou se as necessidades de vocês mudarem, adoraria que vocês se lembrassem de mim.'],
      ]),
      concise: letterIn('pt', 'concise', SUBJECT.pt, [
        ['Escrevo alguns meses depois da nossa conversa sobre {position}.', 'Se surgir outra vaga, eu ainda adoraria entrar para o seu time.', 'Seria ótimo manter contato.'],
      ]),
      formal: letterIn('pt', 'formal', SUBJECT.pt, [
        [
          'Já se passaram alguns meses desde a nossa conversa sobre {position}, e gostaria de renovar o meu interesse em integrar a sua equipe.',
          `Desde então, tenho me dedicado a isto: ${SINCE.pt}.`,
        ],
        ['Caso surja uma posição adequada no futuro, terei satisfação em participar do processo.'],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', SUBJECT.it, [
        ['È passato un po’ di tempo da quando abbiamo parlato di {position}, e spero che Lei e il team stiate bene.', `Nel frattempo ho lavorato a questo: ${SINCE.it}.`],
        ['Entrare nel Suo team mi sta ancora molto a cuore: se dovesse aprirsi un’altra posizione, o le vostre esigenze cambiassero, mi farebbe piacere ricevere un Suo messaggio.'],
      ]),
      concise: letterIn('it', 'concise', SUBJECT.it, [
        ['Le scrivo qualche mese dopo il nostro colloquio per {position}.', 'Se dovesse aprirsi un’altra posizione, mi piacerebbe ancora entrare nel Suo team.', 'Mi farebbe piacere restare in contatto.'],
      ]),
      formal: letterIn('it', 'formal', SUBJECT.it, [
        [
          'Sono passati alcuni mesi dal nostro colloquio per {position}, e desidero rinnovarLe il mio interesse a entrare nel Suo team.',
          `Nel frattempo ho lavorato a questo: ${SINCE.it}.`,
        ],
        ['Qualora si rendesse disponibile una posizione adatta, sarebbe un piacere poter partecipare alla selezione.'],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', SUBJECT.nl, [
        ['Het is alweer even geleden dat we spraken over {position}, en ik hoop dat het goed gaat met jou en het team.', `Sindsdien ben ik bezig geweest met: ${SINCE.nl}.`],
        ['Ik kom nog steeds heel graag bij jullie team: als er een andere functie vrijkomt, of jullie behoeften veranderen, hoor ik het graag.'],
      ]),
      concise: letterIn('nl', 'concise', SUBJECT.nl, [
        ['Ik meld me een paar maanden na ons gesprek over {position}.', 'Als er een andere functie vrijkomt, kom ik nog steeds graag bij uw team.', 'Ik houd graag contact.'],
      ]),
      formal: letterIn('nl', 'formal', SUBJECT.nl, [
        [
          'Het is enkele maanden geleden dat wij spraken over {position}, en graag laat ik u weten dat mijn interesse in uw team onverminderd is.',
          `Sindsdien heb ik mij beziggehouden met: ${SINCE.nl}.`,
        ],
        ['Mocht er in de toekomst een passende functie vrijkomen, dan kom ik daar graag voor in aanmerking.'],
      ]),
    },
  },
};
