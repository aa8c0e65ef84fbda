import { useId } from 'react';

interface FieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
}

/** A labelled input with its hint and its error message beside it. */
export function Field(props: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [props.hint !== undefined ? hintId : null, props.error !== undefined ? errorId : null]
      .filter((part) => part !== null)
      .join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    value: props.value,
    maxLength: props.maxLength,
    required: props.required,
    'aria-invalid': props.error !== undefined ? true : undefined,
    'aria-describedby': describedBy,
    autoComplete: props.autoComplete ?? 'off',
  };
  return (
    <div className={props.error !== undefined ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {props.label}
        {props.required === true ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.multiline === true ? (
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
      )}
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
