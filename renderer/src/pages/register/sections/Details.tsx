import { localCalendarDate } from '../../../../../shared/dates';
import { isDpiaNeeded } from '../../../../../shared/register/completeness';
import {
  dpiaCriteria,
  dpiaStatuses,
  securityHeadings,
  sensitiveDataExceptions,
  sensitiveDataKinds,
} from '../../../../../shared/register/vocabulary';
import { CheckField, Section } from '../../../components/Inputs';
import type { SectionProps } from './props';

/** Sensitive data (Art. 9) with its exception, criminal data (Art. 10), the NIR. */
export function SensitiveSection({ kit }: SectionProps) {
  const { t, value, text, check, checks, choices, select } = kit;
  return (
    <Section id="section-sensitive" title={t('section.sensitive')}>
      {checks('sensitiveData', choices(sensitiveDataKinds, 'enum.sensitive'))}
      {value.sensitiveData.length > 0
        ? select('sensitiveDataException', sensitiveDataExceptions, 'enum.exception', {
            label: t('enum.exception.none'),
            value: null,
          })
        : null}
      {check('criminalData')}
      {value.criminalData ? text('criminalDataDetails', { max: 2000, multiline: true }) : null}
      {check('nir')}
      {value.nir ? text('nirDetails', { max: 2000, multiline: true }) : null}
    </Section>
  );
}

/** The security measures applied, heading by heading, each with what is done. */
export function SecuritySection({ kit }: SectionProps) {
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
export function OtherSection({ kit }: SectionProps) {
  const { t, value, text, check } = kit;
  const long = { max: 2000, multiline: true };
  return (
    <Section id="section-other" title={t('section.other')}>
      <div className="checks">
        {check('sourceDirect')}
        {check('sourceThirdParties')}
        {check('sourcePublic')}
      </div>
      {text('sourceDetails', long)}
      {value.register === 'controller' ? check('concernsPublic') : null}
      {text('informationNotice', long)}
      {text('mandatoryData', long)}
      {check('automatedDecision')}
      {value.automatedDecision ? text('automatedDecisionLogic', long) : null}
    </Section>
  );
}

/** The DPIA screening (criteria), its status and dates. */
export function DpiaSection({ kit }: SectionProps) {
  const { t, value, select, checks, choices, date } = kit;
  const count = value.dpiaCriteria.length;
  return (
    <Section id="section-dpia" title={t('section.dpia')}>
      {checks(
        'dpiaCriteria',
        choices(dpiaCriteria, 'enum.dpiaCriterion'),
        <p className={isDpiaNeeded(value) ? 'notice notice-warn' : 'field-hint'} role="note">
          {isDpiaNeeded(value)
            ? t('activity.dpiaNeeded', { count })
            : t('activity.dpiaNotNeeded', { count })}
        </p>,
      )}
      <div className="grid-3">
        {select('dpiaStatus', dpiaStatuses, 'enum.dpiaStatus')}
        {/* A DPIA done is dated when it was done; one in progress may give the date planned. */}
        {date('dpiaDate', value.dpiaStatus === 'done' ? localCalendarDate(new Date()) : undefined)}
        {date('dpiaNextReview')}
      </div>
    </Section>
  );
}
