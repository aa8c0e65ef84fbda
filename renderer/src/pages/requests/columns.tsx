import { createColumnHelper } from '@tanstack/react-table';
import { formatCalendarDate } from '../../../../shared/dates';
import type { RequestSummary } from '../../../../shared/schemas/request';
import type { Columns } from '../../components/DataTable';
import { fieldColumns } from '../../components/columns';

const column = createColumnHelper<RequestSummary>();
const field = fieldColumns<RequestSummary>();

type T = (key: string, params?: Record<string, string | number>) => string;

/** How much time is left, as the DPO reads it: "12 j", "retard 3 j", "suspendu". */
export function timeLeft(row: Pick<RequestSummary, 'daysLeft' | 'level'>, t: T): string {
  if (row.level === 'suspended') return t('requests.suspended');
  if (row.daysLeft === null) return '';
  return row.daysLeft < 0
    ? t('requests.overdueBy', { days: -row.daysLeft })
    : t('requests.daysLeft', { days: row.daysLeft });
}

/** The requests list's columns; sorting on the sortable ones is done by the service. */
export function requestColumns(t: T): Columns<RequestSummary> {
  return [
    field('reference', t('requests.col.reference'), 140, {
      enableHiding: false,
    }),
    field('receivedOn', t('requests.col.receivedOn'), 110, {
      cell: (info) => formatCalendarDate(info.row.original.receivedOn),
    }),
    field('requesterName', t('requests.col.requester'), 220, {
      enableHiding: false,
      cell: (info) => <span className="cell-strong">{info.row.original.requesterName}</span>,
    }),
    field('rights', t('requests.col.rights'), 240, {
      enableSorting: false,
      cell: (info) => info.row.original.rights.map((right) => t(`enum.right.${right}`)).join(', '),
    }),
    field('status', t('requests.col.status'), 190, {
      cell: (info) => t(`enum.requestStatus.${info.row.original.status}`),
    }),
    field('dueOn', t('requests.col.dueOn'), 110, {
      cell: (info) => formatCalendarDate(info.row.original.dueOn),
    }),
    column.accessor((row) => row.daysLeft, {
      id: 'left',
      header: t('requests.col.left'),
      size: 110,
      enableSorting: false,
      cell: (info) =>
        info.row.original.level === 'done' ? (
          ''
        ) : (
          <span className={`level level-${info.row.original.level}`}>
            {timeLeft(info.row.original, t)}
          </span>
        ),
    }),
  ];
}
