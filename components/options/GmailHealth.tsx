import { CANARY_PREFIX } from '../../lib/messaging/selector-health';
import { healthPartName } from '../../lib/ui-text/health-parts';
import { t } from '../../lib/ui-text/i18n';

/**
 * Mail-host health (Gmail's, and Outlook on the web's beside it): when Callback last ran on the host's page, and how
 * often each of its page lookups found nothing. A host changes its page without notice; a lookup that keeps missing
 * means a reminder may be missed too.
 */
export interface SelectorCount {
  name: string;
  hits: number;
  misses: number;
}

export interface GmailHealthProps {
  /** "3 Mar 2026, 14:05", or null when Callback never ran on the host's page (or ran on another host since). */
  lastSeen: string | null;
  selectors: readonly SelectorCount[];
  /** The host's name as the user knows it ("Gmail" by default, "Outlook"). */
  host?: string;
}

/** More than this share of misses (with enough lookups) is worth a warning. */
const WARN_SHARE = 0.5;
const MIN_LOOKUPS = 4;

/**
 * "New layout" canaries, counted as `new:<name>` (markup only Gmail's rebuilt conversation view has, such as its
 * `<button>` Reply). Their absence is no fault: most accounts have the classic layout.
 */
const isCanary = (s: SelectorCount) => s.name.startsWith(CANARY_PREFIX);

export function isUnhealthy(s: SelectorCount): boolean {
  if (isCanary(s)) return false;
  const total = s.hits + s.misses;
  return total >= MIN_LOOKUPS && s.misses / total > WARN_SHARE;
}

export type GmailStatus = 'unknown' | 'working' | 'new-layout' | 'broken';

/**
 * A migration told apart from a break: lookups that keep missing mean Gmail changed and Callback cannot read it;
 * new-layout markers found while every lookup still finds its part mean the account moved to Gmail's new layout
 * and Callback reads it.
 */
export function gmailStatus(selectors: readonly SelectorCount[]): GmailStatus {
  const lookups = selectors.filter((s) => !isCanary(s));
  if (lookups.length === 0) return 'unknown';
  if (lookups.some(isUnhealthy)) return 'broken';
  return selectors.some((s) => isCanary(s) && s.hits > 0) ? 'new-layout' : 'working';
}

export function GmailHealth({ lastSeen, selectors, host = 'Gmail' }: GmailHealthProps) {
  const bad = selectors.filter(isUnhealthy);
  const status = gmailStatus(selectors);
  const headingId = `health-heading-${host.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('health_heading', { host })}</h2>
      {lastSeen ? (
        <p>{t(host === 'Outlook' ? 'health_last_outlook' : 'health_last_gmail', { when: lastSeen })}</p>
      ) : selectors.length === 0 ? (
        <p>{t(host === 'Outlook' ? 'health_never_outlook' : 'health_never_gmail')}</p>
      ) : null}
      {status === 'unknown' ? (
        <p className="muted">{t('health_none')}</p>
      ) : status === 'working' ? (
        <p className="ok">{t('health_working', { host })}</p>
      ) : status === 'new-layout' ? (
        <p className="ok">{t('health_new_layout', { host })}</p>
      ) : (
        <p className="error">{t('health_broken', { host, parts: bad.map((s) => healthPartName(s.name)).join(', ') })}</p>
      )}
      {selectors.length > 0 && (
        <details>
          <summary>{t('health_details')}</summary>
          <table className="health">
            <thead>
              <tr>
                <th scope="col">{t('health_part')}</th>
                <th scope="col">{t('health_found')}</th>
                <th scope="col">{t('health_missed')}</th>
              </tr>
            </thead>
            <tbody>
              {selectors.map((s) => (
                <tr key={s.name} className={isUnhealthy(s) ? 'error' : undefined}>
                  {/* The selector's own name stays in the markup (not shown), for a bug report. */}
                  <th scope="row" data-selector={s.name}>
                    {isCanary(s) ? t('health_marker', { name: healthPartName(s.name.slice(CANARY_PREFIX.length)) }) : healthPartName(s.name)}
                  </th>
                  <td>{s.hits}</td>
                  <td>{s.misses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
