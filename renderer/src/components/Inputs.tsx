import { useId, type ReactNode } from 'react';

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  return (
    <div className={props.error !== undefined ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-invalid={props.error !== undefined ? true : undefined}
        aria-describedby={props.error !== undefined ? `${id}-error` : undefined}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.error !== undefined ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(event) => {
          props.onChange(event.target.checked);
        }}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** A titled section of a record form, linkable from the completeness panel. */
export function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset id={props.id} className="section">
      <legend>{props.title}</legend>
      {props.children}
    </fieldset>
  );
}

/** A row of a repeated list (purposes, categories...) with its remove button. */
export function ListItem(props: {
  label: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <div className="list-item" role="group" aria-label={props.label}>
      <div className="list-item-head">
        <span className="list-item-title">{props.label}</span>
        <button type="button" className="link-button" onClick={props.onRemove}>
          {props.removeLabel}
        </button>
      </div>
      <div className="list-item-body">{props.children}</div>
    </div>
  );
}

/** A calendar date (`YYYY-MM-DD`), with its error beside it. */
export function DateField(props: {
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={props.error !== undefined ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="date"
        name={props.name}
        value={props.value}
        aria-invalid={props.error !== undefined ? true : undefined}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
      {props.error !== undefined ? <p className="field-error">{props.error}</p> : null}
    </div>
  );
}
