import { useI18n } from '../i18n';
import { Field } from './Field';
import { SelectField } from './Inputs';

/**
 * A period: a whole number and its unit (days, months, years), as two fields side by side for the
 * caller's grid. Digits only; an empty number is null, for the caller to say what that means.
 */
export function PeriodField<U extends string>(props: {
  name: string;
  label: string;
  amount: number | null;
  unit: U;
  units: readonly U[];
  error?: string | undefined;
  onChange: (amount: number | null, unit: U) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        name={`${props.name}.value`}
        label={props.label}
        value={props.amount === null ? '' : String(props.amount)}
        maxLength={5}
        error={props.error}
        onChange={(v) => {
          const digits = v.replace(/\D/g, '');
          props.onChange(digits === '' ? null : Number(digits), props.unit);
        }}
      />
      <SelectField
        name={`${props.name}.unit`}
        label={t('field.activity.unit')}
        value={props.unit}
        options={props.units.map((unit) => ({ value: unit, label: t(`enum.unit.${unit}`) }))}
        onChange={(v) => {
          // The select offers `units` only.
          props.onChange(props.amount, v as U);
        }}
      />
    </>
  );
}
