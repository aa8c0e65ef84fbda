import { dpo } from '../api';
import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { AppInfo } from '../../../shared/api';
import type { FieldIssue } from '../../../shared/errors';
import { languages, type Language, type MessageKey } from '../../../shared/i18n';
import { maxLength } from '../../../shared/limits';
import { toFieldIssues } from '../../../shared/schemas/common';
import {
  emptyOrganisationSettings,
  organisationSettingsSchema,
  type OrganisationSettingsFields,
} from '../../../shared/schemas/settings';
import { formatSiren } from '../../../shared/siren';
import { Field } from '../components/Field';
import {
  FormActions,
  useSaveOnce,
  useSaveShortcut,
  type FormStatus,
} from '../components/FormActions';
import { focusFirstInvalid } from '../components/RecordForm';
import { useErrorsClearedOnEdit, useLeaveGuard } from '../components/useRecordPage';
import { formatInstant, useI18n } from '../i18n';
import { LinkButton } from '../components/Inputs';
import { BackupsPanel } from './settings/BackupsPanel';
import { dpoTitlePresets } from '../../../shared/letters/values';

type FormValues = OrganisationSettingsFields;
type FieldName = keyof FormValues;

interface FieldSpec {
  name: FieldName;
  label: MessageKey;
  hint?: MessageKey;
  multiline?: boolean;
  type?: 'email' | 'tel';
  max: number;
  required?: boolean;
}

const organisationFields: FieldSpec[] = [
  { name: 'legalName', label: 'field.legalName', max: maxLength.name, required: true },
  { name: 'legalForm', label: 'field.legalForm', max: maxLength.shortText },
  { name: 'siren', label: 'field.siren', hint: 'hint.siren', max: 20 },
  {
    name: 'shareCapital',
    label: 'field.shareCapital',
    hint: 'hint.shareCapital',
    max: maxLength.shortText,
  },
  { name: 'rcsTown', label: 'field.rcsTown', hint: 'hint.rcsTown', max: maxLength.shortText },
  { name: 'address', label: 'field.address', multiline: true, max: maxLength.address },
  { name: 'phone', label: 'field.organisationPhone', type: 'tel', max: maxLength.phone },
  { name: 'email', label: 'field.organisationEmail', type: 'email', max: maxLength.email },
  { name: 'representative', label: 'field.representative', max: maxLength.name },
];
const dpoFields: FieldSpec[] = [
  { name: 'dpoName', label: 'field.dpoName', max: maxLength.name },
  { name: 'dpoEmail', label: 'field.dpoEmail', type: 'email', max: maxLength.email },
  { name: 'dpoPhone', label: 'field.dpoPhone', type: 'tel', max: maxLength.phone },
  { name: 'dpoAddress', label: 'field.dpoAddress', multiline: true, max: maxLength.address },
  { name: 'dpoCnilNumber', label: 'field.dpoCnilNumber', max: maxLength.code },
];
const letterFields: FieldSpec[] = [
  {
    name: 'letterPlace',
    label: 'field.letterPlace',
    hint: 'hint.letterPlace',
    max: maxLength.shortText,
  },
];

function issuesByField(issues: FieldIssue[]): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  for (const issue of issues) {
    const name = issue.path as FieldName;
    errors[name] ??= issue.messageKey;
  }
  return errors;
}

