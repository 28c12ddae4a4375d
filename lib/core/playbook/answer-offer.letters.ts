/** answer-offer in German, French, Spanish, Portuguese, Italian and Dutch (the last three in answer-offer.letters.more.ts): ask for time (the default), accept, or discuss the terms. */
import type { OfferAnswer } from '../drafts/types';
import type { Sentence } from '../drafts/render';
import { ANSWER_OFFER_IT, ANSWER_OFFER_NL, ANSWER_OFFER_PT } from './answer-offer.letters.more';
import { letterIn } from './letters';
import type { LangLetters, OtherLetters, ToneTemplates } from './types';

type Lang = 'de' | 'fr' | 'es';

const SUBJECT: Record<Lang, Sentence> = {
  de: ['Ihr Angebot: {role}', 'Ihr Angebot'],
  fr: ['Votre proposition : {role}', 'Votre proposition'],
  es: ['Su oferta: {role}', 'Su oferta'],
};
const POINTS: Record<Lang, string> = {
  de: '[[die zu besprechenden Punkte]]',
  fr: '[[les points à aborder]]',
  es: '[[los puntos a tratar]]',
};

const DE: Record<OfferAnswer, ToneTemplates> = {
  'ask-time': {
    warm: letterIn('de', 'warm', SUBJECT.de, [
      [
        'vielen herzlichen Dank für das Angebot für {position}; ich freue mich riesig.',
        ['Ich möchte es mir in Ruhe überlegen und melde mich bis {deadline} mit meiner Antwort.', 'Darf ich mir ein paar Tage Zeit nehmen, um es in Ruhe zu überlegen, bevor ich Ihnen antworte?'],
      ],
      ['Nochmals vielen Dank; die Aussicht, Teil Ihres Teams zu werden, begeistert mich sehr.'],
    ]),
    concise: letterIn('de', 'concise', SUBJECT.de, [
      ['vielen Dank für das Angebot für {position}; ich freue mich sehr.', ['Ich melde mich bis {deadline} mit meiner Antwort.', 'Darf ich mir ein paar Tage Bedenkzeit nehmen, bevor ich antworte?']],
    ]),
    formal: letterIn('de', 'formal', SUBJECT.de, [
      [
        'haben Sie vielen Dank für Ihr Angebot für {position}, über das ich mich sehr freue.',
        ['Ich möchte es sorgfältig prüfen und werde Ihnen bis {deadline} meine Antwort geben.', 'Für einige Tage Bedenkzeit, bevor ich Ihnen antworte, wäre ich Ihnen dankbar.'],
      ],
      ['Nochmals vielen Dank für Ihr Vertrauen.'],
    ]),
  },
  accept: {
    warm: letterIn('de', 'warm', SUBJECT.de, [
      [
        'vielen herzlichen Dank für das Angebot für {position}; ich nehme es sehr gern an!',
        'Sagen Sie mir gern, wie es weitergeht und was Sie noch von mir brauchen.',
        'Ich freue mich sehr darauf, mit Ihnen und dem Team zu arbeiten.',
      ],
    ]),
    concise: letterIn('de', 'concise', SUBJECT.de, [['vielen Dank für das Angebot für {position}; ich nehme es gern an.', 'Bitte sagen Sie mir, wie es weitergeht.']]),
    formal: letterIn('de', 'formal', SUBJECT.de, [
      ['haben Sie vielen Dank für Ihr Angebot für {position}, das ich gern annehme.', 'Bitte teilen Sie mir die nächsten Schritte mit und welche Unterlagen Sie von mir benötigen.'],
      ['Ich freue mich darauf, Ihr Team zu verstärken.'],
    ]),
  },
  discuss: {
    warm: letterIn('de', 'warm', SUBJECT.de, [
      [
        'vielen herzlichen Dank für das Angebot für {position}; ich freue mich wirklich sehr darüber.',
        `Bevor ich zusage, würde ich gern noch über Folgendes sprechen: ${POINTS.de}.`,
        ['Könnten wir vor {deadline} kurz telefonieren?', 'Könnten wir diese Woche kurz telefonieren?'],
      ],
    ]),
    concise: letterIn('de', 'concise', SUBJECT.de, [
      ['vielen Dank für das Angebot für {position}.', `Vor meiner Zusage möchte ich gern Folgendes besprechen: ${POINTS.de}.`, ['Können wir vor {deadline} sprechen?', 'Können wir diese Woche sprechen?']],
    ]),
    formal: letterIn('de', 'formal', SUBJECT.de, [
      [
        'haben Sie vielen Dank für Ihr Angebot für {position}, über das ich mich sehr freue.',
        `Bevor ich zusage, würde ich gern noch folgende Punkte mit Ihnen besprechen: ${POINTS.de}.`,
        ['Hätten Sie vor {deadline} Zeit für ein Gespräch?', 'Hätten Sie in den nächsten Tagen Zeit für ein Gespräch?'],
      ],
    ]),
  },
};

