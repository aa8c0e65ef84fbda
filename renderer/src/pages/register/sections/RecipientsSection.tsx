import { useMemo } from 'react';
import { maxLength } from '../../../../../shared/limits';
import { recipientKinds, transferSafeguards } from '../../../../../shared/register/vocabulary';
import type { ActivityFields } from '../../../../../shared/schemas/activity';
import type { ProcessorSummary } from '../../../../../shared/schemas/processor';
import { Field } from '../../../components/Field';
import type { FormKit } from '../../../components/formKit';
import { Section, SelectField } from '../../../components/Inputs';
import { ListBlock } from '../../../components/ListBlock';
import { Picker } from '../../../components/Picker';
import { processorHash } from '../../../routes';
import { LinkedTransfers } from '../LinkedTransfers';

/** The processors linked to the activity, and the other recipients named in the record. */
export function RecipientsSection({
  kit,
  processors,
}: {
  kit: FormKit<ActivityFields>;
  processors: ProcessorSummary[];
}) {
  const { t, value, set, label, options, error } = kit;
  const processorChoices = useMemo(
    () =>
      processors.map((processor) => ({
        id: processor.id,
        label: processor.name,
        // Role and country tell apart two entities of the same group.
        detail: [t(`enum.role.${processor.role}`), processor.country]
          .filter((part) => part !== '')
          .join(' · '),
      })),
    [processors, t],
  );
  const warnedProcessors = processors.filter(
    (processor) => value.processorIds.includes(processor.id) && processor.warnings.length > 0,
  );
  return (
    <Section id="section-recipients" title={t('section.recipients')}>
      <Picker
        label={t('activity.linkedProcessors')}
        choices={processorChoices}
        chosen={value.processorIds}
        onChange={(ids) => {
          set(['processorIds'], ids);
        }}
        noChoicesText={t('activity.noProcessors')}
        renderChip={(choice) => <a href={processorHash(choice.id)}>{choice.label}</a>}
      >
        {warnedProcessors.length > 0 ? (
          <ul className="linked">
            {warnedProcessors.map((processor) => (
              <li key={processor.id}>
                {processor.name}
                <span className="muted">
                  {' '}
                  — {processor.warnings.map((code) => t(`warning.${code}`)).join(' ')}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </Picker>
      <ListBlock
        layout="row"
        items={value.recipients}
        onChange={(recipients) => {
          set(['recipients'], recipients);
        }}
        make={() => ({ kind: 'internal' as const, name: '' })}
        addLabel={label('recipientName').toLowerCase()}
        itemLabel={(position) => `${label('recipientName')} ${String(position)}`}
      >
        {(recipient, index) => {
          const position = String(index + 1);
          const problem = error(`recipients.${String(index)}.name`);
          return (
            <>
              <select
                aria-label={`${label('recipientKind')} ${position}`}
                value={recipient.kind}
                onChange={(event) => {
                  set(['recipients', index, 'kind'], event.target.value);
                }}
              >
                {options(recipientKinds, 'enum.recipient').map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              <input
                aria-label={`${label('recipientName')} ${position}`}
                aria-invalid={problem !== undefined ? true : undefined}
                value={recipient.name}
                maxLength={maxLength.name}
                onChange={(event) => {
                  set(['recipients', index, 'name'], event.target.value);
                }}
              />
              {problem !== undefined ? (
                <p className="field-error" role="alert">
                  {problem}
                </p>
              ) : null}
            </>
          );
        }}
      </ListBlock>
    </Section>
  );
}

/** Transfers outside the EU named in the record, and those made through linked processors. */
export function TransfersSection({
  kit,
  activityId,
  processors,
}: {
  kit: FormKit<ActivityFields>;
  activityId: string | null;
  processors: ProcessorSummary[];
}) {
  const { t, value, set, label, options, error } = kit;
  return (
    <Section id="section-transfers" title={t('section.transfers')}>
      <ListBlock
        items={value.transfers}
        onChange={(transfers) => {
          set(['transfers'], transfers);
        }}
        make={() => ({ recipient: '', country: '', safeguard: null, documentation: '' })}
        addLabel={label('transfers').toLowerCase()}
        itemLabel={(position) => `${label('transfers')} ${String(position)}`}
      >
        {(transfer, index) => {
          const base = `transfers.${String(index)}`;
          return (
            <>
              <div className="grid-2">
                <Field
                  name={`${base}.recipient`}
                  label={label('recipient')}
                  value={transfer.recipient}
                  maxLength={maxLength.name}
                  error={error(`${base}.recipient`)}
                  onChange={(v) => {
                    set(['transfers', index, 'recipient'], v);
                  }}
                />
                <Field
                  name={`${base}.country`}
                  label={label('country')}
                  value={transfer.country}
                  maxLength={maxLength.shortText}
                  onChange={(v) => {
                    set(['transfers', index, 'country'], v);
                  }}
                />
              </div>
              <SelectField
                name={`${base}.safeguard`}
                label={label('safeguard')}
                value={transfer.safeguard ?? ''}
                options={[
                  { value: '', label: t('enum.safeguard.none') },
                  ...options(transferSafeguards, 'enum.safeguard'),
                ]}
                onChange={(v) => {
                  set(['transfers', index, 'safeguard'], v === '' ? null : v);
                }}
              />
              <Field
                name={`${base}.documentation`}
                label={label('documentation')}
                value={transfer.documentation}
                maxLength={2000}
                onChange={(v) => {
                  set(['transfers', index, 'documentation'], v);
                }}
              />
            </>
          );
        }}
      </ListBlock>
      <LinkedTransfers
        activity={{ id: activityId ?? '', processorIds: value.processorIds }}
        processors={processors}
      />
    </Section>
  );
}
