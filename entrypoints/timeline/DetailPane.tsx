/**
 * The chosen application's detail with its editors, wired to the store: loaded apart from the timeline's first
 * screen (React.lazy in TimelineApp.tsx), with the store's writes, the calendar entry and the reflection questions.
 */
import type { Settings } from '../../lib/core/settings';
import type { Application, Timeline } from '../../lib/core/timeline/types';
import type { DeletedApplication } from '../../lib/store/applications-repo';
import { getDb } from '../../lib/store/db';
import { t } from '../../lib/ui-text/i18n';
import { kindLabel, reflectionQuestion } from '../../lib/ui-text/labels';
import { ApplicationDetail } from '../../components/timeline/ApplicationDetail';
import { openThread, refreshBadge, saveInterviewCalendar } from '../popup/page-actions';
import {
  addManualInterview,
  addNote,
  calendarEventIds,
  correctClassification,
  deleteApplication,
  deleteNote,
  deletePerson,
  mergeApplications,
  messageKey,
  REFLECTION_QUESTIONS,
  setArchived,
  setStage,
  setStance,
  upsertPerson,
  wallTimeToIso,
} from './later';

export interface DetailPaneProps {
  app: Application;
  /** The records the application's come from (its page, or its own read). */
  timeline: Timeline;
  /** Every application known so far, for "merge into this one". */
  everyApplication: readonly Application[];
  settings: Settings;
  /** A correction was saved (its key, for the undo) or failed (null), with the words to show. */
  onCorrected(key: string | null, message: string): void;
  /** The application was deleted (with what its undo needs) or could not be (null), with the words to show. */
  onDeleted(deleted: DeletedApplication | null, message: string): void;
}

const act = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } finally {
    refreshBadge();
  }
};

export default function DetailPane({ app, timeline, everyApplication, settings, onCorrected, onDeleted }: DetailPaneProps) {
  const db = getDb();
  const appEvents = timeline.events.filter((e) => e.applicationId === app.id);
  return (
    <ApplicationDetail
      application={app}
      events={appEvents}
      people={timeline.people.filter((p) => p.applicationId === app.id)}
      notes={timeline.notes.filter((n) => n.applicationId === app.id)}
      others={[...everyApplication].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)).filter((a) => a.id !== app.id)}
      defaultStance={settings.defaultStance}
      timeZone={settings.timeZone}
      reflectionQuestions={REFLECTION_QUESTIONS.map(reflectionQuestion)}
      onOpenThread={openThread}
      calendarIds={calendarEventIds(appEvents, settings.timeZone)}
      onAddToCalendar={(eventId) => saveInterviewCalendar(timeline, settings, eventId)}
      onCorrect={(event, kind) =>
        act(async () => {
          const messageId = event.messageId!;
          try {
            await correctClassification(db, messageId, kind, { source: event.source });
          } catch {
            onCorrected(null, t('bar_correct_failed'));
            return;
          }
          onCorrected(messageKey(event.source, messageId), kind === 'other' ? t('bar_marked_other') : t('bar_marked', { label: kindLabel(kind) }));
        })
      }
      onStage={(s) => act(() => setStage(db, app.id, s))}
      onStance={(s) => act(() => setStance(db, app.id, s))}
      onArchive={(archived) => act(() => setArchived(db, app.id, archived))}
      onSavePerson={(p) =>
        act(() => upsertPerson(db, { id: p.id, applicationId: app.id, name: p.name, email: p.email, title: p.title, role: p.role, eventId: timeline.people.find((x) => x.id === p.id)?.eventId ?? null }))
      }
      onDeletePerson={(id) => act(() => deletePerson(db, id))}
      onAddNote={(kind, text, question) => act(() => addNote(db, { applicationId: app.id, kind, text, question: question ?? null }))}
      onDeleteNote={(id) => act(() => deleteNote(db, id))}
      onMerge={(otherId) => act(() => mergeApplications(db, app.id, otherId))}
      onAddInterview={({ start, minutes, interviewers }) =>
        act(() =>
          addManualInterview(db, app.id, {
            start: wallTimeToIso(start, settings.timeZone),
            end: wallTimeToIso(start, settings.timeZone, minutes),
            timeZone: settings.timeZone,
            interviewers,
          }),
        )
      }
      onDelete={() =>
        act(async () => {
          const label = app.role ? `${app.company} · ${app.role}` : app.company;
          try {
            onDeleted(await deleteApplication(db, app.id), t('delete_app_done', { application: label }));
          } catch {
            onDeleted(null, t('delete_app_failed'));
          }
        })
      }
    />
  );
}
