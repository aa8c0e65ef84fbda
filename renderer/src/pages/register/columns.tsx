import { formatCalendarDate, localDateOf } from '../../../../shared/dates';
import { createColumnHelper } from '@tanstack/react-table';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import type { Columns } from '../../components/DataTable';

const column = createColumnHelper<ActivitySummary>();

type T = (key: string, params?: Record<string, string | number>) => string;

/** The register list's columns; their filters match the toolbar's controls. */
export function activityColumns(
  t: T,
  register: ActivitySummary['register'],
): Columns<ActivitySummary> {
  const columns: Columns<ActivitySummary> = [
    column.accessor((row) => row.reference, {
      id: 'reference',
      header: t('register.col.reference'),
      size: 80,
      enableHiding: false,
    }),
    column.accessor((row) => row.name, {
      id: 'name',
      header: t('register.col.name'),
      size: 260,
      enableHiding: false,
      cell: (info) => <span className="cell-strong">{info.row.original.name}</span>,
    }),
    column.accessor((row) => row.status, {
      id: 'status',
      header: t('register.col.status'),
      size: 130,
      filterFn: 'equals',
      cell: (info) => (
        <span className={`badge badge-${info.row.original.status}`}>
          {t(`enum.status.${info.row.original.status}`)}
        </span>
      ),
    }),
    column.accessor((row) => row.mainPurpose, {
      id: 'mainPurpose',
      header: t('register.col.mainPurpose'),
      size: 300,
      cell: (info) => (
        <span className="cell-clip" title={info.row.original.mainPurpose}>
          {info.row.original.mainPurpose}
        </span>
      ),
    }),
    column.accessor((row) => row.legalBases, {
      id: 'legalBases',
      header: t('register.col.legalBases'),
      size: 170,
      filterFn: 'arrIncludes',
      enableSorting: false,
      cell: (info) =>
        info.row.original.legalBases.map((basis) => t(`enum.legalBasis.${basis}`)).join(', '),
    }),
    column.accessor((row) => row.ownerService, {
      id: 'ownerService',
      header: t('register.col.owner'),
      size: 170,
    }),
  ];
  if (register === 'processor') {
    columns.push(
      column.accessor((row) => row.clientNames.join(', '), {
        id: 'clients',
        header: t('register.col.clients'),
        size: 180,
      }),
    );
  }
  columns.push(
    column.accessor((row) => row.hasSensitiveData, {
      id: 'hasSensitiveData',
      header: t('register.col.sensitive'),
      size: 90,
      filterFn: 'equals',
      cell: (info) => (info.row.original.hasSensitiveData ? t('common.yesNo.true') : ''),
    }),
    column.accessor((row) => row.dpiaNeeded, {
      id: 'dpiaNeeded',
      header: t('register.col.dpia'),
      size: 120,
      filterFn: 'equals',
      cell: (info) =>
        info.row.original.dpiaNeeded ? t(`enum.dpiaStatus.${info.row.original.dpiaStatus}`) : '',
    }),
    column.accessor((row) => row.missingCount, {
      id: 'missingCount',
      header: t('register.col.missing'),
      size: 90,
      filterFn: (row, _id, wanted: boolean) => row.original.missingCount > 0 === wanted,
      cell: (info) =>
        info.row.original.missingCount > 0 ? (
          <span className="badge badge-missing">{info.row.original.missingCount}</span>
        ) : (
          '✓'
        ),
    }),
    column.accessor((row) => row.updatedAt, {
      id: 'updatedAt',
      header: t('register.col.updatedAt'),
      size: 110,
      cell: (info) => formatCalendarDate(localDateOf(info.row.original.updatedAt)),
    }),
  );
  return columns;
}
