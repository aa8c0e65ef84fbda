import { z } from 'zod';
import type { FieldIssue } from '../errors';
import { isMessageKey } from '../i18n';
import { uuidV7Pattern } from '../ids';

// The schemas of shared/ are each built at their first use (`z.lazy`): zod builds a schema in
// tens of microseconds, and building them all when their modules load cost `dpo-desk due`, which
// validates nothing, about 30 ms at every start. Helpers like the ones below build when called.

/** Trimmed text with a maximum length; empty allowed. */
export function boundedText(max: number) {
  return z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' });
}

/** Trimmed text with a maximum length that must not be empty. */
export function requiredText(max: number) {
  return boundedText(max).min(1, { error: 'validation.required' });
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address, or '' when not known. */
export function optionalEmail(max: number) {
  return boundedText(max).refine((value) => value === '' || emailPattern.test(value), {
    error: 'validation.email',
  });
}

export const emptyInput = z.lazy(() => z.object({}).strict());

/**
 * The id a form made for the record it creates (UUIDv7): sent again, the same create returns the
 * record the first one made instead of a second record.
 */
export const createIdSchema = z.lazy(() =>
  z.string({ error: 'validation.invalid' }).regex(uuidV7Pattern, { error: 'validation.invalid' }),
);

/** Turns zod issues into field issues whose messages are i18n keys. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    let messageKey: string;
    if (isMessageKey(issue.message)) messageKey = issue.message;
    else if (issue.code === 'unrecognized_keys') messageKey = 'validation.unexpected';
    else if (issue.code === 'too_big') messageKey = 'validation.tooLong';
    else messageKey = 'validation.invalid';
    return { path: issue.path.map(String).join('.'), messageKey };
  });
}
