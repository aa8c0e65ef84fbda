import type { ActivityFields, Retention } from '../schemas/activity';

/** An Art. 30 item still missing from a record; its message is the i18n key `missing.<code>`. */
export interface MissingItem {
  code: MissingCode;
  /** Where in the record (a form path such as `purposes.1.legalBasis`). */
  path: string;
  /** The 1-based position in a list, for "Finalité 2 : ...". */
  position?: number;
  /** What the gap is about when it is not in the record itself ("Campagnes Marketing Plus (Maroc)"). */
  name?: string;
}

/** A processor or recipient linked to the activity, with the transfers it makes. */
export interface LinkedTransfers {
  id: string;
  name: string;
  transfers: readonly { country: string; safeguard: string | null }[];
}

export const missingCodes = [
  'noOwner',
  'noClient',
  'noPurpose',
  'purposeWithoutLegalBasis',
  'legitimateInterestNotWritten',
  'noDataSubjects',
  'noDataCategories',
  'categoryWithoutRetention',
  'sensitiveWithoutException',
  'criminalDataWithoutDetails',
  'nirWithoutDetails',
  'transferWithoutCountry',
  'transferWithoutSafeguard',
  'linkedTransferWithoutSafeguard',
  'noSecurityMeasure',
  'automatedDecisionWithoutLogic',
  'dpiaNotScreened',
  'dpiaNeededNotDone',
  'dpiaWithoutReviewDate',
] as const;
export type MissingCode = (typeof missingCodes)[number];

/** Two or more of the nine criteria usually call for a DPIA (CNIL/EDPB). */
export function isDpiaNeeded(activity: Pick<ActivityFields, 'dpiaCriteria'>): boolean {
  return activity.dpiaCriteria.length >= 2;
}

/**
 * A retention the record states in full: a duration chosen with its number, or criteria written.
 * The schema refuses the two half-filled cases on save; the record is not complete with them
 * either, so the live box and the register's count never say « complète » before a save would.
 */
export function isRetentionStated(retention: Retention): boolean {
  if (retention.mode === 'duration') return retention.duration !== null;
  if (retention.mode === 'criteria') return retention.criteria.trim() !== '';
  return false;
}

/**
 * What an activity's record still lacks for Art. 30. `linked`: the processors and recipients
 * (those the activity links to are read): a transfer outside the EU without a safeguard made
 * through one of them is a gap of the activity too.
 */
export function missingItems(
  activity: ActivityFields,
  linked: readonly LinkedTransfers[] = [],
): MissingItem[] {
  const missing: MissingItem[] = [];
  if (activity.ownerService === '') missing.push({ code: 'noOwner', path: 'ownerService' });
  if (activity.register === 'processor' && activity.clientIds.length === 0) {
    missing.push({ code: 'noClient', path: 'clientIds' });
  }
  if (activity.purposes.length === 0) missing.push({ code: 'noPurpose', path: 'purposes' });
  activity.purposes.forEach((purpose, index) => {
    if (purpose.legalBasis === null) {
      missing.push({
        code: 'purposeWithoutLegalBasis',
        path: `purposes.${String(index)}.legalBasis`,
        position: index + 1,
      });
    } else if (purpose.legalBasis === 'legitimateInterest' && purpose.legitimateInterest === '') {
      missing.push({
        code: 'legitimateInterestNotWritten',
        path: `purposes.${String(index)}.legitimateInterest`,
        position: index + 1,
      });
    }
  });
  if (activity.dataSubjects.length === 0) {
    missing.push({ code: 'noDataSubjects', path: 'dataSubjects' });
  }
  if (activity.dataCategories.length === 0) {
    missing.push({ code: 'noDataCategories', path: 'dataCategories' });
  }
  activity.dataCategories.forEach((category, index) => {
    if (!isRetentionStated(category.retention)) {
      missing.push({
        code: 'categoryWithoutRetention',
        path: `dataCategories.${String(index)}.retention`,
        position: index + 1,
      });
    }
  });
  if (activity.sensitiveData.length > 0 && activity.sensitiveDataException === null) {
    missing.push({ code: 'sensitiveWithoutException', path: 'sensitiveDataException' });
  }
  if (activity.criminalData && activity.criminalDataDetails === '') {
    missing.push({ code: 'criminalDataWithoutDetails', path: 'criminalDataDetails' });
  }
  if (activity.nir && activity.nirDetails === '') {
    missing.push({ code: 'nirWithoutDetails', path: 'nirDetails' });
  }
  activity.transfers.forEach((transfer, index) => {
    if (transfer.country === '') {
      missing.push({
        code: 'transferWithoutCountry',
        path: `transfers.${String(index)}.country`,
        position: index + 1,
      });
    }
    if (transfer.safeguard === null) {
      missing.push({
        code: 'transferWithoutSafeguard',
        path: `transfers.${String(index)}.safeguard`,
        position: index + 1,
      });
    }
  });
  for (const processor of linked) {
    if (!activity.processorIds.includes(processor.id)) continue;
    for (const transfer of processor.transfers) {
      if (transfer.safeguard === null) {
        missing.push({
          code: 'linkedTransferWithoutSafeguard',
          path: 'processorIds',
          name: `${processor.name} (${transfer.country})`,
        });
      }
    }
  }
  if (!Object.values(activity.security).some((measure) => measure.applied)) {
    missing.push({ code: 'noSecurityMeasure', path: 'security' });
  }
  if (activity.automatedDecision && activity.automatedDecisionLogic === '') {
    missing.push({ code: 'automatedDecisionWithoutLogic', path: 'automatedDecisionLogic' });
  }
  if (activity.dpiaStatus === 'notAssessed') {
    missing.push({ code: 'dpiaNotScreened', path: 'dpiaStatus' });
  } else if (
    isDpiaNeeded(activity) &&
    activity.dpiaStatus !== 'done' &&
    activity.dpiaStatus !== 'inProgress'
  ) {
    missing.push({ code: 'dpiaNeededNotDone', path: 'dpiaStatus' });
  }
  if (activity.dpiaStatus === 'done' && activity.dpiaNextReview === '') {
    missing.push({ code: 'dpiaWithoutReviewDate', path: 'dpiaNextReview' });
  }
  return missing;
}
