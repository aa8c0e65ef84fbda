import { localCalendarDate } from '../../../../shared/dates';
import { maxLength } from '../../../../shared/limits';
import {
  art19Rights,
  civilities,
  identityStatuses,
  outcomes,
  representativeKinds,
  requestChannels,
  requestStatuses,
  rights,
} from '../../../../shared/rights/vocabulary';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import type { RequestFields } from '../../../../shared/schemas/request';
import { Field } from '../../components/Field';
import { DateField } from '../../components/DateField';
import { useFormKit, type TextKey } from '../../components/formKit';
import { CheckField, Section, SelectField } from '../../components/Inputs';
import { Picker } from '../../components/Picker';
import { useMemo, type ReactNode } from 'react';

interface RequestFormProps {
  value: RequestFields;
  onChange: (next: RequestFields) => void;
  errors: Record<string, string>;
  activities: ActivitySummary[];
  processors: ProcessorSummary[];
  /** The deadline panel, shown in its section. */
  deadline: ReactNode;
  /** The attachments area, shown with the identity check. */
  attachments: ReactNode;
}

/** The recipients to notify under Art. 19: processors linked to the activities concerned. */
export function art19Recipients(
  value: RequestFields,
  processors: ProcessorSummary[],
): ProcessorSummary[] {
  return processors.filter((processor) =>
    processor.activityIds.some((activityId) => value.activityIds.includes(activityId)),
  );
}

export function needsArt19(value: RequestFields): boolean {
  return value.outcomes.some(
    (o) => art19Rights.includes(o.right) && (o.outcome === 'granted' || o.outcome === 'partly'),
  );
}

