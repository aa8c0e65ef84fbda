import { maxLength } from '../../../shared/limits';
import { setIn } from '../forms';
import { useI18n } from '../i18n';
import { Field } from './Field';

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
  return { t, value, set, error, label, options, text, toggle };
}

export type FormKit<F extends object> = ReturnType<typeof useFormKit<F>>;
