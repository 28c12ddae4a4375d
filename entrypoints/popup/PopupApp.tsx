import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { EmptyState } from '../../components/EmptyState';
import { ReminderSections } from '../../components/popup/ReminderSections';
import type { SnoozeOption, WarningView } from '../../components/popup/types';
import { UndoBar } from '../../components/UndoBar';
import { checkAdvice, draftForReminder, type Tone } from '../../lib/core/drafts';
import type { EmailKind } from '../../lib/core/detection';
import { SNOOZE_PRESETS, snoozeUntil } from '../../lib/core/reminders';
import type { PopupSnapshot } from '../../lib/schedule/popup-snapshot';
import { confirmReview, getDb, getSettings, setReminderAction, undoReminderAction } from '../../lib/store';
import { adviceReason, noDraftExplain, sourceLabel } from '../../lib/ui-text/labels';
import { momentPhrase } from '../../lib/ui-text/due-phrase';
import type { Settings } from '../../lib/core/settings';
import { copyText, openGmail, openPage, openThread, refreshBadge, saveInterviewCalendar } from './page-actions';
import { usePopupData } from './usePopupData';
import { useRefocusWhenBack } from './useRefocusWhenBack';
import { useStoredSnapshot } from './useStoredSnapshot';
import { liveViews, snapshotViews, type Views } from './views';
import { t } from '../../lib/ui-text/i18n';
import type { DraftLanguage } from '../../lib/core/settings';

const SNOOZE_LABELS = {
  'later-today': 'snooze_later_today',
  'tomorrow-morning': 'snooze_tomorrow_morning',
  'next-working-day': 'snooze_next_working_day',
  'next-week': 'snooze_next_week',
} as const satisfies Record<(typeof SNOOZE_PRESETS)[number], string>;
/** The snooze choices with when each would bring the reminder back, in the user's hours and zone. */
export function snoozeOptions(settings: Settings | null, now: Date): SnoozeOption[] {
  return SNOOZE_PRESETS.map((id) => {
    if (!settings) return { id, label: t(SNOOZE_LABELS[id]) };
    return { id, label: t(SNOOZE_LABELS[id]), until: momentPhrase(snoozeUntil(id, settings, now), now, settings.timeZone) };
  });
}
function useFocusedReminder(): string | null {
  const [focused, setFocused] = useState<string | null>(() => {
    const hash = location.hash.startsWith('#reminder-') ? decodeURIComponent(location.hash.slice('#reminder-'.length)) : null;
    return hash;
  });
  useEffect(() => {
    // A notification click leaves the reminder to show; taken once, within a couple of minutes.
    void browser.storage.local.get('popupFocus').then(async (stored) => {
      const focus = stored.popupFocus as { reminderId?: string | null; at?: string } | undefined;
      if (focus?.reminderId && focus.at && Date.now() - Date.parse(focus.at) < 120_000) setFocused(focus.reminderId);
      if (focus) await browser.storage.local.remove('popupFocus');
    });
  }, []);
  return focused;
}

/** Marks for the benchmark (tests/bench/popup.bench.ts): the first useful render, and the first with live data. */
function useRenderMarks(source: Views['source'] | null): void {
  useEffect(() => {
    if (!source) return;
    const started = performance.getEntriesByName('popup:start').length > 0;
    if (!performance.getEntriesByName('popup:shown').length) {
      performance.mark('popup:shown', { detail: { source } });
      if (started) performance.measure('popup:first-render', 'popup:start', 'popup:shown');
    }
    if (source === 'live' && !performance.getEntriesByName('popup:ready').length) {
      performance.mark('popup:ready');
      if (started) performance.measure('popup:live-render', 'popup:start', 'popup:ready');
    }
  }, [source]);
}

/**
 * True once the first view is on screen (the snapshot, or the knowledge that there is none), a task later: reading
 * and deriving the store keeps the main thread busy for a while, and the first view should not wait behind it.
 */
function useAfterFirstView(ready: boolean): boolean {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => setAllowed(true), 0);
    return () => clearTimeout(timer);
  }, [ready]);
  return allowed;
}

export interface PopupAppProps {
  /** The stored snapshot, already being read (else the popup reads it itself). */
  firstView?: Promise<PopupSnapshot | null>;
}

