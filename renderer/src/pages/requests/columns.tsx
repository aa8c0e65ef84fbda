import { createColumnHelper } from '@tanstack/react-table';
import { formatCalendarDate } from '../../../../shared/dates';
import type { RequestSummary } from '../../../../shared/schemas/request';
import type { Columns } from '../../components/DataTable';

const column = createColumnHelper<RequestSummary>();

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
    column.accessor((row) => row.reference, {
      id: 'reference',
      header: t('requests.col.reference'),
      size: 140,
      enableHiding: false,
    }),
    column.accessor((row) => row.receivedOn, {
      id: 'receivedOn',
      header: t('requests.col.receivedOn'),
      size: 110,
      cell: (info) => formatCalendarDate(info.row.original.receivedOn),
    }),
    column.accessor((row) => row.requesterName, {
      id: 'requesterName',
      header: t('requests.col.requester'),
      size: 220,
      enableHiding: false,
      cell: (info) => <span className="cell-strong">{info.row.original.requesterName}</span>,
    }),
    column.accessor((row) => row.rights, {
      id: 'rights',
      header: t('requests.col.rights'),
      size: 240,
      enableSorting: false,
      cell: (info) => info.row.original.rights.map((right) => t(`enum.right.${right}`)).join(', '),
    }),
    column.accessor((row) => row.status, {
      id: 'status',
      header: t('requests.col.status'),
      size: 190,
      cell: (info) => t(`enum.requestStatus.${info.row.original.status}`),
    }),
    column.accessor((row) => row.dueOn, {
      id: 'dueOn',
      header: t('requests.col.dueOn'),
      size: 110,
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
