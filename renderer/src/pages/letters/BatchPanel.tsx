import { dpo } from '../../api';
import { useState } from 'react';
import {
  letterKinds,
  type LetterKind,
  type LetterLanguage,
} from '../../../../shared/letters/templates';
import { FilterSelect } from '../../components/ListToolbar';
import { useI18n } from '../../i18n';
import { BatchProgress, useBatch } from './BatchProgress';
import { languageChoices } from './choices';

/** One kind of letter for the selected requests in one go, with a progress bar. */
export function BatchPanel({ requestIds }: { requestIds: string[] }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<LetterKind>('acknowledgement');
  const [language, setLanguage] = useState<LetterLanguage>('fr');
  const [mode, setMode] = useState<'onePdf' | 'perRequest'>('onePdf');
  const { status, setStatus, running } = useBatch();
  const [message, setMessage] = useState<string | null>(null);

  const start = async () => {
    setMessage(null);
    const result = await dpo.letters.startBatch({ requestIds, kind, language, mode });
    if (result.ok) setStatus(result.value);
    else setMessage(result.error.message);
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
        <button type="button" className="primary" disabled={running} onClick={() => void start()}>
          {t('letters.batchStart')}
        </button>
      </div>
      {status !== null ? (
        <BatchProgress status={status} label={t('letters.batch')} onMessage={setMessage} />
      ) : null}
      {message !== null ? <p className="status-error">{message}</p> : null}
    </section>
  );
}
