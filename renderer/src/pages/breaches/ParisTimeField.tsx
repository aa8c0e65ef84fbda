import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { FieldFrame } from '../../components/Field';
import { useI18n } from '../../i18n';

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `2026-03-27T14:25` into its date and its time; either may be '' or half-typed. */
function split(value: string): [string, string] {
  const at = value.indexOf('T');
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}

/** « 9:5 » or « 0930 » as the DPO may type them, into `09:05` and `09:30`. */
function normalTime(text: string): string {
  const digits = /^(\d{1,2})[:h.]?(\d{2})$/.exec(text.trim());
  if (digits === null) return text;
  const [, h = '', m = ''] = digits;
  return `${h.padStart(2, '0')}:${m}`;
}

/**
 * A date and time read on a Paris clock, as the CNIL counts: the kit's dd/mm/yyyy date and an
 * HH:MM time, stored together as `YYYY-MM-DDTHH:mm` ('' when both are empty). Text that is no
 * date or time stays in the value, so that a save refuses it rather than keep the old one.
 */
export function ParisTimeField(props: {
  name: string;
  label: string;
  timeLabel?: string;
  value: string;
  error?: string | undefined;
  required?: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const [date, time] = split(props.value);
  const [typing, setTyping] = useState(false);
  const join = (nextDate: string, nextTime: string) => {
    props.onChange(nextDate === '' && nextTime === '' ? '' : `${nextDate}T${nextTime}`);
  };
  const wrongTime = !typing && time !== '' && !timePattern.test(time);
  const missingTime = !typing && date !== '' && time === '';
  return (
    <div className="paris-time" data-field={props.name}>
      <DateField
        name={props.name}
        label={props.label}
        value={date}
        required={props.required}
        error={props.error}
        onChange={(next) => {
          join(next, time);
        }}
      />
      <FieldFrame
        label={props.timeLabel ?? t('field.breach.time')}
        error={wrongTime || missingTime ? t('validation.timeTyped') : undefined}
        className="field-time"
      >
        {(control) => (
          <input
            {...control}
            // The visible label says « Heure (Paris) » for every such field: the name says whose.
            aria-label={`${props.label} — ${props.timeLabel ?? t('field.breach.time')}`}
            name={`${props.name}-time`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('breach.timePlaceholder')}
            maxLength={5}
            value={time}
            onFocus={() => {
              setTyping(true);
            }}
            onChange={(event) => {
              join(date, event.target.value);
            }}
            onBlur={() => {
              setTyping(false);
              join(date, normalTime(time));
            }}
          />
        )}
      </FieldFrame>
    </div>
  );
}

/** The Paris date-and-time fields of a breach. */
export type ParisTimeKey =
  'occurredFrom' | 'occurredTo' | 'discoveredAt' | 'awareAt' | 'processorToldAt';
