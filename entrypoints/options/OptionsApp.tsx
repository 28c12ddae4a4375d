import { APPLICATIONS, count, EVENTS } from '../../lib/ui-text/plural';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { DataSection } from '../../components/options/DataSection';
import { GmailHealth, type SelectorCount } from '../../components/options/GmailHealth';
import { LessonsSection } from '../../components/options/LessonsSection';
import { PrivacyPromise } from '../../components/options/PrivacyPromise';
import { SettingsForm } from '../../components/options/SettingsForm';
import { SELECTOR_HEALTH_KEY } from '../../lib/messaging/selector-health';
import { deleteEverything, exportCsv, exportJson, forgetLesson, getDb, getSettings, importJson, listCorrections, listLessons, saveSettings, systemTimeZone, undoCorrection } from '../../lib/store';
import { kindLabel, shortDateTime } from '../../lib/ui-text/labels';
import { t } from '../../lib/ui-text/i18n';
import { settingsErrorText, storeProblemText } from '../../lib/ui-text/problems';
import { openPage, refreshBadge } from '../popup/page-actions';
import { MailImport } from './MailImport';

/** What the background keeps for each mail host's health in browser.storage.local. */
export const HEALTH_KEYS = { lastMailPage: 'lastMailPage', selectors: SELECTOR_HEALTH_KEY } as const;

const HOSTS = ['gmail', 'outlook'] as const;
type HostName = (typeof HOSTS)[number];

/**
 * Selector counts of one host as the background stores them (`{ updatedAt, hosts: { gmail: { name: { hits,
 * misses } } } }`); also read flat (`{ name: { hits, misses } }`, Gmail's before there were hosts) or per host
 * without `hosts`. Anything else reads as no counts.
 */
export function selectorCounts(stored: unknown, host: HostName = 'gmail'): SelectorCount[] {
  if (!stored || typeof stored !== 'object') return [];
  const outer = stored as Record<string, unknown>;
  const record = (outer.hosts && typeof outer.hosts === 'object' ? outer.hosts : outer) as Record<string, unknown>;
  const own = record[host];
  const perHost = HOSTS.some((h) => record[h] && typeof record[h] === 'object');
  if (!(own && typeof own === 'object') && (perHost || host !== 'gmail')) return [];
  const inner = own && typeof own === 'object' ? (own as Record<string, unknown>) : record;
  const counts = (inner.stats && typeof inner.stats === 'object' ? inner.stats : inner) as Record<string, unknown>;
  const out: SelectorCount[] = [];
  for (const [name, value] of Object.entries(counts)) {
    const v = value as { hits?: unknown; misses?: unknown } | null;
    if (v && typeof v.hits === 'number' && typeof v.misses === 'number') out.push({ name, hits: v.hits, misses: v.misses });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

interface Health {
  /** The last mail page Callback ran on (one for all hosts; older entries have no host and were Gmail's). */
  lastMailPage: { at?: string; host?: string } | null;
  selectors: Record<HostName, SelectorCount[]>;
}

function useHealth() {
  const [health, setHealth] = useState<Health>({ lastMailPage: null, selectors: { gmail: [], outlook: [] } });
  useEffect(() => {
    const read = () =>
      browser.storage.local.get([HEALTH_KEYS.lastMailPage, HEALTH_KEYS.selectors]).then((stored) =>
        setHealth({
          lastMailPage: (stored[HEALTH_KEYS.lastMailPage] as Health['lastMailPage'] | undefined) ?? null,
          selectors: {
            gmail: selectorCounts(stored[HEALTH_KEYS.selectors], 'gmail'),
            outlook: selectorCounts(stored[HEALTH_KEYS.selectors], 'outlook'),
          },
        }),
      );
    void read();
    const onChanged = () => void read();
    browser.storage.local.onChanged.addListener(onChanged);
    return () => browser.storage.local.onChanged.removeListener(onChanged);
  }, []);
  return health;
}

function zoneList(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function OptionsApp() {
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  const lessons = useLiveQuery(() => listLessons(getDb()), []) ?? [];
  const corrections = useLiveQuery(() => listCorrections(getDb()), []) ?? [];
  const health = useHealth();
  const zones = useMemo(zoneList, []);
  const detected = systemTimeZone();
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
          <SettingsForm
            settings={settings}
            detectedZone={detected}
            zones={zones}
            onSave={async (next) => {
              try {
                await saveSettings(getDb(), next);
                refreshBadge();
                return null;
              } catch (error) {
                return settingsErrorText(error);
              }
            }}
          />
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </section>
      <MailImport onOpenTimeline={() => openPage('/timeline.html')} />
      <DataSection
        today={today}
        exportJson={() => exportJson(getDb())}
        exportCsv={() => exportCsv(getDb())}
        importJson={async (text) => {
          const result = await importJson(getDb(), text);
          if (!result.ok) return { ok: false, message: t('data_import_failed', { error: storeProblemText(result.problem) }) };
          refreshBadge();
          const c = result.counts;
          return { ok: true, message: t('data_imported', { applications: count(c.applications, APPLICATIONS), events: count(c.events, EVENTS) }) };
        }}
        deleteAll={async () => {
          await deleteEverything(getDb());
          refreshBadge();
        }}
      />
      <LessonsSection
        lessons={lessons.map((l) => ({
          key: l.key,
          sender: l.sender,
          subject: l.subject,
          kindLabel: kindLabel(l.kind),
          when: shortDateTime(l.at, settings?.timeZone ?? detected),
        }))}
        onForget={(key) => void forgetLesson(getDb(), key)}
        corrections={corrections.map((c) => ({
          key: c.key,
          subject: c.subject,
          sender: c.sender,
          kindLabel: kindLabel(c.kind),
          when: shortDateTime(c.at, settings?.timeZone ?? detected),
        }))}
        onUndo={(key) =>
          void undoCorrection(getDb(), key).then(() => {
            refreshBadge();
          })
        }
      />
      {HOSTS.map((host) => {
        const last = health.lastMailPage;
        const seenHere = last?.at && (last.host ?? 'gmail') === host;
        return (
          <GmailHealth
            key={host}
            host={host === 'gmail' ? 'Gmail' : 'Outlook'}
            lastSeen={seenHere ? shortDateTime(last.at!, settings?.timeZone ?? detected) : null}
            selectors={health.selectors[host]}
          />
        );
      })}
      <PrivacyPromise />
    </main>
  );
}
