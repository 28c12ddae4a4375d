/** The advice check in Italian (see advice-phrases-de.ts). Elisions are split before matching ("l'intervista"). */
import type { LanguageAdvice } from './advice-languages';

const SLIP = 'nome|cognome|refuso|telecamera|webcam|microfono|connessione|audio|linea|balbett*|sbagliato|confuso';

export const ADVICE_IT: LanguageAdvice = {
  warnings: [
    {
      // Innocent: "resto a disposizione per altre domande", "grazie per le domande interessanti".
      key: 'late-answer',
      phrases: [
        { seq: 'risposta ~0 migliore|completa|corretta' },
        { seq: 'ripensandoci|riflettendoci' },
        { seq: 'avrei ~0 dovuto ~1 dire|rispondere|menzionare|spiegare|parlare' },
        { seq: 'completare|integrare|correggere|precisare ~1 mia|mie ~0 risposta|risposte' },
        { seq: 'dimenticato ~1 di ~0 dire|menzionare|citare' },
        { seq: 'quello ~0 che ~0 intendevo' },
      ],
    },
    {
      // Innocent: "il progetto è andato molto bene", "mi è piaciuto molto il colloquio".
      key: 'explain-failure',
      phrases: [
        { seq: 'nervoso|nervosa|nervosismo|agitato|agitata|agitazione|ansia' },
        { seq: 'non ~1 sono ~0 riuscito|riuscita ~2 spiegare|mostrare|trasmettere|esprimere' },
        { seq: 'non ~1 è ~0 andato|andata ~1 come|bene' },
        { seq: 'andato|andata ~0 male' },
        { seq: 'vuoto ~0 di ~0 memoria' },
        { seq: 'col ~0 senno ~0 di ~0 poi' },
        { seq: 'a ~0 mente ~0 fredda' },
      ],
    },
    {
      // Innocent: "se dovesse aprirsi un'altra posizione", "grazie ancora per l'opportunità".
      key: 'begging',
      phrases: [
        { seq: 'riconsiderare|riconsideri|ripensare' },
        { seq: 'altra|seconda|ultima|nuova ~0 possibilità|occasione|chance', notBefore: 'se|dovesse|qualora', guard: 4 },
        { seq: 'cambiare|rivedere ~2 decisione|idea' },
        { seq: 'imploro|supplico|disperat*' },
        { seq: 'bisogno ~2 questo|quel ~0 lavoro|posto' },
        { seq: 'non ~1 deluderò' },
      ],
    },
    {
      // Innocent: "mi scusi per il ritardo nella risposta", "scusi il disturbo".
      key: 'apology-trivial',
      phrases: [
        { seq: `scusa|scusi|scusate|scuse|scusarmi|perdono|dispiace ~6 ${SLIP}` },
        { seq: `${SLIP} ~5 scusa|scusi|scuse|dispiace` },
        { seq: 'arrivato|arrivata ~0 in ~0 ritardo' },
      ],
    },
  ],
  enthusiasm: [
    { seq: 'entusiasta|entusiasma|entusiasmo|motivat*|appassion*' },
    { seq: 'vedo ~0 l ~0 ora' },
    { seq: 'desidero|voglio|vorrei ~3 lavoro|posizione|ruolo|entrare|lavorare|far' },
    { seq: 'piacerebbe|piacere ~4 entrare|lavorare|parte|team|contribuire|mettere' },
    { seq: 'molto|vivo|grande|mio ~1 interesse' },
    { seq: 'interessa|interessarmi' },
  ],
  negation: 'non|mai|nessun|nessuna|dubbio',
  doorOpen: [
    { near: ['altra|altre|altro|futura|futuro|nuova|nuovo|prossima|adatta', 'posizione|posizioni|opportunità|ruolo|selezione|posto'], within: 8 },
    { seq: 'restare|rimanere ~1 in ~0 contatto' },
    { seq: 'tenga ~0 presente' },
  ],
};
