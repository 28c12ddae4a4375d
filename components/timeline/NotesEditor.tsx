/** Notes on an application: the topic discussed, the resource to send, an introduction to make. */
import { useState, type FormEvent } from 'react';
import type { Note, NoteKind } from '../../lib/core/timeline/types';
import { t } from '../../lib/ui-text/i18n';
import { ChoiceField } from '../ChoiceField';

export interface NotesEditorProps {
  notes: readonly Note[];
  onAdd(kind: NoteKind, text: string): void;
  onDelete(id: string): void;
}

const KINDS = [
  ['topic', 'note_topic'],
  ['resource', 'note_resource'],
  ['introduction', 'note_introduction'],
  ['general', 'note_general'],
] as const satisfies ReadonlyArray<[Exclude<NoteKind, 'reflection'>, string]>;

export function NotesEditor({ notes, onAdd, onDelete }: NotesEditorProps) {
  const [kind, setKind] = useState<Exclude<NoteKind, 'reflection'>>('topic');
  const [text, setText] = useState('');
  const shown = notes.filter((n) => n.kind !== 'reflection');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onAdd(kind, text.trim());
    setText('');
  };
  return (
    <div className="notes">
      <ul className="list">
        {shown.map((n) => (
          <li key={n.id} className="note">
            <span>
              <span className="tag">{t(KINDS.find(([k]) => k === n.kind)?.[1] ?? 'note_general')}</span> {n.text}
            </span>
            <button type="button" className="quiet" onClick={() => onDelete(n.id)} aria-label={t('delete_note_label', { text: n.text })}>
              {t('delete')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="note-form" aria-label={t('add_note_label')}>
        <ChoiceField label={t('note_kind')} value={kind} choices={KINDS.map(([value, label]) => [value, t(label)] as const)} onChange={setKind} />
        <label className="field grow">
          <span>{t('note_field')}</span>
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('note_placeholder')}
            aria-describedby="note-hint"
          />
        </label>
        <p id="note-hint" className="muted hint">
          {t('note_hint')}
        </p>
        <button type="submit">{t('add_note')}</button>
      </form>
    </div>
  );
}
