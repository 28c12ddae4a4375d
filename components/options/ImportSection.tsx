/**
 * "Import past mail": choose a Takeout .mbox, .eml files or a folder of them; a bar with what was read and found,
 * Cancel, an offer to resume an import that stopped, and a summary at the end. Props in, callbacks out: the page
 * runs the worker. Every number and name is rendered as text.
 */
import { useRef } from 'react';
import { formatMonth } from '../../lib/ui-text/format';
import { formatNumber, plural, t } from '../../lib/ui-text/i18n';

export interface ImportView {
  state: 'idle' | 'reading' | 'done' | 'cancelled' | 'failed';
  fileName: string;
  /** "file 2 of 5" when several were chosen. */
  fileOf: string | null;
  bytesRead: number;
  size: number;
  messages: number;
  found: Array<{ label: string; count: number }>;
  byMonth: Array<{ month: string; count: number }>;
  applications: number;
  mbPerSecond: number;
  secondsLeft: number | null;
  problems: Array<{ index: number; reason: string }>;
  problemCount: number;
  fileError: string | null;
}

export interface ImportSectionProps {
  view: ImportView;
  /** Files chosen that stopped part-way before: offer to resume them. */
  resumable: Array<{ fileName: string; percent: number }>;
  onFiles: (files: File[], resume: boolean, thorough: boolean) => void;
  onCancel: () => void;
  onOpenTimeline: () => void;
}

const MB = 1024 * 1024;

const fixed = (n: number, digits: number) => formatNumber(n, { minimumFractionDigits: digits, maximumFractionDigits: digits });

function mb(bytes: number): string {
  return bytes >= 1024 * MB ? t('unit_gb', { n: fixed(bytes / (1024 * MB), 2) }) : t('unit_mb', { n: fixed(bytes / MB, 1) });
}

function duration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '…';
  if (seconds < 60) return t('unit_seconds', { s: Math.ceil(seconds) });
  return t('unit_minutes_seconds', { m: Math.floor(seconds / 60), s: Math.ceil(seconds % 60) });
}

const MAIL_FILE = /\.(mbox|mbx|eml)$/i;

export function ImportSection({ view, resumable, onFiles, onCancel, onOpenTimeline }: ImportSectionProps) {
  const thorough = useRef<HTMLInputElement>(null);
  const resume = useRef<HTMLInputElement>(null);
  const running = view.state === 'reading';
  const percent = view.size > 0 ? Math.min(100, Math.round((view.bytesRead / view.size) * 100)) : 0;
  const choose = (input: HTMLInputElement, folder: boolean) => {
    const files = Array.from(input.files ?? []).filter((f) => !folder || MAIL_FILE.test(f.name));
    // Emptied, so that the same file chosen again (to resume it) is a change the browser reports.
    input.value = '';
    if (files.length) onFiles(files, resume.current?.checked ?? true, thorough.current?.checked ?? false);
  };
  return (
    <section aria-labelledby="import-heading" className="card import">
      <h2 id="import-heading">{t('import_heading')}</h2>
      <p className="muted">{t('import_intro')}</p>
      {resumable.length > 0 && !running ? (
        <p role="status">
          {resumable.map((r) => t('import_stopped_at', { file: r.fileName, percent: r.percent })).join('; ')}. {t('import_resume_hint')}
        </p>
      ) : null}
      <div className="import-controls">
        <label>
          {t('import_files')}{' '}
          <input type="file" aria-label={t('import_files')} accept=".mbox,.mbx,.eml,message/rfc822,application/mbox" multiple disabled={running} onChange={(e) => choose(e.currentTarget, false)} />
        </label>
        <label>
          {t('import_folder')}{' '}
          <input
            type="file"
            aria-label={t('import_folder_label')}
            multiple
            disabled={running}
            ref={(el) => el?.setAttribute('webkitdirectory', '')}
            onChange={(e) => choose(e.currentTarget, true)}
          />
        </label>
        <label>
          <input type="checkbox" ref={resume} defaultChecked disabled={running} /> {t('import_resume')}
        </label>
        <label>
          <input type="checkbox" ref={thorough} disabled={running} /> {t('import_thorough')}
        </label>
      </div>
      {view.state !== 'idle' ? (
        <div className="import-progress" aria-live="polite">
          <p>
            <strong>{view.fileName}</strong>
            {view.fileOf ? ` (${view.fileOf})` : ''}
          </p>
          <progress max={100} value={percent} aria-label={t('import_progress')} />
          <p data-testid="import-stats">
            {`${formatNumber(percent / 100, { style: 'percent' })} · ${t('import_of', { read: mb(view.bytesRead), size: mb(view.size) })} · ${plural('count_read', view.messages)} · ${t('unit_mb_per_s', { n: fixed(view.mbPerSecond, 1) })}`}
            {running ? ` · ${t('import_left', { duration: duration(view.secondsLeft) })}` : ''}
          </p>
          <p data-testid="import-found">
            {view.found.length === 0 ? t('import_no_jobs_yet') : t('import_found', { list: view.found.map((f) => `${f.label}: ${formatNumber(f.count)}`).join(', ') })}
          </p>
          {running ? (
            <button type="button" onClick={onCancel}>
              {t('cancel')}
            </button>
          ) : null}
          {view.state === 'cancelled' ? <p role="status">{t('import_cancelled')}</p> : null}
          {view.fileError ? <p role="alert">{`${view.fileName}: ${view.fileError}`}</p> : null}
          {view.state === 'done' ? (
            <div className="import-summary" data-testid="import-summary">
              <p>
                <strong>{plural('count_found', view.applications)}</strong>
                {` ${t('import_in_messages', { messages: plural('count_messages', view.messages) })}`}
              </p>
              {view.byMonth.length > 0 ? (
                <table>
                  <caption>{t('import_per_month')}</caption>
                  <tbody>
                    {view.byMonth.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{formatMonth(m.month)}</th>
                        <td>{formatNumber(m.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              <button type="button" className="link" onClick={onOpenTimeline}>
                {t('open_timeline')}
              </button>
            </div>
          ) : null}
          {view.problemCount > 0 ? (
            <details>
              <summary>{plural('count_problems', view.problemCount)}</summary>
              <ul data-testid="import-problems">
                {view.problems.map((p, i) => (
                  <li key={i}>{t('import_problem', { index: p.index, reason: p.reason })}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
