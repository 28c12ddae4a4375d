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
  const id = useId();
  // A new tone replaces the text the user had (they chose to start again from another tone).
  useEffect(() => {
    setText(draft.body);
    setCopied('');
  }, [tone, draft.body]);

  if (draft.kind === 'none') return <p className="draft-none">{draft.explain}</p>;
  const warnings = checkText(text);
  const full = draft.subject ? `Subject: ${draft.subject}\n\n${text}` : text;

  return (
    <div className="draft">
      <fieldset className="tones">
        <legend>Tone</legend>
        {TONES.map((t) => (
          <label key={t}>
            <input type="radio" name={`${id}-tone`} value={t} checked={tone === t} onChange={() => setTone(t)} />
            {TONE_LABELS[t]}
          </label>
        ))}
      </fieldset>
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
