/**
 * The timeline page. Its first screen (the heading and the first page of applications) needs React, Dexie and the
 * list only; the detail and its editors (DetailPane.tsx), the store's writes, the settings and the whole read for
 * the funnel (later.ts) load apart, so the first item does not wait for their code.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { UndoBar } from '../../components/UndoBar';
import { AddApplicationForm } from '../../components/timeline/AddApplicationForm';
import { ApplicationList } from '../../components/timeline/ApplicationList';
import { FunnelView } from '../../components/timeline/FunnelView';
import type { Stage } from '../../lib/core/timeline/types';
import { getDb } from '../../lib/store/db';
import { funnelOf } from '../../lib/ui-text/funnel';
import { t } from '../../lib/ui-text/i18n';
import { openPage, refreshBadge } from '../popup/page-actions';
import { loadLater } from './load-later';
import { applicationFilter, useFirstItemMark, useMoreOnScroll, useTimelinePages } from './useTimelinePages';

const DetailPane = lazy(() => import('./DetailPane'));

export function TimelineApp() {
  const [query, setQuery] = useState('');
  const [stage, setStageFilter] = useState<Stage | 'all' | 'archived'>('all');
  const [selected, setSelected] = useState<string | null>(() => (location.hash.startsWith('#app-') ? location.hash.slice(5) : null));
  const { page, total, settings, whole, selectedTimeline, showMore } = useTimelinePages({ query, stage, selected });
  // The last change made here that can be undone (a correction, a delete), with its words; undo null: it failed.
  const [done, setDone] = useState<{ message: string; undo: (() => Promise<unknown>) | null } | null>(null);

  // The page of the filter before this one, until the new one is read: filtered here too, so a keystroke shows at once.
  const shown = page ? page.timeline.applications.filter(applicationFilter(query, stage)) : [];
  const funnel = useMemo(() => (whole ? funnelOf(whole, new Date()) : null), [whole]);
  const sentinel = useMoreOnScroll(page?.more ?? false, shown.length, showMore);
  useFirstItemMark(shown.length);

  if (!page || total === undefined) return <main className="timeline" aria-busy="true"><h1>{t('timeline_title')}</h1></main>;
  // The chosen application with its records, read by id (the list's page holds the applications alone).
  const timeline = selectedTimeline ?? null;
  const app = (timeline ?? page.timeline).applications.find((a) => a.id === selected) ?? null;
  const placeholder = (
    <section className="card">
      <p>{total ? t('timeline_choose') : t('timeline_none')}</p>
    </section>
  );

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
              void (async () => {
                try {
                  const later = await loadLater();
                  const db = getDb();
                  const { timeZone } = settings ?? (await later.getSettings(db));
                  const appliedAt = appliedOn ? later.wallTimeToIso(`${appliedOn}T12:00`, timeZone) : undefined;
                  const created = await later.addManualApplication(db, { company, role, appliedAt });
                  setSelected(created.id);
                } finally {
                  refreshBadge();
                }
              })()
            }
          />
        </div>
        {!app ? (
          placeholder
        ) : settings && timeline ? (
          <Suspense fallback={<section className="card" aria-busy="true" />}>
            <DetailPane
              key={app.id}
              app={app}
              timeline={timeline}
              everyApplication={whole?.applications ?? page.timeline.applications}
              settings={settings}
              onCorrected={(key, message) =>
                setDone({ message, undo: key ? () => loadLater().then((later) => later.undoCorrection(getDb(), key)) : null })
              }
              onDeleted={(deleted, message) => {
                setDone({ message, undo: deleted ? () => loadLater().then((later) => later.restoreApplication(getDb(), deleted)) : null });
                if (!deleted) return;
                // The deleted application's detail goes; Undo brings it back into the list (choose it again there).
                setSelected(null);
                history.replaceState(null, '', location.pathname);
              }}
            />
          </Suspense>
        ) : (
          <section className="card" aria-busy="true" />
        )}
      </div>
      {done && !done.undo && <p role="alert">{done.message}</p>}
      <UndoBar
        message={done?.undo ? done.message : null}
        onUndo={() => {
          const undo = done?.undo;
          setDone(null);
          if (undo) void undo().finally(refreshBadge);
        }}
        onClose={() => setDone(null)}
      />
    </main>
  );
}
