/** A detection Callback is unsure of: confirm it, or correct it, in one click. The email is shown as text only. */
import { useId } from 'react';
import { EMAIL_KINDS, type EmailKind } from '../../lib/core/detection';
import { KIND_LABELS } from '../../lib/ui-text/labels';

export interface ReviewView {
  id: string;
  subject: string;
  from: string;
  snippet: string;
  kind: EmailKind;
  confidence: number;
}

export interface ReviewCardProps {
  item: ReviewView;
  onConfirm(id: string): void;
  onCorrect(id: string, kind: EmailKind): void;
}

export function ReviewCard({ item, onConfirm, onCorrect }: ReviewCardProps) {
  const id = useId();
  const others = EMAIL_KINDS.filter((k) => k !== item.kind && k !== 'other');
  return (
    <li className="review" aria-label={`Check: ${item.subject}`}>
      <p className="review-guess">
        Looks like <strong>{KIND_LABELS[item.kind].toLowerCase()}</strong>{' '}
        <span className="muted">({Math.round(item.confidence * 100)}% sure)</span>
      </p>
      <p className="review-subject">{item.subject || '(no subject)'}</p>
      <p className="muted review-from">{item.from}</p>
      {item.snippet && <p className="review-snippet">{item.snippet.slice(0, 160)}</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={() => onConfirm(item.id)}>
          Yes, {KIND_LABELS[item.kind].toLowerCase()}
        </button>
        {item.kind !== 'other' && (
          <button type="button" onClick={() => onCorrect(item.id, 'other')}>
            Not job mail
          </button>
        )}
        <label htmlFor={`${id}-kind`} className="visually-hidden">
          It is something else
        </label>
        <select
          id={`${id}-kind`}
          value=""
          onChange={(e) => {
            if (e.target.value) onCorrect(item.id, e.target.value as EmailKind);
          }}
        >
          <option value="">It is…</option>
          {others.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
