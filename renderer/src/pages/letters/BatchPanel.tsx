import { dpo } from '../../api';
import { useEffect, useState } from 'react';
import type { BatchStatusView } from '../../../../shared/api';
import { errorText } from '../../../../shared/errors';
import {
  letterKinds,
  type LetterKind,
  type LetterLanguage,
} from '../../../../shared/letters/templates';
import { FilterSelect } from '../../components/ListToolbar';
import { useI18n } from '../../i18n';
import { languageChoices } from './choices';

/** One kind of letter for the selected requests in one go, with a progress bar. */
export function BatchPanel({ requestIds }: { requestIds: string[] }) {
  const { t, language: uiLanguage } = useI18n();
  const [kind, setKind] = useState<LetterKind>('acknowledgement');
  const [language, setLanguage] = useState<LetterLanguage>('fr');
  const [mode, setMode] = useState<'onePdf' | 'perRequest'>('onePdf');
  const [status, setStatus] = useState<BatchStatusView | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (status === null || status.finished) return;
    const timer = window.setTimeout(() => {
      void dpo.letters.batchStatus({ id: status.id }).then((result) => {
        if (result.ok) setStatus(result.value);
      });
    }, 200);
    return () => {
      window.clearTimeout(timer);
    };
  }, [status]);

  const start = async () => {
    setMessage(null);
    const result = await dpo.letters.startBatch({ requestIds, kind, language, mode });
    if (result.ok) setStatus(result.value);
    else setMessage(result.error.message);
  };
  const save = async () => {
    if (status === null) return;
    const result = await dpo.letters.saveBatch({ id: status.id });
    if (!result.ok) setMessage(result.error.message);
  };

  return (
    <section className="batch" aria-label={t('letters.batch')}>
      <h2>{t('letters.batch')}</h2>
      <p>{t('letters.batchSelected', { count: requestIds.length })}</p>
      <div className="toolbar">
        <FilterSelect
          label={t('letters.template')}
          value={kind}
          options={letterKinds.map((k) => ({ value: k, label: t(`letter.kind.${k}`) }))}
          onChange={setKind}
        />
        <FilterSelect
          label={t('letters.language')}
          value={language}
          options={languageChoices}
          onChange={setLanguage}
        />
        {(['onePdf', 'perRequest'] as const).map((value) => (
          <label className="check" key={value}>
            <input
              type="radio"
              name="batch-mode"
              checked={mode === value}
              onChange={() => {
                setMode(value);
              }}
            />
            <span>{t(`letters.batchMode.${value}`)}</span>
          </label>
        ))}
        <button
          type="button"
          className="primary"
          disabled={status !== null && !status.finished}
          onClick={() => void start()}
        >
          {t('letters.batchStart')}
        </button>
      </div>
      {status !== null ? (
        <div>
          <progress
            className="progress"
            value={status.done}
            max={status.total}
            aria-label={t('letters.batch')}
          />
          <p role="status">
            {status.finished
              ? t('letters.batchDone', {
                  done: status.done - status.skipped.length,
                  skipped: status.skipped.length,
                })
              : t('letters.batchProgress', { done: status.done, total: status.total })}
          </p>
          {status.error !== null ? (
            <p className="status-error">{errorText(uiLanguage, status.error)}</p>
          ) : null}
          {status.skipped.length > 0 ? (
            <details>
              <summary>
                {t('letters.batchSkipped')} {status.skipped.length}
              </summary>
              <ul>
                {status.skipped.map((s, i) => (
                  <li key={i}>{errorText(uiLanguage, s.reason)}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {status.finished && status.ready ? (
            <button type="button" className="primary" onClick={() => void save()}>
              {t('letters.batchSave')}
            </button>
          ) : null}
        </div>
      ) : null}
      {message !== null ? <p className="status-error">{message}</p> : null}
    </section>
  );
}
