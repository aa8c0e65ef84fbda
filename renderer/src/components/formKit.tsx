import { maxLength } from '../../../shared/limits';
import { setIn } from '../forms';
import { useI18n } from '../i18n';
import type { ReactNode } from 'react';
import { Field } from './Field';
import { DateField } from './DateField';
import { CheckField, SelectField } from './Inputs';
import { ListBlock } from './ListBlock';

/** The keys of a form's plain text fields. */
export type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F];

export interface TextOptions {
  max?: number;
  multiline?: boolean;
  required?: boolean;
  type?: 'email' | 'tel';
}

/**
 * What every section of a record form uses: set a leaf by its path, the translated error of a
 * path, a field's label under `labelPrefix`, translated choices, a text field wired to all of it,
 * and a checkbox list's toggle.
 */
export function useFormKit<F extends object>(
  value: F,
  onChange: (next: F) => void,
  errors: Record<string, string>,
  labelPrefix: string,
) {
  const { t } = useI18n();
  const set = (path: (string | number)[], leaf: unknown) => {
    onChange(setIn(value, path, leaf));
  };
  const error = (path: string) => (errors[path] !== undefined ? t(errors[path]) : undefined);
  const label = (field: string) => t(`${labelPrefix}.${field}`);
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const text = (field: TextKey<F>, opts: TextOptions = {}) => {
    const name = String(field);
    return (
      <Field
        name={name}
        label={label(name)}
        value={value[field] as string}
        maxLength={opts.max ?? maxLength.name}
        multiline={opts.multiline ?? false}
        required={opts.required ?? false}
        type={opts.type}
        error={error(name)}
        onChange={(v) => {
          set([name], v);
        }}
      />
    );
  };
  /** A checkbox of a list field (`sensitiveData`, `clauses`...) ticked or not. */
  const toggle = (field: keyof F & string, item: string, on: boolean) => {
    const list = value[field] as unknown as readonly string[];
    set([field], on ? [...list, item] : list.filter((entry) => entry !== item));
  };
  /**
   * A drop-down of a field's choices, translated under `enumPrefix`. `none`: a first choice for
   * « not said », stored as `none.value`.
   */
  const select = (
    field: keyof F & string,
    values: readonly string[],
    enumPrefix: string,
    none?: { label: string; value: null | '' },
  ) => (
    <SelectField
      name={field}
      label={label(field)}
      value={(value[field] as string | null) ?? ''}
      options={[
        ...(none !== undefined ? [{ value: '', label: none.label }] : []),
        ...options(values, enumPrefix),
      ]}
      error={error(field)}
      onChange={(v) => {
        set([field], none !== undefined && v === '' ? none.value : v);
      }}
    />
  );
  /** A yes/no field as a checkbox. */
  const check = (field: keyof F & string) => (
    <CheckField
      label={label(field)}
      checked={value[field] as boolean}
      onChange={(on) => {
        set([field], on);
      }}
    />
  );
  /**
   * A list field as a group of checkboxes, one a choice (`[id, label]`), with what goes under it
   * (`after`) and the group's error.
   */
  const checks = (
    field: keyof F & string,
    choices: readonly (readonly [string, string])[],
    after?: ReactNode,
    groupLabel: string = label(field),
  ) => {
    const chosen = value[field] as unknown as readonly string[];
    const problem = error(field);
    return (
      <div className="field" role="group" aria-label={groupLabel}>
        <span className="field-label">{groupLabel}</span>
        <div className="checks">
          {choices.map(([id, text]) => (
            <CheckField
              key={id}
              label={text}
              checked={chosen.includes(id)}
              onChange={(on) => {
                toggle(field, id, on);
              }}
            />
          ))}
        </div>
        {after}
        {problem !== undefined ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    );
  };
  /** A calendar date field; `notAfter`: the latest date the law allows (today, for the past). */
  const date = (field: TextKey<F>, notAfter?: string) => {
    const name = String(field);
    return (
      <DateField
        name={name}
        label={label(name)}
        value={value[field] as string}
        notAfter={notAfter}
        error={error(name)}
        onChange={(v) => {
          set([name], v);
        }}
      />
    );
  };
  /**
   * A list field the user adds to and removes from, its items keyed by stable ids; `itemName`
   * names its items (« Finalités 1 »), `addName` what « Add » adds (both the field's label if not
   * given).
   */
  const list = <T,>(
    field: keyof F & string,
    make: () => T,
    render: (item: T, index: number) => ReactNode,
    opts: { layout?: 'card' | 'row'; itemName?: string; addName?: string } = {},
  ) => (
    <ListBlock
      items={value[field] as unknown as readonly T[]}
      onChange={(items) => {
        set([field], items);
      }}
      make={make}
      layout={opts.layout}
      addLabel={(opts.addName ?? label(field)).toLowerCase()}
      itemLabel={(position) => `${opts.itemName ?? label(field)} ${String(position)}`}
    >
      {render}
    </ListBlock>
  );
  /** The `[id, label]` choices of a vocabulary, translated under `enumPrefix`. */
  const choices = (values: readonly string[], enumPrefix: string) =>
    values.map((v) => [v, t(`${enumPrefix}.${v}`)] as const);
  return {
    t,
    value,
    set,
    error,
    label,
    options,
    text,
    toggle,
    select,
    check,
    checks,
    choices,
    date,
    list,
  };
}

export type FormKit<F extends object> = ReturnType<typeof useFormKit<F>>;