const FR: Record<OfferAnswer, ToneTemplates> = {
  'ask-time': {
    warm: letterIn('fr', 'warm', SUBJECT.fr, [
      [
        'Merci beaucoup pour votre proposition pour {position} ; c’est une très belle nouvelle.',
        ['J’aimerais prendre un peu de temps pour y réfléchir sereinement, et je vous donnerai ma réponse d’ici le {deadline}.', 'Puis-je prendre quelques jours pour y réfléchir sereinement avant de vous répondre ?'],
      ],
      ['Merci encore ; la perspective de rejoindre votre équipe m’enthousiasme vraiment.'],
    ]),
    concise: letterIn('fr', 'concise', SUBJECT.fr, [
      ['Merci pour votre proposition pour {position} ; c’est une excellente nouvelle.', ['Je vous donnerai ma réponse d’ici le {deadline}.', 'Puis-je disposer de quelques jours de réflexion avant de vous répondre ?']],
    ]),
    formal: letterIn('fr', 'formal', SUBJECT.fr, [
      [
        'Je vous remercie pour votre proposition pour {position}, que j’ai reçue avec grand plaisir.',
        ['Je souhaite prendre le temps de l’étudier attentivement et vous ferai part de ma réponse d’ici le {deadline}.', 'Je souhaiterais disposer de quelques jours de réflexion avant de vous donner ma réponse.'],
      ],
      ['Je vous remercie encore pour votre confiance.'],
    ]),
  },
  accept: {
    warm: letterIn('fr', 'warm', SUBJECT.fr, [
      [
        'Merci beaucoup pour votre proposition pour {position} ; c’est avec une grande joie que je l’accepte !',
        'N’hésitez pas à me dire quelles sont les prochaines étapes et ce dont vous avez besoin de ma part.',
        'J’ai hâte de commencer à travailler avec vous et avec l’équipe.',
      ],
    ]),
    concise: letterIn('fr', 'concise', SUBJECT.fr, [['Merci pour votre proposition pour {position}, que j’accepte avec plaisir.', 'Merci de m’indiquer les prochaines étapes.']]),
    formal: letterIn('fr', 'formal', SUBJECT.fr, [
      ['Je vous remercie pour votre proposition pour {position}, que j’ai le plaisir d’accepter.', 'Je vous remercie de m’indiquer les prochaines étapes ainsi que les documents dont vous avez besoin.'],
      ['Au plaisir de rejoindre votre équipe.'],
    ]),
  },
  discuss: {
    warm: letterIn('fr', 'warm', SUBJECT.fr, [
      [
        'Merci beaucoup pour votre proposition pour {position} ; elle m’enthousiasme vraiment.',
        `Avant de l’accepter, j’aimerais échanger avec vous sur ${POINTS.fr}.`,
        ['Pourrions-nous trouver un moment pour en parler avant le {deadline} ?', 'Pourrions-nous trouver un moment pour en parler cette semaine ?'],
      ],
    ]),
    concise: letterIn('fr', 'concise', SUBJECT.fr, [
      ['Merci pour votre proposition pour {position}.', `Avant de l’accepter, j’aimerais aborder ${POINTS.fr}.`, ['Pourrions-nous en parler avant le {deadline} ?', 'Pourrions-nous en parler cette semaine ?']],
    ]),
    formal: letterIn('fr', 'formal', SUBJECT.fr, [
      [
        'Je vous remercie pour votre proposition pour {position}, que j’ai reçue avec grand plaisir.',
        `Avant de l’accepter, je souhaiterais m’entretenir avec vous sur ${POINTS.fr}.`,
        ['Seriez-vous disponible pour en parler avant le {deadline} ?', 'Seriez-vous disponible pour en parler dans les prochains jours ?'],
      ],
    ]),
  },
};

