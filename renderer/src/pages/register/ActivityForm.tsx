import { useMemo, useState } from 'react';
import { maxLength } from '../../../../shared/limits';
import type { ActivityFields } from '../../../../shared/schemas/activity';
import type { Client } from '../../../../shared/schemas/client';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import type { RetentionRule } from '../../../../shared/schemas/retention';
import { isDpiaNeeded } from '../../../../shared/register/completeness';
import {
  activityStatuses,
  dataCategoryKinds,
  dataSubjectSuggestions,
  dpiaCriteria,
  dpiaStatuses,
  legalBases,
  recipientKinds,
  registerKinds,
  retentionUnits,
  securityHeadings,
  sensitiveDataExceptions,
  sensitiveDataKinds,
  transferSafeguards,
} from '../../../../shared/register/vocabulary';
import { Field } from '../../components/Field';
import { CheckField, DateField, ListItem, Section, SelectField } from '../../components/Inputs';
import { Picker } from '../../components/Picker';
import { setIn } from '../../forms';
import { useI18n } from '../../i18n';
import { newRetentionRuleHash, processorHash } from '../../routes';
import { LinkedTransfers } from './LinkedTransfers';
import { periodText } from '../../../../shared/retention/periods';

/** The record's plain text fields. */
type TextFieldName = {
  [K in keyof ActivityFields]: ActivityFields[K] extends string ? K : never;
}[keyof ActivityFields];

interface ActivityFormProps {
  value: ActivityFields;
  onChange: (next: ActivityFields) => void;
  /** Error message keys by field path (`purposes.0.legalBasis`). */
  errors: Record<string, string>;
  clients: Client[];
  onAddClient: (name: string) => Promise<void>;
  /** The processors and recipients the activity can be linked to. */
  processors: ProcessorSummary[];
  /** The saved record's id (null while new) and its retention rules from the Conservation page. */
  activityId: string | null;
  retentionRules: RetentionRule[];
}

