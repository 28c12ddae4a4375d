/** Drafting one rule's letter from the drafts' small invented timeline (tests/unit/drafts/fixtures.ts). */
import { draftFor, type Draft, type DraftInput, type DraftResult, type Tone } from '../../../lib/core/drafts';
import type { RuleId } from '../../../lib/core/reminders/types';
import { event, fullInput } from '../drafts/fixtures';

export function letterFor(ruleId: RuleId, tone: Tone, over: Partial<DraftInput> = {}): Draft {
  const result = draftFor(fullInput(ruleId, { tone, event: event(), ...over }));
  if (result.kind !== 'draft') throw new Error(`expected a letter for ${ruleId}, got none (${result.reason})`);
  return result;
}

/** The letter of a draft result, or a failure that says why there is none. */
export function asDraft(r: DraftResult): Draft {
  if (r.kind !== 'draft') throw new Error(`no draft: ${r.reason}`);
  return r;
}
