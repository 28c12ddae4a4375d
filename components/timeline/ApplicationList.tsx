/** Applications with a search box and a stage filter; choosing one shows it beside the list. */
import { APPLICATIONS, count } from '../../lib/ui-text/plural';
import { useId } from 'react';
import type { Application, Stage } from '../../lib/core/timeline/types';
import { STAGE_LABELS, STAGES } from '../../lib/ui-text/labels';

export interface ApplicationListProps {
  applications: readonly Application[];
  query: string;
  /** A stage, every application, or only the archived ones. */
  stage: Stage | 'all' | 'archived';
  selectedId: string | null;
  onQuery(query: string): void;
  onStage(stage: Stage | 'all' | 'archived'): void;
  onSelect(id: string): void;
  /** How many there are before filtering. */
  total: number;
}

/** Case- and accent-insensitive match on company and role. */
export function matchesQuery(app: Pick<Application, 'company' | 'role'>, query: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (!q) return true;
  return fold(`${app.company} ${app.role ?? ''}`).includes(q);
}

export function ApplicationList({ applications, query, stage, selectedId, onQuery, onStage, onSelect, total }: ApplicationListProps) {
  const id = useId();
  return (
    <nav aria-label="Applications" className="app-list">
      <div className="filters">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Search applications
        </label>
        <input id={`${id}-q`} type="search" placeholder="Search company or role" value={query} onChange={(e) => onQuery(e.target.value)} />
        <label htmlFor={`${id}-stage`} className="visually-hidden">
          Stage
        </label>
        <select id={`${id}-stage`} value={stage} onChange={(e) => onStage(e.target.value as Stage | 'all' | 'archived')}>
          <option value="all">All stages</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
          <option value="archived">Archived</option>
        </select>
      </div>
      <p className="muted" aria-live="polite">
        {applications.length === total ? count(total, APPLICATIONS) : `${applications.length} of ${count(total, APPLICATIONS)}`}
      </p>
      <ul className="list">
        {applications.map((app) => (
          <li key={app.id}>
            <button
              type="button"
              className={`app-button${app.id === selectedId ? ' selected' : ''}`}
              aria-current={app.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(app.id)}
            >
              <span className="app-company">{app.company}</span>
              <span className="app-role">{app.role ?? ''}</span>
              <span className={`stage stage-${app.stage}`}>
                {STAGE_LABELS[app.stage]}
                {app.archived && <span className="tag archived"> · Archived</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
