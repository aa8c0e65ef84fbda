import { z } from 'zod';
import { languages } from '../i18n';
import { maxLength } from '../limits';
import { isValidSiren, normaliseSiren } from '../siren';
import { boundedText, optionalEmail, requiredText } from './common';

const phonePattern = /^[0-9+().\s-]*$/;

/** The organisation (controller) and its DPO, as printed on the register and on letters. */
export const organisationSettingsSchema = z.lazy(() =>
  z
    .object({
      legalName: requiredText(maxLength.name),
      legalForm: boundedText(maxLength.shortText),
      siren: boundedText(20)
        .transform(normaliseSiren)
        .refine((value) => value === '' || isValidSiren(value), { error: 'validation.siren' }),
      address: boundedText(maxLength.address),
      /** The organisation's switchboard and contact email (the CNIL model's contact block). */
      phone: boundedText(maxLength.phone)
        .refine((value) => phonePattern.test(value), { error: 'validation.phone' })
        .default(''),
      email: optionalEmail(maxLength.email).default(''),
      representative: boundedText(maxLength.name),
      dpoName: boundedText(maxLength.name),
      dpoEmail: optionalEmail(maxLength.email),
      dpoPhone: boundedText(maxLength.phone).refine((value) => phonePattern.test(value), {
        error: 'validation.phone',
      }),
      dpoAddress: boundedText(maxLength.address),
      dpoCnilNumber: boundedText(maxLength.code),
      letterPlace: boundedText(maxLength.shortText),
      /** « 10 000 € »: printed in the letters' footer (Code de commerce R123-237). */
      shareCapital: boundedText(maxLength.shortText).default(''),
      /** The town of the trade registry: « RCS Montpellier ». */
      rcsTown: boundedText(maxLength.shortText).default(''),
    })
    .strict(),
);

/** What the form sends (before trimming and normalising). */
export type OrganisationSettingsInput = z.input<typeof organisationSettingsSchema>;
/** What the service stores and returns. */
export type OrganisationSettingsFields = z.output<typeof organisationSettingsSchema>;

export interface OrganisationSettings extends OrganisationSettingsFields {
  /** ISO-8601 UTC instant of the last save. */
  updatedAt: string;
}

export const emptyOrganisationSettings: OrganisationSettingsFields = {
  legalName: '',
  legalForm: '',
  siren: '',
  address: '',
  phone: '',
  email: '',
  representative: '',
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
  dpoAddress: '',
  dpoCnilNumber: '',
  letterPlace: '',
  shareCapital: '',
  rcsTown: '',
};

export const preferencesSchema = z.lazy(() =>
  z
    .object({
      language: z.enum(languages, { error: 'validation.invalid' }),
      /** Alsace-Moselle: Good Friday and 26 December are public holidays for deadlines. */
      alsaceMoselle: z.boolean({ error: 'validation.invalid' }),
      /** Printed under the DPO's name in letters. */
      dpoTitle: boundedText(maxLength.name),
      /**
       * Requesters named in the calendar (screen and .ics): off by default, since a DPO's calendar
       * is usually synced to a cloud service; references say enough.
       */
      calendarNames: z.boolean({ error: 'validation.invalid' }),
      /** The .ics reminder: this many days before each deadline, at 9:00. */
      reminderDays: z
        .number({ error: 'validation.invalid' })
        .int({ error: 'validation.invalid' })
        .min(0, { error: 'validation.invalid' })
        .max(30, { error: 'validation.invalid' }),
      /**
       * How long the cookie policy says a visitor's choice (acceptance or refusal) is kept before
       * asking again: 6 months in the seed, never beyond the 13 months a consent lasts (CNIL).
       */
      consentChoiceMonths: z
        .number({ error: 'validation.invalid' })
        .int({ error: 'validation.invalid' })
        .min(1, { error: 'validation.invalid' })
        .max(13, { error: 'validation.invalid' }),
    })
    .strict(),
);
export type Preferences = z.output<typeof preferencesSchema>;

/** A save changes only the preferences it names. */
export const preferencesUpdateSchema = z.lazy(() => preferencesSchema.unwrap().partial().strict());
