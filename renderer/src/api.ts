import { callByName, createDpoClient, type DpoClient } from '../../shared/api';
import { errorText, type ApiError } from '../../shared/errors';
import { currentLanguage } from './i18n';

/** A refused call as the pages show it: the service's key and values, worded in the UI's language. */
export type ShownError = ApiError & { message: string };

/**
 * `window.dpo` for the pages: the same calls, and a refusal also carries its `message` in the
 * language the UI shows when the answer arrives (services send keys, never sentences).
 */
export const dpo: DpoClient<ShownError> = createDpoClient<ShownError>(async (name, input) => {
  // Looked up at each call: the bridge is injected before the page runs, tests may replace it.
  const result = await callByName(window.dpo, name, input);
  return result.ok
    ? result
    : {
        ok: false,
        error: { ...result.error, message: errorText(currentLanguage(), result.error) },
      };
});
