import { api, isApiName } from '../../shared/api';
import { AppError, type Result } from '../../shared/errors';
import { toFieldIssues } from '../../shared/schemas/common';
import type { Context } from './context';
import { handlers } from './handlers';
import { storageError } from './storageError';

/**
 * The single entry used by IPC and the browser host: checks the name, parses the input with the
 * contract's schema, runs the service, and never throws.
 */
export async function dispatch(
  ctx: Context,
  name: unknown,
  rawInput: unknown,
  log: (error: unknown) => void = (error) => {
    console.error(error);
  },
): Promise<Result<unknown>> {
  if (!isApiName(name)) {
    return {
      ok: false,
      error: {
        code: 'UNKNOWN_CALL',
        key: 'error.unknownCall',
        values: { name: String(name).slice(0, 100) },
      },
    };
  }
  const parsed = api[name].input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'error.invalidInput',
        details: { fields: toFieldIssues(parsed.error) },
      },
    };
  }
  try {
    const handler = handlers[name] as (ctx: Context, input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    const storage = storageError(error);
    if (storage !== null) return { ok: false, error: storage.toApiError() };
    log(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', key: 'error.internal' },
    };
  }
}
