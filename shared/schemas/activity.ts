import { z } from 'zod';
import { isCalendarDate } from '../dates';
import { maxLength } from '../limits';
import {
  activityStatuses,
  dataCategoryKinds,
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
} from '../register/vocabulary';
import { boundedText, requiredText } from './common';

const invalid = { error: 'validation.invalid' } as const;

/** A calendar date `YYYY-MM-DD` that exists, or '' when not known yet. */
export const optionalCalendarDate = z.lazy(() =>
  z
    .string(invalid)
    .trim()
    .refine((value) => value === '' || isCalendarDate(value), { error: 'validation.date' }),
);

export function list<T extends z.ZodType>(item: T, max: number) {
  return z.array(item, invalid).max(max, { error: 'validation.tooMany' });
}

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, invalid);

export const purposeSchema = z.lazy(() =>
  z
    .object({
      description: requiredText(2_000),
      /** null: not determined yet (allowed in a draft only). */
      legalBasis: enumOf(legalBases).nullable(),
      /** Written out when the basis is legitimate interest (Art. 6(1)(f)). */
      legitimateInterest: boundedText(2_000),
    })
    .strict(),
);

export const retentionSchema = z.lazy(() =>
  z
    .object({
      mode: z.enum(['duration', 'criteria', 'undetermined'], invalid),
      duration: z.number(invalid).int(invalid).min(1, invalid).max(1_000, invalid).nullable(),
      unit: enumOf(retentionUnits),
      startEvent: boundedText(maxLength.name),
      criteria: boundedText(2_000),
    })
    .strict()
    .superRefine((value, ctx) => {
      if (value.mode === 'duration' && value.duration === null) {
        ctx.addIssue({ code: 'custom', path: ['duration'], message: 'validation.required' });
      }
      if (value.mode === 'criteria' && value.criteria === '') {
        ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'validation.required' });
      }
    }),
);

export const dataCategorySchema = z.lazy(() =>
  z
    .object({
      kind: enumOf(dataCategoryKinds),
      description: boundedText(2_000),
      retention: retentionSchema,
    })
    .strict(),
);

export const recipientSchema = z.lazy(() =>
  z.object({ kind: enumOf(recipientKinds), name: requiredText(maxLength.name) }).strict(),
);

export const transferSchema = z.lazy(() =>
  z
    .object({
      recipient: requiredText(maxLength.name),
      country: boundedText(maxLength.shortText),
      /** null: not documented yet, shown as missing. */
      safeguard: enumOf(transferSafeguards).nullable(),
      documentation: boundedText(2_000),
    })
    .strict(),
);

const securityMeasureSchema = z.lazy(() =>
  z.object({ applied: z.boolean(invalid), description: boundedText(2_000) }).strict(),
);

export const securitySchema = z.lazy(() =>
  z
    .object(
      Object.fromEntries(
        securityHeadings.map((heading) => [heading, securityMeasureSchema]),
      ) as Record<(typeof securityHeadings)[number], typeof securityMeasureSchema>,
    )
    .strict(),
);

export const activityInputSchema = z.lazy(() =>
  z
    .object({
      register: enumOf(registerKinds),
      name: requiredText(maxLength.name),
      status: enumOf(activityStatuses),
      ownerService: boundedText(maxLength.name),
      ownerContact: boundedText(maxLength.name),
      jointController: boundedText(maxLength.name),
      jointControllerContact: boundedText(maxLength.name),
      software: boundedText(maxLength.name),
      /** Art. 30(2): the client companies (controllers) this processing is done for. */
      clientIds: list(z.string(invalid).max(64, invalid), 200),
      /** The processors and recipients this activity's data goes to (links to Sous-traitants). */
      processorIds: list(z.string(invalid).min(1, invalid).max(64, invalid), 500).default([]),
      purposes: list(purposeSchema, 50),
      dataSubjects: list(requiredText(maxLength.name), 50),
      dataCategories: list(dataCategorySchema, 50),
      sensitiveData: list(enumOf(sensitiveDataKinds), sensitiveDataKinds.length),
      sensitiveDataException: enumOf(sensitiveDataExceptions).nullable(),
      criminalData: z.boolean(invalid),
      criminalDataDetails: boundedText(2_000),
      nir: z.boolean(invalid),
      nirDetails: boundedText(2_000),
      recipients: list(recipientSchema, 100),
      transfers: list(transferSchema, 50),
      security: securitySchema,
      sourceDirect: z.boolean(invalid),
      sourceThirdParties: z.boolean(invalid),
      sourcePublic: z.boolean(invalid),
      sourceDetails: boundedText(2_000),
      informationNotice: boundedText(2_000),
      /**
       * The activity concerns the public (prospects, clients, website visitors) and is told in the
       * published privacy notice. Absent from records and files older than the notice: false.
       */
      concernsPublic: z.boolean(invalid).default(false),
      mandatoryData: boundedText(2_000),
      automatedDecision: z.boolean(invalid),
      automatedDecisionLogic: boundedText(2_000),
      dpiaCriteria: list(enumOf(dpiaCriteria), dpiaCriteria.length),
      dpiaStatus: enumOf(dpiaStatuses),
      dpiaDate: optionalCalendarDate,
      dpiaNextReview: optionalCalendarDate,
      notes: boundedText(maxLength.freeText),
    })
    .strict()
    .superRefine((activity, ctx) => {
      // A record in force must say on what basis each purpose stands; a draft may be incomplete.
      if (activity.status === 'draft') return;
      activity.purposes.forEach((purpose, index) => {
        if (purpose.legalBasis === null) {
          ctx.addIssue({
            code: 'custom',
            path: ['purposes', index, 'legalBasis'],
            message: 'validation.legalBasisRequired',
          });
        } else if (
          purpose.legalBasis === 'legitimateInterest' &&
          purpose.legitimateInterest === ''
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['purposes', index, 'legitimateInterest'],
            message: 'validation.legitimateInterestRequired',
          });
        }
      });
    }),
);

