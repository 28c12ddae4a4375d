/** Your data: export (JSON, CSV), import a JSON export (all or nothing, errors shown), delete everything (asks first). */
import { useRef, useState } from 'react';
import { t } from '../../lib/ui-text/i18n';
import { saveTextFile as download } from '../save-file';

export interface ImportOutcome {
  ok: boolean;
  /** What was imported, or what is wrong with the file. */
  message: string;
}

export interface DataSectionProps {
  exportJson(): Promise<string>;
  exportCsv(): Promise<string>;
  importJson(text: string): Promise<ImportOutcome>;
  deleteAll(): Promise<void>;
  /** For the file names: today's date "2026-03-03". */
  today: string;
}

export function DataSection({ exportJson, exportCsv, importJson, deleteAll, today }: DataSectionProps) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  // Each export: what is read, its type, the file's ending, the button's words, what is said once saved.
  const exports = [
    [exportJson, 'application/json', 'json', 'data_export_json', 'data_exported_json'],
    [exportCsv, 'text/csv', 'csv', 'data_export_csv', 'data_exported_csv'],
  ] as const;

  const run = async (work: () => Promise<string>) => {
    try {
      setStatus({ ok: true, text: await work() });
    } catch {
      // The browser's own message (an IndexedDB or file error) is English whatever the interface's language.
      setStatus({ ok: false, text: t('data_failed') });
    }
  };

  return (
    <section aria-labelledby="data-heading" className="card">
      <h2 id="data-heading">{t('data_heading')}</h2>
      <div className="row wrap">
        {exports.map(([read, mime, ext, label, done]) => (
          <button
            key={ext}
            type="button"
            onClick={() =>
              run(async () => {
                download(await read(), mime, `callback-${today}.${ext}`);
                return t(done);
              })
            }
          >
            {t(label)}
          </button>
        ))}
      </div>
      <label className="field">
        <span>{t('data_import')}</span>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const chosen = e.target.files?.[0];
            if (!chosen) return;
            const outcome = await importJson(await chosen.text());
            setStatus({ ok: outcome.ok, text: outcome.message });
            if (file.current) file.current.value = '';
          }}
        />
      </label>
      <div className="danger">
        {confirming ? (
          <div role="alertdialog" aria-labelledby="delete-question" className="confirm">
            <p id="delete-question">{t('data_delete_question')}</p>
            <div className="row">
              <button
                type="button"
                className="danger-button"
                onClick={() =>
                  run(async () => {
                    await deleteAll();
                    setConfirming(false);
                    return t('data_deleted');
                  })
                }
              >
                {t('data_delete_yes')}
              </button>
              <button type="button" autoFocus onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="danger-button" onClick={() => setConfirming(true)}>
            {t('data_delete')}
          </button>
        )}
      </div>
      <p role="status" className={status?.ok === false ? 'error' : 'status'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
