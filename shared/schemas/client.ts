import { z } from 'zod';
import { maxLength } from '../limits';
import { boundedText, optionalEmail, requiredText } from './common';

/** A client company (controller) for which the organisation processes data (Art. 30(2)). */
export const clientInputSchema = z.lazy(() =>
  z
    .object({
      name: requiredText(maxLength.name),
      address: boundedText(maxLength.address),
      contactName: boundedText(maxLength.name),
      contactEmail: optionalEmail(maxLength.email),
      contactPhone: boundedText(maxLength.phone),
      dpoContact: boundedText(maxLength.name),
      notes: boundedText(maxLength.freeText),
    })
    .strict(),
);

export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientFields = z.output<typeof clientInputSchema>;

export interface Client extends ClientFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export const clientSaveSchema = z.lazy(() =>
  z
    .object({
      /** Absent: create. */
      id: z.string({ error: 'validation.invalid' }).max(64).optional(),
      client: clientInputSchema,
    })
    .strict(),
);

export const emptyClient: ClientFields = {
  name: '',
  address: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  dpoContact: '',
  notes: '',
};
