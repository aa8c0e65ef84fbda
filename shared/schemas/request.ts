import { z } from 'zod';
import { isCalendarDate } from '../dates';

const invalid = { error: 'validation.invalid' } as const;

/** What the deadline engine needs; the same checks for the UI, the services and the CLI. */
export const deadlineInputSchema = z
  .object({
    received: z
      .string(invalid)
      .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value), {
        error: 'validation.date',
      }),
    months: z.number(invalid).int(invalid).min(1, { error: 'validation.months' }).max(3, {
      error: 'validation.months',
    }),
    suspendedDays: z
      .number(invalid)
      .int(invalid)
      .min(0, { error: 'validation.suspendedDays' })
      .max(3_650, { error: 'validation.suspendedDays' }),
    alsaceMoselle: z.boolean(invalid),
  })
  .strict();
