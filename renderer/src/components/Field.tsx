import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { lengthHint } from '../../../shared/limits';

/** What a field's control needs to be linked to its label, hint and error. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * The frame every field of the kit shares: the label, the control, the hint and the error, linked
 * by ids in one way everywhere (the error is what makes the control `aria-invalid`, which the
 * record form looks for to bring the first invalid field into view).
 */
export function FieldFrame(props: {
  label: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  children: (control: FieldControl) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [props.hint !== undefined ? hintId : null, props.error !== undefined ? errorId : null]
      .filter((part) => part !== null)
      .join(' ') || undefined;
  const classes = ['field', props.className, props.error !== undefined ? 'field-invalid' : null];
  return (
    <div className={classes.filter((c) => c != null).join(' ')}>
      <label htmlFor={id}>
        {props.label}
        {props.required === true ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.children({
        id,
        'aria-invalid': props.error !== undefined ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {props.hint !== undefined ? (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.error !== undefined ? (
        <p className="field-error" id={errorId} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | undefined;
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
}

/** A labelled text input with its hint and its error message beside it. */
export function Field(props: FieldProps) {
  const { t, language } = useI18n();
  const length = lengthHint(props.value.length, props.maxLength, language, t);
  const hint = [props.hint, length].filter((part) => part !== undefined).join(' ') || undefined;
  return (
    <FieldFrame label={props.label} required={props.required} hint={hint} error={props.error}>
      {(control) => {
        const common = {
          ...control,
          name: props.name,
          value: props.value,
          maxLength: props.maxLength,
          required: props.required,
          autoComplete: props.autoComplete ?? 'off',
        };
        return props.multiline === true ? (
          <textarea
            {...common}
            rows={3}
            onChange={(event) => {
              props.onChange(event.target.value);
            }}
          />
        ) : (
          <input
            {...common}
            type={props.type ?? 'text'}
            onChange={(event) => {
              props.onChange(event.target.value);
            }}
          />
        );
      }}
    </FieldFrame>
  );
}
