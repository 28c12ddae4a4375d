import * as chrono from 'chrono-node';
import type { LanguagePack } from '../types';

export const fr: LanguagePack = {
  code: 'fr',
  markers: [' vous ', ' nous ', ' votre ', ' pour ', ' avec ', ' le ', ' les ', ' à ', ' est ', ' une ', ' des '],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  relativeDays: ["aujourd'hui", 'demain', 'ce soir', 'la semaine prochaine'],
  jobWords: ['candidat*', 'entretien*', 'entrevue*', 'recrut*', 'embauch*', 'emploi*', 'salaire*', 'carrière*', 'alternance*', 'cv'],
  staffWords: ['bulletin de paie', 'fiche de paie', 'bulletin de salaire', 'entretien annuel', "l'ensemble du personnel", 'formation obligatoire'],
  internalWords: ['candidature interne', 'mobilité interne', 'poste interne', 'offre interne', 'appel à candidatures interne'],
  clientWords: ['devis', 'facture', 'factures', 'bon de commande', 'fournisseur', 'fournisseurs', "appel d'offres", 'marché public', 'acompte', 'tarif journalier'],
  meetingCues: ['entretien*', 'rendez-vous', 'rencontre*', 'réunion', 'visio*', 'appel', 'invitation', 'date', 'heure', 'créneau*', 'confirm*', 'disponibilit*', 'à bientôt'],
  lengthUnits: ['minute', 'minutes', 'min', 'heure', 'heures', 'h'],
  noon: ['midi'],
  parser: chrono.fr.casual,
  replyHeaders: [
    { word: 'a écrit', opens: ['Le '] },
    { word: "Message d'origine", opens: ['--'] },
    { word: '\nEnvoyé', opens: ['De :', 'De\u00a0:', 'De: '] },
  ],
  mailShape: {
    replyPrefixes: ['re', 'réf'],
    forwardPrefixes: ['tr', 'fwd'],
    forwardLine: 'Message transféré',
    calendarAnswers: ['accepté', 'refusé', 'accepté provisoirement', 'provisoire'],
    candidate: ['candidat'],
    panel: ['intervieweur', 'intervieweurs', 'jury', 'responsable recrutement', 'responsable du recrutement', 'organisateur'],
    interviewerRoles: ['intervieweur'],
  },
};
