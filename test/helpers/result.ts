import { errorText, type Result } from '../../shared/errors';

/** The value of a successful call; a failed one fails the test with its code and message. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${errorText('fr', result.error)}`);
  return result.value as T;
}
