import { createColumnHelper, type Row } from '@tanstack/react-table';
import { compareFrench } from '../../../../shared/text';
import { formatCalendarDate } from '../../../../shared/dates';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import type { Columns } from '../../components/DataTable';

const column = createColumnHelper<ProcessorSummary>();

type T = (key: string, params?: Record<string, string | number>) => string;

/** The processors list's columns; their filters match the toolbar's controls. */
export function processorColumns(t: T): Columns<ProcessorSummary> {
  // A coded column sorts by the words shown, in French order, not by its codes.
  const byLabel =
    (field: 'role' | 'category' | 'contractStatus', prefix: string) =>
    (a: Row<ProcessorSummary>, b: Row<ProcessorSummary>) =>
      compareFrench(t(`${prefix}.${a.original[field]}`), t(`${prefix}.${b.original[field]}`));
  return [
    column.accessor((row) => row.name, {
      id: 'name',
      header: t('processors.col.name'),
      size: 280,
      enableHiding: false,
      cell: (info) => <span className="cell-strong">{info.row.original.name}</span>,
    }),
    column.accessor((row) => row.role, {
      id: 'role',
      header: t('processors.col.role'),
      size: 190,
      filterFn: 'equals',
      sortingFn: byLabel('role', 'enum.role'),
      cell: (info) => t(`enum.role.${info.row.original.role}`),
    }),
    column.accessor((row) => row.category, {
      id: 'category',
      header: t('processors.col.category'),
      size: 220,
      filterFn: 'equals',
      sortingFn: byLabel('category', 'enum.category'),
      cell: (info) => t(`enum.category.${info.row.original.category}`),
    }),
    column.accessor((row) => row.country, {
      id: 'country',
      header: t('processors.col.country'),
      size: 110,
      filterFn: 'equals',
    }),
    column.accessor((row) => row.contractStatus, {
      id: 'contractStatus',
      header: t('processors.col.contract'),
      size: 130,
      filterFn: 'equals',
      sortingFn: byLabel('contractStatus', 'enum.contract'),
      cell: (info) => t(`enum.contract.${info.row.original.contractStatus}`),
    }),
    column.accessor((row) => row.contractReviewOn, {
      id: 'contractReviewOn',
      header: t('processors.col.review'),
      size: 110,
      cell: (info) => formatCalendarDate(info.row.original.contractReviewOn),
    }),
    column.accessor((row) => row.activityCount, {
      id: 'activityCount',
      header: t('processors.col.activities'),
      size: 90,
    }),
    column.accessor((row) => row.warnings, {
      id: 'warnings',
      header: t('processors.col.warnings'),
      size: 320,
      filterFn: 'arrIncludes',
      enableSorting: false,
      cell: (info) =>
        info.row.original.warnings.length === 0 ? (
          '✓'
        ) : (
          <span
            className="warning-list"
            title={info.row.original.warnings.map((code) => t(`warning.${code}`)).join('\n')}
          >
            {info.row.original.warnings.map((code) => (
              <span key={code} className={`badge badge-warning badge-${code}`}>
                {t(`warning.${code}`)}
              </span>
            ))}
          </span>
        ),
    }),
  ];
}
