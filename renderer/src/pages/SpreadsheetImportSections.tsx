import { useState, type ReactNode } from 'react';
import { dpo, type ShownError } from '../api';
import { importProblemText } from '../../../shared/register/importText';
import type { ImportChange, ImportProblem } from '../../../shared/schemas/registerImport';
import {
  processorListFields,
  type ProcessorImportChoice,
  type ProcessorListField,
} from '../../../shared/schemas/processorImport';
import {
  requestLogFields,
  type RequestImportChoice,
  type RequestLogField,
} from '../../../shared/schemas/requestImport';
import { formatCalendarDate } from '../../../shared/dates';
import { useI18n } from '../i18n';
import { ImportMapping } from './ImportMapping';

type Result<T> = { ok: true; value: T } | { ok: false; error: ShownError };

interface Report {
  created: number;
  updated: number;
  backupPath: string;
}

interface Choice {
  importId: string;
  file: string;
  sha256: string;
  counts: Record<ImportChange, number> & { refused: number };
  problems: ImportProblem[];
}

/**
 * One import of the Documents page besides the register's (processors, requests): choose the
 * file, read the preview, confirm. `children` shows the rows of the preview.
 */
function useSpreadsheetImport<C extends Choice>(calls: {
  choose: () => Promise<Result<C | null>>;
  apply: (input: { importId: string; sha256: string }) => Promise<Result<Report>>;
}) {
  const [choice, setChoice] = useState<C | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async <T,>(call: () => Promise<Result<T>>, then: (value: T) => void) => {
    setMessage(null);
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (result.ok) then(result.value);
    else setMessage(result.error.message);
  };
  return {
    choice,
    setChoice,
    report,
    message,
    notice,
    setNotice,
    busy,
    run,
    choose: () => {
      setReport(null);
      setNotice(null);
      void run(calls.choose, (value) => {
        if (value !== null) setChoice(value);
      });
    },
    cancel: () => {
      setChoice(null);
    },
    apply: () => {
      if (choice === null) return;
      void run(
        () => calls.apply({ importId: choice.importId, sha256: choice.sha256 }),
        (value) => {
          setReport(value);
          setChoice(null);
        },
      );
    },
  };
}

