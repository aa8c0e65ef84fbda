import type { BreachFields } from '../../../../../shared/schemas/breach';
import { NumberField } from './NumberField';
import type { FormKit } from '../../../components/formKit';
import { ParisTimeField, type ParisTimeKey } from '../ParisTimeField';

/** What each section of the breach form receives: the form kit on the breach's fields. */
export interface SectionProps {
  kit: FormKit<BreachFields>;
}

/** A Paris date-and-time field of the breach, wired to the kit. */
export function parisTime(kit: FormKit<BreachFields>, field: ParisTimeKey, required = false) {
  return (
    <ParisTimeField
      name={field}
      label={kit.label(field)}
      value={kit.value[field]}
      required={required}
      error={kit.error(field)}
      onChange={(next) => {
        kit.set([field], next);
      }}
    />
  );
}

/** A whole number or nothing (« about 1 200 people »). */
export function countField(kit: FormKit<BreachFields>, field: 'peopleCount' | 'recordsCount') {
  const count = kit.value[field];
  return (
    <NumberField
      name={field}
      label={kit.label(field)}
      value={count}
      error={kit.error(field)}
      onChange={(next) => {
        kit.set([field], next);
      }}
    />
  );
}
