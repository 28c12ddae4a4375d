import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { EmptyState } from '../../components/EmptyState';
import { ReminderSections } from '../../components/popup/ReminderSections';
import type { SnoozeOption, WarningView } from '../../components/popup/types';
import { UndoBar } from '../../components/UndoBar';
import { checkAdvice, draftForReminder, type Tone } from '../../lib/core/drafts';
import type { EmailKind } from '../../lib/core/detection';
import { SNOOZE_PRESETS, snoozeUntil } from '../../lib/core/reminders';
import { confirmReview, getDb, setReminderAction, undoReminderAction } from '../../lib/store';
import { sourceLabel } from '../../lib/ui-text/labels';
import { copyText, openGmail, openPage, openThread, refreshBadge } from './page-actions';
import { usePopupData } from './usePopupData';
import { lookupOf, reminderView, reviewView } from './views';

const SNOOZE_LABELS: Record<(typeof SNOOZE_PRESETS)[number], string> = {
  'later-today': 'Later today',
  'tomorrow-morning': 'Tomorrow morning',
  'next-working-day': 'Next working day',
  'next-week': 'Next week',
};
const SNOOZE_OPTIONS: SnoozeOption[] = SNOOZE_PRESETS.map((id) => ({ id, label: SNOOZE_LABELS[id] }));
/** A section can be long (months of unanswered reminders); the popup shows the most pressing ones first. */
const SHOWN = 15;

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

export function PopupApp() {
  const { snapshot, now, derived } = usePopupData();
  const focused = useFocusedReminder();
  const [undo, setUndo] = useState<{ id: string; message: string } | null>(null);
  const [showAll, setShowAll] = useState(false);

  const views = useMemo(() => {
    if (!snapshot || !derived) return null;
    const lookup = lookupOf(snapshot.timeline);
    const view = (list: typeof derived.buckets.today) =>
      (showAll ? list : list.slice(0, SHOWN)).map((r) => reminderView(r, lookup, snapshot.settings, now));
    const { overdue, today, upcoming } = derived.buckets;
    return {
      overdue: view(overdue),
      today: view(today),
      upcoming: view(upcoming),
      hidden: showAll ? 0 : [overdue, today, upcoming].reduce((n, list) => n + Math.max(0, list.length - SHOWN), 0),
      totals: { overdue: overdue.length, today: today.length, upcoming: upcoming.length, review: snapshot.review.length },
      review: (showAll ? snapshot.review : snapshot.review.slice(0, SHOWN)).map(reviewView),
    };
  }, [snapshot, derived, now, showAll]);

  const loaded = views !== null;
  useEffect(() => {
    if (loaded) {
      // The popup's first render with data, for the benchmark (tests/bench/popup.bench.ts).
      performance.mark('popup:ready');
      if (performance.getEntriesByName('popup:start').length) performance.measure('popup:first-render', 'popup:start', 'popup:ready');
    }
  }, [loaded]);

  if (!snapshot || !derived || !views) {
    return (
      <main className="popup" aria-busy="true">
        <h1>Callback</h1>
      </main>
    );
  }

  const find = (id: string) => derived.reminders.find((r) => r.id === id);
  const act = async (work: () => Promise<unknown>) => {
    await work();
    refreshBadge();
  };
  const draftFor = (id: string, tone: Tone) => {
    const reminder = find(id);
    if (!reminder) return { kind: 'none' as const, subject: null, body: '', explain: 'This reminder is gone.' };
    const draft = draftForReminder(reminder, snapshot.timeline, snapshot.settings, { tone, now: now.toISOString() });
    return draft.kind === 'draft'
      ? { kind: 'draft' as const, subject: draft.subject, body: draft.body, explain: '' }
      : { kind: 'none' as const, subject: null, body: '', explain: draft.explain };
  };
  const checkText = (id: string, text: string): WarningView[] =>
    checkAdvice(text, { ruleId: find(id)?.ruleId ?? null }).map((w) => ({
      id: w.id,
      reason: w.reason,
      source: sourceLabel(w.source.id),
      severity: w.severity,
    }));
  const nothing = views.overdue.length + views.today.length + views.upcoming.length + views.review.length === 0;

  return (
    <main className="popup">
      <header className="popup-head">
        <h1>Callback</h1>
        <nav aria-label="Pages" className="row">
          <button type="button" className="link" onClick={() => openPage('/timeline.html')}>
            Timeline
          </button>
          <button type="button" className="link" onClick={() => openPage('/options.html')}>
            Settings
          </button>
        </nav>
      </header>
      {nothing ? (
        <EmptyState
          hasApplications={snapshot.timeline.applications.length > 0}
          onOpenGmail={openGmail}
          onOpenTimeline={() => openPage('/timeline.html')}
        />
      ) : (
        <ReminderSections
          overdue={views.overdue}
          today={views.today}
          upcoming={views.upcoming}
          review={views.review}
          snoozeOptions={SNOOZE_OPTIONS}
          focusedId={focused}
          totals={views.totals}
          onOpenThread={openThread}
          onDone={(id) =>
            act(async () => {
              await setReminderAction(getDb(), id, { status: 'done' });
              setUndo({ id, message: 'Marked done.' });
            })
          }
          onSnooze={(id, option) =>
            act(async () => {
              const until = snoozeUntil(option as (typeof SNOOZE_PRESETS)[number], snapshot.settings, new Date());
              await setReminderAction(getDb(), id, { status: 'snoozed', snoozedUntil: until });
              setUndo({ id, message: 'Snoozed.' });
            })
          }
          onDismiss={(id) =>
            act(async () => {
              await setReminderAction(getDb(), id, { status: 'dismissed' });
              setUndo({ id, message: 'Dismissed.' });
            })
          }
          draftFor={draftFor}
          checkText={checkText}
          onCopy={copyText}
          onConfirm={(id) => act(() => confirmReview(getDb(), id))}
          onCorrect={(id, kind: EmailKind) => act(() => confirmReview(getDb(), id, kind))}
        />
      )}
      {(views.hidden > 0 || showAll) && (
        <button type="button" className="link more" onClick={() => setShowAll((s) => !s)}>
          {showAll ? 'Show fewer' : `Show ${views.hidden} more`}
        </button>
      )}
      <UndoBar
        message={undo?.message ?? null}
        onUndo={() =>
          undo &&
          act(async () => {
            await undoReminderAction(getDb(), undo.id);
            setUndo(null);
          })
        }
        onClose={() => setUndo(null)}
      />
    </main>
  );
}
