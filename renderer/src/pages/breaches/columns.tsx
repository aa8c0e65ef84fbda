import { createColumnHelper } from '@tanstack/react-table';
import { timeLeft } from '../../../../shared/breaches/clock';
import type { BreachSummary } from '../../../../shared/schemas/breach';
import type { Columns } from '../../components/DataTable';
import { ClockBadge } from './ClockBadge';
import { clockRuns, inView, parisShort } from '../../../../shared/breaches/display';

const column = createColumnHelper<BreachSummary>();

type T = (key: string, params?: Record<string, string | number>) => string;

/** The breach list's columns at `now`; the state column carries the toolbar's filter. */
export function breachColumns(t: T, now: Date): Columns<BreachSummary> {
  // Worked out again each minute, so that the badges count down without a reload.
  const left = (row: BreachSummary) => timeLeft(new Date(row.due), now);
  return [
    column.accessor((row) => row.reference, {
      id: 'reference',
      header: t('breaches.col.reference'),
      size: 148,
      enableHiding: false,
      cell: (info) => <span className="cell-strong">{info.row.original.reference}</span>,
    }),
    column.accessor((row) => row.title, {
      id: 'title',
      header: t('breaches.col.title'),
      size: 150,
      // Narrow so that the clock's columns fit a laptop: the whole title shows on hover.
      cell: (info) => <span title={info.row.original.title}>{info.row.original.title}</span>,
    }),
    column.accessor((row) => row.awareAt, {
      id: 'awareAt',
      header: t('breaches.col.aware'),
      size: 145,
      cell: (info) => parisShort(info.row.original.awareAt),
    }),
    column.accessor((row) => row.due, {
      id: 'due',
      header: t('breaches.col.due'),
      size: 145,
      cell: (info) => parisShort(info.row.original.due),
    }),
    column.accessor((row) => (clockRuns(row.state) ? left(row).minutes : Infinity), {
      id: 'timeLeft',
      header: t('breaches.col.left'),
      size: 140,
      cell: (info) =>
        clockRuns(info.row.original.state) ? <ClockBadge left={left(info.row.original)} /> : '—',
    }),
    column.accessor((row) => t(`enum.breachState.${row.state}`), {
      id: 'state',
      header: t('breaches.col.state'),
      size: 195,
      filterFn: (row, _id, view: string) => inView(view, row.original.state, row.original.isOpen),
    }),
    column.accessor((row) => (row.riskLevel === null ? '' : t(`enum.riskLevel.${row.riskLevel}`)), {
      id: 'riskLevel',
      header: t('breaches.col.risk'),
      size: 125,
      cell: (info) => {
        const level = info.row.original.riskLevel;
        return level === null ? t('breach.riskUndecided') : t(`enum.riskLevel.${level}`);
      },
    }),
  ];
}
