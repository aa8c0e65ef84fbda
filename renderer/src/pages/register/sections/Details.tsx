import { localCalendarDate } from '../../../../../shared/dates';
import { isDpiaNeeded } from '../../../../../shared/register/completeness';
import {
  dpiaCriteria,
  dpiaStatuses,
  securityHeadings,
  sensitiveDataExceptions,
  sensitiveDataKinds,
} from '../../../../../shared/register/vocabulary';
import type { ActivityFields } from '../../../../../shared/schemas/activity';
import { DateField } from '../../../components/DateField';
import type { FormKit } from '../../../components/formKit';
import { CheckField, Section, SelectField } from '../../../components/Inputs';

type Kit = FormKit<ActivityFields>;
type Flag = 'criminalData' | 'nir' | 'sourceDirect' | 'sourceThirdParties' | 'sourcePublic';

/** A yes/no of the record, as a checkbox. */
function Flag({ kit, field }: { kit: Kit; field: Flag | 'automatedDecision' }) {
  return (
    <CheckField
      label={kit.label(field)}
      checked={kit.value[field]}
      onChange={(on) => {
        kit.set([field], on);
      }}
    />
  );
}

/** Sensitive data (Art. 9) with its exception, criminal data (Art. 10), the NIR. */
export function SensitiveSection({ kit }: { kit: Kit }) {
  const { t, value, set, label, options, text, toggle } = kit;
  return (
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
                toggle('sensitiveData', kind, on);
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
      <Flag kit={kit} field="criminalData" />
      {value.criminalData ? text('criminalDataDetails', { max: 2000, multiline: true }) : null}
      <Flag kit={kit} field="nir" />
      {value.nir ? text('nirDetails', { max: 2000, multiline: true }) : null}
    </Section>
  );
}

/** The security measures applied, heading by heading, each with what is done. */
export function SecuritySection({ kit }: { kit: Kit }) {
  const { t, value, set, label } = kit;
  return (
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
  );
}

/** Where the data comes from, how people are told, automated decisions. */
export function OtherSection({ kit }: { kit: Kit }) {
  const { t, value, text } = kit;
  const long = { max: 2000, multiline: true };
  return (
    <Section id="section-other" title={t('section.other')}>
      <div className="checks">
        <Flag kit={kit} field="sourceDirect" />
        <Flag kit={kit} field="sourceThirdParties" />
        <Flag kit={kit} field="sourcePublic" />
      </div>
      {text('sourceDetails', long)}
      {text('informationNotice', long)}
      {text('mandatoryData', long)}
      <Flag kit={kit} field="automatedDecision" />
      {value.automatedDecision ? text('automatedDecisionLogic', long) : null}
    </Section>
  );
}

/** The DPIA screening (criteria), its status and dates. */
export function DpiaSection({ kit }: { kit: Kit }) {
  const { t, value, set, label, options, error, toggle } = kit;
  const count = value.dpiaCriteria.length;
  return (
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
                toggle('dpiaCriteria', criterion, on);
              }}
            />
          ))}
        </div>
        <p className={isDpiaNeeded(value) ? 'notice notice-warn' : 'field-hint'} role="note">
          {isDpiaNeeded(value)
            ? t('activity.dpiaNeeded', { count })
            : t('activity.dpiaNotNeeded', { count })}
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
          // A DPIA done is dated when it was done; one in progress may give the date planned.
          notAfter={value.dpiaStatus === 'done' ? localCalendarDate(new Date()) : undefined}
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
  );
}
