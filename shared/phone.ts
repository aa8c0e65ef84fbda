/**
 * A telephone number in the two forms a call centre's dialer matches on: the E.164 digits without
 * « + » (33612345678) and the French 10-digit national form (0612345678). A number typed any way
 * (« +33 6 12 34 56 78 », « 06.12.34.56.78 », « 0033 612345678 ») gives the same pair, so a
 * suppression list matches a call list written in either form.
 */
export interface DialerForms {
  /** E.164 digits without the leading « + »; empty when the number cannot be read. */
  international: string;
  /** Ten digits starting with 0 for a French number; empty for a foreign or unreadable one. */
  national: string;
}

const frenchCountryCode = '33';

export function dialerForms(typed: string): DialerForms {
  const trimmed = typed.trim();
  const digits = trimmed.replace(/\D/g, '');
  const none: DialerForms = { international: '', national: '' };
  if (digits === '') return none;
  let international: string;
  if (trimmed.startsWith('+')) {
    international = digits;
  } else if (digits.startsWith('00')) {
    international = digits.slice(2);
  } else if (/^0[1-9]\d{8}$/.test(digits)) {
    international = frenchCountryCode + digits.slice(1);
  } else {
    return none;
  }
  // « +33 (0)6 12 34 56 78 »: the trunk 0 written after the country code is not dialled.
  if (international.startsWith(`${frenchCountryCode}0`) && international.length === 12) {
    international = frenchCountryCode + international.slice(3);
  }
  // E.164 allows at most 15 digits; fewer than 8 is no number a dialer calls.
  if (international.length < 8 || international.length > 15) return none;
  const national =
    international.startsWith(frenchCountryCode) && international.length === 11
      ? `0${international.slice(2)}`
      : '';
  return { international, national };
}
