/**
 * The classifier's evidence ("Why?" on the bar and the review card) in the interface's language. The core hands
 * over a code and its values (a sender's name, the email's own words, a kind); the email's own words stay as
 * written. Evidence stored before codes carries its English sentence only: the few the core ever wrote are
 * recognised here and worded like new ones, and anything else (the email's own words) is shown as it is.
 */
import { EMAIL_KINDS, type EmailKind, type Evidence, type EvidenceCode } from '../core/detection';
import { t } from './i18n';
import { kindInSentence } from './labels';

const kindWords = (kind: string | undefined): string =>
  (EMAIL_KINDS as readonly string[]).includes(kind ?? '') ? kindInSentence(kind as EmailKind) : (kind ?? '');

const WORDED: Record<EvidenceCode, (v: Record<string, string>) => string> = {
  calendar_invite: () => t('evidence_calendar_invite'),
  fixed_time: () => t('evidence_fixed_time'),
  bulk_sender: () => t('evidence_bulk_sender'),
  outside_hiring: () => t('evidence_outside_hiring'),
  colleague: () => t('evidence_colleague'),
  owner_named_sender: () => t('evidence_owner_named_sender'),
  hires_for: (v) => t('evidence_hires_for', { organisation: v.organisation ?? '' }),
  works_for: (v) => t('evidence_works_for', { organisation: v.organisation ?? '' }),
  internal_post: () => t('evidence_internal_post'),
  personal_to_work: () => t('evidence_personal_to_work'),
  thread_not_job: () => t('evidence_thread_not_job'),
  from_you: () => t('evidence_from_you'),
  mail_receipt: () => t('evidence_mail_receipt'),
  learned_clock: () => t('evidence_learned_clock'),
  known_job_sender: () => t('evidence_known_job_sender'),
  thread_about_job: () => t('evidence_thread_about_job'),
  sender_ats: (v) => t('evidence_sender_ats', { name: v.name ?? '' }),
  sender_job_board: (v) => t('evidence_sender_job_board', { name: v.name ?? '' }),
  sender_scheduler: (v) => t('evidence_sender_scheduler', { name: v.name ?? '' }),
  learned_words: (v) => t('evidence_learned_words', { text: v.text ?? '' }),
  earlier_kind: (v) => t('evidence_earlier_kind', { kind: kindWords(v.kind) }),
  user_marked: (v) => t('evidence_user_marked', { sender: v.sender ?? '', kind: kindWords(v.kind) }),
};

/** The English sentences stored before evidence had codes, whole. */
const LEGACY_WHOLE: Record<string, EvidenceCode> = {
  'calendar invite': 'calendar_invite',
  'interview at a fixed date and time': 'fixed_time',
  'bulk sender (alerts, newsletter)': 'bulk_sender',
  'a decision outside hiring (admission, grant, tenancy, conference…)': 'outside_hiring',
  'from a colleague at your own organisation': 'colleague',
  'from a personal address to your organisation': 'personal_to_work',
  'nothing in this conversation speaks of a job': 'thread_not_job',
  'you wrote this email': 'from_you',
  'a time of day (learned)': 'learned_clock',
  'from someone who wrote to you about your search before': 'known_job_sender',
};

/** The kinds as the English "earlier in this conversation: …" named them. */
const LEGACY_KINDS: Record<string, EmailKind> = {
  'an application received': 'application_received',
  'an interview request': 'interview_request',
  'a confirmed interview': 'interview_confirmed',
  'an assessment': 'assessment',
  'a rejection': 'rejection',
  'an offer': 'offer',
  'other mail': 'other',
};

/** A sentence with a value around fixed words: "<name> (job board)". Plain string tests, no pattern to backtrack. */
const LEGACY_SUFFIXES: Array<[string, EvidenceCode]> = [
  [' (applicant tracking)', 'sender_ats'],
  [' (job board)', 'sender_job_board'],
  [' (scheduling)', 'sender_scheduler'],
];

function legacy(signal: string): { code: EvidenceCode; values: Record<string, string> } | null {
  const whole = LEGACY_WHOLE[signal];
  if (whole) return { code: whole, values: {} };
  for (const [suffix, code] of LEGACY_SUFFIXES) {
    if (signal.endsWith(suffix) && signal.length > suffix.length) return { code, values: { name: signal.slice(0, -suffix.length) } };
  }
  if (signal.startsWith('“') && signal.endsWith('” (learned)') && signal.length > '“” (learned)'.length) {
    return { code: 'learned_words', values: { text: signal.slice(1, -'” (learned)'.length) } };
  }
  const earlier = 'earlier in this conversation: ';
  if (signal.startsWith(earlier)) {
    const named = signal.slice(earlier.length);
    return { code: 'earlier_kind', values: { kind: LEGACY_KINDS[named] ?? named } };
  }
  const marked = 'you marked similar mail from ';
  const as = signal.lastIndexOf(' as ');
  if (signal.startsWith(marked) && as > marked.length) {
    return { code: 'user_marked', values: { sender: signal.slice(marked.length, as), kind: signal.slice(as + 4).replace(/ /g, '_') } };
  }
  return null;
}

/** One piece of evidence as the interface shows it: worded from its code, else the email's own words as written. */
export function evidenceText(evidence: Evidence): string {
  const coded = evidence.code && evidence.code in WORDED ? { code: evidence.code, values: evidence.values ?? {} } : legacy(evidence.signal);
  return coded ? WORDED[coded.code](coded.values) : evidence.signal;
}