export function SettingsPage() {
  const { t, language, setLanguage } = useI18n();
  const [values, setValues] = useState<FormValues>(emptyOrganisationSettings);
  const [saved, setSaved] = useState<FormValues>(emptyOrganisationSettings);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [status, setStatus] = useState<FormStatus>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [alsaceMoselle, setAlsaceMoselle] = useState(false);
  const [calendarNames, setCalendarNames] = useState(false);
  const [reminderDays, setReminderDays] = useState(1);
  const [consentChoiceMonths, setConsentChoiceMonths] = useState(6);
  const [dpoTitle, setDpoTitle] = useState('');
  const [freeTitle, setFreeTitle] = useState(false);
  // One of the three titles Paramètres offers, or null when the DPO writes their own.
  const titlePreset = freeTitle
    ? null
    : (dpoTitlePresets.find((title) => title === dpoTitle) ?? null);
  const [images, setImages] = useState<{ logo: string | null; signature: string | null }>({
    logo: null,
    signature: null,
  });

  useEffect(() => {
    void dpo.preferences.get().then((result) => {
      if (result.ok) {
        setAlsaceMoselle(result.value.alsaceMoselle);
        setCalendarNames(result.value.calendarNames);
        setReminderDays(result.value.reminderDays);
        setConsentChoiceMonths(result.value.consentChoiceMonths);
        setDpoTitle(result.value.dpoTitle);
        setFreeTitle(!dpoTitlePresets.some((title) => title === result.value.dpoTitle));
      }
    });
    void dpo.letters.images().then((result) => {
      if (result.ok) setImages(result.value);
    });
    void Promise.all([dpo.settings.get(), dpo.app.info()]).then(([settings, appInfo]) => {
      if (settings.ok && settings.value !== null) {
        const { updatedAt: at, ...fields } = settings.value;
        const shown = { ...fields, siren: formatSiren(fields.siren) };
        setValues(shown);
        setSaved(shown);
        setUpdatedAt(at);
      }
      if (appInfo.ok) setInfo(appInfo.value);
      setLoaded(true);
    });
  }, []);

  const dirty = (Object.keys(values) as FieldName[]).some((name) => values[name] !== saved[name]);
  useLeaveGuard(dirty);
  useErrorsClearedOnEdit(values, setErrors);
  // After a refused save, the first field in error comes into view with the focus.
  const form = useRef<HTMLFormElement>(null);
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused > 0 && form.current !== null) focusFirstInvalid(form.current);
  }, [refused]);

  const save = useCallback(async () => {
    const local = organisationSettingsSchema.safeParse(values);
    if (!local.success) {
      setErrors(issuesByField(toFieldIssues(local.error)));
      setStatus({ kind: 'error', text: t('settings.notSaved') });
      setRefused((count) => count + 1);
      return;
    }
    const result = await dpo.settings.save(values);
    if (!result.ok) {
      setErrors(issuesByField(result.error.details?.fields ?? []));
      setRefused((count) => count + 1);
      setStatus({
        kind: 'error',
        text: `${t(`error.${result.error.code}`)} ${t('settings.notSaved')}`,
      });
      return;
    }
    const { updatedAt: at, ...fields } = result.value;
    const shown = { ...fields, siren: formatSiren(fields.siren) };
    setValues(shown);
    setSaved(shown);
    setUpdatedAt(at);
    setErrors({});
    setStatus({ kind: 'ok', text: t('settings.saved') });
  }, [values, t]);

  const { run: saveOnce, saving } = useSaveOnce(save);
  useSaveShortcut(saveOnce);

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void saveOnce();
  };

  const renderField = (spec: FieldSpec) => (
    <Field
      key={spec.name}
      name={spec.name}
      label={t(spec.label)}
      hint={spec.hint !== undefined ? t(spec.hint) : undefined}
      value={values[spec.name]}
      multiline={spec.multiline}
      type={spec.type}
      maxLength={spec.max}
      required={spec.required}
      error={errors[spec.name] !== undefined ? t(errors[spec.name] ?? '') : undefined}
      onChange={(value) => {
        setValues((current) => ({ ...current, [spec.name]: value }));
        setStatus(null);
      }}
    />
  );

  if (!loaded) return <p className="page">{t('common.loading')}</p>;

  return (
    <section className="page">
      <h1>{t('settings.title')}</h1>
      {updatedAt === null ? <p className="notice">{t('settings.empty')}</p> : null}
      <form ref={form} onSubmit={onSubmit} noValidate aria-label={t('settings.title')}>
        <fieldset>
          <legend>{t('settings.organisation')}</legend>
          {organisationFields.map(renderField)}
        </fieldset>
        <fieldset>
          <legend>{t('settings.dpo')}</legend>
          {dpoFields.map(renderField)}
        </fieldset>
        <fieldset>
          <legend>{t('settings.letters')}</legend>
          {letterFields.map(renderField)}
        </fieldset>
        <FormActions
          sticky
          saving={saving}
          dirty={dirty}
          status={status}
          saveLabel={t('settings.save')}
          unsavedLabel={t('settings.unsaved')}
        />
        {updatedAt !== null ? (
          <p className="muted" data-testid="updated-at">
            {t('settings.lastSaved')} {formatInstant(updatedAt, language)}
          </p>
        ) : null}
      </form>

      <fieldset>
        <legend>{t('settings.language')}</legend>
        <div className="field">
          <label htmlFor="language">{t('settings.language')}</label>
          <select
            id="language"
            name="language"
            value={language}
            onChange={(event) => {
              setLanguage(event.target.value as Language);
            }}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {code === 'fr' ? 'Français' : 'English'}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('settings.letterhead')}</legend>
        <div className="field">
          <label htmlFor="dpo-title">{t('settings.dpoTitle')}</label>
          <select
            id="dpo-title"
            value={titlePreset ?? 'other'}
            onChange={(event) => {
              const chosen = dpoTitlePresets.find((title) => title === event.target.value);
              setDpoTitle(chosen ?? '');
              setFreeTitle(chosen === undefined);
              if (chosen !== undefined) void dpo.preferences.save({ dpoTitle: chosen });
            }}
          >
            {dpoTitlePresets.map((title, index) => (
              <option key={title} value={title}>
                {t(`settings.dpoTitlePreset.${String(index)}`)}
              </option>
            ))}
            <option value="other">{t('settings.dpoTitleOther')}</option>
          </select>
        </div>
        {titlePreset === null ? (
          <div className="field">
            <label htmlFor="dpo-title-free">{t('settings.dpoTitleFree')}</label>
            <input
              id="dpo-title-free"
              value={dpoTitle}
              maxLength={200}
              onChange={(event) => {
                setDpoTitle(event.target.value);
              }}
              onBlur={() => void dpo.preferences.save({ dpoTitle })}
            />
          </div>
        ) : null}
        {(['logo', 'signature'] as const).map((which) => (
          <div className="field" key={which} role="group" aria-label={t(`settings.${which}`)}>
            <span className="field-label">{t(`settings.${which}`)}</span>
            <div className="actions">
              <span data-testid={`image-${which}`}>{images[which] ?? t('settings.noImage')}</span>
              <button
                type="button"
                onClick={() =>
                  void dpo.letters.chooseImage({ which }).then((result) => {
                    if (result.ok) setImages(result.value);
                    else setStatus({ kind: 'error', text: result.error.message });
                  })
                }
              >
                {t('settings.chooseImage')}
              </button>
              {images[which] !== null ? (
                <LinkButton
                  onClick={() =>
                    void dpo.letters.removeImage({ which }).then((result) => {
                      if (result.ok) setImages(result.value);
                    })
                  }
                >
                  {t('settings.removeImage')}
                </LinkButton>
              ) : null}
            </div>
          </div>
        ))}
        <p>
          <a href="#/parametres/modeles">{t('letters.templates')}</a>
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('settings.deadlines')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={alsaceMoselle}
            onChange={(event) => {
              const next = event.target.checked;
              setAlsaceMoselle(next);
              void dpo.preferences.save({ alsaceMoselle: next });
            }}
          />
          <span>{t('settings.alsaceMoselle')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={calendarNames}
            onChange={(event) => {
              const next = event.target.checked;
              setCalendarNames(next);
              void dpo.preferences.save({ calendarNames: next });
            }}
          />
          <span>{t('settings.calendarNames')}</span>
        </label>
        <div className="field">
          <label htmlFor="reminder-days">{t('settings.reminderDays')}</label>
          <input
            id="reminder-days"
            type="number"
            min={0}
            max={30}
            value={reminderDays}
            onChange={(event) => {
              const next = Math.min(30, Math.max(0, Math.trunc(Number(event.target.value) || 0)));
              setReminderDays(next);
              void dpo.preferences.save({ reminderDays: next });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="consent-choice-months">{t('settings.consentChoiceMonths')}</label>
          <input
            id="consent-choice-months"
            type="number"
            min={1}
            max={13}
            aria-describedby="consent-choice-months-hint"
            value={consentChoiceMonths}
            onChange={(event) => {
              const next = Math.min(13, Math.max(1, Math.trunc(Number(event.target.value) || 1)));
              setConsentChoiceMonths(next);
              void dpo.preferences.save({ consentChoiceMonths: next });
            }}
          />
          <p className="field-hint" id="consent-choice-months-hint">
            {t('settings.consentChoiceMonthsHint')}
          </p>
        </div>
      </fieldset>

      {info !== null ? (
        <fieldset>
          <legend>{t('settings.database')}</legend>
          <dl className="facts">
            <dt>{t('settings.databasePath')}</dt>
            <dd data-testid="database-path">{info.databasePath}</dd>
            <dt>{t('settings.schemaVersion')}</dt>
            <dd>{info.schemaVersion}</dd>
            <dt>{t('settings.appVersion')}</dt>
            <dd>{info.appVersion}</dd>
          </dl>
        </fieldset>
      ) : null}
      <BackupsPanel />
    </section>
  );
}
