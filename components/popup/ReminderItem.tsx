/** One reminder: what to do, for whom, by when, why (advice and source), and what the user can do about it. */
import { useState } from 'react';
import { DraftPanel } from './DraftPanel';
import { SnoozeMenu } from './SnoozeMenu';
import type { ReminderCallbacks, ReminderView, SnoozeOption } from './types';
import { t } from '../../lib/ui-text/i18n';

export interface ReminderItemProps extends ReminderCallbacks {
  view: ReminderView;
  snoozeOptions: readonly SnoozeOption[];
  /** Highlight and scroll to it (a notification was clicked). */
  focused?: boolean;
}

export function ReminderItem({ view, snoozeOptions, focused, ...on }: ReminderItemProps) {
  const [showDraft, setShowDraft] = useState(false);
  const [showQuestions, setShowQuestions] = useState(false);
  const questionsId = `questions-${view.id}`;
  return (
    <li
      className={`reminder due-${view.due.state}${focused ? ' focused' : ''}`}
      id={`reminder-${view.id}`}
      tabIndex={-1}
      aria-label={`${view.action}, ${view.forWhom}`}
      ref={(el) => {
        if (focused && el) el.scrollIntoView?.({ block: 'nearest' });
      }}
    >
      <div className="reminder-head">
        <strong className="reminder-action">{view.action}</strong>
        <span className={`due due-${view.due.state}`}>{view.due.text}</span>
      </div>
      <p className="for-whom">{view.forWhom}</p>
      <p className="why">
        {view.why} <span className="source">{t('source_line', { source: view.source })}</span>
      </p>
      <div className="actions">
        {view.threadId && (
          <button type="button" onClick={() => on.onOpenThread(view.threadId!, view.account ?? null)}>
            {view.openLabel}
          </button>
        )}
        {view.hasDraft && (
          <button
            type="button"
            aria-expanded={showDraft}
            disabled={view.draftPending}
            title={view.draftPending ? t('reminder_draft_pending') : undefined}
            onClick={() => setShowDraft((s) => !s)}
          >
            {showDraft ? t('reminder_hide_draft') : t('reminder_draft')}
          </button>
        )}
        {view.questions && (
          <button type="button" aria-expanded={showQuestions} aria-controls={questionsId} onClick={() => setShowQuestions((s) => !s)}>
            {showQuestions ? t('reminder_hide_questions') : t('reminder_see_questions')}
          </button>
        )}
        {view.calendar && on.onAddToCalendar && (
          <button type="button" onClick={() => on.onAddToCalendar!(view.id)}>
            {t('add_to_calendar')}
          </button>
        )}
        <button type="button" onClick={() => on.onDone(view.id)}>
          {t('reminder_done')}
        </button>
        <SnoozeMenu options={snoozeOptions} onPick={(option) => on.onSnooze(view.id, option)} />
        <button type="button" className="quiet" onClick={() => on.onDismiss(view.id)}>
          {t('reminder_dismiss')}
        </button>
      </div>
      {view.questions && showQuestions && (
        <div className="reflection" id={questionsId}>
          <ol className="questions" aria-label={t('reminder_questions_label')}>
            {view.questions.map((q) => (
              <li key={q.id} className="question">
                <strong>{q.question}</strong> <span className="muted hint">{q.hint}</span>
              </li>
            ))}
          </ol>
          {on.onOpenReflection && (
            <button type="button" className="link" onClick={() => on.onOpenReflection!(view.id)}>
              {t('reminder_write_answers')}
            </button>
          )}
        </div>
      )}
      {showDraft && !view.draftPending && (
        <DraftPanel
          draftFor={(tone, lang) => on.draftFor(view.id, tone, lang)}
          checkText={(text) => on.checkText(view.id, text)}
          onCopy={on.onCopy}
          defaultLanguage={on.defaultDraftLanguage}
        />
      )}
    </li>
  );
}
