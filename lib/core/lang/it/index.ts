import * as chrono from 'chrono-node';
import type { LanguagePack } from '../types';

/** "ore 14.30", "alle 14.30": Italian writes the time with a dot; chrono's Italian reads "14:30". Same length. */
function prepare(text: string): string {
  return text.replace(/\b(ore|alle|dalle|h)(\s+)([01]?\d|2[0-3])\.([0-5]\d)\b/gi, '$1$2$3:$4');
}

export const it: LanguagePack = {
  code: 'it',
  markers: [' il ', ' della ', ' per ', ' con ', ' che ', ' non ', ' la ', ' le ', ' sua ', ' tuo ', ' di ', ' un '],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'feb', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'dic'],
  relativeDays: ['oggi', 'domani', 'dopodomani', 'la prossima settimana'],
  jobWords: ['candidat*', 'colloqui*', 'selezion*', 'assunzion*', 'curricul*', 'retribuzion*', 'reclut*', 'impiego*', 'lavoro*', 'concorso*', 'cv'],
  staffWords: ['busta paga', 'cedolino', 'a tutto il personale', 'selezione interna', 'job posting interno', 'valutazione delle performance'],
  internalWords: ['selezione interna', 'candidatura interna', 'job posting interno', 'posizione interna', 'mobilità interna'],
  clientWords: ['preventivo', 'preventivi', 'fattura', 'fatture', "ordine d'acquisto", 'fornitore', 'fornitori', "gara d'appalto", 'appalto', 'bando di gara', 'acconto', 'parcella'],
  meetingCues: ['colloquio', 'colloqui', 'incontro', 'appuntamento', 'chiamata', 'videochiamata', 'convocazione', 'invito', 'data', 'orario', 'ore', 'conferm*', 'disponibilità', 'a presto'],
  lengthUnits: ['minuto', 'minuti', 'min', 'ora', 'ore'],
  noon: ['mezzogiorno'],
  parser: chrono.it.casual,
  prepare,
  replyHeaders: [
    // Gmail and Apple Mail "Il giorno … ha scritto:", Thunderbird "Il … ha scritto:", Outlook "Da:" then "Inviato:".
    { word: 'ha scritto', opens: ['Il '] },
    { word: 'Messaggio originale', opens: ['--'] },
    { word: '\nInviato: ', opens: ['Da: '] },
  ],
  mailShape: {
    replyPrefixes: ['r', 'rif'],
    forwardPrefixes: ['i', 'fw'],
    forwardLine: 'Messaggio inoltrato',
    calendarAnswers: ['accettato', 'rifiutato', 'accettato provvisoriamente', 'provvisorio'],
    candidate: ['candidato', 'candidata'],
    panel: ['intervistatore', 'intervistatori', 'commissione', 'selezionatore', 'selezionatrice', 'organizzatore'],
    interviewerRoles: ['intervistatore'],
  },
};