function ImportFrame(props: {
  title: string;
  hint: string;
  chooseLabel: string;
  summary: string;
  done: string | null;
  state: {
    choice: Choice | null;
    busy: boolean;
    message: string | null;
    notice: string | null;
    choose: () => void;
    apply: () => void;
    cancel: () => void;
  };
  children: ReactNode;
}) {
  const { t, language } = useI18n();
  const { choice, busy, message, notice } = props.state;
  const writable = choice !== null && choice.counts.added + choice.counts.modified > 0;
  return (
    <section className="card" aria-label={props.title}>
      <h2>{props.title}</h2>
      <p className="hint">{props.hint}</p>
      <div className="toolbar">
        <button type="button" disabled={busy} onClick={props.state.choose}>
          {props.chooseLabel}
        </button>
      </div>
      {message !== null ? <p role="alert">{message}</p> : null}
      {notice !== null ? <p role="status">{notice}</p> : null}
      {props.done !== null ? <p role="status">{props.done}</p> : null}
      {choice !== null ? (
        <section aria-label={t('registerImport.preview')}>
          <h3>{t('registerImport.previewOf', { file: choice.file })}</h3>
          <p role="status">{props.summary}</p>
          {props.children}
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
              onClick={props.state.apply}
            >
              {t('registerImport.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={props.state.cancel}>
              {t('registerImport.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </section>
  );
}

const doneValues = (report: Report) => ({
  added: report.created,
  modified: report.updated,
  backup: report.backupPath,
});

/** Documents › « Importer des sous-traitants… », with the mapping of the list's columns. */
export function ProcessorImportSection() {
  const { t } = useI18n();
  const state = useSpreadsheetImport<ProcessorImportChoice>({
    choose: () => dpo.processorImport.choose(),
    apply: (input) => dpo.processorImport.apply(input),
  });
  const { choice, report, busy, run, setChoice, setNotice } = state;
  const remap = (columns: Record<string, ProcessorListField>) => {
    if (choice === null) return;
    void run(
      () => dpo.processorImport.remap({ importId: choice.importId, mapping: { columns } }),
      setChoice,
    );
  };
  return (
    <ImportFrame
      title={t('processorImport.title')}
      hint={t('processorImport.hint')}
      chooseLabel={t('processorImport.choose')}
      summary={choice === null ? '' : t('processorImport.summary', choice.counts)}
      done={report === null ? null : t('processorImport.done', doneValues(report))}
      state={state}
    >
      {choice === null ? null : (
        <ImportMapping
          columns={choice.mapping}
          fields={processorListFields}
          labels="processorImport.field"
          busy={busy}
          onChange={remap}
          onSave={() => {
            const columns = Object.fromEntries(choice.mapping.map((m) => [m.header, m.field]));
            void run(
              () => dpo.processorImport.saveMapping({ mapping: { columns } }),
              () => {
                setNotice(t('registerImport.mappingSaved'));
              },
            );
          }}
          onReset={() => {
            remap({});
          }}
        />
      )}
      <table className="plain-table">
        <thead>
          <tr>
            <th>{t('registerImport.change')}</th>
            <th>{t('processorImport.processor')}</th>
            <th>{t('importSection.row')}</th>
          </tr>
        </thead>
        <tbody>
          {choice?.items.map((item) => (
            <tr key={item.row}>
              <td>{t(`processorImport.change.${item.change}`)}</td>
              <td>{item.fields.name}</td>
              <td>{item.row}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ImportFrame>
  );
}

/** Documents › « Importer des demandes… », with the mapping of the log's columns. */
export function RequestImportSection() {
  const { t } = useI18n();
  const state = useSpreadsheetImport<RequestImportChoice>({
    choose: () => dpo.requestImport.choose(),
    apply: (input) => dpo.requestImport.apply(input),
  });
  const { choice, report, busy, run, setChoice, setNotice } = state;
  const remap = (columns: Record<string, RequestLogField>) => {
    if (choice === null) return;
    void run(
      () => dpo.requestImport.remap({ importId: choice.importId, mapping: { columns } }),
      setChoice,
    );
  };
  return (
    <ImportFrame
      title={t('requestImport.title')}
      hint={t('requestImport.hint')}
      chooseLabel={t('requestImport.choose')}
      summary={choice === null ? '' : t('requestImport.summary', choice.counts)}
      done={report === null ? null : t('requestImport.done', doneValues(report))}
      state={state}
    >
      {choice === null ? null : (
        <ImportMapping
          columns={choice.mapping}
          fields={requestLogFields}
          labels="requestImport.field"
          busy={busy}
          onChange={remap}
          onSave={() => {
            const columns = Object.fromEntries(choice.mapping.map((m) => [m.header, m.field]));
            void run(
              () => dpo.requestImport.saveMapping({ mapping: { columns } }),
              () => {
                setNotice(t('registerImport.mappingSaved'));
              },
            );
          }}
          onReset={() => {
            remap({});
          }}
        />
      )}
      <table className="plain-table">
        <thead>
          <tr>
            <th>{t('registerImport.change')}</th>
            <th>{t('requestImport.requester')}</th>
            <th>{t('requestImport.receivedOn')}</th>
            <th>{t('registerImport.status')}</th>
            <th>{t('requestImport.dueOn')}</th>
            <th>{t('importSection.row')}</th>
          </tr>
        </thead>
        <tbody>
          {choice?.items.map((item) => (
            <tr key={item.row}>
              <td>{t(`registerImport.change.${item.change}`)}</td>
              <td>
                {item.reference === null ? '' : `${item.reference} `}
                {item.fields.requesterName}
              </td>
              <td>{formatCalendarDate(item.fields.receivedOn)}</td>
              <td>
                {t(`enum.requestStatus.${item.fields.status}`)}
                {item.outcomeAssumed ? (
                  <span className="hint"> — {t('requestImport.outcomeAssumed')}</span>
                ) : null}
              </td>
              <td>{formatCalendarDate(item.dueOn)}</td>
              <td>{item.row}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ImportFrame>
  );
}
