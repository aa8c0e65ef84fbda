import type { Row } from '@tanstack/react-table';
import { compareFrench } from '../../../../shared/text';
import { formatCalendarDate } from '../../../../shared/dates';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import type { Columns } from '../../components/DataTable';
import { fieldColumns } from '../../components/columns';

const field = fieldColumns<ProcessorSummary>();

type T = (key: string, params?: Record<string, string | number>) => string;

/** The processors list's columns; their filters match the toolbar's controls. */
export function processorColumns(t: T): Columns<ProcessorSummary> {
  // A coded column sorts by the words shown, in French order, not by its codes.
  const byLabel =
    (key: 'role' | 'category' | 'contractStatus', prefix: string) =>
    (a: Row<ProcessorSummary>, b: Row<ProcessorSummary>) =>
      compareFrench(t(`${prefix}.${a.original[key]}`), t(`${prefix}.${b.original[key]}`));
  return [
    field('name', t('processors.col.name'), 280, {
      enableHiding: false,
      cell: (info) => <span className="cell-strong">{info.row.original.name}</span>,
    }),
    field('role', t('processors.col.role'), 190, {
      filterFn: 'equals',
      sortingFn: byLabel('role', 'enum.role'),
      cell: (info) => t(`enum.role.${info.row.original.role}`),
    }),
    field('category', t('processors.col.category'), 220, {
      filterFn: 'equals',
      sortingFn: byLabel('category', 'enum.category'),
      cell: (info) => t(`enum.category.${info.row.original.category}`),
    }),
    field('country', t('processors.col.country'), 110, {
      filterFn: 'equals',
    }),
    field('contractStatus', t('processors.col.contract'), 130, {
      filterFn: 'equals',
      sortingFn: byLabel('contractStatus', 'enum.contract'),
      cell: (info) => t(`enum.contract.${info.row.original.contractStatus}`),
    }),
    field('contractReviewOn', t('processors.col.review'), 110, {
      cell: (info) => formatCalendarDate(info.row.original.contractReviewOn),
    }),
    field('activityCount', t('processors.col.activities'), 90),
    field('warnings', t('processors.col.warnings'), 320, {
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
