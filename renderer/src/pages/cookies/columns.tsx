import { createColumnHelper } from '@tanstack/react-table';
import type { Language } from '../../../../shared/i18n';
import { lifetimeText } from '../../../../shared/cookies/lifetime';
import type { CookieView } from '../../../../shared/schemas/cookie';
import type { Columns } from '../../components/DataTable';
import { warningText } from './warningText';

const column = createColumnHelper<CookieView>();

type T = (key: string, params?: Record<string, string | number>) => string;

/** Lifetimes sorted by how long they last: a session first, two years last. */
function lifetimeMinutes(view: CookieView): number {
  const { value, unit } = view.cookie.lifetime;
  const minutes = { session: 0, minutes: 1, hours: 60, days: 1440, months: 43_830, years: 525_960 };
  return value * minutes[unit];
}

/** The inventory's columns; the category and warnings columns carry the toolbar's filters. */
export function cookieColumns(t: T, language: Language): Columns<CookieView> {
  return [
    column.accessor((row) => row.cookie.name, {
      id: 'name',
      header: t('cookies.col.name'),
      size: 140,
      enableHiding: false,
      cell: (info) => <span className="cell-strong">{info.row.original.cookie.name}</span>,
    }),
    column.accessor((row) => row.provider?.name ?? '', {
      id: 'provider',
      header: t('cookies.col.provider'),
      size: 160,
      cell: (info) => {
        const name = info.row.original.provider?.name;
        return name === undefined ? '—' : <span title={name}>{name}</span>;
      },
    }),
    column.accessor((row) => t(`enum.cookieCategory.${row.cookie.category}`), {
      id: 'category',
      header: t('cookies.col.category'),
      size: 150,
      filterFn: (row, _id, category: string) => row.original.cookie.category === category,
    }),
    column.accessor((row) => t(`cookies.consentShort.${row.cookie.consent}`), {
      id: 'consent',
      header: t('cookies.col.consent'),
      size: 125,
    }),
    column.accessor(lifetimeMinutes, {
      id: 'lifetime',
      header: t('cookies.col.lifetime'),
      size: 110,
      cell: (info) => lifetimeText(language, info.row.original.cookie.lifetime),
    }),
    column.accessor((row) => t(`enum.cookieParty.${row.cookie.party}`), {
      id: 'party',
      header: t('cookies.col.party'),
      size: 105,
    }),
    column.accessor((row) => row.warnings.length, {
      id: 'warnings',
      header: t('cookies.col.warnings'),
      size: 270,
      filterFn: (row) => row.original.warnings.length > 0,
      cell: (info) => {
        const warnings = info.row.original.warnings;
        if (warnings.length === 0) return '—';
        return (
          <span
            className="warning-list"
            title={warnings.map((warning) => warningText(t, warning)).join('\n')}
          >
            {warnings.map((warning) => (
              <span
                key={`${warning.code}-${warning.country ?? ''}`}
                className="badge badge-warning"
              >
                {t(`cookieWarningShort.${warning.code}`)}
              </span>
            ))}
          </span>
        );
      },
    }),
  ];
}
