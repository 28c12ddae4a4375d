/** The options page's side of "Import past mail": starts the worker, turns its reports into the section's view. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportView } from '../../components/options/ImportSection';
import { UNREADABLE } from '../../lib/import/issues';
import type { ImportProgress } from '../../lib/import/run-import';
import { getDb, unfinishedImports, type ImportCheckpoint } from '../../lib/store';
import { EMAIL_KINDS, type EmailKind } from '../../lib/core/detection';
import { t } from '../../lib/ui-text/i18n';
import { kindLabel } from '../../lib/ui-text/labels';
import { importIssueText } from '../../lib/ui-text/problems';
import { refreshBadge } from '../popup/page-actions';
import ImportWorker from './import-worker?worker';
import type { ImportReport, ImportRequest } from './import-worker';

const IDLE: ImportView = {
  state: 'idle',
  fileName: '',
  fileOf: null,
  bytesRead: 0,
  size: 0,
  messages: 0,
  found: [],
  byMonth: [],
  applications: 0,
  mbPerSecond: 0,
  secondsLeft: null,
  problems: [],
  problemCount: 0,
  fileError: null,
};

function label(kind: string): string {
  if (kind === 'user_reply') return t('import_your_replies');
  return (EMAIL_KINDS as readonly string[]).includes(kind) ? kindLabel(kind as EmailKind) : kind;
}

export function viewOf(p: ImportProgress, file: number, files: number): ImportView {
  return {
    // A segment's end is no end for the user: the next worker goes on (useMailImport).
    state: p.state === 'paused' ? 'reading' : p.state,
    fileName: p.fileName,
    fileOf: files > 1 ? t('import_file_of', { file, files }) : null,
    bytesRead: p.bytesRead,
    size: p.size,
    messages: p.counts.messages,
    found: Object.entries(p.counts.byKind).filter(([, n]) => n > 0).map(([k, n]) => ({ label: label(k), count: n })),
    byMonth: Object.entries(p.counts.byMonth).sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    applications: p.counts.applications,
    mbPerSecond: p.mbPerSecond,
    secondsLeft: p.secondsLeft,
    problems: p.problems.slice(0, 50).map((x) => ({ index: x.index, reason: importIssueText(x) })),
    problemCount: p.counts.errors + p.problems.filter((x) => !UNREADABLE.has(x.code)).length,
    fileError: p.fileIssue ? importIssueText(p.fileIssue) : p.fileError,
  };
}

export function useMailImport() {
  const [view, setView] = useState<ImportView>(IDLE);
  const worker = useRef<Worker | null>(null);
  const cancelled = useRef(false);
  // The unfinished imports, read again whenever one changes, but not while this page imports: its worker writes a
  // checkpoint (with the triage's open threads) every batch, and reading them all back on the main thread each
  // time cost a long task; the other unfinished imports do not change meanwhile.
  const reading = view.state === 'reading';
  const lastUnfinished = useRef<ImportCheckpoint[]>([]);
  const live = useLiveQuery(() => (reading ? lastUnfinished.current : unfinishedImports(getDb())), [reading]);
  if (live) lastUnfinished.current = live;
  const unfinished = live ?? lastUnfinished.current;
  useEffect(() => () => worker.current?.terminate(), []);
  const start = useCallback((files: File[], resume: boolean, thorough: boolean) => {
    worker.current?.terminate();
    cancelled.current = false;
    // One worker per segment of the import (IMPORT_SEGMENT): when one pauses, the next resumes from its checkpoint;
    // the user sees one import (one bar, one count, Cancel).
    const run = (request: Extract<ImportRequest, { type: 'start' }>) => {
      const w = new ImportWorker();
      worker.current = w;
      w.onmessage = (event: MessageEvent<ImportReport>) => {
        const report = event.data;
        if (report.type === 'progress') setView(viewOf(report.progress, report.file, report.files));
        else if (report.type === 'paused') {
          w.terminate();
          if (worker.current !== w) return;
          run({ ...request, files: files.slice(report.file - 1), first: report.file, continues: report.progress });
        } else {
          refreshBadge();
          w.terminate();
          if (worker.current === w) worker.current = null;
        }
      };
      w.postMessage(request satisfies ImportRequest);
      // A cancel sent to the worker before, after it had paused: this one stops at once, with its checkpoint.
      if (cancelled.current) w.postMessage({ type: 'cancel' } satisfies ImportRequest);
    };
    setView({ ...IDLE, state: 'reading', fileName: files[0]?.name ?? '', size: files[0]?.size ?? 0 });
    run({ type: 'start', files, first: 1, total: files.length, resume, thorough });
  }, []);
  const cancel = useCallback(() => {
    cancelled.current = true;
    worker.current?.postMessage({ type: 'cancel' } satisfies ImportRequest);
  }, []);
  const resumable = unfinished.filter((c) => view.state !== 'reading' || c.fileName !== view.fileName).map((c) => ({ fileName: c.fileName, percent: c.size ? Math.floor((c.offset / c.size) * 100) : 0 }));
  return { view, start, cancel, resumable };
}
