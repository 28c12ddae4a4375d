/**
 * Words the pages show for the core's codes (kinds, stages, sources, rules, stances), in the interface's language
 * through the catalogue; and links back to the mail host. The core hands over codes; this layer words them.
 */
import { SOURCES, type SourceId } from '../core/advice/sources';
import type { EmailKind } from '../core/detection';
import { mailHostOf } from '../core/email';
import type { LetterLang } from '../core/drafts/locale';
import type { AdviceWarningId, NoDraft, ReflectionQuestion } from '../core/drafts/types';
import type { RuleId } from '../core/reminders/types';
import type { EventKind, Stage, Stance } from '../core/timeline/types';
import { formatDateTime } from './format';
import { t, type MessageKey } from './i18n';

/** The English names the CSV export writes (a file's columns do not change with the browser's language). */
export const KIND_LABELS: Record<EmailKind, string> = {
  application_received: 'Application received',
  interview_request: 'Interview request',
  interview_confirmed: 'Interview confirmed',
  assessment: 'Assessment',
  rejection: 'Rejection',
  offer: 'Offer',
  other: 'Not job mail',
};

/** The CSV export's English event names; the pages use eventLabel(). */
export const EVENT_LABELS: Record<EventKind, string> = {
  ...(KIND_LABELS as Record<Exclude<EmailKind, 'other'>, string>),
  user_reply: 'You replied',
  interview_done: 'Interview done',
  manual_interview: 'Interview (added by hand)',
  note: 'Note',
};

export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export { STAGES } from '../core/timeline/types';

const KIND_KEYS: Record<EmailKind, MessageKey> = {
  application_received: 'kind_application_received',
  interview_request: 'kind_interview_request',
  interview_confirmed: 'kind_interview_confirmed',
  assessment: 'kind_assessment',
  rejection: 'kind_rejection',
  offer: 'kind_offer',
  other: 'kind_other',
};
/** The same names as they read inside a sentence ("Yes, interview request"). */
const KIND_IN_SENTENCE: Record<EmailKind, MessageKey> = {
  application_received: 'kind_lower_application_received',
  interview_request: 'kind_lower_interview_request',
  interview_confirmed: 'kind_lower_interview_confirmed',
  assessment: 'kind_lower_assessment',
  rejection: 'kind_lower_rejection',
  offer: 'kind_lower_offer',
  other: 'kind_lower_other',
};
const EVENT_KEYS: Record<Exclude<EventKind, EmailKind>, MessageKey> = {
  user_reply: 'event_user_reply',
  interview_done: 'event_interview_done',
  manual_interview: 'event_manual_interview',
  note: 'event_note',
};
const STAGE_KEYS: Record<Stage, MessageKey> = {
  applied: 'stage_applied',
  interviewing: 'stage_interviewing',
  offer: 'stage_offer',
  rejected: 'stage_rejected',
  withdrawn: 'stage_withdrawn',
};
const RULE_KEYS: Record<RuleId, { action: MessageKey; why: MessageKey }> = {
  'thank-you-email': { action: 'rule_thank_you_email_action', why: 'rule_thank_you_email_why' },
  'thank-you-each': { action: 'rule_thank_you_each_action', why: 'rule_thank_you_each_why' },
  'thank-helpers': { action: 'rule_thank_helpers_action', why: 'rule_thank_helpers_why' },
  'thank-you-note-post': { action: 'rule_thank_you_note_post_action', why: 'rule_thank_you_note_post_why' },
  'follow-up-silence': { action: 'rule_follow_up_silence_action', why: 'rule_follow_up_silence_why' },
  'gracious-reply': { action: 'rule_gracious_reply_action', why: 'rule_gracious_reply_why' },
  'be-a-resource': { action: 'rule_be_a_resource_action', why: 'rule_be_a_resource_why' },
  'keep-door-open': { action: 'rule_keep_door_open_action', why: 'rule_keep_door_open_why' },
  reflect: { action: 'rule_reflect_action', why: 'rule_reflect_why' },
  'move-on': { action: 'rule_move_on_action', why: 'rule_move_on_why' },
  'reply-to-invite': { action: 'rule_reply_to_invite_action', why: 'rule_reply_to_invite_why' },
  prepare: { action: 'rule_prepare_action', why: 'rule_prepare_why' },
  'interview-soon': { action: 'rule_interview_soon_action', why: 'rule_interview_soon_why' },
  'missed-call': { action: 'rule_missed_call_action', why: 'rule_missed_call_why' },
  'assessment-due': { action: 'rule_assessment_due_action', why: 'rule_assessment_due_why' },
  'answer-offer': { action: 'rule_answer_offer_action', why: 'rule_answer_offer_why' },
};
const STANCE_KEYS: Record<Stance, { label: MessageKey; explain: MessageKey }> = {
  door_open: { label: 'stance_door_open_label', explain: 'stance_door_open_explain' },
  clean_break: { label: 'stance_clean_break_label', explain: 'stance_clean_break_explain' },
};
const SOURCE_TITLES: Record<Exclude<SourceId, 'practice'>, MessageKey> = {
  '000': 'source_title_000',
  '002': 'source_title_002',
  '004': 'source_title_004',
};

export const kindLabel = (kind: EmailKind): string => t(KIND_KEYS[kind]);
export const kindInSentence = (kind: EmailKind): string => t(KIND_IN_SENTENCE[kind]);

const LANG_KEYS = {
  en: 'lang_name_en',
  de: 'lang_name_de',
  fr: 'lang_name_fr',
  es: 'lang_name_es',
  pt: 'lang_name_pt',
  it: 'lang_name_it',
  nl: 'lang_name_nl',
} as const satisfies Record<LetterLang, MessageKey>;

