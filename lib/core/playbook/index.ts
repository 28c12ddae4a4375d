/**
 * The playbook: every reminder rule, one file each (its timing, why and source, how it is derived, its letters).
 * To add a rule: write lib/core/playbook/<rule>.ts exporting a PlaybookRule, add its id to RuleId
 * (reminders/types.ts) and it to PLAYBOOK below, give it tests/unit/playbook/<rule>.test.ts, and a label in
 * lib/ui-text if the popup names it. The convention test (tests/unit/playbook/convention.test.ts) checks the rest.
 */
import type { RuleId } from '../reminders/types';
import { answerOffer } from './answer-offer';
import { assessmentDue } from './assessment-due';
import { beAResource } from './be-a-resource';
import { followUpSilence } from './follow-up-silence';
import { graciousReply } from './gracious-reply';
import { interviewSoon } from './interview-soon';
import { keepDoorOpen } from './keep-door-open';
import { missedCall } from './missed-call';
import { moveOn } from './move-on';
import { prepare } from './prepare';
import { reflect } from './reflect';
import { replyToInvite } from './reply-to-invite';
import { thankHelpers } from './thank-helpers';
import { thankYouEach } from './thank-you-each';
import { thankYouEmail } from './thank-you-email';
import { thankYouNotePost } from './thank-you-note-post';
import type { PlaybookRule, RuleTiming } from './types';

export const PLAYBOOK: Record<RuleId, PlaybookRule> = {
  'thank-you-email': thankYouEmail,
  'thank-you-each': thankYouEach,
  'thank-helpers': thankHelpers,
  'thank-you-note-post': thankYouNotePost,
  'follow-up-silence': followUpSilence,
  'gracious-reply': graciousReply,
  'be-a-resource': beAResource,
  'keep-door-open': keepDoorOpen,
  reflect,
  'move-on': moveOn,
  'reply-to-invite': replyToInvite,
  prepare,
  'interview-soon': interviewSoon,
  'missed-call': missedCall,
  'assessment-due': assessmentDue,
  'answer-offer': answerOffer,
};

/** Every rule, in the order above. */
export const PLAYBOOK_RULES: readonly PlaybookRule[] = Object.values(PLAYBOOK);

/** What the popup and the drafts show of a rule: what to do, why, the source, and whether it calls for a letter. */
export interface RuleInfo {
  id: RuleId;
  action: string;
  why: string;
  source: PlaybookRule['source'];
  message: boolean;
}

export const RULES = Object.fromEntries(
  PLAYBOOK_RULES.map((r) => [r.id, { id: r.id, action: r.action, why: r.why, source: r.source, message: r.letters !== null }]),
) as Record<RuleId, RuleInfo>;

/** Each rule's timing, by id. */
export const RULE_TIMING = Object.fromEntries(PLAYBOOK_RULES.map((r) => [r.id, r.timing])) as Record<RuleId, RuleTiming>;

export { SECOND_FOLLOW_UP } from './follow-up-silence';
export type { DraftRuleMeta, Letters, PlaybookRule, RuleTiming, ToneTemplates, Trigger } from './types';
