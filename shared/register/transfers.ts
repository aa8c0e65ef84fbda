/**
 * One truth for an activity's transfers outside the EU and its recipients: those recorded on the
 * activity plus those of the processors and recipients linked to it, each named once.
 */
import type { ProcessingActivity } from '../schemas/activity';
import type { Processor } from '../schemas/processor';
import { foldForSearch } from '../text';
import type { TransferSafeguard } from './vocabulary';

export interface ActivityTransfer {
  recipient: string;
  country: string;
  safeguard: TransferSafeguard | null;
  documentation: string;
}

/** What the transfer rules read of a processor. */
export type LinkedProcessor = Pick<Processor, 'id' | 'name' | 'activityIds' | 'transfers'>;

const fold = (text: string) => foldForSearch(text).replace(/\s+/g, ' ').trim();

/** "Google LLC (Google Analytics)" -> its name "google llc" and what the brackets add. */
function partsOf(name: string): { main: string; aside: string[] } {
  const aside = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => fold(m[1] ?? '')).filter(Boolean);
  return { main: fold(name.replace(/\([^)]*\)/g, ' ')), aside };
}

/**
 * Two names of the same recipient, as DPOs write them: "Google Analytics", "Google Analytics
 * (Google Ireland Limited)" and "Google LLC (Google Analytics)" are one; "X (exemple)" and
 * "Y (exemple)" are two.
 */
export function sameRecipient(a: string, b: string): boolean {
  const left = partsOf(a);
  const right = partsOf(b);
  if (left.main === '' || right.main === '') return false;
  return (
    left.main === right.main || left.aside.includes(right.main) || right.aside.includes(left.main)
  );
}

/** The processors linked to the activity (from either side of the link). */
export function linkedProcessors<P extends Pick<Processor, 'id' | 'activityIds'>>(
  activity: Pick<ProcessingActivity, 'id' | 'processorIds'>,
  processors: readonly P[],
): P[] {
  return processors.filter(
    (p) => activity.processorIds.includes(p.id) || p.activityIds.includes(activity.id),
  );
}

/**
 * The transfers of the activities and of their linked processors, each recipient and country once
 * (a processor's name wins over the record's wording: it has a page of its own).
 */
export function transfersOf(
  activities: readonly Pick<ProcessingActivity, 'id' | 'processorIds' | 'transfers'>[],
  processors: readonly LinkedProcessor[],
): ActivityTransfer[] {
  const found: ActivityTransfer[] = [];
  const add = (transfer: ActivityTransfer) => {
    const index = found.findIndex(
      (known) =>
        fold(known.country) === fold(transfer.country) &&
        sameRecipient(known.recipient, transfer.recipient),
    );
    const known = found[index];
    if (known === undefined) found.push(transfer);
    // A documented safeguard wins over an undocumented copy of the same transfer.
    else if (known.safeguard === null && transfer.safeguard !== null)
      found[index] = { ...transfer, recipient: known.recipient };
  };
  for (const activity of activities) {
    for (const processor of linkedProcessors(activity, processors)) {
      for (const t of processor.transfers) {
        add({
          recipient: processor.name,
          country: t.country,
          safeguard: t.safeguard,
          documentation: t.documentation,
        });
      }
    }
  }
  for (const activity of activities) {
    for (const t of activity.transfers) {
      add({
        recipient: t.recipient,
        country: t.country,
        safeguard: t.safeguard,
        documentation: t.documentation,
      });
    }
  }
  return found;
}

/** Names once, the same recipient however written, in first-seen order. */
export function uniqueNames(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const name of names) {
    if (name.trim() !== '' && !kept.some((known) => sameRecipient(known, name)))
      kept.push(name.trim());
  }
  return kept;
}
