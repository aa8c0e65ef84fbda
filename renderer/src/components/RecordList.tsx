import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { useI18n } from '../i18n';
import { navigate } from '../navigation';
import { DataTable, type Columns } from './DataTable';

/**
 * A list of records loaded whole, searched and filtered here, each row opening its record. Its
 * words are `<texts>.empty` (no record at all), `<texts>.noMatch` and `<texts>.count`.
 */
export function RecordList<T extends { id: string; searchText: string }>(props: {
  tableId: string;
  /** Null while loading. */
  rows: T[] | null;
  columns: Columns<T>;
  search: string;
  filters: ColumnFiltersState;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  recordHash: (id: string) => string;
  texts: string;
}) {
  const { t } = useI18n();
  const { rows, texts } = props;
  if (rows === null) return <p>{t('common.loading')}</p>;
  return (
    <DataTable
      tableId={props.tableId}
      data={rows}
      columns={props.columns}
      getRowId={(row) => row.id}
      searchText={(row) => row.searchText}
      search={props.search}
      columnFilters={props.filters}
      onRowOpen={(row) => {
        navigate(props.recordHash(row.id));
      }}
      emptyMessage={rows.length === 0 ? t(`${texts}.empty`) : t(`${texts}.noMatch`)}
      countLabel={(shown, total) =>
        shown === total
          ? t(`${texts}.count`, { count: total })
          : t('common.rowCount', { count: shown, total })
      }
      sorting={props.sorting}
      onSortingChange={props.onSortingChange}
    />
  );
}
