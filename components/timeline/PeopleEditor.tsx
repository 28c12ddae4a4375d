/** Interviewers and helpers on an application: add one, edit a name or email, remove one. */
import { useState, type FormEvent } from 'react';
import type { Person, PersonRole } from '../../lib/core/timeline/types';
import { t } from '../../lib/ui-text/i18n';
import { ChoiceField } from '../ChoiceField';

export interface PersonDraft {
  id?: string;
  name: string;
  email: string | null;
  title: string | null;
  role: PersonRole;
}

export interface PeopleEditorProps {
  people: readonly Person[];
  onSave(person: PersonDraft): void;
  onDelete(id: string): void;
}

const ROLES = [
  ['interviewer', 'role_interviewer'],
  ['recruiter', 'role_recruiter'],
  ['helper', 'role_helper'],
] as const satisfies ReadonlyArray<[PersonRole, string]>;

function PersonForm({ initial, onSave, onCancel, submitLabel }: { initial: PersonDraft; onSave(p: PersonDraft): void; onCancel?(): void; submitLabel: string }) {
  const [person, setPerson] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person.name.trim()) return;
    onSave({ ...person, name: person.name.trim(), email: person.email?.trim() || null });
    if (!initial.id) setPerson({ ...initial });
  };
  return (
    <form className="person-form" onSubmit={submit} aria-label={initial.id ? t('edit_person_label', { name: initial.name }) : t('add_person_label')}>
      <label className="field">
        <span>{t('person_name')}</span>
        <input required value={person.name} onChange={(e) => setPerson({ ...person, name: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('person_email')}</span>
        <input type="email" value={person.email ?? ''} onChange={(e) => setPerson({ ...person, email: e.target.value })} />
      </label>
      <ChoiceField
        label={t('role')}
        value={person.role}
        choices={ROLES.map(([value, label]) => [value, t(label)] as const)}
        onChange={(role) => setPerson({ ...person, role })}
      />
      <div className="row">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="quiet" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export function PeopleEditor({ people, onSave, onDelete }: PeopleEditorProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="people">
      {people.length === 0 && <p className="muted">{t('people_none')}</p>}
      <ul className="list">
        {people.map((p) =>
          editing === p.id ? (
            <li key={p.id}>
              <PersonForm
                initial={{ id: p.id, name: p.name, email: p.email, title: p.title, role: p.role }}
                submitLabel={t('save')}
                onSave={(draft) => {
                  onSave(draft);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={p.id} className="person">
              <span>
                <strong>{p.name}</strong> {p.email && <span className="muted">{p.email}</span>}{' '}
                <span className="tag">{t(ROLES.find(([r]) => r === p.role)?.[1] ?? 'role_helper')}</span>
              </span>
              <span className="row">
                <button type="button" onClick={() => setEditing(p.id)} aria-label={t('edit_person_label', { name: p.name })}>
                  {t('edit')}
                </button>
                <button type="button" className="quiet" onClick={() => onDelete(p.id)} aria-label={t('remove_person_label', { name: p.name })}>
                  {t('remove')}
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      <PersonForm initial={{ name: '', email: null, title: null, role: 'interviewer' }} submitLabel={t('add_person')} onSave={onSave} />
    </div>
  );
}