export function PopupApp({ firstView }: PopupAppProps = {}) {
  // First the snapshot the background left, shown at once; then the store (usePopupData), which replaces it.
  const stored = useStoredSnapshot(firstView);
  const liveAllowed = useAfterFirstView(stored !== undefined);
  const { snapshot: live, now, derived } = usePopupData(liveAllowed);
  const focused = useFocusedReminder();
  const [undo, setUndo] = useState<{ id: string; message: string } | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [settled, setSettled] = useState<ReadonlySet<string>>(() => new Set());
  const settle = (id: string, gone: boolean) =>
    setSettled((prev) => {
      const next = new Set(prev);
      if (gone) next.add(id);
      else next.delete(id);
      return next;
    });

  const views = useMemo(() => {
    if (live && derived) return liveViews(live, derived, now, showAll);
    if (stored) return snapshotViews(stored, settled);
    return null;
  }, [live, derived, stored, settled, now, showAll]);
  useRenderMarks(views?.source ?? null);
  const closeUndo = useCallback(() => setUndo(null), []);
  const setRefocus = useRefocusWhenBack(live, views, closeUndo, 'show-more');
  // Opened without a usable snapshot (the worker slept through a change of section): have the background write a
  // fresh one for next time.
  const noSnapshot = stored === null && live !== undefined;
  useEffect(() => {
    if (noSnapshot) refreshBadge();
  }, [noSnapshot]);

  if (!views) {
    return (
      <main className="popup" aria-busy="true">
        <h1>{t('ext_name')}</h1>
      </main>
    );
  }

  const find = (id: string) => derived?.reminders.find((r) => r.id === id);
  const act = async (work: () => Promise<unknown>) => {
    await work();
    refreshBadge();
  };
  const draftFor = (id: string, tone: Tone, lang?: DraftLanguage) => {
    const reminder = find(id);
    if (!live || !reminder) return { kind: 'none' as const, subject: null, body: '', explain: t('popup_draft_gone') };
    const draft = draftForReminder(reminder, live.timeline, live.settings, { tone, now: now.toISOString(), lang: lang ?? null });
    return draft.kind === 'draft'
      ? { kind: 'draft' as const, subject: draft.subject, body: draft.body, explain: '' }
      : { kind: 'none' as const, subject: null, body: '', explain: noDraftExplain(draft) };
  };
  const checkText = (id: string, text: string): WarningView[] =>
    checkAdvice(text, { ruleId: find(id)?.ruleId ?? null }).map((w) => ({
      id: w.id,
      reason: adviceReason(w.id),
      source: sourceLabel(w.source.id),
      severity: w.severity,
    }));
  const addToCalendar = (id: string) => {
    const reminder = find(id);
    if (live && reminder) saveInterviewCalendar(live.timeline, live.settings, reminder.eventId);
  };
  // The reflection is written in the timeline page, on the application's page.
  const openReflection = (id: string) => {
    const applicationId = find(id)?.applicationId;
    openPage('/timeline.html', applicationId ? `#app-${applicationId}` : '');
  };
  // Only the live data, or a snapshot that counted nothing, may say "nothing to follow up".
  const { totals } = views;
  const nothing = totals.overdue + totals.today + totals.upcoming + totals.review === 0;

  return (
    <main className="popup">
      <header className="popup-head">
        <h1>{t('ext_name')}</h1>
        <nav aria-label={t('pages_nav')} className="row">
          <button type="button" className="link" onClick={() => openPage('/timeline.html')}>
            {t('nav_timeline')}
          </button>
          <button type="button" className="link" onClick={() => openPage('/options.html')}>
            {t('nav_settings')}
          </button>
        </nav>
      </header>
      {nothing ? (
        <EmptyState
          hasApplications={views.hasApplications}
          onOpenGmail={() => void openGmail()}
          onOpenTimeline={() => openPage('/timeline.html')}
        />
      ) : (
        <ReminderSections
          overdue={views.overdue}
          today={views.today}
          upcoming={views.upcoming}
          review={views.review}
          snoozeOptions={snoozeOptions(live?.settings ?? null, new Date())}
          focusedId={focused}
          totals={totals}
          onOpenThread={openThread}
          onDone={(id) =>
            act(async () => {
              await setReminderAction(getDb(), id, { status: 'done' });
              settle(id, true);
              setUndo({ id, message: t('popup_done') });
            })
          }
          onSnooze={(id, option) =>
            act(async () => {
              // The snooze times follow the user's working hours; before the live data is there, read just those.
              const settings = live?.settings ?? (await getSettings(getDb()));
              const until = snoozeUntil(option as (typeof SNOOZE_PRESETS)[number], settings, new Date());
              await setReminderAction(getDb(), id, { status: 'snoozed', snoozedUntil: until });
              settle(id, true);
              setUndo({ id, message: t('popup_snoozed', { moment: momentPhrase(until, new Date(), settings.timeZone) }) });
            })
          }
          onDismiss={(id) =>
            act(async () => {
              await setReminderAction(getDb(), id, { status: 'dismissed' });
              settle(id, true);
              setUndo({ id, message: t('popup_dismissed') });
            })
          }
          draftFor={draftFor}
          defaultDraftLanguage={live?.settings.draftLanguage}
          checkText={checkText}
          onCopy={copyText}
          onAddToCalendar={addToCalendar}
          onOpenReflection={openReflection}
          onConfirm={(id) =>
            act(async () => {
              await confirmReview(getDb(), id);
              settle(id, true);
            })
          }
          onCorrect={(id, kind: EmailKind) =>
            act(async () => {
              await confirmReview(getDb(), id, kind);
              settle(id, true);
            })
          }
        />
      )}
      {(views.hidden > 0 || showAll) && (
        <button
          type="button"
          id="show-more"
          className="link more"
          // The stored first view holds only the first items: the rest come with the live data.
          disabled={views.source === 'snapshot'}
          onClick={() => setShowAll((s) => !s)}
        >
          {showAll ? t('popup_show_fewer') : t('popup_show_more', { count: views.hidden })}
        </button>
      )}
      <UndoBar
        message={undo?.message ?? null}
        onUndo={() =>
          undo &&
          act(async () => {
            const since = live;
            await undoReminderAction(getDb(), undo.id);
            settle(undo.id, false);
            // The item is back: the keyboard goes to it, not to the page body, once the list shows it again.
            setRefocus(undo.id, since);
          })
        }
        onClose={() => setUndo(null)}
      />
    </main>
  );
}
