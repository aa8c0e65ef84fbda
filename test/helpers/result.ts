import { expect } from 'vitest';
import { errorText, type ApiError, type ErrorCode, type Result } from '../../shared/errors';

/** The value of a successful call; a failed one fails the test with its code and message. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${errorText('fr', result.error)}`);
  return result.value as T;
}

/** The error of a refused call; a call that went through, or failed otherwise, fails the test. */
export function refused(result: Result<unknown>, code: ErrorCode): ApiError {
  if (result.ok) throw new Error(`expected ${code}, the call went through`);
  expect(result.error.code).toBe(code);
  return result.error;
}
