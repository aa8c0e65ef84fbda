import { useMemo } from 'react';
import { maxLength } from '../../../../../shared/limits';
import { recipientKinds } from '../../../../../shared/register/vocabulary';
import type { ActivityFields } from '../../../../../shared/schemas/activity';
import type { ProcessorSummary } from '../../../../../shared/schemas/processor';
import { Section } from '../../../components/Inputs';
import type { LinkingSectionProps, SectionProps } from './props';
import { TransferFields } from '../../../components/TransferFields';
import { Picker } from '../../../components/Picker';
import { processorHash } from '../../../routes';
import { LinkedTransfers } from '../LinkedTransfers';

/** The processors linked to the activity, and the other recipients named in the record. */
export function RecipientsSection({
  kit,
  processors,
}: SectionProps & { processors: ProcessorSummary[] }) {
  const { t, value, set, label, options, error, list } = kit;
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
      {list(
        'recipients',
        () => ({ kind: 'internal' as const, name: '' }),
        (recipient: ActivityFields['recipients'][number], index) => {
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
        },
        { layout: 'row', addName: label('recipientName') },
      )}
    </Section>
  );
}

/** Transfers outside the EU named in the record, and those made through linked processors. */
export function TransfersSection({
  kit,
  activityId,
  processors,
}: LinkingSectionProps & { processors: ProcessorSummary[] }) {
  const { t, value, set, label, error, list } = kit;
  return (
    <Section id="section-transfers" title={t('section.transfers')}>
      {list(
        'transfers',
        () => ({ recipient: '', country: '', safeguard: null, documentation: '' }),
        (transfer: ActivityFields['transfers'][number], index) => (
          <TransferFields
            transfer={transfer}
            base={`transfers.${String(index)}`}
            label={label}
            error={error}
            onChange={(key, leaf) => {
              set(['transfers', index, key], leaf);
            }}
          />
        ),
      )}
      <LinkedTransfers
        activity={{ id: activityId ?? '', processorIds: value.processorIds }}
        processors={processors}
      />
    </Section>
  );
}
