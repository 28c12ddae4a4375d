/** What a new user sees before Callback has found anything: what it does and what to do first. */
import { t } from '../lib/ui-text/i18n';

const GMAIL_FIRST = ['gmail', 'outlook'] as const;
const OUTLOOK_FIRST = ['outlook', 'gmail'] as const;

export interface EmptyStateProps {
  /** true when the timeline has applications but nothing is due: a calmer message. */
  hasApplications?: boolean;
  onOpenGmail?(): void;
  onOpenOutlook?(): void;
  /** The webmail the user was last seen reading: its button comes first. */
  lastHost?: 'gmail' | 'outlook';
  onOpenTimeline?(): void;
}

export function EmptyState({ hasApplications = false, onOpenGmail, onOpenOutlook, lastHost = 'gmail', onOpenTimeline }: EmptyStateProps) {
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
      <div className="row">
        {(lastHost === 'outlook' ? OUTLOOK_FIRST : GMAIL_FIRST).map((host, i) => {
          const open = host === 'gmail' ? onOpenGmail : onOpenOutlook;
          if (!open) return null;
          return (
            <button key={host} type="button" className={i === 0 ? 'primary' : undefined} onClick={open}>
              {t(host === 'gmail' ? 'open_gmail' : 'open_outlook')}
            </button>
          );
        })}
      </div>
    </section>
  );
}