const ES: Record<OfferAnswer, ToneTemplates> = {
  'ask-time': {
    warm: letterIn('es', 'warm', SUBJECT.es, [
      [
        'Muchísimas gracias por la oferta para {position}; ¡qué alegría!',
        ['Me gustaría tomarme un poco de tiempo para pensarlo con calma, y te daré mi respuesta antes del {deadline}.', '¿Podría tomarme unos días para pensarlo con calma antes de darte mi respuesta?'],
      ],
      ['Gracias de nuevo; me ilusiona mucho la posibilidad de unirme a tu equipo.'],
    ]),
    concise: letterIn('es', 'concise', SUBJECT.es, [
      ['Gracias por la oferta para {position}; es una gran noticia.', ['Le daré mi respuesta antes del {deadline}.', '¿Podría tomarme unos días para pensarlo antes de responder?']],
    ]),
    formal: letterIn('es', 'formal', SUBJECT.es, [
      [
        'Le agradezco su oferta para {position}, que he recibido con gran satisfacción.',
        ['Me gustaría estudiarla con detenimiento y le daré mi respuesta antes del {deadline}.', 'Le agradecería que me concediera unos días para estudiarla con detenimiento antes de darle mi respuesta.'],
      ],
      ['Muchas gracias de nuevo por su confianza.'],
    ]),
  },
  accept: {
    warm: letterIn('es', 'warm', SUBJECT.es, [
      [
        'Muchísimas gracias por la oferta para {position}; ¡la acepto con muchísima ilusión!',
        'Cuéntame los próximos pasos y qué necesitas de mí.',
        'Tengo muchas ganas de empezar a trabajar contigo y con el equipo.',
      ],
    ]),
    concise: letterIn('es', 'concise', SUBJECT.es, [['Gracias por la oferta para {position}; la acepto con mucho gusto.', 'Le ruego que me indique los próximos pasos.']]),
    formal: letterIn('es', 'formal', SUBJECT.es, [
      ['Le agradezco su oferta para {position}, que tengo el placer de aceptar.', 'Le ruego que me indique los próximos pasos y la documentación que necesite.'],
      ['Será un placer incorporarme a su equipo.'],
    ]),
  },
  discuss: {
    warm: letterIn('es', 'warm', SUBJECT.es, [
      [
        'Muchísimas gracias por la oferta para {position}; me hace muchísima ilusión.',
        `Antes de aceptarla, me gustaría hablar contigo sobre ${POINTS.es}.`,
        ['¿Podríamos buscar un momento para hablarlo antes del {deadline}?', '¿Podríamos buscar un momento para hablarlo esta semana?'],
      ],
    ]),
    concise: letterIn('es', 'concise', SUBJECT.es, [
      ['Gracias por la oferta para {position}.', `Antes de aceptarla, me gustaría tratar ${POINTS.es}.`, ['¿Podríamos hablar antes del {deadline}?', '¿Podríamos hablar esta semana?']],
    ]),
    formal: letterIn('es', 'formal', SUBJECT.es, [
      [
        'Le agradezco su oferta para {position}, que he recibido con gran satisfacción.',
        `Antes de aceptarla, me gustaría comentar con usted ${POINTS.es}.`,
        ['¿Tendría disponibilidad para hablar antes del {deadline}?', '¿Tendría disponibilidad para hablar en los próximos días?'],
      ],
    ]),
  },
};

const of = (byAnswer: Record<OfferAnswer, ToneTemplates>): LangLetters => ({ tones: byAnswer['ask-time'], byAnswer });

export const ANSWER_OFFER_LETTERS: OtherLetters = { de: of(DE), fr: of(FR), es: of(ES), pt: of(ANSWER_OFFER_PT), it: of(ANSWER_OFFER_IT), nl: of(ANSWER_OFFER_NL) };
