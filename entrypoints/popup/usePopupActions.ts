/**
 * What the popup's buttons do: done, snooze, dismiss and undo (the store, then the background's badge), a reminder's
 * draft and its advice check, copy, "Add to calendar", the reflection, and the review list's answers. One module, so
 * PopupApp is only layout.
 */
import { useCallback, useState } from 'react';
import type { ReminderCallbacks, WarningView } from '../../components/popup/types';
import type { EmailKind } from '../../lib/core/detection';
import { checkAdvice, draftForReminder, type Tone } from '../../lib/core/drafts';
import { snoozeUntil } from '../../lib/core/reminders';
import type { DraftLanguage } from '../../lib/core/settings';
import type { SnoozePreset } from '../../lib/popup/snooze-options';
import { confirmReview, getDb, getSettings, setReminderAction, undoReminderAction } from '../../lib/store';
import { momentPhrase } from '../../lib/ui-text/due-phrase';
import { t } from '../../lib/ui-text/i18n';
import { adviceReason, noDraftExplain, sourceLabel } from '../../lib/ui-text/labels';
import { copyText, openPage, openThread, refreshBadge, saveInterviewCalendar } from './page-actions';
import type { PopupData } from './usePopupData';
import { useRefocusWhenBack } from './useRefocusWhenBack';

export interface PopupActions extends ReminderCallbacks {
  onConfirm(id: string): void;
  onCorrect(id: string, kind: EmailKind): void;
}

/** After every change the background recomputes the badge and the popup snapshot. */
async function act(work: () => Promise<unknown>): Promise<void> {
  await work();
  refreshBadge();
}

export function usePopupActions({ live, reminders, now, views, settle }: PopupData) {
  const [undo, setUndo] = useState<{ id: string; message: string } | null>(null);
  const closeUndo = useCallback(() => setUndo(null), []);
  const setRefocus = useRefocusWhenBack(live, views, closeUndo, 'show-more');
  const find = (id: string) => reminders?.find((r) => r.id === id);
  /** Done, snoozed or dismissed: off the list at once, with Undo offered. */
  const settleWith = async (id: string, change: Parameters<typeof setReminderAction>[2], message: string) => {
    await setReminderAction(getDb(), id, change);
    settle(id, true);
    setUndo({ id, message });
  };

  const actions: PopupActions = {
    onOpenThread: openThread,
    onDone: (id) => void act(() => settleWith(id, { status: 'done' }, t('popup_done'))),
    onSnooze: (id, option) =>
      void act(async () => {
        // The snooze times follow the user's working hours; before the live data is there, read just those.
        const settings = live?.settings ?? (await getSettings(getDb()));
        const until = snoozeUntil(option as SnoozePreset, settings, new Date());
        await settleWith(id, { status: 'snoozed', snoozedUntil: until }, t('popup_snoozed', { moment: momentPhrase(until, new Date(), settings.timeZone) }));
      }),
    onDismiss: (id) => void act(() => settleWith(id, { status: 'dismissed' }, t('popup_dismissed'))),
    draftFor: (id: string, tone: Tone, lang?: DraftLanguage) => {
      const reminder = find(id);
      if (!live || !reminder) return { kind: 'none', subject: null, body: '', explain: t('popup_draft_gone') };
      const draft = draftForReminder(reminder, live.timeline, live.settings, { tone, now: now.toISOString(), lang: lang ?? null });
      return draft.kind === 'draft'
        ? { kind: 'draft', subject: draft.subject, body: draft.body, explain: '' }
        : { kind: 'none', subject: null, body: '', explain: noDraftExplain(draft) };
    },
    checkText: (id: string, text: string): WarningView[] =>
      checkAdvice(text, { ruleId: find(id)?.ruleId ?? null }).map((w) => ({
        id: w.id,
        reason: adviceReason(w.id),
        source: sourceLabel(w.source.id),
        severity: w.severity,
      })),
    onCopy: copyText,
    onAddToCalendar: (id) => {
      const reminder = find(id);
      if (live && reminder) saveInterviewCalendar(live.timeline, live.settings, reminder.eventId);
    },
    // The reflection is written in the timeline page, on the application's page.
    onOpenReflection: (id) => {
      const applicationId = find(id)?.applicationId;
      openPage('/timeline.html', applicationId ? `#app-${applicationId}` : '');
    },
    onConfirm: (id) =>
      void act(async () => {
        await confirmReview(getDb(), id);
        settle(id, true);
      }),
    onCorrect: (id, kind) =>
      void act(async () => {
        await confirmReview(getDb(), id, kind);
        settle(id, true);
      }),
  };

  const onUndo = () => {
    if (!undo) return;
    void act(async () => {
      const since = live;
      await undoReminderAction(getDb(), undo.id);
      settle(undo.id, false);
      // The item is back: the keyboard goes to it, not to the page body, once the list shows it again.
      setRefocus(undo.id, since);
    });
  };

  return { actions, undoMessage: undo?.message ?? null, onUndo, closeUndo };
}
