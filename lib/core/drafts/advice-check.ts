/**
 * The advice check: reads a letter the user is writing and warns, never blocks, when it says what the playbook
 * advises against (004) or leaves out what it must say (000: that you want the job; 002: that the door is open).
 * Runs on every keystroke: phrase families are compiled once, matching is linear in the text. Reads English, German,
 * French, Spanish and Portuguese (advice-languages.ts).
 */
import { SOURCES, type SourceId } from '../advice/sources';
import type { RuleId } from '../reminders/types';
import { allFamilies } from './advice-languages';
import { compileFamilies, matchFamilies } from './phrase-matcher';
import type { AdviceContext, AdviceWarning, AdviceWarningId } from './types';

interface WarningInfo {
  reason: string;
  source: SourceId;
  severity: AdviceWarning['severity'];
}

/** One line per warning, in our words, with the article it follows. */
export const ADVICE_WARNINGS: Record<AdviceWarningId, WarningInfo> = {
  'late-answer': {
    reason: 'A better answer sent afterwards shows you could not find it when it counted; leave it out.',
    source: '004',
    severity: 'warning',
  },
  'explain-failure': {
    reason: 'Explaining what went wrong keeps the slip in their mind; they want someone who acts in the moment.',
    source: '004',
    severity: 'warning',
  },
  'outside-troubles': {
    reason: 'Leave personal circumstances out: employers expect troubles to stay at the door.',
    source: '004',
    severity: 'warning',
  },
  'apology-trivial': {
    reason: 'Apologising for a small slip, such as a wrong name, only reminds them of it.',
    source: '004',
    severity: 'warning',
  },
  begging: {
    reason: 'Asking them to reconsider reads as desperate and rarely changes a decision.',
    source: '004',
    severity: 'warning',
  },
  'feedback-request': {
    reason: 'Interviewers seldom say honestly why you were not chosen; expect little or no answer.',
    source: '004',
    severity: 'soft',
  },
  'no-enthusiasm': {
    reason: 'Say plainly that you want the job: nerves can read as disinterest, and this note can fix that.',
    source: '000',
    severity: 'warning',
  },
  'door-not-open': {
    reason: 'Say you would still like to join if another role opens: it keeps you on their list.',
    source: '002',
    severity: 'warning',
  },
};

/** Rules whose message must say the user wants the job (000), and how firmly. */
const NEEDS_ENTHUSIASM: Partial<Record<RuleId, AdviceWarning['severity']>> = {
  'thank-you-email': 'warning',
  'thank-you-each': 'warning',
  'thank-you-note-post': 'warning',
  // A coordinator did not decide; saying you want the job is welcome there but matters less.
  'thank-helpers': 'soft',
};

/** Rules whose message must keep the door open (002, must-do 3). */
const NEEDS_OPEN_DOOR = new Set<RuleId>(['gracious-reply', 'keep-door-open']);

/** Below this many words the user is still typing: absence warnings wait. */
const MIN_WORDS_FOR_ABSENCE = 15;

/** English, German, French, Spanish and Portuguese at once (advice-languages.ts): a letter is checked in whatever it is written in. */
const COMPILED = compileFamilies<AdviceWarningId | 'enthusiasm' | 'door-open'>(allFamilies());

const ORDER: AdviceWarningId[] = [
  'begging',
  'apology-trivial',
  'explain-failure',
  'late-answer',
  'outside-troubles',
  'feedback-request',
  'no-enthusiasm',
  'door-not-open',
];

function warning(id: AdviceWarningId, matches: AdviceWarning['matches'], severity?: AdviceWarning['severity']) {
  const info = ADVICE_WARNINGS[id];
  const result: AdviceWarning = {
    id,
    reason: info.reason,
    source: SOURCES[info.source],
    severity: severity ?? info.severity,
    matches,
  };
  if (matches[0]) result.match = matches[0];
  return result;
}

/**
 * Warnings for a letter the user is writing, at most one per kind, in a stable order (most serious first).
 * With `context.ruleId`, also warns when a thank-you never says the user wants the job, or a gracious reply does
 * not keep the door open. Never throws; empty or odd input gives no warnings.
 *
 * @example checkAdvice("Sorry for calling you Sam!", { ruleId: 'thank-you-email' }) // apology-trivial (+ no-enthusiasm once long enough)
 */
export function checkAdvice(text: string, context: AdviceContext = {}): AdviceWarning[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const { hits: found, words } = matchFamilies(text, COMPILED);
  const warnings: AdviceWarning[] = [];
  for (const [key, hits] of found) {
    if (key === 'enthusiasm' || key === 'door-open') continue;
    warnings.push(warning(key, hits.map((h) => ({ start: h.start, end: h.end }))));
  }
  const ruleId = context.ruleId ?? null;
  const longEnough = () => words >= MIN_WORDS_FOR_ABSENCE;
  const enthusiasm = ruleId ? NEEDS_ENTHUSIASM[ruleId] : undefined;
  if (enthusiasm && !found.has('enthusiasm') && longEnough()) warnings.push(warning('no-enthusiasm', [], enthusiasm));
  if (ruleId && NEEDS_OPEN_DOOR.has(ruleId) && !found.has('door-open') && longEnough()) {
    warnings.push(warning('door-not-open', []));
  }
  return warnings.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
}
