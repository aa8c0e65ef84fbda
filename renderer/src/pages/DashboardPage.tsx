import { dpo } from '../api';
import { useCallback, useEffect, useState } from 'react';
import { addDays, formatCalendarDate, localCalendarDate } from '../../../shared/dates';
import type { CalendarItem } from '../../../shared/retention/calendar';
import type { DashboardFigures } from '../../../shared/schemas/request';
import { markDashboardPainted } from '../firstPaint';
import { useI18n } from '../i18n';
import { useLiveLoad } from '../live';
import { BreachCard } from './breaches/BreachCard';
import { NoticeWarnings } from './noticeVersions/NoticeWarnings';
import { requestsHash, type RequestViewSlug } from '../routes';

const monthNames = {
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** The DPO's morning view: what is open, due, late or waiting, and how requests arrive. */
export function DashboardPage() {
  const { t, language } = useI18n();
  const [figures, setFigures] = useState<DashboardFigures | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [upcoming, setUpcoming] = useState<CalendarItem[]>([]);

  useLiveLoad(
    'all',
    useCallback((isCurrent: () => boolean) => {
      void dpo.dashboard.get().then((result) => {
        if (!isCurrent()) return;
        if (result.ok) setFigures(result.value);
        else setMessage(result.error.message);
      });
      void dpo.calendar.list({ to: addDays(localCalendarDate(new Date()), 30) }).then((result) => {
        if (result.ok && isCurrent()) setUpcoming(result.value);
      });
    }, []),
  );

  useEffect(() => {
    if (figures !== null) markDashboardPainted();
  }, [figures]);

  if (figures === null) {
    return <section className="page">{message ?? t('common.loading')}</section>;
  }
  const cards: {
    key: 'open' | 'dueWithin7' | 'overdue' | 'awaitingIdentity';
    view: RequestViewSlug;
    label: string;
    tone: string;
  }[] = [
    { key: 'open', view: 'ouvertes', label: t('dashboard.open'), tone: 'neutral' },
    { key: 'dueWithin7', view: 'cette-semaine', label: t('dashboard.dueWithin7'), tone: 'soon' },
    { key: 'overdue', view: 'en-retard', label: t('dashboard.overdue'), tone: 'overdue' },
    {
      key: 'awaitingIdentity',
      view: 'attente-justificatif',
      label: t('dashboard.awaitingIdentity'),
      tone: 'suspended',
    },
  ];
  const maxMonth = Math.max(1, ...figures.perMonth.map((m) => m.count));
  const maxRight = Math.max(1, ...figures.byRight.map((r) => r.count));
  const chartHeight = 140;
  const barWidth = 44;

  return (
    <section className="page page-wide">
      <div className="page-head">
        <h1>{t('nav.dashboard')}</h1>
        <span className="muted">
          {t('dashboard.today', { date: formatCalendarDate(figures.today) })}
        </span>
      </div>
      <div className="cards">
        {cards.map((card) => (
          <a
            key={card.key}
            className={`card card-${card.tone}`}
            href={requestsHash(card.view)}
            data-testid={`figure-${card.key}`}
          >
            <span className="card-number">{String(figures[card.key])}</span>
            <span className="card-label">{card.label}</span>
          </a>
        ))}
        <BreachCard figures={figures} />
      </div>
      <NoticeWarnings overview={figures.notices} />
      <div className="charts">
        <figure className="chart">
          <figcaption>{t('dashboard.perMonth')}</figcaption>
          <svg
            role="img"
            aria-label={t('dashboard.perMonth')}
            width={figures.perMonth.length * barWidth}
            height={chartHeight + 40}
          >
            {figures.perMonth.map((month, index) => {
              const height = Math.round((month.count / maxMonth) * chartHeight);
              const monthIndex = Number(month.month.slice(5, 7)) - 1;
              return (
                <g key={month.month} transform={`translate(${String(index * barWidth)},0)`}>
                  <title>{`${month.month} : ${String(month.count)}`}</title>
                  <rect
                    x={8}
                    y={chartHeight - height + 16}
                    width={barWidth - 16}
                    height={height}
                    className="bar"
                  />
                  <text
                    x={barWidth / 2}
                    y={chartHeight - height + 12}
                    textAnchor="middle"
                    className="bar-value"
                  >
                    {month.count > 0 ? String(month.count) : ''}
                  </text>
                  <text
                    x={barWidth / 2}
                    y={chartHeight + 32}
                    textAnchor="middle"
                    className="bar-label"
                  >
                    {monthNames[language][monthIndex] ?? month.month}
                  </text>
                </g>
              );
            })}
          </svg>
        </figure>
        <figure className="chart">
          <figcaption>{t('dashboard.byRight')}</figcaption>
          <ul className="hbars">
            {figures.byRight.map((entry) => (
              <li key={entry.right}>
                <span className="hbar-label">{t(`enum.right.${entry.right}`)}</span>
                <span
                  className="hbar"
                  style={{ width: `${String(Math.round((entry.count / maxRight) * 100))}%` }}
                />
                <span className="hbar-value">{entry.count}</span>
              </li>
            ))}
          </ul>
        </figure>
      </div>
      <section className="chart upcoming" aria-label={t('dashboard.calendar')}>
        <h2>{t('dashboard.calendar')}</h2>
        {upcoming.length === 0 ? <p>{t('retention.nothing')}</p> : null}
        <ul>
          {upcoming.slice(0, 15).map((item) => (
            <li key={item.id} className={item.overdue ? 'cal-item cal-overdue' : 'cal-item'}>
              <span className="cal-date">{formatCalendarDate(item.date)}</span>
              <span className={`cal-kind cal-kind-${item.kind}`}>
                {t(`enum.calendarKind.${item.kind}`)}
              </span>
              <a href={item.link}>{item.title}</a>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
