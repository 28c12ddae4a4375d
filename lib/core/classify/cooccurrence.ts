/**
 * The broad net under the phrase tables: two kinds of word in one sentence say a kind even when no listed phrase
 * does ("we acknowledge receipt of your application", "je vous confirme notre entretien", "please find the technical
 * exercise attached"). Each rule weighs 2: enough to name a kind with low confidence (the review list), never
 * enough to outvote a phrase, and only for a kind no phrase has spoken for. Rules count only when the email is
 * about a job.
 */
import type { JobKind } from '../detection';

export interface Term {
  type: 'term';
  text: string;
  group: TermGroup;
}

export type TermGroup = 'interview' | 'conversation' | 'ask_time' | 'ask_call' | 'confirm' | 'application' | 'receipt' | 'test' | 'do_test' | 'offer_noun' | 'joy';

const TERMS: Record<TermGroup, readonly string[]> = {
  interview: ['interview*', 'entretien*', 'vorstellungsgespräch*', 'gespräch', 'entrevista*', 'rozmow*'],
  // A hiring manager's "quick call" or "chat": an interview in all but name.
  conversation: ['call', 'chat', 'zoom', 'video call', 'phone call', 'talk', 'coffee', 'échanger', 'appel', 'telefonat', 'llamada'],
  ask_time: [
    'availability', 'available', 'times', 'time slot*', 'when', 'schedule', 'arrange', 'book', 'invite*', 'would like',
    'suit*', 'works for you', 'disponibilit*', 'verfügbar*', 'termin*', 'disponibilidad', 'cuándo', 'quand',
  ],
  // Asking for a time, narrowly: a call "you're invited to" watch is an event, not an invitation to talk.
  ask_call: [
    'availability', 'available', 'time slot*', 'slot*', 'when', 'suit*', 'works for you', 'work for you', 'open to',
    'free', 'what time', 'good time', 'up for', 'could we', 'can we', 'shall we', 'book', 'disponibilit*',
    'verfügbar*', 'disponibilidad', 'cuándo', 'quand',
  ],
  confirm: [
    'is confirmed', 'are confirmed', 'confirmed for', 'this is to confirm', 'confirm your', 'confirm our', 'booked',
    'scheduled for', 'set for', 'vous confirme', 'je confirme', 'nous confirmons', 'bestätigen', 'bestätigt',
    'confirmamos', 'confirmada', 'programada',
  ],
  application: ['application', 'applying', 'applied', 'candidature', 'candidacy', 'bewerbung*', 'unterlagen', 'candidatura', 'solicitud', 'cv', 'resume'],
  receipt: ['received', 'receipt', 'eingegangen', 'erhalten', 'reçu*', 'réception', 'recibido', 'recibimos', 'got'],
  test: ['test', 'assessment', 'exercise', 'assignment', 'challenge', 'task', 'case study', 'aufgabe', 'übung', 'exercice', 'prueba', 'evaluación'],
  do_test: ['complete', 'submit', 'take', 'attached', 'invite*', 'link', 'deadline', 'solution', 'lösen', 'einreichen', 'compléter', 'réaliser', 'completar', 'realizar'],
  offer_noun: ['offer', 'job', 'contract', 'angebot', 'vertrag', 'offre', 'contrat', 'oferta', 'contrato'],
  joy: ['delighted', 'pleased', 'congratulations', 'excited', 'thrilled', 'glad', 'freuen', 'ravis', 'heureux', 'plaisir', 'complace', 'encantados'],
};

export interface CooccurrenceRule {
  kind: JobKind;
  groups: readonly [TermGroup, TermGroup];
  /**
   * The sentence must address the candidate: "arrange a phone interview with Richard" between colleagues is not
   * an invitation. Checked only once a pair is found (pronouns are too common to feed the matcher).
   */
  addressed?: boolean;
  /** "Could we", "can we" also address the reader: they ask them. */
  orUs?: boolean;
  /** Counts only about hiring ("a call" about a role), not when only a job title is named. */
  hiring?: boolean;
  /** Shown as evidence: what the two words together say. */
  label: string;
}

export const COOCCURRENCE_RULES: readonly CooccurrenceRule[] = [
  { kind: 'interview_confirmed', groups: ['interview', 'confirm'], addressed: true, label: 'interview + confirmed time' },
  { kind: 'interview_request', groups: ['interview', 'ask_time'], addressed: true, label: 'interview + asks for a time' },
  { kind: 'interview_request', groups: ['conversation', 'ask_call'], addressed: true, orUs: true, hiring: true, label: 'a call + asks for a time' },
  { kind: 'application_received', groups: ['application', 'receipt'], label: 'application + received' },
  { kind: 'assessment', groups: ['test', 'do_test'], label: 'test + to complete' },
  { kind: 'offer', groups: ['offer_noun', 'joy'], label: 'offer + good news' },
];

/** Words that address the candidate, in the languages we read. */
export const ADDRESSED = /\b(?:you|your|you're|vous|votre|sie|ihnen|dich|dir|deine?[mnrs]?|te|tu|usted|cię|pana|pani)\b/i;

/** The same, or a question to the reader that includes the writer ("could we jump on a call?"). */
export const ADDRESSED_OR_US = /\b(?:you|your|you're|could we|can we|shall we|let's|vous|votre|sie|ihnen|dich|dir|deine?[mnrs]?|te|tu|usted|cię|pana|pani)\b/i;

/** Characters between two words of one rule (and no sentence end between them). */
export const COOCCURRENCE_REACH = 160;
export const COOCCURRENCE_WEIGHT = 2;

export const TERM_SIGNALS: readonly Term[] = (Object.entries(TERMS) as [TermGroup, readonly string[]][]).flatMap(([group, words]) =>
  words.map((text): Term => ({ type: 'term', text, group })),
);
