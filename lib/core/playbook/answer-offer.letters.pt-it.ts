/** answer-offer in Portuguese and Italian (German, French and Spanish: answer-offer.letters.ts, which uses these). */
import type { Sentence } from '../drafts/render';
import type { OfferAnswer } from '../drafts/types';
import { letterIn } from './letters';
import type { ToneTemplates } from './types';

const SUBJECT: Record<'pt' | 'it', Sentence> = {
  pt: ['Sua proposta: {role}', 'Sua proposta'],
  it: ['La Sua offerta: {role}', 'La Sua offerta'],
};
const POINTS: Record<'pt' | 'it', string> = { pt: '[[os pontos a conversar]]', it: '[[i punti da discutere]]' };

export const ANSWER_OFFER_PT: Record<OfferAnswer, ToneTemplates> = {
  'ask-time': {
    warm: letterIn('pt', 'warm', SUBJECT.pt, [
      [
        'Agradeço muito pela proposta para {position}; que notícia boa!',
        ['Gostaria de um pouco de tempo para pensar com calma, e dou a minha resposta até {deadline}.', 'Posso ter alguns dias para pensar com calma antes de dar a minha resposta?'],
      ],
      ['Agradeço mais uma vez; a chance de fazer parte do seu time me empolga muito.'],
    ]),
    concise: letterIn('pt', 'concise', SUBJECT.pt, [
      ['Agradeço pela proposta para {position}; é uma ótima notícia.', ['Dou a minha resposta até {deadline}.', 'Posso ter alguns dias para pensar antes de responder?']],
    ]),
    formal: letterIn('pt', 'formal', SUBJECT.pt, [
      [
        'Agradeço pela proposta para {position}, que recebi com grande satisfação.',
        ['Gostaria de analisá-la com atenção e darei a minha resposta até {deadline}.', 'Agradeceria alguns dias para analisá-la com atenção antes de dar a minha resposta.'],
      ],
      ['Agradeço mais uma vez pela confiança.'],
    ]),
  },
  accept: {
    warm: letterIn('pt', 'warm', SUBJECT.pt, [
      [
        'Agradeço muito pela proposta para {position}; aceito com muita alegria!',
        'Me conte quais são os próximos passos e o que você precisa de mim.',
        'Mal posso esperar para começar a trabalhar com você e com o time.',
      ],
    ]),
    concise: letterIn('pt', 'concise', SUBJECT.pt, [['Agradeço pela proposta para {position}; aceito com prazer.', 'Por favor, me informe os próximos passos.']]),
    formal: letterIn('pt', 'formal', SUBJECT.pt, [
      ['Agradeço pela proposta para {position}, que tenho o prazer de aceitar.', 'Peço a gentileza de me informar os próximos passos e os documentos necessários.'],
      ['Será uma satisfação integrar a sua equipe.'],
    ]),
  },
  discuss: {
    warm: letterIn('pt', 'warm', SUBJECT.pt, [
      [
        'Agradeço muito pela proposta para {position}; ela me empolga muito.',
        `Antes de aceitar, gostaria de conversar sobre ${POINTS.pt}.`,
        ['Podemos marcar uma conversa antes de {deadline}?', 'Podemos marcar uma conversa esta semana?'],
      ],
    ]),
    concise: letterIn('pt', 'concise', SUBJECT.pt, [
      ['Agradeço pela proposta para {position}.', `Antes de aceitar, gostaria de tratar de ${POINTS.pt}.`, ['Podemos conversar antes de {deadline}?', 'Podemos conversar esta semana?']],
    ]),
    formal: letterIn('pt', 'formal', SUBJECT.pt, [
      [
        'Agradeço pela proposta para {position}, que recebi com grande satisfação.',
        `Antes de aceitá-la, gostaria de conversar sobre ${POINTS.pt}.`,
        ['Você teria disponibilidade para conversarmos antes de {deadline}?', 'Você teria disponibilidade para conversarmos nos próximos dias?'],
      ],
    ]),
  },
};

export const ANSWER_OFFER_IT: Record<OfferAnswer, ToneTemplates> = {
  'ask-time': {
    warm: letterIn('it', 'warm', SUBJECT.it, [
      [
        'Grazie mille per l’offerta per {position}; è una notizia bellissima.',
        ['Vorrei prendermi un po’ di tempo per pensarci con calma, e Le darò una risposta entro {deadline}.', 'Potrei prendermi qualche giorno per pensarci con calma prima di risponderLe?'],
      ],
      ['Grazie ancora; la prospettiva di entrare nel Suo team mi entusiasma davvero.'],
    ]),
    concise: letterIn('it', 'concise', SUBJECT.it, [
      ['Grazie per l’offerta per {position}; è un’ottima notizia.', ['Le darò una risposta entro {deadline}.', 'Potrei avere qualche giorno per pensarci prima di risponderLe?']],
    ]),
    formal: letterIn('it', 'formal', SUBJECT.it, [
      [
        'La ringrazio per l’offerta per {position}, che ho ricevuto con grande piacere.',
        ['Desidero valutarla con attenzione e Le darò una risposta entro {deadline}.', 'Le chiederei qualche giorno per valutarla con attenzione prima di darLe una risposta.'],
      ],
      ['La ringrazio ancora per la fiducia.'],
    ]),
  },
  accept: {
    warm: letterIn('it', 'warm', SUBJECT.it, [
      [
        'Grazie mille per l’offerta per {position}; la accetto con grande gioia!',
        'Mi faccia sapere quali sono i prossimi passi e di cosa ha bisogno da parte mia.',
        'Non vedo l’ora di iniziare a lavorare con Lei e con il team.',
      ],
    ]),
    concise: letterIn('it', 'concise', SUBJECT.it, [['Grazie per l’offerta per {position}; la accetto con piacere.', 'Mi faccia sapere i prossimi passi.']]),
    formal: letterIn('it', 'formal', SUBJECT.it, [
      ['La ringrazio per l’offerta per {position}, che ho il piacere di accettare.', 'La prego di indicarmi i prossimi passi e i documenti necessari.'],
      ['Sarà un piacere entrare a far parte del Suo team.'],
    ]),
  },
  discuss: {
    warm: letterIn('it', 'warm', SUBJECT.it, [
      [
        'Grazie mille per l’offerta per {position}; mi entusiasma davvero.',
        `Prima di accettare, vorrei parlare con Lei di ${POINTS.it}.`,
        ['Potremmo sentirci prima di {deadline}?', 'Potremmo sentirci questa settimana?'],
      ],
    ]),
    concise: letterIn('it', 'concise', SUBJECT.it, [
      ['Grazie per l’offerta per {position}.', `Prima di accettare, vorrei discutere ${POINTS.it}.`, ['Possiamo sentirci prima di {deadline}?', 'Possiamo sentirci questa settimana?']],
    ]),
    formal: letterIn('it', 'formal', SUBJECT.it, [
      [
        'La ringrazio per l’offerta per {position}, che ho ricevuto con grande piacere.',
        `Prima di accettarla, desidererei confrontarmi con Lei su ${POINTS.it}.`,
        ['Avrebbe tempo per un colloquio prima di {deadline}?', 'Avrebbe tempo per un colloquio nei prossimi giorni?'],
      ],
    ]),
  },
};
