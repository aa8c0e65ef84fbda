import { notificationRegimes } from '../../../../../shared/breaches/clock';
import { isParisLocalTime, parisWallTime } from '../../../../../shared/breaches/parisTime';
import { deadlineOf, initialNotificationOf } from '../../../../../shared/breaches/state';
import { maxLength } from '../../../../../shared/limits';
import type { BreachFields } from '../../../../../shared/schemas/breach';
import { Field } from '../../../components/Field';
import { Section } from '../../../components/Inputs';
import { ListBlock } from '../../../components/ListBlock';
import { ParisTimeField } from '../ParisTimeField';
import { ClockPanel } from './ClockPanel';
import type { SectionProps } from './kit';

type Phase = BreachFields['notifications'][number];

/** A new phase, notified now by default (the DPO records it as it is sent). */
function newPhase(): Phase {
  const wall = parisWallTime(new Date());
  return { on: `${wall.date}T${wall.time}`, summary: '' };
}

/** True once the first notification is dated after the deadline (Art. 33(1): say why). */
function notifiedLate(value: BreachFields): boolean {
  const [initial] = value.notifications;
  if (initial === undefined || !isParisLocalTime(initial.on) || !isParisLocalTime(value.awareAt)) {
    return false;
  }
  const notified = initialNotificationOf(value);
  return notified !== null && notified.getTime() > new Date(deadlineOf(value).due).getTime();
}

/**
 * The clock and the notification itself: the period that applies, each phase sent (the first is
 * the initial notification, then its complements, Art. 33(4)), the CNIL's number, and the reasons
 * for a late one.
 */
export function NotificationSection({ kit, now }: SectionProps & { now: Date }) {
  const { t, value, set, select, text, error } = kit;
  const showDelay =
    notifiedLate(value) || value.delayReasons !== '' || error('delayReasons') !== undefined;
  return (
    <Section id="section-notification" title={t('section.breach.notification')}>
      <ClockPanel value={value} now={now} />
      {select('regime', notificationRegimes, 'enum.notificationRegime')}
      <div className="field" role="group" aria-label={kit.label('notifications')}>
        <span className="field-label">{kit.label('notifications')}</span>
        <ListBlock
          items={value.notifications}
          onChange={(items) => {
            set(['notifications'], items);
          }}
          make={newPhase}
          addLabel={t('breach.phase.add')}
          itemLabel={(position) =>
            position === 1
              ? t('breach.phase.initial')
              : t('breach.phase.complement', { position: position - 1 })
          }
        >
          {(phase, index) => {
            const base = `notifications.${String(index)}`;
            const name =
              index === 0
                ? t('breach.phase.initial')
                : t('breach.phase.complement', { position: index });
            return (
              <>
                <ParisTimeField
                  name={`${base}.on`}
                  label={`${t('breach.phase.on')} (${name})`}
                  value={phase.on}
                  required
                  error={error(`${base}.on`)}
                  onChange={(next) => {
                    set(['notifications', index, 'on'], next);
                  }}
                />
                <Field
                  name={`${base}.summary`}
                  label={`${t('breach.phase.summary')} (${name})`}
                  value={phase.summary}
                  multiline
                  maxLength={maxLength.freeText}
                  error={error(`${base}.summary`)}
                  onChange={(next) => {
                    set(['notifications', index, 'summary'], next);
                  }}
                />
              </>
            );
          }}
        </ListBlock>
      </div>
      {text('cnilNumber', { max: maxLength.code })}
      {showDelay ? text('delayReasons', { max: maxLength.freeText, multiline: true }) : null}
    </Section>
  );
}
