/** Drafting one rule's letter from the drafts' small invented timeline (tests/unit/drafts/fixtures.ts). */
import { draftFor, type Draft, type DraftInput, type DraftResult, type Tone } from '../../../lib/core/drafts';
import type { RuleId } from '../../../lib/core/reminders/types';
import { ana, application, ben, chloe, event, notes, sameEvening, settings } from '../drafts/fixtures';

export function letterFor(ruleId: RuleId, tone: Tone, over: Partial<DraftInput> = {}): Draft {
  const result = draftFor({
    ruleId,
    tone,
    stance: 'door_open',
    application,
    event: event(),
    person: ruleId === 'thank-helpers' ? chloe : ana,
    people: [ana, ben, chloe],
    notes,
    settings,
    userName: 'Sam Lee',
    asReply: false,
    now: sameEvening,
    ...over,
  });
  if (result.kind !== 'draft') throw new Error(`expected a letter for ${ruleId}, got none (${result.reason})`);
  return result;
}

/** The letter of a draft result, or a failure that says why there is none. */
export function asDraft(r: DraftResult): Draft {
  if (r.kind !== 'draft') throw new Error(`no draft: ${r.reason}`);
  return r;
}
