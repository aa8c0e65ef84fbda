import { useState, type InputHTMLAttributes } from 'react';
import { formatCalendarDate, isCalendarDate, parseCalendarDate } from '../../../shared/dates';
import { useI18n } from '../i18n';
import { FieldFrame } from './Field';

/**
 * A text input for a calendar date, shown and typed as dd/mm/yyyy whatever the system's locale (a
 * native date input follows the OS and shows mm/dd/yyyy on an English system); ISO and d/m/yyyy
 * are read too. `onChange` receives `YYYY-MM-DD`, '' or, while it is no date, the text as typed.
 */
export function DateInput(
  props: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
    value: string;
    onChange: (value: string) => void;
  },
) {
  const { t } = useI18n();
  const { value, onChange, onBlur, ...rest } = props;
  // What is being typed, kept as typed until the field is left (no reformatting under the caret).
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <input
      {...rest}
      type="text"
      value={typed ?? (isCalendarDate(value) ? formatCalendarDate(value) : value)}
      placeholder={t('common.datePlaceholder')}
      maxLength={10}
      autoComplete="off"
      onChange={(event) => {
        const text = event.target.value;
        setTyped(text);
        onChange(parseCalendarDate(text) ?? text);
      }}
      onBlur={(event) => {
        setTyped(null);
        onBlur?.(event);
      }}
    />
  );
}

/**
 * A labelled date with its error beside it: text that is no date once left (or complete, or
 * refused by a save), and a date after `notAfter` at once. The form value holds the text as typed
 * while it is no date, so that a save refuses it rather than keep the previous date silently.
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
  const [typing, setTyping] = useState(false);
  const parsed = parseCalendarDate(props.value);
  // Half-typed text is no error yet; once left, complete, or refused by a save, it is.
  const wrongText =
    parsed === null && (!typing || props.value.trim().length >= 10 || props.error !== undefined);
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
        <DateInput
          {...control}
          name={props.name}
          value={props.value}
          onChange={props.onChange}
          onFocus={() => {
            setTyping(true);
          }}
          onBlur={() => {
            setTyping(false);
          }}
        />
      )}
    </FieldFrame>
  );
}
