/** The draft for one reminder: tone choice, the text (editable), the advice check's warnings, and Copy. */
import { useEffect, useId, useState } from 'react';
import { TONES, type Tone } from '../../lib/core/drafts/types';
import type { DraftView, WarningView } from './types';

export interface DraftPanelProps {
  draftFor(tone: Tone): DraftView;
  checkText(text: string): WarningView[];
  onCopy(text: string): Promise<boolean>;
}

const TONE_LABELS: Record<Tone, string> = { warm: 'Warm', concise: 'Concise', formal: 'Formal' };

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
  const full = draft.subject ? `Subject: ${draft.subject}\n\n${text}` : text;

  return (
    <div className="draft">
      <fieldset className="tones">
        <legend>Tone</legend>
        {TONES.map((t) => (
          <label key={t}>
            <input type="radio" name={`${id}-tone`} value={t} checked={tone === t} onChange={() => chooseTone(t)} />
            {TONE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      {pending && (
        <div className="confirm" role="alertdialog" aria-label="Replace your edits?">
          <p>Switching to {TONE_LABELS[pending]} replaces the text with a new draft, and your edits are lost.</p>
          <div className="row">
            <button
              type="button"
              onClick={() => {
                setTone(pending);
                setPending(null);
              }}
            >
              Replace my edits
            </button>
            <button type="button" className="primary" autoFocus onClick={() => setPending(null)}>
              Keep my edits
            </button>
          </div>
        </div>
      )}
      {draft.subject && <p className="draft-subject">Subject: {draft.subject}</p>}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        Draft text
      </label>
      <textarea id={`${id}-text`} value={text} rows={8} onChange={(e) => setText(e.target.value)} />
      {warnings.length > 0 ? (
        <ul className="warnings" aria-label="Advice check">
          {warnings.map((w) => (
            <li key={w.id} className={`warning warning-${w.severity}`}>
              {w.reason} <span className="source">({w.source})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="check-ok">Advice check: nothing to change.</p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={async () => setCopied((await onCopy(full)) ? 'yes' : 'no')}
        >
          Copy draft
        </button>
        <span role="status" className="status">
          {copied === 'yes' ? 'Copied. Paste it into your reply.' : copied === 'no' ? 'Could not copy: select the text instead.' : ''}
        </span>
      </div>
    </div>
  );
}
