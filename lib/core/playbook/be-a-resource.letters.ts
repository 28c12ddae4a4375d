/** be-a-resource in German, French, Spanish, Portuguese, Italian and Dutch: the information or introduction promised, after a rejection (002). */
import { letterIn } from './letters';
import type { OtherLetters } from './types';

const SUBJECT = { de: 'Wie versprochen', fr: 'Comme promis', es: 'Lo prometido', pt: 'Conforme combinado', it: 'Come promesso', nl: 'Zoals beloofd' } as const;
const BLANK = { de: '[[der Artikel oder die Information]]', fr: '[[l’article ou l’information trouvée]]', es: '[[el artículo o la información]]', pt: '[[o artigo ou a informação]]', it: '[[l’articolo o l’informazione]]', nl: '[[het artikel of de informatie]]' } as const;

export const BE_A_RESOURCE_LETTERS: OtherLetters = {
  de: {
    tones: {
      warm: letterIn('de', 'warm', SUBJECT.de, [
        [
          'in unserem Gespräch haben Sie {topic} erwähnt, und ich hatte versprochen, mich darum zu kümmern.',
          ['Das hier könnte Ihnen helfen: {resource}.', `?!intro Das hier könnte Ihnen helfen: ${BLANK.de}.`],
          ['?resource Gern stelle ich Ihnen auch den Kontakt zu {intro} her; sagen Sie einfach Bescheid.', 'Gern stelle ich Ihnen den Kontakt zu {intro} her; sagen Sie einfach Bescheid.'],
        ],
        ['Nochmals danke für Ihre Zeit; ich würde mich freuen, in Kontakt zu bleiben.'],
      ]),
      concise: letterIn('de', 'concise', SUBJECT.de, [
        [
          'ich komme auf unser Gespräch über {topic} zurück.',
          ['Das könnte hilfreich sein: {resource}.', `?!intro Das könnte hilfreich sein: ${BLANK.de}.`],
          ['?resource Gern stelle ich auch den Kontakt zu {intro} her, falls das nützt.', 'Gern stelle ich den Kontakt zu {intro} her, falls das nützt.'],
        ],
        ['Nochmals danke für Ihre Zeit.'],
      ]),
      formal: letterIn('de', 'formal', SUBJECT.de, [
        [
          ['wie in unserem Gespräch über {topic} angekündigt, sende ich Ihnen gern die erwähnte Information.', 'wie in unserem Gespräch angekündigt, sende ich Ihnen gern die erwähnte Information.'],
          ['Vielleicht ist dies für Sie nützlich: {resource}.', `?!intro Vielleicht ist dies für Sie nützlich: ${BLANK.de}.`],
          ['?resource Gern stelle ich Ihnen auch den Kontakt zu {intro} her, sofern das hilfreich ist.', 'Gern stelle ich Ihnen den Kontakt zu {intro} her, sofern das hilfreich ist.'],
        ],
        ['Nochmals vielen Dank für Ihre Zeit; ich würde mich freuen, mit Ihnen in Kontakt zu bleiben.'],
      ]),
    },
  },
  fr: {
    tones: {
      warm: letterIn('fr', 'warm', SUBJECT.fr, [
        [
          'Lors de notre échange, vous aviez évoqué {topic}, et je vous avais dit que je me renseignerais.',
          ['Voici quelque chose qui pourrait vous aider : {resource}.', `?!intro Voici quelque chose qui pourrait vous aider : ${BLANK.fr}.`],
          ['?resource Je peux aussi vous mettre en relation avec {intro} ; il suffit de me le dire.', 'Je peux vous mettre en relation avec {intro} ; il suffit de me le dire.'],
        ],
        ['Merci encore pour votre temps, et j’espère que nous resterons en contact.'],
      ]),
      concise: letterIn('fr', 'concise', SUBJECT.fr, [
        [
          'Je reviens vers vous suite à notre échange sur {topic}.',
          ['Ceci pourrait vous être utile : {resource}.', `?!intro Ceci pourrait vous être utile : ${BLANK.fr}.`],
          ['?resource Je peux aussi vous présenter {intro} si cela vous intéresse.', 'Je peux vous présenter {intro} si cela vous intéresse.'],
        ],
        ['Merci encore pour votre temps.'],
      ]),
      formal: letterIn('fr', 'formal', SUBJECT.fr, [
        [
          ['Suite à notre échange sur {topic}, je me permets de vous transmettre l’information évoquée.', 'Suite à notre échange, je me permets de vous transmettre l’information évoquée.'],
          ['Ceci pourrait vous être utile : {resource}.', `?!intro Ceci pourrait vous être utile : ${BLANK.fr}.`],
          ['?resource Je serais également en mesure de vous mettre en relation avec {intro}, si cela peut vous être utile.', 'Je serais en mesure de vous mettre en relation avec {intro}, si cela peut vous être utile.'],
        ],
        ['Je vous remercie encore pour votre temps, et j’espère que nous resterons en contact.'],
      ]),
    },
  },
  es: {
    tones: {
      warm: letterIn('es', 'warm', SUBJECT.es, [
        [
          'Cuando hablamos, mencionaste {topic}, y te dije que lo miraría.',
          ['Aquí tienes algo que te puede servir: {resource}.', `?!intro Aquí tienes algo que te puede servir: ${BLANK.es}.`],
          ['?resource También te puedo poner en contacto con {intro}; solo tienes que decírmelo.', 'Te puedo poner en contacto con {intro}; solo tienes que decírmelo.'],
        ],
        ['Gracias de nuevo por tu tiempo; ojalá sigamos en contacto.'],
      ]),
      concise: letterIn('es', 'concise', SUBJECT.es, [
        [
          'Retomo nuestra conversación sobre {topic}.',
          ['Esto le puede resultar útil: {resource}.', `?!intro Esto le puede resultar útil: ${BLANK.es}.`],
          ['?resource También puedo ponerle en contacto con {intro} si le resulta útil.', 'Puedo ponerle en contacto con {intro} si le resulta útil.'],
        ],
        ['Gracias de nuevo por su tiempo.'],
      ]),
      formal: letterIn('es', 'formal', SUBJECT.es, [
        [
          ['Tras nuestra conversación sobre {topic}, le hago llegar la información que le comenté.', 'Tras nuestra conversación, le hago llegar la información que le comenté.'],
          ['Quizá le resulte de utilidad: {resource}.', `?!intro Quizá le resulte de utilidad: ${BLANK.es}.`],
          ['?resource También tendría mucho gusto en ponerle en contacto con {intro}, si le resulta útil.', 'Tendría mucho gusto en ponerle en contacto con {intro}, si le resulta útil.'],
        ],
        ['Muchas gracias de nuevo por su tiempo; espero que sigamos en contacto.'],
      ]),
    },
  },
  pt: {
    tones: {
      warm: letterIn('pt', 'warm', SUBJECT.pt, [
        [
          'Quando conversamos, você mencionou {topic}, e eu disse que ia pesquisar.',
          ['Aqui está algo que pode ajudar: {resource}.', `?!intro Aqui está algo que pode ajudar: ${BLANK.pt}.`],
          ['?resource Também posso te apresentar {intro}; é só me dizer.', 'Posso te apresentar {intro}; é só me dizer.'],
        ],
        ['Agradeço mais uma vez pelo seu tempo, e espero que possamos manter contato.'],
      ]),
      concise: letterIn('pt', 'concise', SUBJECT.pt, [
        [
          'Retomando a nossa conversa sobre {topic}.',
          ['Isto pode ser útil: {resource}.', `?!intro Isto pode ser útil: ${BLANK.pt}.`],
          ['?resource Também posso apresentar {intro}, se for útil.', 'Posso apresentar {intro}, se for útil.'],
        ],
        ['Agradeço mais uma vez pelo seu tempo.'],
      ]),
      formal: letterIn('pt', 'formal', SUBJECT.pt, [
        [
          ['Após a nossa conversa sobre {topic}, envio a informação que mencionei.', 'Após a nossa conversa, envio a informação que mencionei.'],
          ['Talvez isto seja útil: {resource}.', `?!intro Talvez isto seja útil: ${BLANK.pt}.`],
          ['?resource Terei prazer também em apresentar {intro}, caso seja útil.', 'Terei prazer em apresentar {intro}, caso seja útil.'],
        ],
        ['Agradeço mais uma vez pelo seu tempo, e espero que possamos manter contato.'],
      ]),
    },
  },
  it: {
    tones: {
      warm: letterIn('it', 'warm', SUBJECT.it, [
        [
          'Quando ci siamo sentiti, Lei aveva accennato a {topic}, e Le avevo promesso di approfondire.',
          ['Ecco qualcosa che potrebbe esserLe utile: {resource}.', `?!intro Ecco qualcosa che potrebbe esserLe utile: ${BLANK.it}.`],
          ['?resource Posso anche metterLa in contatto con {intro}; basta che me lo dica.', 'Posso metterLa in contatto con {intro}; basta che me lo dica.'],
        ],
        ['Grazie ancora per il Suo tempo; spero di restare in contatto.'],
      ]),
      concise: letterIn('it', 'concise', SUBJECT.it, [
        [
          'Riprendo il nostro scambio su {topic}.',
          ['Questo potrebbe esserLe utile: {resource}.', `?!intro Questo potrebbe esserLe utile: ${BLANK.it}.`],
          ['?resource Posso anche presentarLe {intro}, se Le è utile.', 'Posso presentarLe {intro}, se Le è utile.'],
        ],
        ['Grazie ancora per il Suo tempo.'],
      ]),
      formal: letterIn('it', 'formal', SUBJECT.it, [
        [
          ['Facendo seguito al nostro scambio su {topic}, Le invio l’informazione di cui Le avevo parlato.', 'Facendo seguito al nostro colloquio, Le invio l’informazione di cui Le avevo parlato.'],
          ['Potrebbe esserLe utile: {resource}.', `?!intro Potrebbe esserLe utile: ${BLANK.it}.`],
          ['?resource Mi farebbe inoltre piacere metterLa in contatto con {intro}, se può esserLe utile.', 'Mi farebbe piacere metterLa in contatto con {intro}, se può esserLe utile.'],
        ],
        ['La ringrazio ancora per il Suo tempo, e spero di restare in contatto.'],
      ]),
    },
  },
  nl: {
    tones: {
      warm: letterIn('nl', 'warm', SUBJECT.nl, [
        [
          'Toen we spraken, noemde je {topic}, en ik had beloofd dat ik het zou uitzoeken.',
          ['Hier is iets dat je kan helpen: {resource}.', `?!intro Hier is iets dat je kan helpen: ${BLANK.nl}.`],
          ['?resource Ik breng je ook graag in contact met {intro}; laat het maar weten.', 'Ik breng je graag in contact met {intro}; laat het maar weten.'],
        ],
        ['Nogmaals bedankt voor je tijd, en ik hoop dat we contact houden.'],
      ]),
      concise: letterIn('nl', 'concise', SUBJECT.nl, [
        [
          'Ik kom terug op ons gesprek over {topic}.',
          ['Dit kan nuttig zijn: {resource}.', `?!intro Dit kan nuttig zijn: ${BLANK.nl}.`],
          ['?resource Ik stel u ook graag voor aan {intro}, als dat helpt.', 'Ik stel u graag voor aan {intro}, als dat helpt.'],
        ],
        ['Nogmaals dank voor uw tijd.'],
      ]),
      formal: letterIn('nl', 'formal', SUBJECT.nl, [
        [
          ['Naar aanleiding van ons gesprek over {topic} stuur ik u graag de informatie die ik noemde.', 'Naar aanleiding van ons gesprek stuur ik u graag de informatie die ik noemde.'],
          ['Wellicht is dit nuttig voor u: {resource}.', `?!intro Wellicht is dit nuttig voor u: ${BLANK.nl}.`],
          ['?resource Ook breng ik u graag in contact met {intro}, als dat van pas komt.', 'Ik breng u graag in contact met {intro}, als dat van pas komt.'],
        ],
        ['Nogmaals dank voor uw tijd, en ik hoop dat we contact houden.'],
      ]),
    },
  },
};
