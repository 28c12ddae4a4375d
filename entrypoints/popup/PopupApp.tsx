/**
 * The popup: layout only. Its data comes from usePopupData (the popup snapshot first, then the live data), what its
 * buttons do from usePopupActions, and the worded views from the popup's view model (lib/popup).
 */
import { EmptyState } from '../../components/EmptyState';
import { ReminderSections } from '../../components/popup/ReminderSections';
import { UndoBar } from '../../components/UndoBar';
import type { PopupSnapshot } from '../../lib/popup/snapshot';
import { snoozeOptions } from '../../lib/popup/snooze-options';
import { t } from '../../lib/ui-text/i18n';
import { useEffect, useState } from 'react';
import { lastMailHost, openGmail, openOutlook, openPage } from './page-actions';
import { useFocusedReminder } from './useFocusedReminder';
import { usePopupActions } from './usePopupActions';
import { usePopupData } from './usePopupData';

export interface PopupAppProps {
  /** The popup snapshot, already being read (else the popup reads it itself). */
  firstView?: Promise<PopupSnapshot | null>;
}

export function PopupApp({ firstView }: PopupAppProps = {}) {
  const data = usePopupData(firstView);
  const { actions, undoMessage, onUndo, closeUndo } = usePopupActions(data);
  const focused = useFocusedReminder();
  const { views, live, showAll, toggleShowAll } = data;
  const [mailHost, setMailHost] = useState<'gmail' | 'outlook'>('gmail');
  useEffect(() => {
    void lastMailHost().then(setMailHost);
  }, []);

  if (!views) {
    return (
      <main className="popup" aria-busy="true">
        <h1>{t('ext_name')}</h1>
      </main>
    );
  }
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
          onOpenOutlook={() => void openOutlook()}
          lastHost={mailHost}
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
          {...actions}
          defaultDraftLanguage={live?.settings.draftLanguage}
        />
      )}
      {(views.hidden > 0 || showAll) && (
        <button
          type="button"
          id="show-more"
          className="link more"
          // The stored first view holds only the first items: the rest come with the live data.
          disabled={views.source === 'snapshot'}
          onClick={toggleShowAll}
        >
          {showAll ? t('popup_show_fewer') : t('popup_show_more', { count: views.hidden })}
        </button>
      )}
      <UndoBar message={undoMessage} onUndo={onUndo} onClose={closeUndo} />
    </main>
  );
}
