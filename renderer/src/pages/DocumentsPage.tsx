import { dpo } from '../api';
import { useCallback, useEffect, useState } from 'react';
import type {
  ExportComparison,
  ExportJob,
  RegisterExport,
  RegisterExportKind,
} from '../../../shared/schemas/documents';
import { useI18n } from '../i18n';
import { useLiveLoad } from '../live';
import { RegisterImportSection } from './RegisterImportSection';
import { ProcessorImportSection, RequestImportSection } from './SpreadsheetImportSections';

/** `2026-11-22T10:00:00.000Z` shown in the user's time: `22/11/2026 11:00`. */
function madeAtText(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${String(date.getFullYear())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Documents: the register to Excel (every quarter) and to PDF, with a progress bar and a save
 * dialog; every export kept as evidence; two exports compared.
 */
export function DocumentsPage() {
  const { t } = useI18n();
  const [includeNames, setIncludeNames] = useState(false);
  const [job, setJob] = useState<ExportJob | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [exports, setExports] = useState<RegisterExport[]>([]);
  const [reloads, setReloads] = useState(0);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparison, setComparison] = useState<ExportComparison | null>(null);

  useLiveLoad(
    ['documents'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.documents.exports().then((result) => {
          if (result.ok && isCurrent()) setExports(result.value);
        });
      },
      // A write made here reloads at once, before its announcement arrives.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [reloads],
    ),
  );

  useEffect(() => {
    if (job === null || job.finished) return;
    const timer = window.setTimeout(() => {
      void dpo.documents.exportStatus({ id: job.id }).then((result) => {
        if (result.ok) setJob(result.value);
      });
    }, 200);
    return () => {
      window.clearTimeout(timer);
    };
  }, [job]);

  const start = async (kind: RegisterExportKind) => {
    setMessage(null);
    const result = await dpo.documents.startExport({
      kind,
      includeRequesterNames: includeNames,
    });
    if (result.ok) setJob(result.value);
    else setMessage(result.error.message);
  };

  const save = async () => {
    if (job === null) return;
    const result = await dpo.documents.saveExport({ id: job.id });
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    if (result.value.saved) {
      setMessage(t('documents.saved', { name: result.value.name }));
      setJob(null);
      setReloads((n) => n + 1);
    }
  };

  // The CNIL model's layout is written at once (no progress): straight to the save dialog.
  const saveCnil = async () => {
    setMessage(null);
    const result = await dpo.documents.saveCnilExport();
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    if (result.value.saved) {
      setMessage(t('cnilExport.saved', { name: result.value.name }));
      setReloads((n) => n + 1);
    }
  };

  const compare = async () => {
    const [fromId, toId] = picked;
    if (fromId === undefined || toId === undefined) return;
    const result = await dpo.documents.compare({ fromId, toId });
    if (result.ok) setComparison(result.value);
    else setMessage(result.error.message);
  };

  const togglePick = (id: string, on: boolean) => {
    setComparison(null);
    setPicked((current) =>
      on ? [...current.filter((p) => p !== id), id].slice(-2) : current.filter((p) => p !== id),
    );
  };

  const busy = job !== null && !job.finished;
  return (
    <section className="page page-wide">
      <h1>{t('nav.documents')}</h1>
      <section className="card" aria-label={t('documents.export')}>
        <h2>{t('documents.export')}</h2>
        <p className="hint">{t('documents.exportHint')}</p>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void start('xlsx')}
          >
            {t('documents.exportXlsx')}
          </button>
          <button type="button" disabled={busy} onClick={() => void start('pdf')}>
            {t('documents.exportPdf')}
          </button>
          <button type="button" disabled={busy} onClick={() => void saveCnil()}>
            {t('cnilExport.button')}
          </button>
          <label className="check">
            <input
              type="checkbox"
              checked={includeNames}
              onChange={(e) => {
                setIncludeNames(e.target.checked);
              }}
            />
            <span>{t('documents.includeNames')}</span>
          </label>
        </div>
        {job !== null ? (
          <div>
            <progress
              className="progress"
              value={job.done}
              max={Math.max(job.total, 1)}
              aria-label={t('documents.progress')}
            />
            <p role="status">
              {job.error !== null
                ? job.error
                : job.finished
                  ? t('documents.ready', { name: job.fileName })
                  : t('documents.running', { done: job.done, total: job.total })}
            </p>
            {job.finished && job.ready ? (
              <button type="button" className="primary" onClick={() => void save()}>
                {t('documents.save')}
              </button>
            ) : null}
          </div>
        ) : null}
        {message !== null ? <p role="status">{message}</p> : null}
      </section>

      <RegisterImportSection />
      <ProcessorImportSection />
      <RequestImportSection />

      <section aria-label={t('documents.history')}>
        <h2>{t('documents.history')}</h2>
        {exports.length === 0 ? (
          <p className="hint">{t('documents.noExport')}</p>
        ) : (
          <>
            <table className="plain-table">
              <thead>
                <tr>
                  <th>{t('documents.compareColumn')}</th>
                  <th>{t('documents.madeAt')}</th>
                  <th>{t('documents.kind')}</th>
                  <th>{t('documents.quarter')}</th>
                  <th>{t('documents.fileName')}</th>
                  <th>{t('documents.contents')}</th>
                  <th>{t('documents.by')}</th>
                  <th>SHA-256</th>
                </tr>
              </thead>
              <tbody>
                {exports.map((record) => (
                  <tr key={record.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('documents.pick', { name: record.fileName })}
                        checked={picked.includes(record.id)}
                        onChange={(e) => {
                          togglePick(record.id, e.target.checked);
                        }}
                      />
                    </td>
                    <td>{madeAtText(record.madeAt)}</td>
                    <td>{record.kind === 'xlsx' ? 'Excel' : 'PDF'}</td>
                    <td>{record.quarter}</td>
                    <td>{record.fileName}</td>
                    <td>
                      {t('documents.counts', {
                        activities:
                          (record.counts.controllerActivities ?? 0) +
                          (record.counts.processorActivities ?? 0),
                        processors: record.counts.processors ?? 0,
                        requests: record.counts.requests ?? 0,
                      })}
                    </td>
                    <td>{record.actor}</td>
                    <td>
                      <code title={record.sha256}>{record.sha256.slice(0, 16)}…</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="toolbar">
              <button type="button" disabled={picked.length !== 2} onClick={() => void compare()}>
                {t('documents.compare')}
              </button>
              <span className="hint">{t('documents.compareHint')}</span>
            </div>
          </>
        )}
        {comparison !== null ? (
          <section className="card" aria-label={t('documents.comparison')}>
            <h3>
              {t('documents.comparisonTitle', {
                from: madeAtText(comparison.from.madeAt),
                to: madeAtText(comparison.to.madeAt),
              })}
            </h3>
            {(['added', 'removed', 'modified'] as const).map((part) => (
              <div key={part}>
                <h4>
                  {t(`documents.${part}`)} ({comparison[part].length})
                </h4>
                {comparison[part].length === 0 ? (
                  <p className="hint">—</p>
                ) : (
                  <ul>
                    {comparison[part].map((a) => (
                      <li key={a.reference}>
                        {a.reference} {a.name}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
            <p className="hint">{t('documents.unchanged', { count: comparison.unchanged })}</p>
          </section>
        ) : null}
      </section>
    </section>
  );
}
