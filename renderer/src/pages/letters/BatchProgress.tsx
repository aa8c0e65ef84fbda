import { dpo } from '../../api';
import { useEffect, useState } from 'react';
import type { BatchStatusView } from '../../../../shared/api';
import { errorText } from '../../../../shared/errors';
import { useI18n } from '../../i18n';

type Skipped = BatchStatusView['skipped'][number];

/** A running batch, asked for its progress five times a second until it has finished. */
export function useBatch() {
  const [status, setStatus] = useState<BatchStatusView | null>(null);
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
  return { status, setStatus, running: status !== null && !status.finished };
}

/** The progress bar, what was left out and why, and the button that saves the finished file. */
export function BatchProgress(props: {
  status: BatchStatusView;
  label: string;
  skippedText?: (skipped: Skipped) => string;
  saveLabel?: string;
  /** The finished line's key when its documents are not letters to requests. */
  doneKey?: string;
  onMessage: (text: string) => void;
}) {
  const { t, language } = useI18n();
  const { status } = props;
  const save = async () => {
    const result = await dpo.letters.saveBatch({ id: status.id });
    if (!result.ok) props.onMessage(result.error.message);
  };
  return (
    <div>
      <progress
        className="progress"
        value={status.done}
        max={status.total}
        aria-label={props.label}
      />
      <p role="status">
        {status.finished
          ? t(props.doneKey ?? 'letters.batchDone', {
              done: status.done - status.skipped.length,
              skipped: status.skipped.length,
            })
          : t('letters.batchProgress', { done: status.done, total: status.total })}
      </p>
      {status.error !== null ? (
        <p className="status-error">{errorText(language, status.error)}</p>
      ) : null}
      {status.skipped.length > 0 ? (
        <details>
          <summary>
            {t('letters.batchSkipped')} {status.skipped.length}
          </summary>
          <ul>
            {status.skipped.map((skipped, index) => (
              <li key={index}>
                {props.skippedText?.(skipped) ?? errorText(language, skipped.reason)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {status.finished && status.ready ? (
        <button type="button" className="primary" onClick={() => void save()}>
          {props.saveLabel ?? t('letters.batchSave')}
        </button>
      ) : null}
    </div>
  );
}
