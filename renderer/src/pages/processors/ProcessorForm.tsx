import type { ReactNode } from 'react';
import { localCalendarDate } from '../../../../shared/dates';
import { maxLength } from '../../../../shared/limits';
import {
  art28Clauses,
  contractStatuses,
  processorCategories,
  processorRoles,
} from '../../../../shared/processors/vocabulary';
import { dataCategoryKinds } from '../../../../shared/register/vocabulary';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import type { ProcessorFields, ProcessorSummary } from '../../../../shared/schemas/processor';
import { Field } from '../../components/Field';
import { useFormKit } from '../../components/formKit';
import { CheckField, Section, SelectField } from '../../components/Inputs';
import { TransferFields } from '../../components/TransferFields';
import { activityHash, processorHash } from '../../routes';

interface ProcessorFormProps {
  id: string | null;
  value: ProcessorFields;
  onChange: (next: ProcessorFields) => void;
  errors: Record<string, string>;
  activities: ActivitySummary[];
  processors: ProcessorSummary[];
  /** The contract document area, shown in the contract section. */
  contractDocument: ReactNode;
}

export function ProcessorForm(props: ProcessorFormProps) {
  const kit = useFormKit(props.value, props.onChange, props.errors, 'field.processor');
  const { t, value, set, error, label, text, toggle, select, checks, choices, list, date } = kit;
  const { errors } = props;
  // A contract signed or an audit done is in the past (the service refuses a later date too).
  const today = localCalendarDate(new Date());
  const children = props.processors.filter((p) => props.id !== null && p.parentId === props.id);

  return (
    <div className="record-form">
      <Section id="section-identity" title={t('section.processor.identity')}>
        {text('name', { required: true })}
        <div className="grid-2">
          {select('role', processorRoles, 'enum.role')}
          {select('category', processorCategories, 'enum.category')}
        </div>
        {text('address', { max: maxLength.address, multiline: true })}
        <div className="grid-2">
          {text('country', { max: maxLength.shortText })}
          {text('contactName')}
          {text('contactEmail', { max: maxLength.email })}
          {text('contactPhone', { max: maxLength.phone })}
          {text('dpoContact')}
        </div>
      </Section>

      <Section id="section-services" title={t('section.processor.services')}>
        {text('services', { max: 2000, multiline: true })}
        {checks('dataCategories', choices(dataCategoryKinds, 'enum.dataCategory'))}
        <Field
          name="certifications"
          label={label('certifications')}
          hint={t('processors.certificationsHint')}
          multiline
          maxLength={3000}
          value={value.certifications.join('\n')}
          error={
            Object.keys(errors).some((k) => k.startsWith('certifications'))
              ? t('validation.invalid')
              : undefined
          }
          onChange={(v) => {
            set(
              ['certifications'],
              v
                .split('\n')
                .filter((line, index, lines) => line.trim() !== '' || index === lines.length - 1),
            );
          }}
        />
      </Section>

      <Section id="section-transfers" title={t('section.processor.transfers')}>
        {list(
          'transfers',
          () => ({ country: '', safeguard: null, documentation: '' }),
          (transfer: ProcessorFields['transfers'][number], index) => (
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
      </Section>

      <Section id="section-contract" title={t('section.processor.contract')}>
        <div className="grid-4">
          {select('contractStatus', contractStatuses, 'enum.contract')}
          {date('contractSignedOn', today)}
          {date('contractReviewOn')}
          {date('lastAuditOn', today)}
        </div>
        <div className="field" role="group" aria-label={label('clauses')}>
          <span className="field-label">
            {label('clauses')} — {t('processors.clausesDone', { count: value.clauses.length })}
          </span>
          {art28Clauses.map((clause) => (
            <CheckField
              key={clause}
              label={t(`enum.clause.${clause}`)}
              checked={value.clauses.includes(clause)}
              onChange={(on) => {
                toggle('clauses', clause, on);
              }}
            />
          ))}
        </div>
        {props.contractDocument}
      </Section>

      <Section id="section-activities" title={t('section.processor.activities')}>
        <div className="field" role="group" aria-label={t('processors.activities')}>
          {props.activities.length === 0 ? (
            <p className="field-hint">{t('processors.noActivities')}</p>
          ) : null}
          <div className="checks">
            {props.activities.map((activity) => (
              <CheckField
                key={activity.id}
                label={`${activity.reference} ${activity.name}`}
                checked={value.activityIds.includes(activity.id)}
                onChange={(on) => {
                  toggle('activityIds', activity.id, on);
                }}
              />
            ))}
          </div>
          {value.activityIds.length > 0 ? (
            <ul className="linked">
              {props.activities
                .filter((activity) => value.activityIds.includes(activity.id))
                .map((activity) => (
                  <li key={activity.id}>
                    <a href={activityHash(activity.id)}>
                      {activity.reference} — {activity.name}
                    </a>
                  </li>
                ))}
            </ul>
          ) : null}
        </div>
      </Section>

      <Section id="section-subProcessors" title={t('section.processor.subProcessors')}>
        <SelectField
          name="parentId"
          label={label('parentId')}
          value={value.parentId ?? ''}
          error={error('parentId')}
          options={[
            { value: '', label: t('common.none') },
            ...props.processors
              .filter((p) => p.id !== props.id)
              .map((p) => ({ value: p.id, label: p.name })),
          ]}
          onChange={(v) => {
            set(['parentId'], v === '' ? null : v);
          }}
        />
        <p className="field-label">{t('processors.subProcessors')}</p>
        {children.length === 0 ? (
          <p className="field-hint">{t('processors.noSubProcessors')}</p>
        ) : (
          <ul className="linked">
            {children.map((child) => (
              <li key={child.id}>
                <a href={processorHash(child.id)}>{child.name}</a>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="section-notes" title={t('section.processor.notes')}>
        {text('notes', { max: maxLength.freeText, multiline: true })}
      </Section>
    </div>
  );
}
