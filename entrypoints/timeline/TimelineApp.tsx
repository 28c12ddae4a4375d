import { TZDate } from '@date-fns/tz';
import { useMemo, useState } from 'react';
import { ApplicationDetail } from '../../components/timeline/ApplicationDetail';
import { AddApplicationForm } from '../../components/timeline/AddApplicationForm';
import { ApplicationList } from '../../components/timeline/ApplicationList';
import { FunnelView } from '../../components/timeline/FunnelView';
import { calendarEventIds } from '../../lib/core/calendar';
import { REFLECTION_QUESTIONS } from '../../lib/core/drafts';
import type { Stage } from '../../lib/core/timeline/types';
import {
  addManualApplication,
  addManualInterview,
  addNote,
  deleteNote,
  deletePerson,
  getDb,
  mergeApplications,
  setArchived,
  setStage,
  setStance,
  upsertPerson,
} from '../../lib/store';
import { funnelOf } from '../../lib/ui-text/funnel';
import { t } from '../../lib/ui-text/i18n';
import { reflectionQuestion } from '../../lib/ui-text/labels';
import { openPage, openThread, refreshBadge, saveInterviewCalendar } from '../popup/page-actions';
import { applicationFilter, useFirstItemMark, useMoreOnScroll, useTimelinePages } from './useTimelinePages';

/** "2026-03-03T14:00" on the user's wall clock, as an instant. */
export function wallTimeToIso(local: string, timeZone: string, plusMinutes = 0): string {
  const [date, time = '00:00'] = local.split('T');
  const [y, m, d] = (date ?? '').split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const at = new TZDate(y!, (m ?? 1) - 1, d ?? 1, hh ?? 0, (mm ?? 0) + plusMinutes, timeZone);
  return new Date(at.getTime()).toISOString();
}

const act = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } finally {
    refreshBadge();
  }
};

export function TimelineApp() {
  const [query, setQuery] = useState('');
  const [stage, setStageFilter] = useState<Stage | 'all' | 'archived'>('all');
  const [selected, setSelected] = useState<string | null>(() => (location.hash.startsWith('#app-') ? location.hash.slice(5) : null));
  const { page, total, settings, whole, selectedTimeline, showMore } = useTimelinePages({ query, stage, selected });

  // The page of the filter before this one, until the new one is read: filtered here too, so a keystroke shows at once.
  const shown = page ? page.timeline.applications.filter(applicationFilter(query, stage)) : [];
  const funnel = useMemo(() => (whole ? funnelOf(whole, new Date()) : null), [whole]);
  const sentinel = useMoreOnScroll(page?.more ?? false, shown.length, showMore);
  useFirstItemMark(shown.length);

  if (!page || !settings || total === undefined) return <main className="timeline" aria-busy="true"><h1>{t('timeline_title')}</h1></main>;
  // The chosen application's records: from the page when it is on it, else read by id.
  const inPage = page.timeline.applications.some((a) => a.id === selected);
  const timeline = inPage ? page.timeline : (selectedTimeline ?? page.timeline);
  const app = timeline.applications.find((a) => a.id === selected) ?? null;
  const everyApplication = whole?.applications ?? page.timeline.applications;
  const appEvents = app ? timeline.events.filter((e) => e.applicationId === app.id) : [];
  const db = getDb();

  return (
    <main className="timeline">
      <header className="page-head">
        <h1>{t('timeline_title')}</h1>
        <button type="button" className="link" onClick={() => openPage('/options.html')}>
          {t('nav_settings')}
        </button>
      </header>
      {funnel && <FunnelView funnel={funnel} />}
      <div className="timeline-grid">
        <div>
          <ApplicationList
            applications={shown}
            total={total}
            query={query}
            stage={stage}
            selectedId={selected}
            onQuery={setQuery}
            onStage={setStageFilter}
            onSelect={(id) => {
              setSelected(id);
              history.replaceState(null, '', `#app-${id}`);
            }}
          />
          <div ref={sentinel} aria-hidden="true" />
          <AddApplicationForm
            onAdd={({ company, role, appliedOn }) =>
              act(async () => {
                const created = await addManualApplication(db, {
                  company,
                  role,
                  appliedAt: appliedOn ? wallTimeToIso(`${appliedOn}T12:00`, settings.timeZone) : undefined,
                });
                setSelected(created.id);
              })
            }
          />
        </div>
        {app ? (
          <ApplicationDetail
            key={app.id}
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
          />
        ) : (
          <section className="card">
            <p>{total ? t('timeline_choose') : t('timeline_none')}</p>
          </section>
        )}
      </div>
    </main>
  );
}
