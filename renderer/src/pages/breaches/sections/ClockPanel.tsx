import { timeLeft } from '../../../../../shared/breaches/clock';
import { explainClockStep, parisMoment } from '../../../../../shared/breaches/explain';
import { isParisLocalTime, toParisIso } from '../../../../../shared/breaches/parisTime';
import { deadlineOf, initialNotificationOf } from '../../../../../shared/breaches/state';
import type { BreachFields } from '../../../../../shared/schemas/breach';
import { useI18n } from '../../../i18n';
import { timeLeftText } from '../../../../../shared/breaches/display';

/**
 * The CNIL deadline of the breach as typed: when it falls in Paris time, the time left now (or
 * when it was notified), coloured by urgency, and how the deadline was counted, step by step.
 */
export function ClockPanel({ value, now }: { value: BreachFields; now: Date }) {
  const { t, language } = useI18n();
  if (!isParisLocalTime(value.awareAt)) {
    return <p className="clock-panel field-hint">{t('breach.clock.needAware')}</p>;
  }
  const deadline = deadlineOf(value);
  const due = new Date(deadline.due);
  const initial = value.notifications[0];
  const notified =
    initial !== undefined && isParisLocalTime(initial.on) ? initialNotificationOf(value) : null;
  // Notified, the clock stops: its colour says whether the notification came in time.
  const left = timeLeft(due, notified ?? now);
  return (
    <div
      className={`clock-panel clock-panel-${left.level}`}
      role="group"
      aria-label={t('breach.clock.title')}
      data-testid="breach-clock"
    >
      <p className="clock-due">
        {t('breach.clock.due', { due: parisMoment(deadline.due, language) })}
      </p>
      {notified === null && (
        <p className="field-hint" data-testid="breach-clock-cautious">
          {t('breach.clock.cautious', {
            hours: deadline.hours,
            at: parisMoment(deadline.cautiousDue, language),
          })}
        </p>
      )}
      <p className="clock-left">
        {notified === null ? (
          <strong className={`badge clock-${left.level}`}>
            {t('breach.clock.left', { time: timeLeftText(left, t) })}
          </strong>
        ) : (
          <span className={`badge clock-${left.level === 'late' ? 'late' : 'ok'}`}>
            {t('breach.clock.notifiedAt', {
              at: parisMoment(toParisIso(notified), language),
            })}
          </span>
        )}
      </p>
      <details>
        <summary>{t('breach.clock.howTitle')}</summary>
        <ol>
          {deadline.steps.map((step) => (
            <li key={step.kind}>{explainClockStep(step, language)}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
