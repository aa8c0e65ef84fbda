/**
 * One truth for an activity's transfers outside the EU and its recipients: those recorded on the
 * activity plus those of the processors and recipients linked to it, each named once.
 */
import type { ProcessingActivity } from '../schemas/activity';
import type { Processor } from '../schemas/processor';
import type { TransferSafeguard } from './vocabulary';

export interface ActivityTransfer {
  recipient: string;
  country: string;
  safeguard: TransferSafeguard | null;
}

const key = (text: string) => text.trim().toLocaleLowerCase('fr');

/** The processors linked to the activity (from either side of the link). */
export function linkedProcessors(
  activity: ProcessingActivity,
  processors: readonly Processor[],
): Processor[] {
  return processors.filter(
    (p) => activity.processorIds.includes(p.id) || p.activityIds.includes(activity.id),
  );
}

/** The transfers of the activities and of their linked processors, each recipient and country once. */
export function transfersOf(
  activities: readonly ProcessingActivity[],
  processors: readonly Processor[],
): ActivityTransfer[] {
  const seen = new Map<string, ActivityTransfer>();
  const add = (transfer: ActivityTransfer) => {
    const id = `${key(transfer.recipient)}|${key(transfer.country)}`;
    const known = seen.get(id);
    // A documented safeguard wins over an undocumented copy of the same transfer.
    if (known === undefined || (known.safeguard === null && transfer.safeguard !== null))
      seen.set(id, transfer);
  };
  for (const activity of activities) {
    for (const t of activity.transfers)
      add({ recipient: t.recipient, country: t.country, safeguard: t.safeguard });
    for (const processor of linkedProcessors(activity, processors)) {
      for (const t of processor.transfers)
        add({ recipient: processor.name, country: t.country, safeguard: t.safeguard });
    }
  }
  return [...seen.values()];
}

/** Names once, whatever their case or the list they come from, in first-seen order. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name.trim() !== '' && !seen.has(key(name))) seen.set(key(name), name.trim());
  }
  return [...seen.values()];
}
