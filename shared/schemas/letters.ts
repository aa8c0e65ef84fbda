import { z } from 'zod';
import { letterKinds, letterLanguages } from '../letters/templates';
import { maxLength } from '../limits';
import { boundedText } from './common';

const invalid = { error: 'validation.invalid' } as const;
const idText = z.string(invalid).min(1, invalid).max(64, invalid);
const kind = z.enum(letterKinds, invalid);
const language = z.enum(letterLanguages, invalid);

export const templateKeySchema = z.object({ kind, language }).strict();
export const templateSaveSchema = z
  .object({ kind, language, subject: boundedText(500), body: boundedText(maxLength.freeText) })
  .strict();
export const letterInputSchema = z
  .object({
    requestId: idText,
    kind,
    language,
    /** Values no record holds (the portability format...), typed for this letter. */
    inputs: z.record(z.string().max(100), boundedText(2_000)).default({}),
  })
  .strict();
export const letterFileSchema = z.object({ requestId: idText, letterId: idText }).strict();
export const letterBatchSchema = z
  .object({
    requestIds: z.array(idText, invalid).min(1, invalid).max(10_000, invalid),
    kind,
    language,
    mode: z.enum(['onePdf', 'perRequest'], invalid),
  })
  .strict();
export const batchIdSchema = z.object({ id: idText }).strict();
export const letterImageSchema = z
  .object({ which: z.enum(['logo', 'signature'], invalid) })
  .strict();
