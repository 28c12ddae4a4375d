/**
 * The options page: layout only. Its data comes from useOptionsData, what its controls do from options-actions.ts.
 */
import { DataSection } from '../../components/options/DataSection';
import { GmailHealth } from '../../components/options/GmailHealth';
import { LessonsSection } from '../../components/options/LessonsSection';
import { PrivacyPromise } from '../../components/options/PrivacyPromise';
import { SettingsForm } from '../../components/options/SettingsForm';
import { t } from '../../lib/ui-text/i18n';
import { shortDateTime } from '../../lib/ui-text/labels';
import { openPage } from '../popup/page-actions';
import { MailImport } from './MailImport';
import { optionsActions as actions } from './options-actions';
import { HOSTS, useOptionsData } from './useOptionsData';

export function OptionsApp() {
  const { settings, zones, detected, timeZone, lessons, corrections, hiringSides, health } = useOptionsData();
  const today = new Date().toISOString().slice(0, 10);

  return (
    <main className="options">
      <header className="page-head">
        <h1>{t('options_title')}</h1>
        <button type="button" className="link" onClick={() => openPage('/timeline.html')}>
          {t('open_timeline')}
        </button>
      </header>
      <section aria-labelledby="settings-heading" className="card">
        <h2 id="settings-heading">{t('options_reminders')}</h2>
        {settings ? (
          <SettingsForm settings={settings} detectedZone={detected} zones={zones} onSave={actions.saveSettings} />
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </section>
      <MailImport onOpenTimeline={() => openPage('/timeline.html')} />
      <DataSection
        today={today}
        exportJson={actions.exportJson}
        exportCsv={actions.exportCsv}
        importJson={actions.importJson}
        deleteAll={actions.deleteAll}
      />
      <LessonsSection
        lessons={lessons}
        onForget={actions.forgetLesson}
        corrections={corrections}
        onUndo={actions.undoCorrection}
        hiringSides={hiringSides}
        onForgetHiringSide={actions.forgetHiringSide}
      />
      {HOSTS.map((host) => {
        const last = health.lastMailPage;
        const seenHere = last?.at && (last.host ?? 'gmail') === host;
        return (
          <GmailHealth
            key={host}
            host={host === 'gmail' ? 'Gmail' : 'Outlook'}
            lastSeen={seenHere ? shortDateTime(last.at!, timeZone) : null}
            selectors={health.selectors[host]}
          />
        );
      })}
      <PrivacyPromise />
    </main>
  );
}