/** A language the playbook writes letters in, named in the interface's language ("Deutsch", "allemand"). */
export const letterLanguageName = (code: LetterLang): string => t(LANG_KEYS[code]);
export const eventLabel = (kind: EventKind): string =>
  kind in KIND_KEYS ? t(KIND_KEYS[kind as EmailKind]) : kind in EVENT_KEYS ? t(EVENT_KEYS[kind as keyof typeof EVENT_KEYS]) : kind;
export const stageLabel = (stage: Stage): string => t(STAGE_KEYS[stage]);
/** What to do ("Send a thank-you email") and why, for a rule; the rule's id for one the catalogue does not know. */
export const ruleAction = (id: string): string => (RULE_KEYS[id as RuleId] ? t(RULE_KEYS[id as RuleId].action) : id);
export const ruleWhy = (id: string): string => (RULE_KEYS[id as RuleId] ? t(RULE_KEYS[id as RuleId].why) : '');
export const stanceLabel = (stance: Stance): string => t(STANCE_KEYS[stance].label);
export const stanceExplain = (stance: Stance): string => t(STANCE_KEYS[stance].explain);

const REFLECTION_KEYS: Record<ReflectionQuestion['id'], { question: MessageKey; hint: MessageKey }> = {
  fit: { question: 'reflect_fit_question', hint: 'reflect_fit_hint' },
  treatment: { question: 'reflect_treatment_question', hint: 'reflect_treatment_hint' },
  expertise: { question: 'reflect_expertise_question', hint: 'reflect_expertise_hint' },
  motivation: { question: 'reflect_motivation_question', hint: 'reflect_motivation_hint' },
};
const ADVICE_KEYS: Record<AdviceWarningId, MessageKey> = {
  'late-answer': 'advice_late_answer',
  'explain-failure': 'advice_explain_failure',
  'outside-troubles': 'advice_outside_troubles',
  'apology-trivial': 'advice_apology_trivial',
  begging: 'advice_begging',
  'feedback-request': 'advice_feedback_request',
  'no-enthusiasm': 'advice_no_enthusiasm',
  'door-not-open': 'advice_door_not_open',
};

/** A reflection question and its hint, in the interface's language. */
export function reflectionQuestion(q: ReflectionQuestion): { id: ReflectionQuestion['id']; question: string; hint: string } {
  const keys = REFLECTION_KEYS[q.id];
  return keys ? { id: q.id, question: t(keys.question), hint: t(keys.hint) } : { id: q.id, question: q.question, hint: q.hint };
}

/** What the advice check says about a passage. */
export const adviceReason = (id: AdviceWarningId): string => (ADVICE_KEYS[id] ? t(ADVICE_KEYS[id]) : id);

/** Why there is no letter for a step: the rule's own why, the clean break's, or the application is gone. */
export function noDraftExplain(result: Pick<NoDraft, 'reason' | 'ruleId'>): string {
  if (result.reason === 'clean-break') return stanceExplain('clean_break');
  if (result.reason === 'not-found') return t('draft_gone');
  return ruleWhy(result.ruleId);
}

/** The title of an article in the interface's language; "" for no article. */
export function sourceTitle(id: SourceId): string {
  if (id === 'practice') return t('source_practice');
  return SOURCE_TITLES[id] ? t(SOURCE_TITLES[id]) : '';
}

/** "“Three Must-dos When You Don't Get the Job”, Jenny Yerrick Martin"; the article's author is a name, not words. */
export function sourceLabel(id: SourceId): string {
  const source = SOURCES[id];
  if (!source) return '';
  if (id === 'practice') return t('source_practice');
  const author = id === '004' ? t('source_author_004') : source.author;
  return t('source_cited', { title: sourceTitle(id), author });
}

/**
 * Gmail's number for the account a page shows, from its path: `/mail/u/1/` is 1, a bare `/mail/` the first (0).
 * `/mail/u/<address>/` gives null: that form 404s since April 2026 (raycast/extensions#27725).
 */
export function gmailAccountIndex(pathname: string): number | null {
  const numbered = /^\/mail\/u\/(\d{1,2})(?:\/|$)/.exec(pathname);
  if (numbered) return Number(numbered[1]);
  return /^\/mail(?:\/(?!u\/)|$)/.test(pathname) ? 0 : null;
}

/** `/mail/u/N/` of the account the mail was seen under; the first account when it is not known. */
function mailboxPath(account: { index: number | null } | null | undefined): string {
  const index = account?.index;
  return `/mail/u/${typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < 100 ? index : 0}/`;
}

/** The Gmail address of a thread in the account it was seen under: opened as a tab by the page, never fetched. */
export function gmailThreadUrl(threadId: string, account?: { index: number | null } | null): string {
  return `https://mail.google.com${mailboxPath(account)}#inbox/${encodeURIComponent(threadId)}`;
}

/**
 * Where a thread lives, on the host it was seen on: Outlook's conversation deep link (outlook-selectors.md §2.2) for
 * mail seen in Outlook on the web, Gmail's thread in its account otherwise.
 */
export function threadUrl(threadId: string, account?: { index: number | null; address?: string | null; origin?: string | null } | null): string {
  if (account?.origin && mailHostOf(account) === 'outlook') {
    return `${account.origin}/mail/deeplink/readconv/${encodeURIComponent(threadId)}`;
  }
  return gmailThreadUrl(threadId, account);
}

/** Gmail's inbox of an account (the one Callback last saw, or the first). */
export function gmailInboxUrl(account?: { index: number | null } | null): string {
  return `https://mail.google.com${mailboxPath(account)}#inbox`;
}

/** A date as "3 Mar 2026, 14:05" in the user's zone and the interface's language; "" for a bad date. */
export function shortDateTime(iso: string | null | undefined, timeZone: string): string {
  return formatDateTime(iso, timeZone);
}
