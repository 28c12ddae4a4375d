/** Drafted replies and the advice check: the public face of lib/core/drafts. */
export { draftFor, draftForReminder, type ReminderDraftOptions } from './draft';
export { checkAdvice, ADVICE_WARNINGS } from './advice-check';
export { REFLECTION_QUESTIONS, REFLECTION_SKIP } from './reflection';
export { TONES } from './types';
export type {
  AdviceContext,
  AdviceWarning,
  AdviceWarningId,
  Blank,
  Draft,
  DraftInput,
  DraftNote,
  DraftResult,
  NoDraft,
  NoDraftReason,
  OfferAnswer,
  ReflectionQuestion,
  Span,
  Tone,
} from './types';
