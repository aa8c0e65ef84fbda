import { needsArt28Contract } from '../processors/warnings';
import { sameRecipient, type ActivityTransfer } from '../register/transfers';
import type { ProcessingActivity } from '../schemas/activity';
import type { CookieFields, CookieWarning } from '../schemas/cookie';
import type { Processor } from '../schemas/processor';
import { maxConsentMonths, type CookieLifetimeUnit } from './vocabulary';

/** Days in 13 months at most (7 months of 31 days, 5 of 30, one of 29 in a leap year). */
const maxConsentDays = 396;

const daysPer: Record<Exclude<CookieLifetimeUnit, 'session'>, number> = {
  minutes: 1 / 1440,
  hours: 1 / 24,
  days: 1,
  months: 0,
  years: 0,
};

/** True when a cookie lives longer than the 13 months the CNIL allows a consent. */
export function livesOver13Months(lifetime: CookieFields['lifetime']): boolean {
  switch (lifetime.unit) {
    case 'session':
      return false;
    case 'months':
      return lifetime.value > maxConsentMonths;
    case 'years':
      return lifetime.value * 12 > maxConsentMonths;
    default:
      return lifetime.value * daysPer[lifetime.unit] > maxConsentDays;
  }
}

/** What the warnings read of the provider: its role, contract and transfers in the register. */
export type ProviderRecord = Pick<
  Processor,
  'id' | 'name' | 'role' | 'contractStatus' | 'transfers' | 'activityIds'
>;

/**
 * The provider's transfers outside the EU: those on its record, and those the cookie's activity
 * records for it by name, each country once (a documented safeguard wins).
 */
export function providerTransfers(
  provider: ProviderRecord | null,
  activity: Pick<ProcessingActivity, 'transfers'> | null,
): ActivityTransfer[] {
  if (provider === null) return [];
  const found: ActivityTransfer[] = provider.transfers.map((t) => ({
    recipient: provider.name,
    country: t.country,
    safeguard: t.safeguard,
    documentation: t.documentation,
  }));
  for (const t of activity?.transfers ?? []) {
    if (!sameRecipient(t.recipient, provider.name)) continue;
    const index = found.findIndex((known) => known.country.trim() === t.country.trim());
    const known = found[index];
    const transfer = { ...t, recipient: provider.name };
    if (known === undefined) found.push(transfer);
    else if (known.safeguard === null && t.safeguard !== null) found[index] = transfer;
  }
  return found;
}

/**
 * What the DPO must see about a cookie: a consent (or the cookie keeping it) outliving 13 months;
 * an exemption outside audience measurement or beyond its conditions; a third party with no
 * provider, no contract or an undocumented transfer; no register activity behind it.
 */
export function cookieWarnings(
  cookie: CookieFields,
  provider: ProviderRecord | null,
  transfers: readonly ActivityTransfer[],
): CookieWarning[] {
  const warnings: CookieWarning[] = [];
  const tooLong = livesOver13Months(cookie.lifetime);
  if (tooLong && (cookie.consent === 'required' || cookie.keepsConsentChoice)) {
    warnings.push({ code: 'consentOver13Months' });
  }
  // Strictly necessary and security cookies need no consent by nature; among the others, only
  // audience measurement may be exempt (CNIL), and within 13 months.
  const exemptByNature = cookie.category === 'strictlyNecessary' || cookie.category === 'security';
  if (cookie.consent === 'exempt' && !exemptByNature) {
    if (cookie.category !== 'audienceMeasurement') warnings.push({ code: 'exemptNotAudience' });
    else if (tooLong) warnings.push({ code: 'exemptOver13Months' });
  }
  if (cookie.party === 'third' && provider === null) {
    warnings.push({ code: 'thirdPartyWithoutProvider' });
  }
  // A provider is a third party to the site even when its cookie sits on the site's domain (_ga).
  if (
    provider !== null &&
    (needsArt28Contract(provider) || provider.role === 'jointController') &&
    provider.contractStatus !== 'signed'
  ) {
    warnings.push({ code: 'providerWithoutContract' });
  }
  for (const transfer of transfers) {
    if (transfer.safeguard === null) {
      warnings.push({ code: 'transferWithoutSafeguard', country: transfer.country });
    }
  }
  if (cookie.activityId === null) warnings.push({ code: 'noActivity' });
  return warnings;
}
