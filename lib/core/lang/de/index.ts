import * as chrono from 'chrono-node';
import type { LanguagePack } from '../types';

export const de: LanguagePack = {
  code: 'de',
  markers: [' sie ', ' wir ', ' ihre ', ' ihr ', ' und ', ' der ', ' die ', ' mit ', ' am ', ' um ', ' uhr ', ' für ', ' ich ', ' dich '],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
  months: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'],
  relativeDays: ['heute', 'morgen', 'übermorgen', 'nächste woche'],
  jobWords: ['bewerb*', 'vorstellungs*', 'interview*', 'kandidat*', 'personalabteil*', 'recruit*', 'gehalt*', 'arbeitsvertrag*', 'lebenslauf*', 'karriere*', 'vakanz*', 'anstellung*', 'stellenangebot*', 'stellenanzeige*', 'job', 'jobs'],
  staffWords: ['entgeltabrechnung*', 'gehaltsabrechnung*', 'lohnabrechnung*', 'dienstplan', 'dienstpläne', 'schichtplan', 'schichtpläne', 'mitarbeiterportal', 'jahresgespräch*', 'pflichtschulung*', 'liebe mitarbeiterinnen', 'interne stellenausschreibung*', 'interne ausschreibung*', 'urlaubsantrag*'],
  internalWords: ['interne stellenausschreibung', 'interne ausschreibung', 'interne bewerbung', 'internen bewerbung', 'interne besetzung', 'interne stellenbörse'],
  clientWords: ['kostenvoranschlag', 'rechnung', 'rechnungen', 'auftragsbestätigung', 'lieferant*', 'vergabeverfahren', 'vergabestelle', 'honorar', 'honorare', 'anzahlung'],
  meetingCues: ['gespräch', 'vorstellungsgespräch', 'interview*', 'termin*', 'datum', 'uhrzeit', 'einladung', 'treffen', 'kennenlernen', 'videocall', 'telefonat', 'bestätig*', 'wann', 'passt'],
  lengthUnits: ['minuten', 'minute', 'min', 'stunde', 'stunden', 'std'],
  noon: ['mittag'],
  parser: chrono.de.casual,
  replyHeaders: [
    { word: 'schrieb ', opens: ['Am '] },
    { word: 'Ursprüngliche Nachricht', opens: ['--'] },
    { word: '\nGesendet: ', opens: ['Von: '] },
  ],
  mailShape: {
    replyPrefixes: ['aw'],
    forwardPrefixes: ['wg'],
    forwardLine: 'Weitergeleitete Nachricht',
    calendarAnswers: ['angenommen', 'abgelehnt', 'zugesagt', 'abgesagt', 'mit vorbehalt angenommen', 'vorläufig angenommen'],
    candidate: ['kandidat', 'kandidatin', 'bewerber', 'bewerberin'],
    panel: ['interviewer', 'interviewerin', 'interviewerinnen', 'einstellende führungskraft', 'recruiterin', 'organisator'],
    interviewerRoles: ['interviewer'],
  },
};
