/** The draft for one reminder: tone choice, the text (editable), the advice check's warnings, and Copy. */
import { useEffect, useId, useState } from 'react';
import { TONES, type Tone } from '../../lib/core/drafts/types';
import type { DraftView, WarningView } from './types';
import { t } from '../../lib/ui-text/i18n';

export interface DraftPanelProps {
  draftFor(tone: Tone): DraftView;
  checkText(text: string): WarningView[];
  onCopy(text: string): Promise<boolean>;
}

const TONE_KEYS = { warm: 'tone_warm', concise: 'tone_concise', formal: 'tone_formal' } as const satisfies Record<Tone, string>;

export function DraftPanel({ draftFor, checkText, onCopy }: DraftPanelProps) {
  const [tone, setTone] = useState<Tone>('warm');
  const draft = draftFor(tone);
  const [text, setText] = useState(draft.body);
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  // A tone asked for while the text holds the user's edits: asked first, never thrown away silently.
  const [pending, setPending] = useState<Tone | null>(null);
  const id = useId();
  useEffect(() => {
    setText(draft.body);
    setCopied('');
  }, [tone, draft.body]);
  const chooseTone = (next: Tone) => {
    if (next === tone) return;
    if (text !== draft.body) setPending(next);
    else setTone(next);
  };

  if (draft.kind === 'none') return <p className="draft-none">{draft.explain}</p>;
  const warnings = checkText(text);
  const full = draft.subject ? `${t('draft_subject', { subject: draft.subject })}\n\n${text}` : text;

  return (
    <div className="draft">
      <fieldset className="tones">
        <legend>{t('tone')}</legend>
        {TONES.map((tn) => (
          <label key={tn}>
            <input type="radio" name={`${id}-tone`} value={tn} checked={tone === tn} onChange={() => chooseTone(tn)} />
            {t(TONE_KEYS[tn])}
          </label>
        ))}
      </fieldset>
      {pending && (
        <div className="confirm" role="alertdialog" aria-label={t('draft_replace_question')}>
          <p>{t('draft_replace_explain', { tone: t(TONE_KEYS[pending]) })}</p>
          <div className="row">
            <button
              type="button"
              onClick={() => {
                setTone(pending);
                setPending(null);
              }}
            >
              {t('draft_replace')}
            </button>
            <button type="button" className="primary" autoFocus onClick={() => setPending(null)}>
              {t('draft_keep')}
            </button>
          </div>
        </div>
      )}
      {draft.subject && <p className="draft-subject">{t('draft_subject', { subject: draft.subject })}</p>}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('draft_text')}
      </label>
      <textarea id={`${id}-text`} value={text} rows={8} onChange={(e) => setText(e.target.value)} />
      {warnings.length > 0 ? (
        <ul className="warnings" aria-label={t('advice_check')}>
          {warnings.map((w) => (
            <li key={w.id} className={`warning warning-${w.severity}`}>
              {w.reason} <span className="source">({w.source})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="check-ok">{t('advice_check_ok')}</p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={async () => setCopied((await onCopy(full)) ? 'yes' : 'no')}
        >
          {t('draft_copy')}
        </button>
        <span role="status" className="status">
          {copied === 'yes' ? t('copied') : copied === 'no' ? t('copy_failed') : ''}
        </span>
      </div>
    </div>
  );
}
