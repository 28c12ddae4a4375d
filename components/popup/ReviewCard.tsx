/** A detection Callback is unsure of: confirm it, or correct it, in one click. The email is shown as text only. */
import { EMAIL_KINDS, type EmailKind } from '../../lib/core/detection';
import type { ReviewView } from '../../lib/popup/views';
import { kindInSentence, kindLabel } from '../../lib/ui-text/labels';
import { KindChoice } from '../KindChoice';
import { t } from '../../lib/ui-text/i18n';

/** The card's fields of one item, as the popup's view model gives them (lib/popup/views.ts), with its worded "Why?". */
export type { ReviewView };

export interface ReviewCardProps {
  item: ReviewView;
  onConfirm(id: string): void;
  onCorrect(id: string, kind: EmailKind): void;
}

export function ReviewCard({ item, onConfirm, onCorrect }: ReviewCardProps) {
  const others = EMAIL_KINDS.filter((k) => k !== item.kind && k !== 'other');
  return (
    <li className="review" aria-label={t('review_check', { subject: item.subject })}>
      <p className="review-guess">
        {t('review_looks_like')} <strong>{kindInSentence(item.kind)}</strong>{' '}
        <span className="muted">{t('review_sure', { percent: Math.round(item.confidence * 100) })}</span>
      </p>
      <p className="review-subject">{item.subject || t('no_subject')}</p>
      <p className="muted review-from">{item.from}</p>
      {item.snippet && <p className="review-snippet">{item.snippet.slice(0, 160)}</p>}
      {item.why && item.why.length > 0 && (
        <details className="review-why">
          <summary>{t('bar_why')}</summary>
          <ul>
            {item.why.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => onConfirm(item.id)}>
          {t('review_yes', { kind: kindInSentence(item.kind) })}
        </button>
        {item.kind !== 'other' && (
          <button type="button" onClick={() => onCorrect(item.id, 'other')}>
            {kindLabel('other')}
          </button>
        )}
        <KindChoice label={t('review_something_else')} prompt={t('review_it_is')} kinds={others} onPick={(kind) => onCorrect(item.id, kind)} />
      </div>
    </li>
  );
}
