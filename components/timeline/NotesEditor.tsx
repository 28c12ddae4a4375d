/** Notes on an application: the topic discussed, the resource to send, an introduction to make. */
import { useState, type FormEvent } from 'react';
import type { Note, NoteKind } from '../../lib/core/timeline/types';

export interface NotesEditorProps {
  notes: readonly Note[];
  onAdd(kind: NoteKind, text: string): void;
  onDelete(id: string): void;
}

const KINDS: ReadonlyArray<[Exclude<NoteKind, 'reflection'>, string]> = [
  ['topic', 'Topic we discussed'],
  ['resource', 'Resource to send'],
  ['introduction', 'Introduction I could make'],
  ['general', 'Note'],
];

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
              <span className="tag">{KINDS.find(([k]) => k === n.kind)?.[1] ?? 'Note'}</span> {n.text}
            </span>
            <button type="button" className="quiet" onClick={() => onDelete(n.id)} aria-label={`Delete note: ${n.text}`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="note-form" aria-label="Add a note">
        <label className="field">
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as Exclude<NoteKind, 'reflection'>)}>
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>Note</span>
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="e.g. They asked about event sourcing"
            aria-describedby="note-hint"
          />
        </label>
        <p id="note-hint" className="muted hint">
          A topic goes into every interviewer&rsquo;s thank-you. To keep it for one, start with their first name: &ldquo;Ana: event
          sourcing&rdquo;.
        </p>
        <button type="submit">Add note</button>
      </form>
    </div>
  );
}