/** The record in the CNIL model register's order, section by section. */
export function ActivityForm({
  value,
  onChange,
  errors,
  clients,
  onAddClient,
  processors,
  activityId,
  retentionRules,
}: ActivityFormProps) {
  const { t } = useI18n();
  const [newClient, setNewClient] = useState('');
  const set = (path: (string | number)[], leaf: unknown) => {
    onChange(setIn(value, path, leaf));
  };
  const error = (path: string) => (errors[path] !== undefined ? t(errors[path]) : undefined);
  const label = (field: string) => t(`field.activity.${field}`);
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const text = (field: TextFieldName, max: number = maxLength.name, multiline = false) => (
    <Field
      name={field}
      label={label(field)}
      value={value[field]}
      maxLength={max}
      multiline={multiline}
      error={error(field)}
      onChange={(v) => {
        set([field], v);
      }}
    />
  );
  const toggleIn = <K extends 'sensitiveData' | 'dpiaCriteria' | 'clientIds'>(
    field: K,
    item: ActivityFields[K][number],
    on: boolean,
  ) => {
    const list = value[field] as string[];
    set([field], on ? [...list, item] : list.filter((entry) => entry !== item));
  };
  const removeAt = (
    field: 'purposes' | 'dataSubjects' | 'dataCategories' | 'recipients' | 'transfers',
    index: number,
  ) => {
    set(
      [field],
      (value[field] as unknown[]).filter((_, i) => i !== index),
    );
  };
  const dpiaCount = value.dpiaCriteria.length;
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
    <div className="record-form">
      <Section id="section-identity" title={t('section.identity')}>
        {text('name')}
        <div className="grid-2">
          <SelectField
            name="status"
            label={label('status')}
            value={value.status}
            options={options(activityStatuses, 'enum.status')}
            onChange={(v) => {
              set(['status'], v);
            }}
          />
          <SelectField
            name="register"
            label={label('register')}
            value={value.register}
            options={options(registerKinds, 'enum.register')}
            onChange={(v) => {
              set(['register'], v);
            }}
          />
        </div>
        <div className="grid-2">
          {text('ownerService')}
          {text('ownerContact')}
          {text('jointController')}
          {text('jointControllerContact')}
        </div>
        {text('software')}
        {value.register === 'processor' ? (
          <div className="field" role="group" aria-label={label('clientIds')}>
            <span className="field-label">{label('clientIds')}</span>
            {clients.length === 0 ? <p className="field-hint">{t('activity.noClients')}</p> : null}
            {clients.map((client) => (
              <CheckField
                key={client.id}
                label={client.name}
                checked={value.clientIds.includes(client.id)}
                onChange={(on) => {
                  toggleIn('clientIds', client.id, on);
                }}
              />
            ))}
            <div className="inline-add">
              <input
                aria-label={t('activity.clientName')}
                placeholder={t('activity.clientName')}
                value={newClient}
                maxLength={maxLength.name}
                onChange={(event) => {
                  setNewClient(event.target.value);
                }}
              />
              <button
                type="button"
                disabled={newClient.trim() === ''}
                onClick={() => {
                  void onAddClient(newClient.trim()).then(() => {
                    setNewClient('');
                  });
                }}
              >
                {t('activity.addClient')}
              </button>
            </div>
            {error('clientIds') !== undefined ? (
              <p className="field-error">{error('clientIds')}</p>
            ) : null}
          </div>
        ) : null}
      </Section>

      <Section id="section-purposes" title={t('section.purposes')}>
        {value.purposes.map((purpose, index) => (
          <ListItem
            key={index}
            label={`${label('purposes')} ${String(index + 1)}`}
            removeLabel={t('common.remove')}
            onRemove={() => {
              removeAt('purposes', index);
            }}
          >
            <Field
              name={`purposes.${String(index)}.description`}
              label={label('description')}
              value={purpose.description}
              maxLength={2000}
              multiline
              error={error(`purposes.${String(index)}.description`)}
              onChange={(v) => {
                set(['purposes', index, 'description'], v);
              }}
            />
            <SelectField
              name={`purposes.${String(index)}.legalBasis`}
              label={label('legalBasis')}
              value={purpose.legalBasis ?? ''}
              options={[
                { value: '', label: t('enum.legalBasis.none') },
                ...options(legalBases, 'enum.legalBasis'),
              ]}
              error={error(`purposes.${String(index)}.legalBasis`)}
              onChange={(v) => {
                set(['purposes', index, 'legalBasis'], v === '' ? null : v);
              }}
            />
            {purpose.legalBasis === 'legitimateInterest' ? (
              <Field
                name={`purposes.${String(index)}.legitimateInterest`}
                label={label('legitimateInterest')}
                value={purpose.legitimateInterest}
                maxLength={2000}
                multiline
                error={error(`purposes.${String(index)}.legitimateInterest`)}
                onChange={(v) => {
                  set(['purposes', index, 'legitimateInterest'], v);
                }}
              />
            ) : null}
          </ListItem>
        ))}
        <button
          type="button"
          onClick={() => {
            set(
              ['purposes'],
              [...value.purposes, { description: '', legalBasis: null, legitimateInterest: '' }],
            );
          }}
        >
          {t('common.add')} : {label('purposes').toLowerCase()}
        </button>
      </Section>

      <Section id="section-dataSubjects" title={t('section.dataSubjects')}>
        <datalist id="data-subject-suggestions">
          {dataSubjectSuggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        {value.dataSubjects.map((subject, index) => (
          <div className="inline-row" key={index}>
            <input
              aria-label={`${label('dataSubject')} ${String(index + 1)}`}
              list="data-subject-suggestions"
              value={subject}
              maxLength={maxLength.name}
              onChange={(event) => {
                set(['dataSubjects', index], event.target.value);
              }}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => {
                removeAt('dataSubjects', index);
              }}
            >
              {t('common.remove')}
            </button>
            {error(`dataSubjects.${String(index)}`) !== undefined ? (
              <p className="field-error">{error(`dataSubjects.${String(index)}`)}</p>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            set(['dataSubjects'], [...value.dataSubjects, '']);
          }}
        >
          {t('common.add')} : {label('dataSubject').toLowerCase()}
        </button>
      </Section>

      <Section id="section-dataCategories" title={t('section.dataCategories')}>
        {value.dataCategories.map((category, index) => {
          const base = `dataCategories.${String(index)}`;
          return (
            <ListItem
              key={index}
              label={`${label('dataCategories')} ${String(index + 1)}`}
              removeLabel={t('common.remove')}
              onRemove={() => {
                removeAt('dataCategories', index);
              }}
            >
              <SelectField
                name={`${base}.kind`}
                label={label('kind')}
                value={category.kind}
                options={options(dataCategoryKinds, 'enum.dataCategory')}
                onChange={(v) => {
                  set(['dataCategories', index, 'kind'], v);
                }}
              />
              <Field
                name={`${base}.description`}
                label={label('description')}
                value={category.description}
                maxLength={2000}
                error={error(`${base}.description`)}
                onChange={(v) => {
                  set(['dataCategories', index, 'description'], v);
                }}
              />
              <div className="grid-4">
                <SelectField
                  name={`${base}.retention.mode`}
                  label={label('mode')}
                  value={category.retention.mode}
                  options={options(['duration', 'criteria', 'undetermined'], 'enum.retentionMode')}
                  onChange={(v) => {
                    set(['dataCategories', index, 'retention', 'mode'], v);
                  }}
                />
                {category.retention.mode === 'duration' ? (
                  <>
                    <Field
                      name={`${base}.retention.duration`}
                      label={label('duration')}
                      value={
                        category.retention.duration === null
                          ? ''
                          : String(category.retention.duration)
                      }
                      maxLength={4}
                      error={error(`${base}.retention.duration`)}
                      onChange={(v) => {
                        const digits = v.replace(/\D/g, '');
                        set(
                          ['dataCategories', index, 'retention', 'duration'],
                          digits === '' ? null : Number(digits),
                        );
                      }}
                    />
                    <SelectField
                      name={`${base}.retention.unit`}
                      label={label('unit')}
                      value={category.retention.unit}
                      options={options(retentionUnits, 'enum.unit')}
                      onChange={(v) => {
                        set(['dataCategories', index, 'retention', 'unit'], v);
                      }}
                    />
                    <Field
                      name={`${base}.retention.startEvent`}
                      label={label('startEvent')}
                      value={category.retention.startEvent}
                      maxLength={maxLength.name}
                      onChange={(v) => {
                        set(['dataCategories', index, 'retention', 'startEvent'], v);
                      }}
                    />
                  </>
                ) : null}
              </div>
              {category.retention.mode === 'criteria' ? (
                <Field
                  name={`${base}.retention.criteria`}
                  label={label('criteria')}
                  value={category.retention.criteria}
                  maxLength={2000}
                  multiline
                  error={error(`${base}.retention.criteria`)}
                  onChange={(v) => {
                    set(['dataCategories', index, 'retention', 'criteria'], v);
                  }}
                />
              ) : null}
              <RetentionRulesOf
                rules={retentionRules.filter((rule) => rule.dataCategory === category.kind)}
                newRuleHref={
                  activityId === null ? null : newRetentionRuleHash(activityId, category.kind)
                }
              />
            </ListItem>
          );
        })}
        <button
          type="button"
          onClick={() => {
            set(
              ['dataCategories'],
              [
                ...value.dataCategories,
                {
                  kind: 'identity',
                  description: '',
                  retention: {
                    mode: 'undetermined',
                    duration: null,
                    unit: 'years',
                    startEvent: '',
                    criteria: '',
                  },
                },
              ],
            );
          }}
        >
          {t('common.add')} : {label('dataCategories').toLowerCase()}
        </button>
      </Section>

      <Section id="section-sensitive" title={t('section.sensitive')}>
        <div className="field" role="group" aria-label={label('sensitiveData')}>
          <span className="field-label">{label('sensitiveData')}</span>
          <div className="checks">
            {sensitiveDataKinds.map((kind) => (
              <CheckField
                key={kind}
                label={t(`enum.sensitive.${kind}`)}
                checked={value.sensitiveData.includes(kind)}
                onChange={(on) => {
                  toggleIn('sensitiveData', kind, on);
                }}
              />
            ))}
          </div>
        </div>
        {value.sensitiveData.length > 0 ? (
          <SelectField
            name="sensitiveDataException"
            label={label('sensitiveDataException')}
            value={value.sensitiveDataException ?? ''}
            options={[
              { value: '', label: t('enum.exception.none') },
              ...options(sensitiveDataExceptions, 'enum.exception'),
            ]}
            onChange={(v) => {
              set(['sensitiveDataException'], v === '' ? null : v);
            }}
          />
        ) : null}
        <CheckField
          label={label('criminalData')}
          checked={value.criminalData}
          onChange={(on) => {
            set(['criminalData'], on);
          }}
        />
        {value.criminalData ? text('criminalDataDetails', 2000, true) : null}
        <CheckField
          label={label('nir')}
          checked={value.nir}
          onChange={(on) => {
            set(['nir'], on);
          }}
        />
        {value.nir ? text('nirDetails', 2000, true) : null}
      </Section>

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
        {value.recipients.map((recipient, index) => (
          <div className="inline-row" key={index}>
            <select
              aria-label={`${label('recipientKind')} ${String(index + 1)}`}
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
              aria-label={`${label('recipientName')} ${String(index + 1)}`}
              value={recipient.name}
              maxLength={maxLength.name}
              onChange={(event) => {
                set(['recipients', index, 'name'], event.target.value);
              }}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => {
                removeAt('recipients', index);
              }}
            >
              {t('common.remove')}
            </button>
            {error(`recipients.${String(index)}.name`) !== undefined ? (
              <p className="field-error">{error(`recipients.${String(index)}.name`)}</p>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            set(['recipients'], [...value.recipients, { kind: 'internal', name: '' }]);
          }}
        >
          {t('common.add')} : {label('recipientName').toLowerCase()}
        </button>
      </Section>

      <Section id="section-transfers" title={t('section.transfers')}>
        {value.transfers.map((transfer, index) => {
          const base = `transfers.${String(index)}`;
          return (
            <ListItem
              key={index}
              label={`${label('transfers')} ${String(index + 1)}`}
              removeLabel={t('common.remove')}
              onRemove={() => {
                removeAt('transfers', index);
              }}
            >
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
            </ListItem>
          );
        })}
        <button
          type="button"
          onClick={() => {
            set(
              ['transfers'],
              [
                ...value.transfers,
                { recipient: '', country: '', safeguard: null, documentation: '' },
              ],
            );
          }}
        >
          {t('common.add')} : {label('transfers').toLowerCase()}
        </button>
        <LinkedTransfers
          activity={{ id: activityId ?? '', processorIds: value.processorIds }}
          processors={processors}
        />
      </Section>

      <Section id="section-security" title={t('section.security')}>
        {securityHeadings.map((heading) => (
          <div className="security-row" key={heading}>
            <CheckField
              label={t(`enum.security.${heading}`)}
              checked={value.security[heading].applied}
              onChange={(on) => {
                set(['security', heading, 'applied'], on);
              }}
            />
            {value.security[heading].applied ? (
              <input
                aria-label={`${t(`enum.security.${heading}`)} : ${label('description')}`}
                value={value.security[heading].description}
                maxLength={2000}
                onChange={(event) => {
                  set(['security', heading, 'description'], event.target.value);
                }}
              />
            ) : null}
          </div>
        ))}
      </Section>

      <Section id="section-other" title={t('section.other')}>
        <div className="checks">
          <CheckField
            label={label('sourceDirect')}
            checked={value.sourceDirect}
            onChange={(on) => {
              set(['sourceDirect'], on);
            }}
          />
          <CheckField
            label={label('sourceThirdParties')}
            checked={value.sourceThirdParties}
            onChange={(on) => {
              set(['sourceThirdParties'], on);
            }}
          />
          <CheckField
            label={label('sourcePublic')}
            checked={value.sourcePublic}
            onChange={(on) => {
              set(['sourcePublic'], on);
            }}
          />
        </div>
        {text('sourceDetails', 2000, true)}
        {text('informationNotice', 2000, true)}
        {text('mandatoryData', 2000, true)}
        <CheckField
          label={label('automatedDecision')}
          checked={value.automatedDecision}
          onChange={(on) => {
            set(['automatedDecision'], on);
          }}
        />
        {value.automatedDecision ? text('automatedDecisionLogic', 2000, true) : null}
      </Section>

      <Section id="section-dpia" title={t('section.dpia')}>
        <div className="field" role="group" aria-label={label('dpiaCriteria')}>
          <span className="field-label">{label('dpiaCriteria')}</span>
          <div className="checks">
            {dpiaCriteria.map((criterion) => (
              <CheckField
                key={criterion}
                label={t(`enum.dpiaCriterion.${criterion}`)}
                checked={value.dpiaCriteria.includes(criterion)}
                onChange={(on) => {
                  toggleIn('dpiaCriteria', criterion, on);
                }}
              />
            ))}
          </div>
          <p className={isDpiaNeeded(value) ? 'notice notice-warn' : 'field-hint'} role="note">
            {isDpiaNeeded(value)
              ? t('activity.dpiaNeeded', { count: dpiaCount })
              : t('activity.dpiaNotNeeded', { count: dpiaCount })}
          </p>
        </div>
        <div className="grid-3">
          <SelectField
            name="dpiaStatus"
            label={label('dpiaStatus')}
            value={value.dpiaStatus}
            options={options(dpiaStatuses, 'enum.dpiaStatus')}
            onChange={(v) => {
              set(['dpiaStatus'], v);
            }}
          />
          <DateField
            name="dpiaDate"
            label={label('dpiaDate')}
            value={value.dpiaDate}
            error={error('dpiaDate')}
            onChange={(v) => {
              set(['dpiaDate'], v);
            }}
          />
          <DateField
            name="dpiaNextReview"
            label={label('dpiaNextReview')}
            value={value.dpiaNextReview}
            error={error('dpiaNextReview')}
            onChange={(v) => {
              set(['dpiaNextReview'], v);
            }}
          />
        </div>
      </Section>

      <Section id="section-notes" title={t('section.notes')}>
        {text('notes', maxLength.freeText, true)}
      </Section>
    </div>
  );
}

/** The retention rules the Conservation page holds for one data category of the record. */
function RetentionRulesOf({
  rules,
  newRuleHref,
}: {
  rules: RetentionRule[];
  newRuleHref: string | null;
}) {
  const { t } = useI18n();
  return (
    <div className="retention-rules" role="group" aria-label={t('retention.rulesOfCategory')}>
      <span className="field-label">{t('retention.rulesOfCategory')}</span>
      {rules.length > 0 ? (
        <ul>
          {rules.map((rule) => (
            <li key={rule.id}>
              <a href="#/conservation/regles">{rule.label}</a> :{' '}
              {t('retention.ruleSummary', {
                start:
                  rule.startEvent === 'other'
                    ? rule.startEventText
                    : t(`enum.startEvent.${rule.startEvent}`),
                active: periodText(rule.activePeriod, t),
                archive: periodText(rule.archivePeriod, t),
                action: t(`enum.finalAction.${rule.finalAction}`).toLocaleLowerCase(),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('retention.noRuleForCategory')}</p>
      )}
      {newRuleHref !== null ? (
        <a href={newRuleHref}>{t('retention.addRuleForCategory')}</a>
      ) : (
        <p className="hint">{t('retention.saveFirstForRule')}</p>
      )}
    </div>
  );
}
