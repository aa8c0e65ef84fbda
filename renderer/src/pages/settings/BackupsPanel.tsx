import { dpo } from '../../api';
import { useEffect, useState } from 'react';
import type { Backup, BackupList } from '../../../../shared/schemas/backups';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatInstant, useI18n } from '../../i18n';

function formatSize(bytes: number, language: string): string {
  const units = language === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${size.toLocaleString(language, { maximumFractionDigits: digits })} ${String(units[unit])}`;
}

/** Paramètres > Sauvegardes: the list, "back up now", and restore with the current base kept. */
export function BackupsPanel() {
  const { t, language } = useI18n();
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [toRestore, setToRestore] = useState<Backup | null>(null);

  const [reloads, setReloads] = useState(0);
  const load = () => {
    setReloads((n) => n + 1);
  };
  useEffect(() => {
    void dpo.backups.list().then((result) => {
      if (result.ok) setList(result.value);
    });
  }, [reloads]);

  const backUpNow = async () => {
    setBusy(true);
    setMessage(null);
    const result = await dpo.backups.create();
    setBusy(false);
    setMessage(
      result.ok
        ? { kind: 'ok', text: t('backups.done', { name: result.value.name }) }
        : { kind: 'error', text: result.error.message },
    );
    load();
  };

  const restore = async (backup: Backup) => {
    setToRestore(null);
    setBusy(true);
    setMessage(null);
    const result = await dpo.backups.restore({ name: backup.name });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error.message });
      load();
      return;
    }
    // Every page shows the restored base from here on.
    window.location.hash = '#/parametres';
    window.location.reload();
  };

  return (
    <fieldset aria-labelledby="backups-title">
      <legend id="backups-title">{t('backups.title')}</legend>
      <p className="muted">{t('backups.explain')}</p>
      {list !== null ? (
        <p className="muted" data-testid="backups-folder">
          {t('backups.folder')} {list.folder}
        </p>
      ) : null}
      {list?.failure != null ? (
        <p className="notice notice-warn" role="alert" data-testid="backups-failure">
          {t('backups.failing')} {list.failure}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void backUpNow()} disabled={busy}>
          {t('backups.now')}
        </button>
      </div>
      {message !== null ? (
        <p className={message.kind === 'ok' ? 'status' : 'status-error'} role="status">
          {message.text}
        </p>
      ) : null}
      {list !== null && list.backups.length === 0 ? <p>{t('backups.none')}</p> : null}
      {list !== null && list.backups.length > 0 ? (
        <table className="plain-table" aria-label={t('backups.title')}>
          <thead>
            <tr>
              <th>{t('backups.takenAt')}</th>
              <th>{t('backups.reason')}</th>
              <th>{t('backups.size')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => (
              <tr key={backup.name} data-testid="backup-row">
                <td>{formatInstant(backup.takenAt, language)}</td>
                <td>{t(`backups.reason.${backup.reason}`)}</td>
                <td>{formatSize(backup.size, language)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => {
                      setToRestore(backup);
                    }}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {toRestore !== null ? (
        <ConfirmDialog
          title={t('backups.restoreTitle')}
          message={t('backups.restoreConfirm', {
            when: formatInstant(toRestore.takenAt, language),
          })}
          confirmLabel={t('backups.restore')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void restore(toRestore)}
          onCancel={() => {
            setToRestore(null);
          }}
        />
      ) : null}
    </fieldset>
  );
}
