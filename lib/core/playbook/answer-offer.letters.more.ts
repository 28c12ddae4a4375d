/** answer-offer in Portuguese, Italian and Dutch (German, French and Spanish: answer-offer.letters.ts, which uses these). */
import type { Sentence } from '../drafts/render';
import type { OfferAnswer } from '../drafts/types';
import { letterIn } from './letters';
import type { ToneTemplates } from './types';

const SUBJECT: Record<'pt' | 'it' | 'nl', Sentence> = {
  pt: ['Sua proposta: {role}', 'Sua proposta'],
  it: ['La Sua offerta: {role}', 'La Sua offerta'],
  nl: ['Uw aanbod: {role}', 'Uw aanbod'],
};
const POINTS: Record<'pt' | 'it' | 'nl', string> = { pt: '[[os pontos a conversar]]', it: '[[i punti da discutere]]', nl: '[[de punten om te bespreken]]' };

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

export const ANSWER_OFFER_NL: Record<OfferAnswer, ToneTemplates> = {
  'ask-time': {
    warm: letterIn('nl', 'warm', SUBJECT.nl, [
      [
        'Heel erg bedankt voor het aanbod voor {position}; wat een mooi nieuws.',
        ['Ik neem graag even de tijd om er rustig over na te denken, en ik laat je uiterlijk {deadline} weten wat ik besluit.', 'Mag ik een paar dagen nemen om er rustig over na te denken voordat ik je antwoord geef?'],
      ],
      ['Nogmaals bedankt; ik ben echt enthousiast over de kans om bij jullie team te komen.'],
    ]),
    concise: letterIn('nl', 'concise', SUBJECT.nl, [
      ['Dank voor het aanbod voor {position}; dat is goed nieuws.', ['Ik laat u uiterlijk {deadline} mijn besluit weten.', 'Mag ik een paar dagen bedenktijd voordat ik antwoord?']],
    ]),
    formal: letterIn('nl', 'formal', SUBJECT.nl, [
      [
        'Hartelijk dank voor uw aanbod voor {position}, dat ik met veel genoegen heb ontvangen.',
        ['Ik wil het graag zorgvuldig overwegen en laat u uiterlijk {deadline} mijn besluit weten.', 'Graag zou ik enkele dagen bedenktijd krijgen voordat ik u mijn besluit laat weten.'],
      ],
      ['Nogmaals dank voor uw vertrouwen.'],
    ]),
  },
  accept: {
    warm: letterIn('nl', 'warm', SUBJECT.nl, [
      [
        'Heel erg bedankt voor het aanbod voor {position}; ik neem het met veel plezier aan!',
        'Laat me weten wat de volgende stappen zijn en wat je nog van me nodig hebt.',
        'Ik kijk er erg naar uit om met jou en het team te gaan werken.',
      ],
    ]),
    concise: letterIn('nl', 'concise', SUBJECT.nl, [['Dank voor het aanbod voor {position}; ik neem het graag aan.', 'Laat u mij weten wat de volgende stappen zijn?']]),
    formal: letterIn('nl', 'formal', SUBJECT.nl, [
      ['Hartelijk dank voor uw aanbod voor {position}, dat ik graag aanneem.', 'Wilt u mij laten weten wat de volgende stappen zijn en welke documenten u van mij nodig heeft?'],
      ['Ik kijk ernaar uit om deel uit te maken van uw team.'],
    ]),
  },
  discuss: {
    warm: letterIn('nl', 'warm', SUBJECT.nl, [
      [
        'Heel erg bedankt voor het aanbod voor {position}; ik ben er echt blij mee.',
        `Voordat ik het aanneem, wil ik graag nog praten over ${POINTS.nl}.`,
        ['Kunnen we vóór {deadline} even bellen?', 'Kunnen we deze week even bellen?'],
      ],
    ]),
    concise: letterIn('nl', 'concise', SUBJECT.nl, [
      ['Dank voor het aanbod voor {position}.', `Voordat ik het aanneem, bespreek ik graag ${POINTS.nl}.`, ['Kunnen we vóór {deadline} spreken?', 'Kunnen we deze week spreken?']],
    ]),
    formal: letterIn('nl', 'formal', SUBJECT.nl, [
      [
        'Hartelijk dank voor uw aanbod voor {position}, dat ik met veel genoegen heb ontvangen.',
        `Voordat ik het aanneem, bespreek ik graag nog ${POINTS.nl}.`,
        ['Zou u vóór {deadline} tijd hebben voor een gesprek?', 'Zou u de komende dagen tijd hebben voor een gesprek?'],
      ],
    ]),
  },
};
