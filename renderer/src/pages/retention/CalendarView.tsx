import { dpo } from '../../api';
import { useCallback, useMemo, useState } from 'react';
import { addDays, formatCalendarDate, localCalendarDate } from '../../../../shared/dates';
import { weekStart, type CalendarItem } from '../../../../shared/retention/calendar';
import { calendarKinds, type CalendarKind } from '../../../../shared/retention/vocabulary';
import { useI18n } from '../../i18n';
import { useAddressState } from '../../navigation';
import { Tabs } from '../../components/Tabs';
import { useLiveLoad } from '../../live';

/** Every deadline: overdue first, then grouped by week, or as a month grid; filters by kind. */
export function CalendarView() {
  const { t, language } = useI18n();
  const today = localCalendarDate(new Date());
  const [items, setItems] = useState<CalendarItem[] | null>(null);
  const [kinds, setKinds] = useState<Set<CalendarKind>>(() => new Set(calendarKinds));
  // The view and the month shown are kept in the address: a reload or Back brings them again.
  const [viewWord, setViewWord] = useAddressState('vue', 'liste');
  const view: 'list' | 'month' = viewWord === 'mois' ? 'month' : 'list';
  const setView = (next: 'list' | 'month') => {
    setViewWord(next === 'month' ? 'mois' : 'liste');
  };
  const [monthWord, setMonth] = useAddressState('mois', today.slice(0, 7));
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(monthWord) ? monthWord : today.slice(0, 7);
  const [message, setMessage] = useState<string | null>(null);

  useLiveLoad(
    'all',
    useCallback(
      (isCurrent: () => boolean) => {
        const to = addDays(localCalendarDate(new Date()), 400);
        void dpo.calendar.list({ to }).then((result) => {
          if (isCurrent()) setItems(result.ok ? result.value : []);
        });
      },
      [setItems],
    ),
  );

  const shown = useMemo(() => (items ?? []).filter((item) => kinds.has(item.kind)), [items, kinds]);
  const overdue = shown.filter((item) => item.overdue);
  const weeks = useMemo(() => {
    const groups = new Map<string, CalendarItem[]>();
    for (const item of shown.filter((i) => !i.overdue)) {
      const key = weekStart(item.date);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return [...groups.entries()];
  }, [shown]);

  const exportIcs = async () => {
    const result = await dpo.calendar.exportIcs();
    setMessage(
      result.ok
        ? result.value.saved
          ? t('retention.exported', { name: result.value.name })
          : null
        : result.error.message,
    );
  };

  const row = (item: CalendarItem) => (
    <li
      key={item.id}
      className={item.overdue ? 'cal-item cal-overdue' : 'cal-item'}
      data-kind={item.kind}
    >
      <span className="cal-date">{formatCalendarDate(item.date)}</span>
      <span className={`cal-kind cal-kind-${item.kind}`}>
        {t(`enum.calendarKind.${item.kind}`)}
      </span>
      <a href={item.link}>{item.title}</a>
    </li>
  );

  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const firstDay = `${month}-01`;
  const gridStart = weekStart(firstDay);
  // Six weeks from the Monday on or before the 1st: every month fits.
  const monthWeeks = Array.from({ length: 6 }, (_, week) =>
    Array.from({ length: 7 }, (_, day) => addDays(gridStart, week * 7 + day)),
  );
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const monthName = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
  // Monday first, as the grid: 2024-01-01 was a Monday.
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const weekdays = Array.from({ length: 7 }, (_, day) =>
    weekdayFormat.format(new Date(Date.UTC(2024, 0, 1 + day))),
  );
  const shiftMonth = (delta: number) => {
    const date = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
    setMonth(date.toISOString().slice(0, 7));
  };

  return (
    <div className="calendar">
      <div className="toolbar">
        {calendarKinds.map((kind) => (
          <label className="check chip-check" key={kind}>
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={(event) => {
                const next = new Set(kinds);
                if (event.target.checked) next.add(kind);
                else next.delete(kind);
                setKinds(next);
              }}
            />
            <span>{t(`enum.calendarKind.${kind}`)}</span>
          </label>
        ))}
      </div>
      <div className="toolbar">
        <Tabs
          tabs={(['list', 'month'] as const).map((v) => ({
            key: v,
            label: t(`retention.view.${v}`),
            selected: view === v,
            onSelect: () => {
              setView(v);
            },
          }))}
        />
        <button type="button" onClick={() => void exportIcs()}>
          {t('retention.exportIcs')}
        </button>
        {message !== null ? <span role="status">{message}</span> : null}
      </div>
      {items === null ? <p>{t('common.loading')}</p> : null}
      {view === 'list' && items !== null ? (
        <div data-testid="calendar-list">
          {overdue.length > 0 ? (
            <section className="cal-group" aria-label={t('retention.overdue')}>
              <h3 className="cal-overdue-title">{t('retention.overdue')}</h3>
              <ul>{overdue.map(row)}</ul>
            </section>
          ) : null}
          {weeks.map(([week, list]) => (
            <section
              className="cal-group"
              key={week}
              aria-label={t('retention.weekOf', { date: formatCalendarDate(week) })}
            >
              <h3>{t('retention.weekOf', { date: formatCalendarDate(week) })}</h3>
              <ul>{list.map(row)}</ul>
            </section>
          ))}
          {shown.length === 0 ? <p>{t('retention.nothing')}</p> : null}
        </div>
      ) : null}
      {view === 'month' && items !== null ? (
        <div>
          <div className="toolbar">
            <button
              type="button"
              onClick={() => {
                shiftMonth(-1);
              }}
            >
              {t('retention.previousMonth')}
            </button>
            <strong>{monthName}</strong>
            <button
              type="button"
              onClick={() => {
                shiftMonth(1);
              }}
            >
              {t('retention.nextMonth')}
            </button>
          </div>
          {/* A table to assistive technology (rows of weeks, one cell a day), laid out as one CSS
              grid: the rows are `display: contents`. Not role="grid": arrow keys do not move. */}
          <div className="month-grid" role="table" aria-label={monthName}>
            <div className="month-week" role="row">
              {weekdays.map((d) => (
                <div key={d} className="month-head" role="columnheader">
                  {d}
                </div>
              ))}
            </div>
            {monthWeeks.map((week) => (
              <div key={week[0]} className="month-week" role="row">
                {week.map((day) => (
                  <div
                    key={day}
                    role="cell"
                    className={`month-day${day.startsWith(month) ? '' : ' month-other'}${day === today ? ' month-today' : ''}`}
                  >
                    <span className="month-number">{Number(day.slice(8, 10))}</span>
                    {shown
                      .filter((item) => item.date === day)
                      .map((item) => (
                        <a
                          key={item.id}
                          href={item.link}
                          className={`month-item cal-kind-${item.kind}${item.overdue ? ' cal-overdue' : ''}`}
                          title={item.title}
                        >
                          {item.title}
                        </a>
                      ))}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
