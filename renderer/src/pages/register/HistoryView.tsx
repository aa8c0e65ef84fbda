import { useEffect, useState } from 'react';
import type { FieldChange } from '../../../../shared/diff';
import type { HistoryEntry } from '../../../../shared/history';
import { isMessageKey } from '../../../../shared/i18n';
import { formatInstant, useI18n } from '../../i18n';

/** "purposes.1.legalBasis" -> "Finalités › 2 › Base légale". */
function fieldLabel(path: string, t: (key: string) => string): string {
  return path
    .split('.')
    .map((part) => {
      if (/^\d+$/.test(part)) return String(Number(part) + 1);
      const key = `field.activity.${part}`;
      if (isMessageKey(key)) return t(key);
      const heading = `enum.security.${part}`;
      return isMessageKey(heading) ? t(heading) : part;
    })
    .join(' › ');
}

function show(value: FieldChange['before'], t: (key: string) => string): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(`common.yesNo.${String(value)}`);
  return String(value);
}

export function HistoryView({ id }: { id: string }) {
  const { t, language } = useI18n();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    void window.dpo.activities.history({ id }).then((result) => {
      setEntries(result.ok ? result.value : []);
    });
  }, [id]);
  if (entries === null) return <p>{t('common.loading')}</p>;
  if (entries.length === 0) return <p>{t('activity.historyEmpty')}</p>;
  return (
    <ol className="history">
      {entries.map((entry, index) => (
        <li key={`${entry.at}-${String(index)}`}>
          <p className="history-head">
            <strong>{t(`activity.history.${entry.action}`)}</strong> —{' '}
            {formatInstant(entry.at, language)} {t('activity.history.by', { actor: entry.actor })}
          </p>
          {entry.action === 'update' && entry.changes.length > 0 ? (
            <table className="history-changes">
              <thead>
                <tr>
                  <th>{t('activity.history.field')}</th>
                  <th>{t('activity.history.before')}</th>
                  <th>{t('activity.history.after')}</th>
                </tr>
              </thead>
              <tbody>
                {entry.changes.map((change) => (
                  <tr key={change.path}>
                    <td>{fieldLabel(change.path, t)}</td>
                    <td>{show(change.before, t)}</td>
                    <td>{show(change.after, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
