/** What a new user sees before Callback has found anything: what it does and what to do first. */
import { t } from '../lib/ui-text/i18n';

export interface EmptyStateProps {
  /** true when the timeline has applications but nothing is due: a calmer message. */
  hasApplications?: boolean;
  onOpenGmail?(): void;
  onOpenTimeline?(): void;
}

export function EmptyState({ hasApplications = false, onOpenGmail, onOpenTimeline }: EmptyStateProps) {
  if (hasApplications) {
    return (
      <section aria-label={t('empty_caught_up_label')} className="empty">
        <p className="empty-title">{t('empty_caught_up')}</p>
        <p>{t('empty_nothing_now')}</p>
        {onOpenTimeline && (
          <button type="button" onClick={onOpenTimeline}>
            {t('empty_see_applications')}
          </button>
        )}
      </section>
    );
  }
  return (
    <section aria-label={t('empty_start_label')} className="empty">
      <p className="empty-title">{t('empty_title')}</p>
      <p>{t('empty_intro')}</p>
      <ol className="steps">
        <li>{t('empty_step_open')}</li>
        <li>{t('empty_step_back')}</li>
      </ol>
      <p className="muted">{t('empty_local')}</p>
      {onOpenGmail && (
        <button type="button" className="primary" onClick={onOpenGmail}>
          {t('open_gmail')}
        </button>
      )}
    </section>
  );
}
