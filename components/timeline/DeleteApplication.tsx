/**
 * "Delete this application…" at the foot of its detail: asks first, in words that say what goes and that its
 * emails stay out of the timeline (the page's Undo bar brings it all back).
 */
import { useId, useState } from 'react';
import { t } from '../../lib/ui-text/i18n';

export interface DeleteApplicationProps {
  /** "Company · Role", as the question names it. */
  label: string;
  onDelete(): void;
}

export function DeleteApplication({ label, onDelete }: DeleteApplicationProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('delete_app_heading')}</h3>
      {!asking ? (
        <button type="button" onClick={() => setAsking(true)}>
          {t('delete_app_button')}
        </button>
      ) : (
        <div className="confirm" role="alertdialog" aria-labelledby={`${id}-q`}>
          <p id={`${id}-q`}>{t('delete_app_question', { application: label })}</p>
          <div className="row">
            <button
              type="button"
              className="danger-button"
              onClick={() => {
                setAsking(false);
                onDelete();
              }}
            >
              {t('delete_app_yes')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
