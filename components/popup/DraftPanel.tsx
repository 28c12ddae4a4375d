/**
 * The draft for one reminder: tone and language choice, the text (editable), the advice check's warnings, and Copy.
 * The language starts as the settings' default (the conversation's, unless the user chose one).
 */
import { useEffect, useId, useState } from 'react';
import { isLetterLang, type LetterLang } from '../../lib/core/drafts/locale';
import { TONES, type Tone } from '../../lib/core/drafts/types';
import type { DraftLanguage } from '../../lib/core/settings';
import type { DraftView, WarningView } from './types';
import { t } from '../../lib/ui-text/i18n';
import { letterLanguageName } from '../../lib/ui-text/labels';
import { LetterLanguageOptions } from '../LetterLanguageOptions';

export interface DraftPanelProps {
  draftFor(tone: Tone, lang?: DraftLanguage): DraftView;
  checkText(text: string): WarningView[];
  onCopy(text: string): Promise<boolean>;
  /** The settings' default language, which the draft starts in ('conversation' when absent). */
  defaultLanguage?: DraftLanguage;
}

const TONE_KEYS = { warm: 'tone_warm', concise: 'tone_concise', formal: 'tone_formal' } as const satisfies Record<Tone, string>;

/** A tone or a language asked for while the text holds the user's edits. */
type Choice = 'conversation' | LetterLang;
type Pending = { tone: Tone } | { lang: Choice };

export function DraftPanel({ draftFor, checkText, onCopy, defaultLanguage }: DraftPanelProps) {
  const [tone, setTone] = useState<Tone>('warm');
  // undefined: the settings' default language.
  const [lang, setLang] = useState<Choice | undefined>(undefined);
  const draft = draftFor(tone, lang);
  const [text, setText] = useState(draft.body);
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  // A tone asked for while the text holds the user's edits: asked first, never thrown away silently.
  const [pending, setPending] = useState<Pending | null>(null);
  const id = useId();
  useEffect(() => {
    setText(draft.body);
    setCopied('');
  }, [tone, lang, draft.body]);
  // The select shows the language the draft is in: the user's pick, else the settings' default when letters exist in it.
  const shown: Choice = lang ?? (defaultLanguage && isLetterLang(defaultLanguage) ? defaultLanguage : 'conversation');
  const apply = (next: Pending) => ('tone' in next ? setTone(next.tone) : setLang(next.lang));
  const choose = (next: Pending) => {
    if ('tone' in next ? next.tone === tone : next.lang === shown) return;
    if (text !== draft.body) setPending(next);
    else apply(next);
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
            <input type="radio" name={`${id}-tone`} value={tn} checked={tone === tn} onChange={() => choose({ tone: tn })} />
            {t(TONE_KEYS[tn])}
          </label>
        ))}
      </fieldset>
      <label className="draft-language">
        {t('draft_language')}{' '}
        <select value={shown} onChange={(e) => choose({ lang: e.target.value as Choice })}>
          <LetterLanguageOptions conversationLabel={t('draft_language_conversation')} />
        </select>
      </label>
      {pending && (
        <div className="confirm" role="alertdialog" aria-label={t('draft_replace_question')}>
          <p>
            {'tone' in pending
              ? t('draft_replace_explain', { tone: t(TONE_KEYS[pending.tone]) })
              : t('draft_replace_explain_language', {
                  language: pending.lang === 'conversation' ? t('draft_language_conversation') : letterLanguageName(pending.lang),
                })}
          </p>
          <div className="row">
            <button
              type="button"
              onClick={() => {
                apply(pending);
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