export function RequestForm(props: RequestFormProps) {
  const kit = useFormKit(props.value, props.onChange, props.errors, 'field.request');
  const { t, value, set, error, label, options, text, select, check } = kit;
  // Every date of a request says when something happened: none can be in the future (the service
  // refuses it too).
  const today = localCalendarDate(new Date());
  const date = (field: TextKey<RequestFields>) => kit.date(field, today);
  const toggleRight = (right: RequestFields['rights'][number], on: boolean) => {
    const nextRights = on ? [...value.rights, right] : value.rights.filter((r) => r !== right);
    const nextOutcomes = on
      ? [...value.outcomes, { right, outcome: 'pending' as const, reason: '' }]
      : value.outcomes.filter((o) => o.right !== right);
    props.onChange({ ...value, rights: nextRights, outcomes: nextOutcomes });
  };
  const activityChoices = useMemo(
    () =>
      props.activities.map((activity) => ({
        id: activity.id,
        label: `${activity.reference} ${activity.name}`,
        // The service tells apart two activities of the same name; a draft or archived one says so.
        detail: [
          activity.ownerService,
          activity.status === 'active' ? '' : t(`enum.status.${activity.status}`),
        ]
          .filter((part) => part !== '')
          .join(' · '),
      })),
    [props.activities, t],
  );
  const recipients = art19Recipients(value, props.processors);
  const notifiedOn = (processorId: string) =>
    value.art19Notifications.find((n) => n.processorId === processorId)?.notifiedOn ?? '';
  const setNotified = (processorId: string, on: string) => {
    const others = value.art19Notifications.filter((n) => n.processorId !== processorId);
    set(['art19Notifications'], on === '' ? others : [...others, { processorId, notifiedOn: on }]);
  };

  return (
    <div className="record-form">
      <Section id="section-receipt" title={t('section.request.receipt')}>
        <div className="grid-3">
          {date('receivedOn')}
          <Field
            name="receivedTime"
            label={label('receivedTime')}
            value={value.receivedTime}
            maxLength={5}
            hint="HH:MM"
            error={error('receivedTime')}
            onChange={(v) => {
              set(['receivedTime'], v);
            }}
          />
          {select('channel', requestChannels, 'enum.channel')}
        </div>
      </Section>

      <Section id="section-requester" title={t('section.request.requester')}>
        <div className="grid-2">
          {select('requesterCivility', civilities, 'enum.civility')}
          {text('requesterName', { required: true })}
        </div>
        <div className="grid-2">
          {text('requesterEmail', { max: maxLength.email, type: 'email' })}
          {text('requesterPhone', { max: maxLength.phone, type: 'tel' })}
        </div>
        {text('requesterAddress', { max: maxLength.address, multiline: true })}
        {check('onBehalfOf')}
        {value.onBehalfOf ? (
          <>
            <div className="grid-2">
              {select('dataSubjectCivility', civilities, 'enum.civility')}
              {text('dataSubjectName')}
            </div>
            <div className="grid-2">
              {select('representativeKind', representativeKinds, 'enum.representative')}
            </div>
            {text('mandateProof', { max: 2000, multiline: true })}
          </>
        ) : null}
      </Section>

      <Section id="section-rights" title={t('section.request.rights')}>
        <div className="field" role="group" aria-label={label('rights')}>
          <span className="field-label">{label('rights')}</span>
          <div className="checks">
            {rights.map((right) => (
              <CheckField
                key={right}
                label={t(`enum.right.${right}`)}
                checked={value.rights.includes(right)}
                onChange={(on) => {
                  toggleRight(right, on);
                }}
              />
            ))}
          </div>
          {error('rights') !== undefined ? (
            <p className="field-error" role="alert">
              {error('rights')}
            </p>
          ) : null}
        </div>
        <Picker
          label={label('activityIds')}
          choices={activityChoices}
          chosen={value.activityIds}
          onChange={(ids) => {
            set(['activityIds'], ids);
          }}
          noChoicesText={t('processors.noActivities')}
        />
        {text('description', { max: maxLength.freeText, multiline: true })}
      </Section>

      <Section id="section-identity" title={t('section.request.identity')}>
        {select('identityStatus', identityStatuses, 'enum.identity')}
        <div className="grid-3">
          {date('identityAskedOn')}
          {date('identityReceivedOn')}
          {date('identityVerifiedOn')}
        </div>
        <div className="grid-2">
          {text('identityVerifiedBy')}
          {text('identityMethod', { max: 2000 })}
        </div>
        {props.attachments}
      </Section>

      <Section id="section-deadline" title={t('section.request.deadline')}>
        {props.deadline}
        <SelectField
          name="extensionMonths"
          label={label('extensionMonths')}
          value={String(value.extensionMonths)}
          error={error('extensionMonths')}
          options={[0, 1, 2].map((n) => ({
            value: String(n),
            label: t(`request.extension.${String(n)}`),
          }))}
          onChange={(v) => {
            set(['extensionMonths'], Number(v));
          }}
        />
        {value.extensionMonths > 0 ? (
          <>
            {text('extensionReason', { max: 2000, multiline: true })}
            {date('extensionNotifiedOn')}
          </>
        ) : null}
      </Section>

      <Section id="section-answer" title={t('section.request.answer')}>
        {select('status', requestStatuses, 'enum.requestStatus')}
        {value.rights.map((right) => {
          // Every right invoked has its outcome, recorded or still pending (files from before
          // the outcome was asked for have none).
          const index = value.outcomes.findIndex((o) => o.right === right);
          const outcome = value.outcomes[index] ?? { right, outcome: 'pending', reason: '' };
          const setOutcome = (key: 'outcome' | 'reason', leaf: string) => {
            if (index >= 0) set(['outcomes', index, key], leaf);
            else
              props.onChange({
                ...value,
                outcomes: [...value.outcomes, { ...outcome, [key]: leaf }],
              });
          };
          const at = String(index >= 0 ? index : value.outcomes.length);
          return (
            <div
              className="grid-2 outcome"
              key={right}
              role="group"
              aria-label={t(`enum.right.${right}`)}
            >
              <SelectField
                name={`outcomes.${at}.outcome`}
                label={t('common.labelled', {
                  label: label('outcome'),
                  value: t(`enum.right.${right}`),
                })}
                value={outcome.outcome}
                options={options(outcomes, 'enum.outcome')}
                error={error(`outcomes.${at}.outcome`)}
                onChange={(v) => {
                  setOutcome('outcome', v);
                }}
              />
              {outcome.outcome === 'refused' || outcome.outcome === 'partly' ? (
                <Field
                  name={`outcomes.${at}.reason`}
                  label={label('reason')}
                  value={outcome.reason}
                  maxLength={2000}
                  multiline
                  error={error(`outcomes.${at}.reason`)}
                  onChange={(v) => {
                    setOutcome('reason', v);
                  }}
                />
              ) : null}
            </div>
          );
        })}
        <div className="grid-2">
          {date('responseOn')}
          {select('responseChannel', requestChannels, 'enum.channel', { label: '—', value: '' })}
        </div>
        {needsArt19(value) ? (
          <div className="field art19" role="group" aria-label={t('requests.art19.title')}>
            <span className="field-label">{t('requests.art19.title')}</span>
            <p className="field-hint">{t('requests.art19.hint')}</p>
            {recipients.length === 0 ? (
              <p className="field-hint">{t('requests.art19.none')}</p>
            ) : null}
            {recipients.map((processor) => (
              <div className="art19-row" key={processor.id}>
                <CheckField
                  label={processor.name}
                  checked={notifiedOn(processor.id) !== ''}
                  onChange={(on) => {
                    setNotified(processor.id, on ? localCalendarDate(new Date()) : '');
                  }}
                />
                {notifiedOn(processor.id) !== '' ? (
                  <DateField
                    name={`art19.${processor.id}`}
                    label={t('requests.art19.notifiedOn')}
                    value={notifiedOn(processor.id)}
                    notAfter={today}
                    error={error(
                      `art19Notifications.${String(
                        value.art19Notifications.findIndex((n) => n.processorId === processor.id),
                      )}.notifiedOn`,
                    )}
                    onChange={(v) => {
                      setNotified(processor.id, v);
                    }}
                  />
                ) : null}
              </div>
            ))}
          </div>
        ) : null}
      </Section>

      <Section id="section-notes" title={t('section.request.notes')}>
        {text('notes', { max: maxLength.freeText, multiline: true })}
      </Section>
    </div>
  );
}
