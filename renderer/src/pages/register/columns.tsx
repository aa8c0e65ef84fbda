import { formatCalendarDate, localDateOf } from '../../../../shared/dates';
import { createColumnHelper } from '@tanstack/react-table';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import type { Columns } from '../../components/DataTable';
import { fieldColumns } from '../../components/columns';

const column = createColumnHelper<ActivitySummary>();
const field = fieldColumns<ActivitySummary>();

type T = (key: string, params?: Record<string, string | number>) => string;

/** The register list's columns; their filters match the toolbar's controls. */
export function activityColumns(
  t: T,
  register: ActivitySummary['register'],
): Columns<ActivitySummary> {
  const columns: Columns<ActivitySummary> = [
    field('reference', t('register.col.reference'), 80, {
      enableHiding: false,
    }),
    field('name', t('register.col.name'), 260, {
      enableHiding: false,
      cell: (info) => <span className="cell-strong">{info.row.original.name}</span>,
    }),
    field('status', t('register.col.status'), 130, {
      filterFn: 'equals',
      cell: (info) => (
        <span className={`badge badge-${info.row.original.status}`}>
          {t(`enum.status.${info.row.original.status}`)}
        </span>
      ),
    }),
    field('mainPurpose', t('register.col.mainPurpose'), 300, {
      cell: (info) => (
        <span className="cell-clip" title={info.row.original.mainPurpose}>
          {info.row.original.mainPurpose}
        </span>
      ),
    }),
    field('legalBases', t('register.col.legalBases'), 170, {
      filterFn: 'arrIncludes',
      enableSorting: false,
      cell: (info) =>
        info.row.original.legalBases.map((basis) => t(`enum.legalBasis.${basis}`)).join(', '),
    }),
    field('ownerService', t('register.col.owner'), 170),
  ];
  if (register === 'controller') {
    columns.push(
      field('concernsPublic', t('register.filter.public'), 80, {
        filterFn: 'equals',
        cell: (info) => (info.row.original.concernsPublic ? t('common.yesNo.true') : ''),
      }),
    );
  }
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
    field('hasSensitiveData', t('register.col.sensitive'), 90, {
      filterFn: 'equals',
      cell: (info) => (info.row.original.hasSensitiveData ? t('common.yesNo.true') : ''),
    }),
    field('dpiaNeeded', t('register.col.dpia'), 120, {
      filterFn: 'equals',
      cell: (info) =>
        info.row.original.dpiaNeeded ? t(`enum.dpiaStatus.${info.row.original.dpiaStatus}`) : '',
    }),
    field('missingCount', t('register.col.missing'), 90, {
      filterFn: (row, _id, wanted: boolean) => row.original.missingCount > 0 === wanted,
      cell: (info) =>
        info.row.original.missingCount > 0 ? (
          <span className="badge badge-missing">{info.row.original.missingCount}</span>
        ) : (
          '✓'
        ),
    }),
    field('updatedAt', t('register.col.updatedAt'), 110, {
      cell: (info) => formatCalendarDate(localDateOf(info.row.original.updatedAt)),
    }),
  );
  return columns;
}
