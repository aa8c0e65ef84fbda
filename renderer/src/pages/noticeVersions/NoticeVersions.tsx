import { useCallback, useState } from 'react';
import { formatCalendarDate } from '../../../../shared/dates';
import type { NoticeKind } from '../../../../shared/notices/document';
import type { NoticePublication } from '../../../../shared/notices/publications';
import { dpo } from '../../api';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { ComparePanel } from './ComparePanel';

/** The hour a version was published: several the same day are told apart. */
const timeOf = (instant: string, language: string) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'short' }).format(
    new Date(instant),
  );

/** A digest shown short; the full value stays in reach (tooltip, copy). */
const shortDigest = (sha256: string) => `${sha256.slice(0, 12)}…`;

/**
 * The published versions of one notice: number, date, language, format and SHA-256 (copied in
 * full in one click), each file saved again as published; two versions compared in words.
 */
export function NoticeVersions({ kind }: { kind: NoticeKind }) {
  const { t, language } = useI18n();
  const [versions, setVersions] = useState<NoticePublication[] | null>(null);
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);

  useLiveLoad(
    ['documents'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.noticeVersions.list({ kind }).then((result) => {
          if (!isCurrent()) return;
          if (result.ok) setVersions(result.value);
          else setMessage({ text: result.error.message, warn: true });
        });
      },
      [kind],
    ),
  );

  const copy = (publication: NoticePublication) => {
    void navigator.clipboard.writeText(publication.sha256).then(
      () => {
        setMessage({
          text: t('noticeVersions.copied', { version: publication.version }),
          warn: false,
        });
      },
      (error: unknown) => {
        setMessage({ text: error instanceof Error ? error.message : String(error), warn: true });
      },
    );
  };

  const save = async (publication: NoticePublication) => {
    setMessage(null);
    const result = await dpo.noticeVersions.save({ id: publication.id });
    if (!result.ok) setMessage({ text: result.error.message, warn: true });
    else if (result.value.saved) {
      setMessage({ text: t('noticeVersions.saved', { name: result.value.name }), warn: false });
    }
  };

  if (versions === null) {
    return message === null ? null : <Notice text={message.text} role="alert" warn />;
  }
  return (
    <section className="notice-versions" aria-label={t('noticeVersions.title')}>
      <h2>{t('noticeVersions.title')}</h2>
      {versions.length === 0 ? (
        <p className="hint">{t('noticeVersions.none')}</p>
      ) : (
        <table className="plain-table" data-testid="notice-versions">
          <thead>
            <tr>
              <th>{t('noticeVersions.version')}</th>
              <th>{t('noticeVersions.publishedOn')}</th>
              <th>{t('noticeVersions.language')}</th>
              <th>{t('noticeVersions.format')}</th>
              <th>{t('noticeVersions.sha256')}</th>
              <th>{t('noticeVersions.publishedBy')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {versions.map((publication) => (
              <tr key={publication.id}>
                <td>{`v${String(publication.version)}`}</td>
                <td>
                  {formatCalendarDate(publication.publishedOn)}{' '}
                  <span className="hint">{timeOf(publication.publishedAt, language)}</span>
                </td>
                <td>{t(`enum.noticeLanguage.${publication.language}`)}</td>
                <td>{publication.format.toUpperCase()}</td>
                <td className="digest">
                  <code title={publication.sha256}>{shortDigest(publication.sha256)}</code>{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('noticeVersions.copyLabel', { version: publication.version })}
                    onClick={() => {
                      copy(publication);
                    }}
                  >
                    {t('noticeVersions.copy')}
                  </button>
                </td>
                <td>{publication.publishedBy}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('noticeVersions.downloadLabel', { version: publication.version })}
                    onClick={() => void save(publication)}
                  >
                    {t('noticeVersions.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message !== null ? (
        <Notice text={message.text} role={message.warn ? 'alert' : 'status'} warn={message.warn} />
      ) : null}
      <ComparePanel versions={versions} />
    </section>
  );
}
