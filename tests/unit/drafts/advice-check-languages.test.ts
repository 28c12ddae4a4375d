/**
 * The advice check in German, French and Spanish: the "what not to write" list (the late better answer, explaining
 * what went wrong, begging, apologising for a slip) flagged however a native phrases it, and the look-alikes a
 * native really writes left alone; a thank-you that never says you want the job is still caught.
 */
import { describe, expect, it } from 'vitest';
import { checkAdvice, type AdviceWarningId } from '../../../lib/core/drafts';

const ids = (text: string, ruleId: 'thank-you-email' | 'gracious-reply' | null = null) =>
  checkAdvice(text, { ruleId }).map((w) => w.id);

describe('what not to write, in German, French, Spanish, Portuguese, Italian and Dutch', () => {
  it.each<[AdviceWarningId, string]>([
    ['late-answer', 'Ich habe noch einmal über Ihre Frage zum Caching nachgedacht und möchte eine bessere Antwort geben.'],
    ['late-answer', 'Ich hätte im Gespräch meine Erfahrung mit Kafka erwähnen sollen.'],
    ['late-answer', 'Ich habe vergessen zu erwähnen, dass ich die Migration geleitet habe.'],
    ['late-answer', 'Après réflexion, je voudrais compléter ma réponse sur la base de données.'],
    ['late-answer', 'J’aurais dû mentionner mon expérience avec Kafka.'],
    ['late-answer', 'Voici une meilleure réponse à votre question sur le budget.'],
    ['late-answer', 'Pensándolo mejor, quiero ampliar mi respuesta sobre la arquitectura.'],
    ['late-answer', 'Debería haber mencionado mi experiencia con Kafka.'],
    ['late-answer', 'Se me olvidé mencionar que dirigí la migración.'],

    ['explain-failure', 'Ich war im Gespräch sehr nervös und nicht von meiner besten Seite.'],
    ['explain-failure', 'Leider konnte ich meine Erfahrung nicht richtig vermitteln.'],
    ['explain-failure', 'Im Nachhinein sehe ich, dass die Programmieraufgabe nicht gut lief.'],
    ['explain-failure', 'J’étais très stressé pendant l’entretien technique.'],
    ['explain-failure', 'Je n’ai pas su montrer ce dont je suis capable.'],
    ['explain-failure', 'Avec le recul, je me rends compte que j’ai mal compris la question.'],
    ['explain-failure', 'Los nervios me jugaron una mala pasada en la prueba técnica.'],
    ['explain-failure', 'No supe explicar bien mi experiencia con Kafka.'],
    ['explain-failure', 'La parte de diseño de sistemas me salió mal.'],

    ['begging', 'Bitte überdenken Sie Ihre Entscheidung noch einmal.'],
    ['begging', 'Könnten Sie mir noch eine Chance geben?'],
    ['begging', 'Ich brauche diese Stelle wirklich.'],
    ['begging', 'Je vous demande de bien vouloir reconsidérer votre décision.'],
    ['begging', 'Pourriez-vous me donner une seconde chance ?'],
    ['begging', 'Est-il possible de revenir sur votre décision ?'],
    ['begging', 'Le ruego que reconsidere su decisión.'],
    ['begging', '¿Podrían darme otra oportunidad?'],
    ['begging', 'Necesito este trabajo de verdad.'],

    ['apology-trivial', 'Entschuldigen Sie bitte, dass ich Ihren Namen falsch ausgesprochen habe.'],
    ['apology-trivial', 'Es tut mir leid, dass meine Kamera nicht funktioniert hat.'],
    ['apology-trivial', 'Désolé d’avoir écorché votre nom pendant l’entretien.'],
    ['apology-trivial', 'Excusez-moi pour les coupures de connexion.'],
    ['apology-trivial', 'Perdone que me equivocara con su nombre.'],
    ['apology-trivial', 'Siento mucho los problemas con el micrófono.'],

    ['late-answer', 'Pensando melhor, gostaria de complementar minha resposta sobre a arquitetura.'],
    ['explain-failure', 'Fiquei muito nervosa e não consegui explicar bem a minha experiência.'],
    ['begging', 'Peço que reconsiderem a decisão.'],
    ['begging', 'Vocês poderiam me dar outra chance?'],
    ['apology-trivial', 'Desculpe por ter errado o seu nome na entrevista.'],

    ['late-answer', 'Ripensandoci, vorrei completare la mia risposta sull’architettura.'],
    ['explain-failure', 'Ero molto nervosa e non sono riuscita a spiegare la mia esperienza.'],
    ['begging', 'La prego di riconsiderare la Sua decisione.'],
    ['begging', 'Potrebbe darmi un’altra possibilità?'],
    ['apology-trivial', 'Mi scusi se ho sbagliato il Suo nome durante il colloquio.'],

    ['late-answer', 'Ik heb nog eens nagedacht over uw vraag en wil mijn antwoord aanvullen.'],
    ['explain-failure', 'Ik was erg zenuwachtig en heb mijn ervaring niet goed overgebracht.'],
    ['begging', 'Zou u uw besluit willen heroverwegen?'],
    ['begging', 'Kunt u mij nog een kans geven?'],
    ['apology-trivial', 'Sorry dat ik uw naam verkeerd uitsprak.'],
  ])('%s: %s', (id, text) => {
    expect(ids(text)).toContain(id);
  });
});