export type ActivityInput = z.input<typeof activityInputSchema>;
export type ActivityFields = z.output<typeof activityInputSchema>;
export type Purpose = ActivityFields['purposes'][number];
export type DataCategory = ActivityFields['dataCategories'][number];
export type Retention = DataCategory['retention'];
export type Transfer = ActivityFields['transfers'][number];

export interface ProcessingActivity extends ActivityFields {
  id: string;
  /** `T-0001`: the human reference, unique. */
  reference: string;
  createdAt: string;
  updatedAt: string;
}

/** The editable fields of a record, without its identity and timestamps. */
export function activityFieldsOf(activity: ProcessingActivity): ActivityFields {
  const {
    id: _id,
    reference: _reference,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = activity;
  return fields;
}

export const activityIdSchema = z.lazy(() =>
  z.object({ id: z.string(invalid).min(1, invalid).max(64, invalid) }).strict(),
);

export const activityUpdateSchema = z.lazy(() =>
  z
    .object({
      id: z.string(invalid).min(1, invalid).max(64, invalid),
      /** The updatedAt the form was loaded with: a change made meanwhile is a CONFLICT, not lost. */
      expectedUpdatedAt: z.string(invalid).max(40, invalid),
      activity: activityInputSchema,
    })
    .strict(),
);

export const activityListSchema = z.lazy(() =>
  z
    .object({
      register: enumOf(registerKinds).optional(),
      search: boundedText(maxLength.name).optional(),
      status: enumOf(activityStatuses).optional(),
      legalBasis: enumOf(legalBases).optional(),
      sensitiveData: z.boolean(invalid).optional(),
      dpiaNeeded: z.boolean(invalid).optional(),
      incomplete: z.boolean(invalid).optional(),
      concernsPublic: z.boolean(invalid).optional(),
    })
    .strict(),
);
export type ActivityListFilter = z.output<typeof activityListSchema>;

export function emptySecurity(): ActivityFields['security'] {
  return Object.fromEntries(
    securityHeadings.map((heading) => [heading, { applied: false, description: '' }]),
  ) as ActivityFields['security'];
}

export function emptyActivity(register: ActivityFields['register'] = 'controller'): ActivityFields {
  return {
    register,
    name: '',
    status: 'draft',
    ownerService: '',
    ownerContact: '',
    jointController: '',
    jointControllerContact: '',
    software: '',
    clientIds: [],
    processorIds: [],
    purposes: [],
    dataSubjects: [],
    dataCategories: [],
    sensitiveData: [],
    sensitiveDataException: null,
    criminalData: false,
    criminalDataDetails: '',
    nir: false,
    nirDetails: '',
    recipients: [],
    transfers: [],
    security: emptySecurity(),
    sourceDirect: false,
    sourceThirdParties: false,
    sourcePublic: false,
    sourceDetails: '',
    informationNotice: '',
    concernsPublic: false,
    mandatoryData: '',
    automatedDecision: false,
    automatedDecisionLogic: '',
    dpiaCriteria: [],
    dpiaStatus: 'notAssessed',
    dpiaDate: '',
    dpiaNextReview: '',
    notes: '',
  };
}

/** One row of the register list. */
export interface ActivitySummary {
  id: string;
  reference: string;
  register: ActivityFields['register'];
  name: string;
  status: ActivityFields['status'];
  mainPurpose: string;
  ownerService: string;
  legalBases: NonNullable<Purpose['legalBasis']>[];
  hasSensitiveData: boolean;
  /** Told in the privacy notice (prospects, clients, website visitors...). */
  concernsPublic: boolean;
  dpiaNeeded: boolean;
  dpiaStatus: ActivityFields['dpiaStatus'];
  missingCount: number;
  clientNames: string[];
  updatedAt: string;
  /** The record's words, lower case without accents, for the list's instant search box. */
  searchText: string;
}
