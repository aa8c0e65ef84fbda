import type { ReactNode } from 'react';
import { FieldFrame } from './Field';

/** A labelled drop-down list with its error beside it. */
export function SelectField(props: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <FieldFrame label={props.label} error={props.error}>
      {(control) => (
        <select
          {...control}
          name={props.name}
          value={props.value}
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
      )}
    </FieldFrame>
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

/** A button that looks like a link: a small action beside what it acts on. */
export function LinkButton(props: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="link-button" onClick={props.onClick}>
      {props.children}
    </button>
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
        <LinkButton onClick={props.onRemove}>{props.removeLabel}</LinkButton>
      </div>
      <div className="list-item-body">{props.children}</div>
    </div>
  );
}
