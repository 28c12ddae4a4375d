/** Turns the store's data, the engine's reminders or the stored snapshot into the worded views the popup shows. */
import { RULES } from '../../lib/core/advice/sources';
import type { ReviewItem } from '../../lib/core/timeline/review';
import type { RuleId } from '../../lib/core/reminders/types';
import type { ReminderDisplay } from '../../lib/schedule/popup-sections';
import { reviewDisplay } from '../../lib/schedule/popup-snapshot';
import type { DueText } from '../../lib/ui-text/due-phrase';
import { sourceLabel } from '../../lib/ui-text/labels';
import type { ReminderView } from '../../components/popup/types';
import type { ReviewView } from '../../components/popup/ReviewCard';

/** One reminder in words; `due` is its "by when" (dueText at the popup's clock, or the snapshot's). */
export function reminderView(reminder: ReminderDisplay, due: DueText): ReminderView {
  const rule = RULES[reminder.ruleId as RuleId] as (typeof RULES)[RuleId] | undefined;
  const where = reminder.company !== null ? `${reminder.company}${reminder.role ? `, ${reminder.role}` : ''}` : 'an application';
  return {
    id: reminder.id,
    action: rule?.action ?? reminder.ruleId,
    forWhom: reminder.person !== null ? `${reminder.person} · ${where}` : where,
    due,
    why: rule?.why ?? '',
    source: sourceLabel(rule?.source ?? 'practice'),
    hasDraft: rule?.message ?? false,
    threadId: reminder.threadId,
  };
}

export function reviewView(item: ReviewItem): ReviewView {
  return reviewDisplay(item);
}
