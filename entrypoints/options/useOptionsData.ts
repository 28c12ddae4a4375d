/**
 * What the options page shows, read live: the settings, what Callback learned from the user's corrections (worded
 * for the list), each mail host's health from browser.storage.local, and the time zones to choose from.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SelectorCount } from '../../components/options/GmailHealth';
import type { CorrectionItem, Lesson } from '../../components/options/LessonsSection';
import type { EmailKind } from '../../lib/core/detection';
import { SELECTOR_HEALTH_KEY } from '../../lib/messaging/selector-health';
import { getDb, getSettings, listCorrections, listHiringSideRows, listLessons, systemTimeZone } from '../../lib/store';
import { kindLabel, shortDateTime } from '../../lib/ui-text/labels';
import { t } from '../../lib/ui-text/i18n';

/** What the background keeps for each mail host's health in browser.storage.local. */
export const HEALTH_KEYS = { lastMailPage: 'lastMailPage', selectors: SELECTOR_HEALTH_KEY } as const;

export const HOSTS = ['gmail', 'outlook'] as const;
export type HostName = (typeof HOSTS)[number];

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

export interface Health {
  /** The last mail page Callback ran on (one for all hosts; older entries have no host and were Gmail's). */
  lastMailPage: { at?: string; host?: string } | null;
  selectors: Record<HostName, SelectorCount[]>;
}

function useHealth(): Health {
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

/** A lesson or a correction as the list shows it: the email, what the user said it is, and when. */
function taughtRow(item: { key: string; sender: string; subject: string; kind: EmailKind; at: string; deletedWith?: string | null }, timeZone: string): Lesson & CorrectionItem {
  // An email left out because the user deleted its application says so, not "Not job mail".
  const label = item.deletedWith ? t('correction_deleted_with', { application: item.deletedWith }) : kindLabel(item.kind);
  return { key: item.key, sender: item.sender, subject: item.subject, kindLabel: label, when: shortDateTime(item.at, timeZone) };
}

export function useOptionsData() {
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  const lessons = useLiveQuery(() => listLessons(getDb()), []);
  const corrections = useLiveQuery(() => listCorrections(getDb()), []);
  const hiringSides = useLiveQuery(() => listHiringSideRows(getDb()), []);
  const health = useHealth();
  const zones = useMemo(zoneList, []);
  const detected = systemTimeZone();
  const timeZone = settings?.timeZone ?? detected;
  return {
    settings,
    zones,
    detected,
    /** Dates on this page, in the user's zone (the browser's until the settings are read). */
    timeZone,
    lessons: (lessons ?? []).map((l) => taughtRow(l, timeZone)),
    corrections: (corrections ?? []).map((c) => taughtRow(c, timeZone)),
    /** Newest first, as the other lists. */
    hiringSides: (hiringSides ?? []).map((h) => ({ organisation: h.organisation, why: h.why, when: shortDateTime(h.at, timeZone) })).reverse(),
    health,
  };
}
