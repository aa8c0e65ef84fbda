import { useState } from 'react';
import { dpo } from '../api';
import { importProblemText } from '../../../shared/register/importText';
import {
  flatFields,
  type FlatField,
  type ImportApplyReport,
  type RegisterImportChoice,
} from '../../../shared/schemas/registerImport';
import { formatCalendarDate } from '../../../shared/dates';
import { understoodActivity } from '../../../shared/register/importUnderstood';
import { useI18n } from '../i18n';
import { ImportMapping } from './ImportMapping';

/**
 * Documents › « Importer un registre… »: a register kept in a spreadsheet (the CNIL model or a
 * table of one row per activity), shown first as it would be stored, written only once the DPO
 * confirms.
 */
export function RegisterImportSection() {
  const { t, language } = useI18n();
  const [choice, setChoice] = useState<RegisterImportChoice | null>(null);
  const [report, setReport] = useState<ImportApplyReport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setMessage(null);
    setNotice(null);
    setReport(null);
    setBusy(true);
    const result = await dpo.registerImport.choose();
    setBusy(false);
    if (!result.ok) setMessage(result.error.message);
    else if (result.value !== null) setChoice(result.value);
  };

  const apply = async () => {
    if (choice === null) return;
    setBusy(true);
    const result = await dpo.registerImport.apply({
      importId: choice.importId,
      sha256: choice.sha256,
    });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setReport(result.value);
    setChoice(null);
  };

  const remap = async (columns: Record<string, FlatField>) => {
    if (choice === null) return;
    setMessage(null);
    setBusy(true);
    const result = await dpo.registerImport.remap({
      importId: choice.importId,
      mapping: { columns },
    });
    setBusy(false);
    if (!result.ok) setMessage(result.error.message);
    else setChoice(result.value);
  };

  const saveMapping = async () => {
    if (choice === null) return;
    setBusy(true);
    const columns = Object.fromEntries(choice.mapping.map((m) => [m.header, m.field]));
    const result = await dpo.registerImport.saveMapping({ mapping: { columns } });
    setBusy(false);
    if (result.ok) setNotice(t('registerImport.mappingSaved'));
    else setMessage(result.error.message);
  };

  const writable = choice !== null && choice.counts.added + choice.counts.modified > 0;
  return (
    <section className="card" aria-label={t('registerImport.title')}>
      <h2>{t('registerImport.title')}</h2>
      <p className="hint">{t('registerImport.hint')}</p>
      <div className="toolbar">
        <button type="button" disabled={busy} onClick={() => void choose()}>
          {t('registerImport.choose')}
        </button>
      </div>
      {message !== null ? <p role="alert">{message}</p> : null}
      {notice !== null ? <p role="status">{notice}</p> : null}
      {report !== null ? (
        <p role="status">
          {t('registerImport.done', {
            added: report.created,
            modified: report.updated,
            backup: report.backupPath,
          })}
        </p>
      ) : null}
      {choice !== null ? (
        <section aria-label={t('registerImport.preview')}>
          <h3>{t('registerImport.previewOf', { file: choice.file })}</h3>
          <p role="status">{t('registerImport.summary', choice.counts)}</p>
          {choice.mapping.length > 0 ? (
            <ImportMapping
              columns={choice.mapping}
              fields={flatFields}
              labels="registerImport.field"
              busy={busy}
              onChange={(columns) => void remap(columns)}
              onSave={() => void saveMapping()}
              onReset={() => void remap({})}
            />
          ) : null}
          <table className="plain-table import-preview">
            <thead>
              <tr>
                <th>{t('registerImport.change')}</th>
                <th>{t('registerImport.activity')}</th>
                <th>{t('registerImport.status')}</th>
                <th>{t('registerImport.sheet')}</th>
                <th>{t('registerImport.fileDates')}</th>
              </tr>
            </thead>
            <tbody>
              {choice.items.map((item) => (
                <tr key={`${item.sheet}-${item.fields.name}`}>
                  <td>
                    {t(`registerImport.change.${item.change}`)}
                    {item.changedFields.length > 0 ? ` (${item.changedFields.join(', ')})` : ''}
                  </td>
                  <td>
                    <details className="import-understood">
                      <summary>
                        {item.reference === null ? '' : `${item.reference} `}
                        {item.fields.name}
                      </summary>
                      <p className="hint">{t('registerImport.understood.show')}</p>
                      {understoodActivity(item.fields, t).map((section) => (
                        <section key={section.key} aria-label={section.title}>
                          <h5>{section.title}</h5>
                          <ul>
                            {section.lines.map((line, index) => (
                              <li key={index}>{line}</li>
                            ))}
                          </ul>
                        </section>
                      ))}
                    </details>
                  </td>
                  <td>{t(`enum.status.${item.fields.status}`)}</td>
                  <td>{item.sheet}</td>
                  <td>
                    {[item.createdOn, item.updatedOn]
                      .filter((d) => d !== '')
                      .map((d) => formatCalendarDate(d))
                      .join(' – ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {choice.problems.length > 0 ? (
            <>
              <h4>{t('registerImport.problems', { count: choice.problems.length })}</h4>
              <ul>
                {choice.problems.map((problem, index) => (
                  <li key={index}>{importProblemText(language, problem)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              disabled={busy || !writable}
              onClick={() => void apply()}
            >
              {t('registerImport.confirm')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setChoice(null);
              }}
            >
              {t('registerImport.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
