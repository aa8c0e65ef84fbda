import type { CookieWarning } from '../../../../shared/schemas/cookie';

type T = (key: string, params?: Record<string, string | number>) => string;

/** A warning in the DPO's words. */
export function warningText(t: T, warning: CookieWarning): string {
  return t(`cookieWarning.${warning.code}`, { country: warning.country ?? '' });
}
