/**
 * The note above a letter that reaches its reader through someone else ("Hi Priya, could you please pass on my
 * thanks to Ana?"), in the letter's language and register (see playbook/letters.ts for the register chosen).
 */
import type { Person } from '../timeline/types';
import { clean, firstName } from './facts';
import type { LetterLang } from './locale';
import type { Tone } from './types';

type Note = (via: string, to: string) => { greeting: string; ask: string };

const NOTES: Record<LetterLang, { formal: Note; friendly: Note; warmEs?: Note }> = {
  en: {
    formal: (via, to) => ({
      greeting: `Dear ${via},`,
      ask: `I do not have an email address for ${to}. Would you kindly pass on my thanks to ${to}, with the note below?`,
    }),
    friendly: (via, to) => ({
      greeting: `Hi ${via},`,
      ask: `Could you please pass on my thanks to ${to}? I don't have ${to}'s email address, so here is my note:`,
    }),
  },
  de: {
    formal: (via, to) => ({
      greeting: `Guten Tag ${via},`,
      ask: `ich habe leider keine E-Mail-Adresse von ${to}. Wären Sie so freundlich, ${to} meinen Dank mit der folgenden Nachricht weiterzuleiten?`,
    }),
    friendly: (via, to) => ({
      greeting: `Hallo ${via},`,
      ask: `könnten Sie bitte meinen Dank an ${to} weitergeben? Ich habe keine E-Mail-Adresse von ${to}, deshalb hier meine Nachricht:`,
    }),
  },
  fr: {
    formal: (via, to) => ({
      greeting: `Bonjour ${via},`,
      ask: `Je ne dispose pas de l’adresse e-mail de ${to}. Auriez-vous l’amabilité de lui transmettre mes remerciements avec le message ci-dessous ?`,
    }),
    friendly: (via, to) => ({
      greeting: `Bonjour ${via},`,
      ask: `Pourriez-vous transmettre mes remerciements à ${to} ? Je n’ai pas son adresse e-mail, voici donc mon message :`,
    }),
  },
  es: {
    formal: (via, to) => ({
      greeting: `Buenos días, ${via}:`,
      ask: `No tengo la dirección de correo de ${to}. ¿Sería tan amable de hacerle llegar mi agradecimiento con el mensaje que sigue?`,
    }),
    friendly: (via, to) => ({
      greeting: `Hola, ${via}:`,
      ask: `¿Podría hacerle llegar mi agradecimiento a ${to}? No tengo su dirección de correo, así que le dejo aquí mi mensaje:`,
    }),
    warmEs: (via, to) => ({
      greeting: `Hola, ${via}:`,
      ask: `¿Podrías hacerle llegar mi agradecimiento a ${to}? No tengo su dirección de correo, así que te dejo aquí mi mensaje:`,
    }),
  },
  pt: {
    formal: (via, to) => ({
      greeting: `Prezado(a) ${via},`,
      ask: `Não tenho o e-mail de ${to}. Você poderia, por gentileza, encaminhar a ${to} o meu agradecimento, com a mensagem abaixo?`,
    }),
    friendly: (via, to) => ({
      greeting: `Olá, ${via},`,
      ask: `Você poderia passar o meu agradecimento para ${to}? Não tenho o e-mail de ${to}, então segue a minha mensagem:`,
    }),
  },
  it: {
    formal: (via, to) => ({
      greeting: `Gentile ${via},`,
      ask: `Non ho l’indirizzo e-mail di ${to}. Potrebbe cortesemente inoltrare a ${to} il mio ringraziamento, con il messaggio qui sotto?`,
    }),
    friendly: (via, to) => ({
      greeting: `Buongiorno ${via},`,
      ask: `Potrebbe trasmettere il mio ringraziamento a ${to}? Non ho il suo indirizzo e-mail, quindi ecco il mio messaggio:`,
    }),
  },
  nl: {
    formal: (via, to) => ({
      greeting: `Geachte ${via},`,
      ask: `Ik heb geen e-mailadres van ${to}. Zou u zo vriendelijk willen zijn mijn dank met het bericht hieronder aan ${to} door te geven?`,
    }),
    friendly: (via, to) => ({
      greeting: `Beste ${via},`,
      ask: `Zou u mijn dank aan ${to} willen doorgeven? Ik heb geen e-mailadres van ${to}, dus hier is mijn bericht:`,
    }),
  },
};

/** The note, or null when either name is unusable. */
export function passOnNote(via: Person, to: Person, tone: Tone, lang: LetterLang = 'en'): string | null {
  // German greets by the full name in every tone ("Hallo Priya Shah,": "Sie" throughout).
  const viaName = tone === 'formal' || lang === 'de' ? clean(via.name, 80) : firstName(via.name);
  const toFirst = firstName(to.name);
  if (!viaName || !toFirst) return null;
  const notes = NOTES[lang];
  const make = tone === 'formal' ? notes.formal : tone === 'warm' && notes.warmEs ? notes.warmEs : notes.friendly;
  const { greeting, ask } = make(viaName, toFirst);
  // German goes on in lower case after the greeting's comma; the ask is written so.
  return `${greeting}\n\n${ask}\n\n---`;
}
