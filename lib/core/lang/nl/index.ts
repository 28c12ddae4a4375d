import * as chrono from 'chrono-node';
import type { LanguagePack } from '../types';

export const nl: LanguagePack = {
  code: 'nl',
  markers: [' je ', ' jij ', ' u ', ' uw ', ' het ', ' een ', ' van ', ' voor ', ' met ', ' wij ', ' we ', ' niet ', ' op '],
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  relativeDays: ['vandaag', 'morgen', 'overmorgen', 'volgende week'],
  jobWords: ['sollicit*', 'kandida*', 'vacature*', 'werving*', 'salaris*', 'arbeidsvoorwaard*', 'arbeidsovereenkomst*', 'recruit*', 'cv'],
  staffWords: ['loonstrook', 'salarisstrook', 'dienstrooster', 'werkrooster', 'functioneringsgesprek', 'beoordelingsgesprek', 'interne vacature', 'verlofaanvraag', 'medewerkersportaal'],
  internalWords: ['interne vacature', 'interne sollicitatie', 'interne werving', 'interne procedure'],
  clientWords: ['offertes', 'offerteaanvraag', 'factuur', 'facturen', 'inkooporder', 'leverancier', 'leveranciers', 'aanbesteding', 'aanbetaling'],
  meetingCues: ['gesprek*', 'sollicitatiegesprek', 'kennismaking*', 'afspraak', 'interview*', 'videogesprek', 'uitnodiging', 'datum', 'tijd', 'bevestig*', 'beschikbaar*', 'tot dan'],
  lengthUnits: ['minuut', 'minuten', 'min', 'uur', 'uren'],
  noon: ['middag'],
  parser: chrono.nl.casual,
  replyHeaders: [
    // Gmail "Op … schreef …:", Apple Mail "Op … heeft … het volgende geschreven:", Outlook "Van:" then "Verzonden:".
    { word: 'schreef', opens: ['Op '] },
    { word: 'geschreven', opens: ['Op '] },
    { word: 'Oorspronkelijk bericht', opens: ['--'] },
    { word: '\nVerzonden: ', opens: ['Van: '] },
  ],
  mailShape: {
    replyPrefixes: ['antw'],
    forwardPrefixes: ['doorst', 'fw'],
    forwardLine: 'Doorgestuurd bericht',
    calendarAnswers: ['geaccepteerd', 'geweigerd', 'voorlopig geaccepteerd', 'aangenomen', 'afgewezen'],
    candidate: ['kandidaat'],
    panel: ['selectiecommissie', 'sollicitatiecommissie', 'wervingsverantwoordelijke', 'organisator'],
    interviewerRoles: ['interviewer'],
  },
};