describe('look-alikes a native writes pass untouched', () => {
  it.each([
    'Ich beantworte gern weitere Fragen.',
    'Vielen Dank für die durchdachten Fragen.',
    'Das Projekt lief sehr gut, und ich bin gespannt auf die nächsten Schritte.',
    'Wenn sich eine andere Gelegenheit ergibt, melde ich mich gern.',
    'Nochmals vielen Dank für die Gelegenheit.',
    'Entschuldigen Sie bitte die späte Antwort.',
    'Ich habe das Thema nach dem Gespräch noch etwas vertieft.',
    'Je reste disponible pour répondre à vos questions.',
    'Merci pour vos questions pertinentes.',
    'Le projet s’est très bien passé.',
    'Si un autre poste s’ouvre, n’hésitez pas à penser à moi.',
    'Merci pour cette belle opportunité.',
    'Désolé pour cette réponse tardive.',
    'Excusez le retard de ma réponse.',
    'Quedo a su disposición para cualquier pregunta.',
    'Gracias por las preguntas tan interesantes.',
    'El proyecto salió muy bien.',
    'Si se abre otro puesto, me encantaría que contarais conmigo.',
    'Gracias de nuevo por la oportunidad.',
    'Disculpe la demora en responder.',
    'Siento que el equipo encaja muy bien conmigo.',
    'Fico à disposição para outras perguntas.',
    'O projeto correu muito bem.',
    'Se surgir outra oportunidade, adoraria participar.',
    'Desculpe a demora em responder.',
    'Resto a disposizione per altre domande.',
    'Il progetto è andato molto bene.',
    'Se dovesse aprirsi un’altra posizione, mi farebbe piacere saperlo.',
    'Mi scusi per il ritardo nella risposta.',
    'Ik beantwoord graag verdere vragen.',
    'Het project liep heel goed.',
    'Als er een andere functie vrijkomt, hoor ik het graag.',
    'Excuses voor mijn late reactie.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('what a letter must say, in each language', () => {
  const flat = {
    de: 'Vielen Dank für das Gespräch heute über die Stelle als Data Engineer bei Northwind Labs. Der Austausch über Streaming hat mir gefallen.',
    fr: 'Merci pour notre entretien aujourd’hui concernant le poste de Data Engineer chez Northwind Labs. L’échange sur le streaming m’a plu.',
    es: 'Gracias por la entrevista de hoy sobre el puesto de Data Engineer en Northwind Labs. La conversación sobre streaming me gustó.',
    pt: 'Agradeço pela entrevista de hoje sobre a vaga de Data Engineer na Northwind Labs. Gostei da conversa sobre streaming com a equipe.',
    it: 'Grazie per il colloquio di oggi per la posizione di Data Engineer presso Northwind Labs. Mi è piaciuto parlare di streaming con il team.',
    nl: 'Bedankt voor het gesprek van vandaag over de functie van Data Engineer bij Northwind Labs. Het gesprek over streaming vond ik leuk.',
  };
  it.each(Object.entries(flat))('%s: a thank-you that never says you want the job is flagged', (_lang, text) => {
    expect(ids(text, 'thank-you-email')).toContain('no-enthusiasm');
  });
  it.each([
    ['de', 'Ich habe kein großes Interesse an der Stelle, aber danke für das Gespräch heute bei Northwind Labs und die Zeit.'],
    ['fr', 'Je n’ai pas vraiment d’intérêt pour ce poste, mais merci pour notre échange chez Northwind Labs aujourd’hui.'],
    ['es', 'No tengo mucho interés en el puesto, pero gracias por la conversación de hoy en Northwind Labs, fue agradable.'],
  ])('%s: a negated interest is no enthusiasm', (_lang, text) => {
    expect(ids(text, 'thank-you-email')).toContain('no-enthusiasm');
  });
  it.each([
    ['de', 'Vielen Dank für Ihre Nachricht und für Ihre Zeit. Ich respektiere Ihre Entscheidung und wünsche Ihnen und dem Team alles Gute.'],
    ['fr', 'Merci pour votre message et pour votre temps. Je respecte votre décision et je vous souhaite une excellente continuation.'],
    ['es', 'Gracias por avisarme y por su tiempo. Respeto su decisión y les deseo a usted y al equipo mucha suerte con todo.'],
  ])('%s: a gracious reply that closes the door is flagged', (_lang, text) => {
    expect(ids(text, 'gracious-reply')).toContain('door-not-open');
  });
});
