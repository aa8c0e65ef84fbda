import { z } from 'zod';
import { notificationRegimes } from '../breaches/clock';
import { isParisLocalTime } from '../breaches/parisTime';

/** When the organisation became aware, as the DPO reads it on a Paris clock. */
export const parisLocalTimeSchema = z
  .string()
  .refine(isParisLocalTime, { error: 'validation.parisLocalTime' });

/** `dpo-desk breach-deadline`: awareness and who notifies. */
export const breachDeadlineInputSchema = z.object({
  aware: parisLocalTimeSchema,
  regime: z.enum(notificationRegimes).default('standard'),
});
