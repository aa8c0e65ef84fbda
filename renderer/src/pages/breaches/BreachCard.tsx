import { timeLeft } from '../../../../shared/breaches/clock';
import type { DashboardFigures } from '../../../../shared/schemas/request';
import { useI18n } from '../../i18n';
import { breachesHash } from '../../routes';
import { timeLeftText } from '../../../../shared/breaches/display';

/** The dashboard's card of open breaches, with the nearest CNIL deadline under its count. */
export function BreachCard({ figures }: { figures: DashboardFigures }) {
  const { t } = useI18n();
  const next = figures.nextBreachDeadline;
  let nextText: string | null = null;
  let tone = 'neutral';
  if (next !== null) {
    const left = timeLeft(new Date(next.due), new Date());
    const time = timeLeftText(left, t);
    // Under a day the time left reads « 5 h 12 min »: « dans » goes in front; beyond, it is there.
    nextText =
      left.level === 'late'
        ? t('dashboard.nextBreachLate', { reference: next.reference })
        : t('dashboard.nextBreach', {
            reference: next.reference,
            time: left.minutes < 24 * 60 ? t('breach.left.in', { time }) : time,
          });
    tone = left.level === 'ok' ? 'neutral' : left.level === 'soon' ? 'soon' : 'overdue';
  }
  return (
    <a className={`card card-${tone}`} href={breachesHash} data-testid="figure-openBreaches">
      <span className="card-number">{String(figures.openBreaches)}</span>
      <span className="card-label">{t('dashboard.openBreaches')}</span>
      {nextText !== null ? <span className="card-detail">{nextText}</span> : null}
    </a>
  );
}
