import { useMemo, useState } from 'react';
import { formatCalendarDate } from '../../../../shared/dates';
import type { NoticeComparison, NoticePublication } from '../../../../shared/notices/publications';
import { dpo } from '../../api';
import { FilterSelect } from '../../components/ListToolbar';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n';

/**
 * Two versions of the same language side by side in words: the older chosen first, the newer
 * second; by default the last two of the newest version's language.
 */
export function ComparePanel({ versions }: { versions: NoticePublication[] }) {
  const { t } = useI18n();
  const [newest] = versions;
  const sameLanguage = useMemo(
    () => versions.filter((v) => v.language === newest?.language),
    [versions, newest],
  );
  const [olderId, setOlderId] = useState<string>('');
  const [newerId, setNewerId] = useState<string>('');
  const [comparison, setComparison] = useState<NoticeComparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  const older = olderId || (sameLanguage[1]?.id ?? '');
  const newer = newerId || (sameLanguage[0]?.id ?? '');
  const label = (v: NoticePublication) =>
    t('noticeVersions.versionLabel', {
      version: v.version,
      date: formatCalendarDate(v.publishedOn),
      language: t(`enum.noticeLanguage.${v.language}`),
      format: v.format.toUpperCase(),
    });

  if (sameLanguage.length < 2 && versions.length < 2) return null;

  const compare = async () => {
    setError(null);
    setComparison(null);
    const result = await dpo.noticeVersions.compare({ olderId: older, newerId: newer });
    if (result.ok) setComparison(result.value);
    else setError(result.error.message);
  };

  const options = versions.map((v) => ({ value: v.id, label: label(v) }));
  const choice = (value: string, onChange: (id: string) => void, text: string) => (
    <FilterSelect
      label={text}
      value={value}
      options={options}
      onChange={(id) => {
        onChange(id);
        setComparison(null);
      }}
    />
  );

  return (
    <section className="card" aria-label={t('noticeVersions.compare')}>
      <h3>{t('noticeVersions.compare')}</h3>
      {sameLanguage.length < 2 ? <p className="hint">{t('noticeVersions.needTwo')}</p> : null}
      <div className="toolbar">
        {choice(older, setOlderId, t('noticeVersions.older'))}
        {choice(newer, setNewerId, t('noticeVersions.newer'))}
        <button
          type="button"
          disabled={older === '' || newer === '' || older === newer}
          onClick={() => void compare()}
        >
          {t('noticeVersions.compareButton')}
        </button>
      </div>
      <Notice text={error} role="alert" warn />
      {comparison !== null ? (
        <div role="status" data-testid="notice-comparison">
          {comparison.changes.length === 0 ? (
            <p>{t('noticeVersions.noChange')}</p>
          ) : (
            <>
              <p>
                {t('noticeVersions.changes', {
                  count: comparison.changes.length,
                  older: comparison.older.version,
                  newer: comparison.newer.version,
                })}
              </p>
              <ul className="notice-changes">
                {comparison.changes.map((change, index) => (
                  // The same words may repeat (two rows removed alike): the rank tells them apart.
                  <li key={`${String(index)}-${change.text}`}>{change.text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
