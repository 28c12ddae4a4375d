/** The private reflection after a rejection: a few honest questions on fit, the answers kept on the timeline. */
import { useState } from 'react';
import type { Note } from '../../lib/core/timeline/types';
import { t } from '../../lib/ui-text/i18n';

export interface ReflectionQuestionView {
  id: string;
  question: string;
  hint: string;
}

export interface ReflectionProps {
  questions: readonly ReflectionQuestionView[];
  /** Reflection notes; `question` holds the question's id. */
  answers: readonly Note[];
  onAnswer(questionId: string, text: string): void;
  source: string;
}

function Question({ q, kept, onAnswer }: { q: ReflectionQuestionView; kept: Note | undefined; onAnswer(text: string): void }) {
  const [text, setText] = useState(kept?.text ?? '');
  const [saved, setSaved] = useState(false);
  const id = `reflect-${q.id}`;
  return (
    <li className="question">
      <label htmlFor={id}>
        <strong>{q.question}</strong>
        <span className="muted hint">{q.hint}</span>
      </label>
      <textarea id={id} rows={2} value={text} onChange={(e) => { setText(e.target.value); setSaved(false); }} />
      <div className="row">
        <button type="button" disabled={!text.trim() || text === kept?.text} onClick={() => { onAnswer(text.trim()); setSaved(true); }}>
          {t('keep_answer')}
        </button>
        <span role="status" className="status">{saved ? t('kept') : ''}</span>
      </div>
    </li>
  );
}

export function Reflection({ questions, answers, onAnswer, source }: ReflectionProps) {
  // The latest answer to each question is the one shown.
  const latest = new Map<string, Note>();
  for (const n of [...answers].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))) if (n.question) latest.set(n.question, n);
  return (
    <div className="reflection">
      <p className="muted">{t('reflection_private', { source })}</p>
      <ol className="questions">
        {questions.map((q) => (
          <Question key={q.id} q={q} kept={latest.get(q.id)} onAnswer={(text) => onAnswer(q.id, text)} />
        ))}
      </ol>
    </div>
  );
}
