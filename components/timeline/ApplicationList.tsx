/** Applications with a search box and a stage filter; choosing one shows it beside the list. */
import { APPLICATIONS, count } from '../../lib/ui-text/plural';
import { useId } from 'react';
import type { Application, Stage } from '../../lib/core/timeline/types';
import { stageLabel, STAGES } from '../../lib/ui-text/labels';
import { formatNumber, t } from '../../lib/ui-text/i18n';

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
    <nav aria-label={t('applications_nav')} className="app-list">
      <div className="filters">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('search_label')}
        </label>
        <input id={`${id}-q`} type="search" placeholder={t('search_placeholder')} value={query} onChange={(e) => onQuery(e.target.value)} />
        <label htmlFor={`${id}-stage`} className="visually-hidden">
          {t('stage')}
        </label>
        <select id={`${id}-stage`} value={stage} onChange={(e) => onStage(e.target.value as Stage | 'all' | 'archived')}>
          <option value="all">{t('all_stages')}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s)}
            </option>
          ))}
          <option value="archived">{t('archived')}</option>
        </select>
      </div>
      <p className="muted" aria-live="polite">
        {applications.length === total ? count(total, APPLICATIONS) : t('filtered_of', { shown: formatNumber(applications.length), total: count(total, APPLICATIONS) })}
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
                {stageLabel(app.stage)}
                {app.archived && <span className="tag archived"> · {t('archived')}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
