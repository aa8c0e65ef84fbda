import { z } from 'zod';
import { languages } from '../i18n';
import { maxLength } from '../limits';
import { boundedText, optionalEmail, requiredText } from './common';

const invalid = { error: 'validation.invalid' } as const;
const idText = z.lazy(() => z.string(invalid).min(1, invalid).max(64, invalid));

/** One person to tell (Art. 34), as read from the DPO's list: a name and a way to reach them. */
export const breachPersonSchema = z.lazy(() =>
  z
    .object({
      name: requiredText(maxLength.name),
      email: optionalEmail(maxLength.email),
      address: boundedText(maxLength.address),
    })
    .strict(),
);
export type BreachPerson = z.infer<typeof breachPersonSchema>;

/** The list as the record shows it: counts, when it was imported, its first lines. */
export interface BreachPeopleView {
  count: number;
  withEmail: number;
  withAddress: number;
  /** ISO instant of the import; null when there is no list. */
  importedAt: string | null;
  firstPeople: BreachPerson[];
}

export const breachDocumentSchema = z.lazy(() =>
  z
    .object({
      id: idText,
      /** 1 is the initial notification; without it, the next one to file. */
      phase: z.number(invalid).int(invalid).min(1, invalid).max(21, invalid).optional(),
      language: z.enum(languages, invalid),
    })
    .strict(),
);

export const breachLettersSchema = z.lazy(() =>
  z
    .object({
      id: idText,
      language: z.enum(languages, invalid),
      delivery: z.enum(['post', 'email'], invalid),
    })
    .strict(),
);

export const breachCommunicationSchema = z.lazy(() =>
  z.object({ id: idText, language: z.enum(languages, invalid) }).strict(),
);
