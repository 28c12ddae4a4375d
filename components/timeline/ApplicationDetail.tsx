/** One application: its events, people, notes, the reflection after a rejection, stance, merge, a new interview and delete. */
import type { MailAccount } from '../../lib/core/email';
import { useId, useState } from 'react';
import { STANCES } from '../../lib/core/advice/sources';
import type { Application, Note, NoteKind, Person, Stage, Stance, TimelineEvent } from '../../lib/core/timeline/types';
import { sourceLabel, stageLabel, STAGES, stanceLabel } from '../../lib/ui-text/labels';
import { ChoiceField } from '../ChoiceField';
import { StancePicker } from '../options/StancePicker';
import { AddInterviewForm, type AddInterviewFormProps } from './AddInterviewForm';
import { DeleteApplication } from './DeleteApplication';
import { EventList, type EventListProps } from './EventList';
import { NotesEditor } from './NotesEditor';
import { PeopleEditor, type PersonDraft } from './PeopleEditor';
import { Reflection, type ReflectionQuestionView } from './Reflection';
import { t } from '../../lib/ui-text/i18n';

export interface ApplicationDetailProps {
  application: Application;
  events: readonly TimelineEvent[];
  people: readonly Person[];
  notes: readonly Note[];
  /** Every other application, for "merge into this one". */
  others: readonly Application[];
  defaultStance: Stance;
  timeZone: string;
  reflectionQuestions: readonly ReflectionQuestionView[];
  onOpenThread(threadId: string, account: MailAccount | null): void;
  /** Interviews that offer "Add to calendar", and the save. */
  calendarIds?: ReadonlySet<string>;
  onAddToCalendar?(eventId: string): void;
  /** The user corrects what an email-read event is ("Not job mail" removes it, with the application if it was the last). */
  onCorrect?: EventListProps['onCorrect'];
  onStage(stage: Stage | 'auto'): void;
  onStance(stance: Stance | null): void;
  onArchive(archived: boolean): void;
  onSavePerson(person: PersonDraft): void;
  onDeletePerson(id: string): void;
  onAddNote(kind: NoteKind, text: string, question?: string | null): void;
  onDeleteNote(id: string): void;
  onMerge(otherId: string): void;
  onAddInterview: AddInterviewFormProps['onAdd'];
  /** Delete the application with everything of it (asked first; the page offers Undo). */
  onDelete?(): void;
}

export function ApplicationDetail(props: ApplicationDetailProps) {
  const { application: app } = props;
  const id = useId();
  const [mergeId, setMergeId] = useState('');
  const [confirmMerge, setConfirmMerge] = useState(false);
  const rejected = app.stage === 'rejected' || props.events.some((e) => e.kind === 'rejection');
  const stance = app.stance ?? props.defaultStance;
  const mergeTarget = props.others.find((o) => o.id === mergeId);

  return (
    <article className="detail" aria-labelledby={`${id}-title`}>
      <header className="card">
        <h2 id={`${id}-title`}>
          {app.company}
          {app.role && <span className="muted"> · {app.role}</span>}
        </h2>
        <div className="row wrap">
          <ChoiceField label={t('stage')} value={app.stage} choices={STAGES.map((s) => [s, stageLabel(s)] as const)} onChange={props.onStage} />
          {app.stageByUser && (
            <button type="button" className="link" onClick={() => props.onStage('auto')}>
              {t('stage_auto')}
            </button>
          )}
          <button type="button" onClick={() => props.onArchive(!app.archived)}>
            {app.archived ? t('unarchive') : t('archive')}
          </button>
        </div>
      </header>

      <section className="card" aria-labelledby={`${id}-events`}>
        <h3 id={`${id}-events`}>{t('what_happened')}</h3>
        <EventList
          events={props.events}
          timeZone={props.timeZone}
          onOpenThread={props.onOpenThread}
          calendarIds={props.calendarIds}
          onAddToCalendar={props.onAddToCalendar}
          onCorrect={props.onCorrect}
        />
        <h4>{t('add_interview_by_hand')}</h4>
        <AddInterviewForm onAdd={props.onAddInterview} />
      </section>

      <section className="card" aria-labelledby={`${id}-people`}>
        <h3 id={`${id}-people`}>{t('people')}</h3>
        <PeopleEditor people={props.people} onSave={props.onSavePerson} onDelete={props.onDeletePerson} />
      </section>

      <section className="card" aria-labelledby={`${id}-notes`}>
        <h3 id={`${id}-notes`}>{t('notes')}</h3>
        <p className="muted">{t('notes_hint')}</p>
        <NotesEditor notes={props.notes} onAdd={(kind, text) => props.onAddNote(kind, text)} onDelete={props.onDeleteNote} />
      </section>

      {rejected && (
        <section className="card" aria-labelledby={`${id}-after`}>
          <h3 id={`${id}-after`}>{t('after_rejection')}</h3>
          <StancePicker
            legend={t('for_this_application')}
            value={app.stance}
            onChange={(s) => props.onStance(s)}
            defaultLabel={t('my_default', { stance: stanceLabel(props.defaultStance) })}
            onUseDefault={() => props.onStance(null)}
          />
          <h4>{t('reflect_heading')}</h4>
          <Reflection
            questions={props.reflectionQuestions}
            answers={props.notes.filter((n) => n.kind === 'reflection')}
            onAnswer={(question, text) => props.onAddNote('reflection', text, question)}
            source={sourceLabel(STANCES.clean_break.source)}
          />
          {stance === 'clean_break' && <p className="muted">{t('clean_break_hint')}</p>}
        </section>
      )}

      {props.others.length > 0 && (
        <section className="card" aria-labelledby={`${id}-merge`}>
          <h3 id={`${id}-merge`}>{t('merge_heading')}</h3>
          <div className="row wrap">
            <label className="field">
              <span>{t('merge_into')}</span>
              <select
                value={mergeId}
                onChange={(e) => {
                  setMergeId(e.target.value);
                  setConfirmMerge(false);
                }}
              >
                <option value="">{t('merge_choose')}</option>
                {props.others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.company}
                    {o.role ? `, ${o.role}` : ''}
                  </option>
                ))}
              </select>
            </label>
            {mergeTarget && !confirmMerge && (
              <button type="button" onClick={() => setConfirmMerge(true)}>
                {t('merge')}
              </button>
            )}
          </div>
          {mergeTarget && confirmMerge && (
            <div className="confirm" role="alertdialog" aria-labelledby={`${id}-merge-q`}>
              <p id={`${id}-merge-q`}>
                {t('merge_question', { application: `${mergeTarget.company}${mergeTarget.role ? `, ${mergeTarget.role}` : ''}` })}
              </p>
              <div className="row">
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    props.onMerge(mergeTarget.id);
                    setMergeId('');
                    setConfirmMerge(false);
                  }}
                >
                  {t('merge_yes')}
                </button>
                <button type="button" onClick={() => setConfirmMerge(false)}>
                  {t('cancel')}
                </button>
              </div>
            </div>
          )}
        </section>
      )}
      {props.onDelete && <DeleteApplication label={app.role ? `${app.company} · ${app.role}` : app.company} onDelete={props.onDelete} />}
    </article>
  );
}
