/**
 * Gmail health: when Callback last ran on a Gmail page, and how often each of its page lookups found nothing.
 * Gmail changes its page without notice; a lookup that keeps missing means a reminder may be missed too.
 */
export interface SelectorCount {
  name: string;
  hits: number;
  misses: number;
}

export interface GmailHealthProps {
  /** "3 Mar 2026, 14:05", or null when Callback never ran on a Gmail page. */
  lastSeen: string | null;
  selectors: readonly SelectorCount[];
}

/** More than this share of misses (with enough lookups) is worth a warning. */
const WARN_SHARE = 0.5;
const MIN_LOOKUPS = 4;

export function isUnhealthy(s: SelectorCount): boolean {
  const total = s.hits + s.misses;
  return total >= MIN_LOOKUPS && s.misses / total > WARN_SHARE;
}

export function GmailHealth({ lastSeen, selectors }: GmailHealthProps) {
  const bad = selectors.filter(isUnhealthy);
  return (
    <section aria-labelledby="health-heading" className="card">
      <h2 id="health-heading">Gmail health</h2>
      <p>{lastSeen ? `Last ran on a Gmail page: ${lastSeen}.` : 'Callback has not run on a Gmail page yet: open Gmail in this browser.'}</p>
      {selectors.length === 0 ? (
        <p className="muted">No page lookups counted yet.</p>
      ) : bad.length === 0 ? (
        <p className="ok">Every part of Gmail's page Callback looks for was found.</p>
      ) : (
        <p className="error">
          Gmail's page may have changed: {bad.map((s) => s.name).join(', ')} often not found. Some emails may be missed
          until Callback is updated.
        </p>
      )}
      {selectors.length > 0 && (
        <details>
          <summary>Lookups in detail</summary>
          <table className="health">
            <thead>
              <tr>
                <th scope="col">Part of the page</th>
                <th scope="col">Found</th>
                <th scope="col">Missed</th>
              </tr>
            </thead>
            <tbody>
              {selectors.map((s) => (
                <tr key={s.name} className={isUnhealthy(s) ? 'error' : undefined}>
                  <th scope="row">{s.name}</th>
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
