/** The advice check in Portuguese (Brazilian and European usage; see advice-phrases-de.ts). */
import type { LanguageAdvice } from './advice-languages';

const SLIP = 'nome|sobrenome|câmera|câmara|microfone|conexão|áudio|som|queda|gaguej*|troquei|confundi';

export const ADVICE_PT: LanguageAdvice = {
  warnings: [
    {
      // Innocent: "fico à disposição para outras perguntas", "agradeço pelas perguntas interessantes".
      key: 'late-answer',
      phrases: [
        { seq: 'melhor|verdadeira ~0 resposta' },
        { seq: 'pensando ~0 melhor' },
        { seq: 'deveria|devia ~1 ter ~0 dito|respondido|mencionado|explicado|falado' },
        { seq: 'complementar|completar|corrigir|ajustar ~1 minha|minhas ~0 resposta|respostas' },
        { seq: 'esqueci ~1 de ~0 mencionar|dizer|falar|comentar' },
        { seq: 'o ~0 que ~0 eu ~0 quis ~0 dizer' },
      ],
    },
    {
      // Innocent: "o projeto correu muito bem", "gostei muito da conversa".
      key: 'explain-failure',
      phrases: [
        { seq: 'nervoso|nervosa|nervosismo|ansiedade|travei|branco' },
        { seq: 'não ~0 consegui ~2 explicar|mostrar|transmitir|expressar|demonstrar' },
        { seq: 'não ~0 fui ~0 bem' },
        { seq: 'me ~0 saí ~0 mal' },
        { seq: 'não ~1 saiu|correu ~2 como|bem' },
        { seq: 'em ~0 retrospectiva' },
        { seq: 'olhando ~0 para ~0 trás' },
      ],
    },
    {
      // Innocent: "se surgir outra vaga, adoraria ser lembrado", "agradeço mais uma vez pela oportunidade".
      key: 'begging',
      phrases: [
        { seq: 'reconsiderar|reconsidere|reconsiderem|repensar' },
        { seq: 'outra|segunda|nova|última ~0 chance|oportunidade', notBefore: 'se|surgir|surja|houver', guard: 4 },
        { seq: 'mudar|rever ~2 decisão|ideia' },
        { seq: 'imploro|suplico|desesperad*' },
        { seq: 'preciso ~2 desta|dessa|da ~0 vaga|emprego|oportunidade' },
        { seq: 'não ~0 vou ~0 decepcionar' },
      ],
    },
    {
      // Innocent: "desculpe a demora em responder", "sinto que a equipe combina comigo".
      key: 'apology-trivial',
      phrases: [
        { seq: `desculp*|perdão|perdoe|sinto|lamento ~6 ${SLIP}` },
        { seq: `${SLIP} ~5 desculp*|perdão|lamento` },
        { seq: 'cheguei|chegar|chegado ~0 atrasado|atrasada|tarde' },
      ],
    },
  ],
  enthusiasm: [
    { seq: 'empolg*|entusiasm*|animad*|vontade|motivad*|apaixon*' },
    { seq: 'quero|queria|desejo ~3 vaga|emprego|trabalho|cargo|função|integrar|fazer|trabalhar' },
    { seq: 'adoraria|gostaria ~3 fazer|integrar|trabalhar|contribuir|trazer|entrar|time|equipe' },
    // Not a bare "interesse": German writes the same word ("kein Interesse").
    { seq: 'muito|grande|bastante|meu|todo ~1 interesse' },
    { seq: 'me ~0 interessa' },
    { seq: 'satisfação|prazer ~3 integrar|trabalhar|fazer|aceitar' },
    { seq: 'mal ~0 posso ~0 esperar' },
  ],
  negation: 'não|nunca|jamais|dúvida|nem',
  doorOpen: [
    { near: ['outra|outras|outro|futura|futuro|nova|novo|próxima|adequada', 'vaga|vagas|oportunidade*|posição|cargo'], within: 8 },
    { seq: 'manter ~1 contato' },
    { seq: 'lembre|lembrassem|lembrar ~1 de ~0 mim' },
    { seq: 'participar ~1 do ~0 processo' },
  ],
};
