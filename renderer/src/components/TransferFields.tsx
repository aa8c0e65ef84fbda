import { maxLength } from '../../../shared/limits';
import { transferSafeguards } from '../../../shared/register/vocabulary';
import type { Transfer } from '../../../shared/schemas/activity';
import { useI18n } from '../i18n';
import { Field } from './Field';
import { SelectField } from './Inputs';

/**
 * One transfer outside the EU: to whom (in an activity's record; a processor's transfers are its
 * own), the country, the safeguard (Art. 46) and where it is documented.
 */
export function TransferFields(props: {
  transfer: Omit<Transfer, 'recipient'> & { recipient?: string };
  /** The item's path in the form (`transfers.0`), for its fields' names and errors. */
  base: string;
  label: (field: string) => string;
  error: (path: string) => string | undefined;
  onChange: (key: keyof Transfer, leaf: string | null) => void;
}) {
  const { t } = useI18n();
  const { transfer, base, label, error } = props;
  const text = (key: 'recipient' | 'country' | 'documentation', value: string, max: number) => (
    <Field
      name={`${base}.${key}`}
      label={label(key)}
      value={value}
      maxLength={max}
      error={error(`${base}.${key}`)}
      onChange={(v) => {
        props.onChange(key, v);
      }}
    />
  );
  return (
    <>
      <div className="grid-2">
        {transfer.recipient !== undefined
          ? text('recipient', transfer.recipient, maxLength.name)
          : null}
        {text('country', transfer.country, maxLength.shortText)}
        <SelectField
          name={`${base}.safeguard`}
          label={label('safeguard')}
          value={transfer.safeguard ?? ''}
          options={[
            { value: '', label: t('enum.safeguard.none') },
            ...transferSafeguards.map((v) => ({ value: v, label: t(`enum.safeguard.${v}`) })),
          ]}
          error={error(`${base}.safeguard`)}
          onChange={(v) => {
            props.onChange('safeguard', v === '' ? null : v);
          }}
        />
      </div>
      {text('documentation', transfer.documentation, 2000)}
    </>
  );
}
