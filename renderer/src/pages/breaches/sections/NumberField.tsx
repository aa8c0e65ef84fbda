import { useState } from 'react';
import { FieldFrame } from '../../../components/Field';

/**
 * A whole number or nothing. What is typed stays as typed; the value is the number, null when
 * empty, or NaN while it is no number (the schema then refuses the save rather than guess).
 */
export function NumberField(props: {
  name: string;
  label: string;
  value: number | null;
  error?: string | undefined;
  onChange: (value: number | null) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const shown =
    typed ?? (props.value === null || Number.isNaN(props.value) ? '' : String(props.value));
  return (
    <FieldFrame label={props.label} error={props.error}>
      {(control) => (
        <input
          {...control}
          name={props.name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={shown}
          onChange={(event) => {
            const text = event.target.value;
            setTyped(text);
            const clean = text.replace(/[\s\u202f\u00a0]/g, '');
            props.onChange(clean === '' ? null : /^\d+$/.test(clean) ? Number(clean) : NaN);
          }}
          onBlur={() => {
            setTyped(null);
          }}
        />
      )}
    </FieldFrame>
  );
}
