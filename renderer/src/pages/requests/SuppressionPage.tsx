import { dpo } from '../../api';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { formatCalendarDate } from '../../../../shared/dates';
import type { SuppressionEntry } from '../../../../shared/schemas/request';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable, type Columns } from '../../components/DataTable';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { useAddressSorting, useAddressState } from '../../navigation';
import { requestsHash } from '../../routes';

const column = createColumnHelper<SuppressionEntry>();

/** Who objected to direct marketing: viewable, searchable and exportable for campaigns. */
export function SuppressionPage() {
  const { t } = useI18n();
  const [entries, setEntries] = useState<SuppressionEntry[] | null>(null);
  const [search, setSearch] = useAddressState('q', '');
  const [sorting, setSorting] = useAddressSorting([]);
  const [message, setMessage] = useState<string | null>(null);
  const [toErase, setToErase] = useState<SuppressionEntry | null>(null);
  const [reloads, setReloads] = useState(0);

  useLiveLoad(
    ['requests'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.suppression.list().then((result) => {
          if (isCurrent()) setEntries(result.ok ? result.value : []);
        });
      },
      // A write made here reloads at once, before its announcement arrives.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [reloads],
    ),
  );

  const columns = useMemo<Columns<SuppressionEntry>>(
    () => [
      column.accessor((row) => row.name, {
        id: 'name',
        header: t('suppression.col.name'),
        size: 220,
      }),
      column.accessor((row) => row.email, {
        id: 'email',
        header: t('suppression.col.email'),
        size: 240,
      }),
      column.accessor((row) => row.phone, {
        id: 'phone',
        header: t('suppression.col.phone'),
        size: 160,
      }),
      column.accessor((row) => row.addedOn, {
        id: 'addedOn',
        header: t('suppression.col.addedOn'),
        size: 120,
        cell: (info) => formatCalendarDate(info.row.original.addedOn),
      }),
      column.accessor((row) => row.sourceReference, {
        id: 'source',
        header: t('suppression.col.source'),
        size: 150,
      }),
      column.display({
        id: 'erase',
        header: '',
        size: 120,
        cell: (info) => (
          <button
            type="button"
            onClick={() => {
              setToErase(info.row.original);
            }}
          >
            {t('suppression.erase')}
          </button>
        ),
      }),
    ],
    [t],
  );

  const erase = async (entry: SuppressionEntry) => {
    setToErase(null);
    const result = await dpo.suppression.erase({ id: entry.id });
    setMessage(
      !result.ok
        ? result.error.message
        : result.value.erasureComplete
          ? t('suppression.erased', { name: entry.name })
          : `${t('suppression.erased', { name: entry.name })} ${t('requests.erasurePending')}`,
    );
    setReloads((n) => n + 1);
  };

  const exportCsv = async () => {
    const result = await dpo.suppression.exportCsv();
    setMessage(
      result.ok
        ? result.value.saved
          ? t('suppression.exported', { count: result.value.count, name: result.value.name })
          : null
        : result.error.message,
    );
  };

  return (
    <section className="page page-wide">
      <p>
        <a href={requestsHash()}>← {t('requests.back')}</a>
      </p>
      <div className="page-head">
        <h1>{t('suppression.title')}</h1>
        <button type="button" className="primary" onClick={() => void exportCsv()}>
          {t('suppression.export')}
        </button>
      </div>
      <p>{t('suppression.intro')}</p>
      {message !== null ? <p role="status">{message}</p> : null}
      <div className="toolbar">
        <input
          type="search"
          className="search"
          aria-label={t('common.search')}
          value={search}
          maxLength={200}
          onChange={(event) => {
            setSearch(event.target.value);
          }}
        />
      </div>
      {entries === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <DataTable
          tableId="suppression"
          data={entries}
          columns={columns}
          getRowId={(row) => row.id}
          searchText={(row) => `${row.name} ${row.email} ${row.phone} ${row.sourceReference}`}
          search={search}
          columnFilters={[]}
          sorting={sorting}
          onSortingChange={setSorting}
          emptyMessage={t('suppression.empty')}
          countLabel={(shown, total) =>
            shown === total ? String(total) : t('common.rowCount', { count: shown, total })
          }
        />
      )}
      {toErase !== null ? (
        <ConfirmDialog
          title={t('suppression.eraseTitle')}
          message={t('suppression.eraseConfirm', { name: toErase.name })}
          confirmLabel={t('suppression.erase')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void erase(toErase)}
          onCancel={() => {
            setToErase(null);
          }}
        />
      ) : null}
    </section>
  );
}
