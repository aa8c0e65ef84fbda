import { z } from 'zod';
import { isCalendarDate } from '../dates';
import { maxLength } from '../limits';
import { dataCategoryKinds } from '../register/vocabulary';
import { periodDays } from '../retention/periods';
import {
  finalActions,
  periodUnits,
  purgeMethods,
  retentionActionKinds,
  startEvents,
  consentValidityMonths,
  isPeriodic,
  trackedKinds,
} from '../retention/vocabulary';
import { enumOf, optionalCalendarDate } from './activity';
import { boundedText, requiredText } from './common';

const invalid = { error: 'validation.invalid' } as const;
const idText = z.lazy(() => z.string(invalid).min(1, invalid).max(64, invalid));
const calendarDate = z.lazy(() =>
  z.string(invalid).refine((value) => isCalendarDate(value), { error: 'validation.date' }),
);

/** A duration: whole and not negative, and no more than 100 years (anything longer is a typo). */
export const periodSchema = z.lazy(() =>
  z
    .object({
      value: z.number(invalid).int(invalid).min(0, { error: 'validation.periodNegative' }),
      unit: enumOf(periodUnits),
    })
    .strict()
    .refine((period) => periodDays(period) <= 100 * 366, {
      error: 'validation.periodTooLong',
      path: ['value'],
    }),
);

export const retentionRuleInputSchema = z.lazy(() =>
  z
    .object({
      /** null: the rule for the rights-request files themselves. */
      activityId: idText.nullable(),
      dataCategory: enumOf(dataCategoryKinds),
      label: requiredText(maxLength.name),
      startEvent: enumOf(startEvents),
      startEventText: boundedText(maxLength.name),
      activePeriod: periodSchema,
      archivePeriod: periodSchema,
      finalAction: enumOf(finalActions),
      legalSource: boundedText(2_000),
    })
    .strict()
    .superRefine((rule, ctx) => {
      if (rule.startEvent === 'other' && rule.startEventText === '') {
        ctx.addIssue({ code: 'custom', path: ['startEventText'], message: 'validation.required' });
      }
      if (rule.activePeriod.value === 0 && rule.archivePeriod.value === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['activePeriod', 'value'],
          message: 'validation.periodEmpty',
        });
      }
    }),
);
export type RetentionRuleFields = z.output<typeof retentionRuleInputSchema>;

export interface RetentionRule extends RetentionRuleFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export const trackedItemInputSchema = z.lazy(() =>
  z
    .object({
      ruleId: idText,
      kind: enumOf(trackedKinds),
      name: requiredText(maxLength.name),
      /** The start event's date for this dataset (end of the contract, last contact...). */
      referenceDate: calendarDate,
      /** For a review: how often it comes back. */
      reviewPeriod: periodSchema.nullable(),
      /** Dates the DPO sets by hand instead of those computed from the rule ('' = computed). */
      archiveOnOverride: optionalCalendarDate,
      deleteOnOverride: optionalCalendarDate,
      notes: boundedText(maxLength.freeText),
    })
    .strict()
    .superRefine((item, ctx) => {
      if (isPeriodic(item.kind) && (item.reviewPeriod === null || item.reviewPeriod.value === 0)) {
        ctx.addIssue({ code: 'custom', path: ['reviewPeriod'], message: 'validation.required' });
      }
      if (
        item.kind === 'consentRenewal' &&
        item.reviewPeriod !== null &&
        periodDays(item.reviewPeriod) > periodDays({ value: consentValidityMonths, unit: 'months' })
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviewPeriod'],
          message: 'validation.consentTooLong',
        });
      }
      if (
        item.archiveOnOverride !== '' &&
        item.deleteOnOverride !== '' &&
        item.deleteOnOverride < item.archiveOnOverride
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['deleteOnOverride'],
          message: 'validation.deleteBeforeArchive',
        });
      }
    }),
);
export type TrackedItemFields = z.output<typeof trackedItemInputSchema>;

/** A purge, an archiving or a review done: the proof. */
export const retentionActionInputSchema = z.lazy(() =>
  z
    .object({
      trackedItemId: idText,
      action: enumOf(retentionActionKinds),
      doneOn: calendarDate,
      records: z.number(invalid).int(invalid).min(0, invalid).max(1_000_000_000, invalid),
      method: enumOf(purgeMethods),
      what: requiredText(maxLength.name),
      note: boundedText(maxLength.freeText),
    })
    .strict(),
);
export type RetentionActionFields = z.output<typeof retentionActionInputSchema>;

export interface RetentionAction extends RetentionActionFields {
  id: string;
  actor: string;
  createdAt: string;
}

export interface TrackedItem extends TrackedItemFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Computed from the rule unless set by hand; '' when there is no such step. */
  archiveOn: string;
  deleteOn: string;
  /** For a review: the next time it is due. */
  nextReviewOn: string;
  archivedOn: string;
  purgedOn: string;
  actions: RetentionAction[];
}

export const ruleSaveSchema = z.lazy(() =>
  z.object({ id: idText.optional(), rule: retentionRuleInputSchema }).strict(),
);
export const trackedSaveSchema = z.lazy(() =>
  z.object({ id: idText.optional(), item: trackedItemInputSchema }).strict(),
);
export const idOnlySchema = z.lazy(() => z.object({ id: idText }).strict());
export const calendarQuerySchema = z.lazy(() =>
  z
    .object({
      from: calendarDate.optional(),
      to: calendarDate.optional(),
      kinds: z.array(z.string().max(40), invalid).max(20, invalid).optional(),
    })
    .strict(),
);
