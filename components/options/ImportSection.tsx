/**
 * "Import past mail": choose a Takeout .mbox, .eml files or a folder of them; a bar with what was read and found,
 * Cancel, an offer to resume an import that stopped, and a summary at the end. Props in, callbacks out: the page
 * runs the worker. Every number and name is rendered as text.
 */
import { useRef } from 'react';

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

function mb(bytes: number): string {
  return bytes >= 1024 * MB ? `${(bytes / (1024 * MB)).toFixed(2)} GB` : `${(bytes / MB).toFixed(1)} MB`;
}

function duration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '…';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`;
}

const MAIL_FILE = /\.(mbox|mbx|eml)$/i;

export function ImportSection({ view, resumable, onFiles, onCancel, onOpenTimeline }: ImportSectionProps) {
  const thorough = useRef<HTMLInputElement>(null);
  const resume = useRef<HTMLInputElement>(null);
  const running = view.state === 'reading';
  const percent = view.size > 0 ? Math.min(100, Math.round((view.bytesRead / view.size) * 100)) : 0;
  const choose = (list: FileList | null, folder: boolean) => {
    const files = Array.from(list ?? []).filter((f) => !folder || MAIL_FILE.test(f.name));
    if (files.length) onFiles(files, resume.current?.checked ?? true, thorough.current?.checked ?? false);
  };
  return (
    <section aria-labelledby="import-heading" className="card import">
      <h2 id="import-heading">Import past mail</h2>
      <p className="muted">
        Start with a full timeline: choose your Google Takeout <code>.mbox</code> (Gmail → Takeout → Mail), an mbox from
        Thunderbird or Apple Mail, or <code>.eml</code> files. The file is read here, on this computer; nothing is
        uploaded. Only job-search mail is kept.
      </p>
      {resumable.length > 0 && !running ? (
        <p role="status">
          {resumable.map((r) => `${r.fileName} stopped at ${r.percent}%`).join('; ')}. Choose the same file again to
          continue where it stopped.
        </p>
      ) : null}
      <div className="import-controls">
        <label>
          Mailbox or .eml files{' '}
          <input type="file" aria-label="Mailbox or .eml files" accept=".mbox,.mbx,.eml,message/rfc822,application/mbox" multiple disabled={running} onChange={(e) => choose(e.currentTarget.files, false)} />
        </label>
        <label>
          A folder of them{' '}
          <input
            type="file"
            aria-label="A folder of mail files"
            multiple
            disabled={running}
            ref={(el) => el?.setAttribute('webkitdirectory', '')}
            onChange={(e) => choose(e.currentTarget.files, true)}
          />
        </label>
        <label>
          <input type="checkbox" ref={resume} defaultChecked disabled={running} /> Resume a file that stopped part-way
        </label>
        <label>
          <input type="checkbox" ref={thorough} disabled={running} /> Read every message (slower: also newsletters and
          notifications that name no job)
        </label>
      </div>
      {view.state !== 'idle' ? (
        <div className="import-progress" aria-live="polite">
          <p>
            <strong>{view.fileName}</strong>
            {view.fileOf ? ` (${view.fileOf})` : ''}
          </p>
          <progress max={100} value={percent} aria-label="Import progress" />
          <p data-testid="import-stats">
            {`${percent}% · ${mb(view.bytesRead)} of ${mb(view.size)} · ${view.messages.toLocaleString('en')} messages read · ${view.mbPerSecond.toFixed(1)} MB/s`}
            {running ? ` · ${duration(view.secondsLeft)} left` : ''}
          </p>
          <p data-testid="import-found">
            {view.found.length === 0 ? 'No job emails yet.' : `Job emails: ${view.found.map((f) => `${f.count} ${f.label}`).join(', ')}`}
          </p>
          {running ? (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
          {view.state === 'cancelled' ? <p role="status">Cancelled. What was read is kept; choose the same file again to continue.</p> : null}
          {view.fileError ? <p role="alert">{`${view.fileName}: ${view.fileError}`}</p> : null}
          {view.state === 'done' ? (
            <div className="import-summary" data-testid="import-summary">
              <p>
                <strong>{`${view.applications} ${view.applications === 1 ? 'application' : 'applications'} found`}</strong>
                {` in ${view.messages.toLocaleString('en')} messages.`}
              </p>
              {view.byMonth.length > 0 ? (
                <table>
                  <caption>Job emails per month</caption>
                  <tbody>
                    {view.byMonth.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{m.month}</th>
                        <td>{m.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              <button type="button" className="link" onClick={onOpenTimeline}>
                Open the timeline
              </button>
            </div>
          ) : null}
          {view.problemCount > 0 ? (
            <details>
              <summary>{`${view.problemCount} ${view.problemCount === 1 ? 'message' : 'messages'} with a problem`}</summary>
              <ul data-testid="import-problems">
                {view.problems.map((p, i) => (
                  <li key={i}>{`Message ${p.index}: ${p.reason}`}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
