import { z } from 'zod';
import {
  letterDeliveries,
  letterKinds,
  letterLanguages,
  templateKinds,
} from '../letters/templates';
import { maxLength } from '../limits';
import { boundedText } from './common';

const invalid = { error: 'validation.invalid' } as const;
const idText = z.lazy(() => z.string(invalid).min(1, invalid).max(64, invalid));
const kind = z.lazy(() => z.enum(letterKinds, invalid));
const templateKind = z.lazy(() => z.enum(templateKinds, invalid));
const language = z.lazy(() => z.enum(letterLanguages, invalid));

export const templateKeySchema = z.lazy(() => z.object({ kind: templateKind, language }).strict());
export const templateSaveSchema = z.lazy(() =>
  z
    .object({
      kind: templateKind,
      language,
      subject: boundedText(500),
      body: boundedText(maxLength.freeText),
    })
    .strict(),
);
export const letterInputSchema = z.lazy(() =>
  z
    .object({
      requestId: idText,
      kind,
      language,
      /** Values no record holds (the portability format...), typed for this letter. */
      inputs: z.record(z.string().max(100), boundedText(2_000)).default({}),
      /** Post or email; left out, the file decides (the channel the request came by). */
      delivery: z.enum(letterDeliveries, invalid).optional(),
    })
    .strict(),
);
export const letterRequestSchema = z.lazy(() => z.object({ requestId: idText }).strict());
export const recordResponseSchema = z.lazy(() =>
  z.object({ requestId: idText, delivery: z.enum(letterDeliveries, invalid) }).strict(),
);
export const letterFileSchema = z.lazy(() =>
  z.object({ requestId: idText, letterId: idText }).strict(),
);
export const letterBatchSchema = z.lazy(() =>
  z
    .object({
      requestIds: z.array(idText, invalid).min(1, invalid).max(10_000, invalid),
      kind,
      language,
      mode: z.enum(['onePdf', 'perRequest'], invalid),
    })
    .strict(),
);
export const batchIdSchema = z.lazy(() => z.object({ id: idText }).strict());
export const letterImageSchema = z.lazy(() =>
  z.object({ which: z.enum(['logo', 'signature'], invalid) }).strict(),
);
