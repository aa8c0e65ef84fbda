import { useState } from 'react';
import { formatCalendarDate, isCalendarDate, parseCalendarDate } from '../../../shared/dates';
import { useI18n } from '../i18n';
import { FieldFrame } from './Field';

/**
 * A calendar date shown and typed as dd/mm/yyyy whatever the system's locale (a native date input
 * follows the OS and shows mm/dd/yyyy on an English system), ISO and d/m/yyyy accepted too. The
 * form value is `YYYY-MM-DD`, or the text as typed while it is no date, so that a save refuses it
 * rather than keep the previous date silently.
 */
export function DateField(props: {
  name: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
  /** The latest date the law allows (today, for what has already happened): later is refused. */
  notAfter?: string | undefined;
  required?: boolean;
}) {
  const { t } = useI18n();
  // What is being typed, kept as typed until the field is left (no reformatting under the caret).
  const [typed, setTyped] = useState<string | null>(null);
  const shown =
    typed ?? (isCalendarDate(props.value) ? formatCalendarDate(props.value) : props.value);
  const parsed = parseCalendarDate(shown);
  // Half-typed text is no error yet; once left, complete, or refused by a save, it is.
  const wrongText =
    parsed === null && (typed === null || shown.trim().length >= 10 || props.error !== undefined);
  const future =
    parsed !== null && parsed !== '' && props.notAfter !== undefined && parsed > props.notAfter;
  const error = wrongText
    ? t('validation.dateTyped')
    : future
      ? t('validation.futureDate')
      : props.error;
  return (
    <FieldFrame label={props.label} required={props.required} error={error} className="field-date">
      {(control) => (
        <input
          {...control}
          type="text"
          name={props.name}
          value={shown}
          placeholder={t('common.datePlaceholder')}
          maxLength={10}
          autoComplete="off"
          onChange={(event) => {
            const text = event.target.value;
            setTyped(text);
            props.onChange(parseCalendarDate(text) ?? text);
          }}
          onBlur={() => {
            setTyped(null);
          }}
        />
      )}
    </FieldFrame>
  );
}
