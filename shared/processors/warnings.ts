import { addDays } from '../dates';
import type { ProcessorFields, ProcessorWarning } from '../schemas/processor';
import { art28Clauses } from './vocabulary';

/** A review or end date this close (or closer) makes the contract "due for review". */
export const reviewWarningDays = 60;

/** Art. 28 binds processors and sub-processors; other recipients need no processing contract. */
export function needsArt28Contract(processor: Pick<ProcessorFields, 'role'>): boolean {
  return processor.role === 'processor' || processor.role === 'subProcessor';
}

/** What the DPO must see about a processor on `today` (a `YYYY-MM-DD` calendar date). */
export function processorWarnings(processor: ProcessorFields, today: string): ProcessorWarning[] {
  const warnings: ProcessorWarning[] = [];
  if (needsArt28Contract(processor)) {
    const expired =
      processor.contractStatus === 'expired' ||
      (processor.contractStatus === 'signed' &&
        processor.contractReviewOn !== '' &&
        processor.contractReviewOn < today);
    if (expired) {
      warnings.push({ code: 'contractExpired' });
    } else if (processor.contractStatus !== 'signed') {
      warnings.push({ code: 'noSignedContract' });
    } else if (
      processor.contractReviewOn !== '' &&
      processor.contractReviewOn <= addDays(today, reviewWarningDays)
    ) {
      warnings.push({ code: 'reviewDue' });
    }
    if (processor.clauses.length < art28Clauses.length) {
      warnings.push({ code: 'incompleteClauses' });
    }
  }
  processor.transfers.forEach((transfer, index) => {
    if (transfer.safeguard === null) {
      warnings.push({ code: 'transferWithoutSafeguard', position: index + 1 });
    }
  });
  return warnings;
}
