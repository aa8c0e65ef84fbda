import { useMemo } from 'react';
import { maxLength } from '../../../../shared/limits';
import {
  cookieCategories,
  cookieConsents,
  cookieLifetimeUnits,
  cookieParties,
  type CookieLifetimeUnit,
} from '../../../../shared/cookies/vocabulary';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import type { CookieFields } from '../../../../shared/schemas/cookie';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import type { ActivityTransfer } from '../../../../shared/register/transfers';
import { Field } from '../../components/Field';
import { useFormKit, type FormKit } from '../../components/formKit';
import { Section, SelectField } from '../../components/Inputs';

type Kit = FormKit<CookieFields>;

/** What the cookie is and what it is for. */
function IdentitySection({ kit }: { kit: Kit }) {
  const { t, text, select, value, set, label, error } = kit;
  return (
    <Section id="section-identity" title={t('section.cookie.identity')}>
      <div className="grid-2">
        {text('name', { required: true })}
        <SelectField
          name="category"
          label={label('category')}
          value={value.category}
          options={cookieCategories.map((c) => ({
            value: c,
            label: t(`enum.cookieCategory.${c}`),
          }))}
          error={error('category')}
          onChange={(chosen) => {
            const category = cookieCategories.find((c) => c === chosen) ?? value.category;
            // Functional and advertising cookies need consent: never left « Exempté » unasked.
            const needsConsent = category === 'functional' || category === 'thirdPartyAdvertising';
            set([], { ...value, category, consent: needsConsent ? 'required' : value.consent });
          }}
        />
      </div>
      {text('purpose', { max: 2_000, multiline: true })}
      <div className="grid-2">
        {text('domain', { max: 253 })}
        {select('party', cookieParties, 'enum.cookieParty')}
      </div>
    </Section>
  );
}

/** Consent or exemption, and how long the cookie lives: « 13 mois », « session ». */
function ConsentSection({ kit }: { kit: Kit }) {
  const { t, value, set, error, label, select, check } = kit;
  const { lifetime } = value;
  return (
    <Section id="section-consent" title={t('section.cookie.consent')}>
      {select('consent', cookieConsents, 'enum.cookieConsent')}
      {check('keepsConsentChoice')}
      <div className="grid-2">
        <Field
          name="lifetime.value"
          label={`${label('lifetime')} — ${label('value')}`}
          value={lifetime.unit === 'session' ? '' : String(lifetime.value)}
          maxLength={6}
          error={error('lifetime.value')}
          onChange={(typed) => {
            const digits = typed.replace(/\D/g, '');
            set(['lifetime'], { ...lifetime, value: digits === '' ? 0 : Number(digits) });
          }}
        />
        <SelectField
          name="lifetime.unit"
          label={`${label('lifetime')} — ${label('unit')}`}
          value={lifetime.unit}
          options={cookieLifetimeUnits.map((unit) => ({
            value: unit,
            label: t(`enum.cookieUnit.${unit}`),
          }))}
          onChange={(chosen) => {
            // The select offers the units only.
            const unit = chosen as CookieLifetimeUnit;
            set(['lifetime'], { value: unit === 'session' ? 0 : lifetime.value, unit });
          }}
        />
      </div>
    </Section>
  );
}

/** The provider (a processor or recipient of the register), its transfers, and the activity. */
function RegisterSection(props: {
  kit: Kit;
  activities: ActivitySummary[];
  processors: ProcessorSummary[];
  transfers: readonly ActivityTransfer[];
}) {
  const { kit } = props;
  const { t, value, set, error, label, text } = kit;
  const providers = useMemo(
    () => [...props.processors].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    [props.processors],
  );
  return (
    <Section id="section-register" title={t('section.cookie.register')}>
      <SelectField
        name="providerId"
        label={label('providerId')}
        value={value.providerId ?? ''}
        options={[
          { value: '', label: t('cookies.noProvider') },
          ...providers.map((p) => ({ value: p.id, label: p.name })),
        ]}
        error={error('providerId')}
        onChange={(id) => {
          set(['providerId'], id === '' ? null : id);
        }}
      />
      <p className="field-hint">{t('cookies.providerHint')}</p>
      {value.providerId !== null ? (
        <div className="cookie-transfers">
          <p className="field-label">{t('cookies.transfers')}</p>
          {props.transfers.length === 0 ? (
            <p>{t('cookies.noTransfer')}</p>
          ) : (
            <ul>
              {props.transfers.map((transfer) => (
                <li key={transfer.country}>
                  {t('cookies.transferLine', {
                    country: transfer.country,
                    safeguard: [
                      t(`enum.safeguard.${transfer.safeguard ?? 'none'}`),
                      transfer.documentation,
                    ]
                      .filter(Boolean)
                      .join(' — '),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <SelectField
        name="activityId"
        label={label('activityId')}
        value={value.activityId ?? ''}
        options={[
          { value: '', label: t('cookies.noActivity') },
          ...props.activities.map((a) => ({ value: a.id, label: `${a.reference} ${a.name}` })),
        ]}
        error={error('activityId')}
        onChange={(id) => {
          set(['activityId'], id === '' ? null : id);
        }}
      />
      {text('notes', { max: maxLength.freeText, multiline: true })}
    </Section>
  );
}

/** The cookie record's sections. */
export function CookieForm(props: {
  value: CookieFields;
  onChange: (next: CookieFields) => void;
  errors: Record<string, string>;
  activities: ActivitySummary[];
  processors: ProcessorSummary[];
  transfers: readonly ActivityTransfer[];
}) {
  const kit = useFormKit(props.value, props.onChange, props.errors, 'field.cookie');
  return (
    <div className="record-form">
      <IdentitySection kit={kit} />
      <ConsentSection kit={kit} />
      <RegisterSection
        kit={kit}
        activities={props.activities}
        processors={props.processors}
        transfers={props.transfers}
      />
    </div>
  );
}
