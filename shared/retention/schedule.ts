import type {
  RetentionAction,
  RetentionRuleFields,
  TrackedItem,
  TrackedItemFields,
} from '../schemas/retention';
import { addPeriod } from './periods';
import { consentValidityMonths, isPeriodic } from './vocabulary';

type Dates = Pick<
  TrackedItem,
  'archiveOn' | 'deleteOn' | 'nextReviewOn' | 'archivedOn' | 'purgedOn'
>;

function latest(actions: readonly RetentionAction[], kind: RetentionAction['action']): string {
  return (
    actions
      .filter((action) => action.action === kind)
      .map((action) => action.doneOn)
      .sort()
      .at(-1) ?? ''
  );
}

/**
 * The dates a tracked item owes: for a dataset, the move to the archive (when the rule has an
 * archive period) and the deletion; for a review, the next one after the last done.
 */
export function scheduleOf(
  item: TrackedItemFields,
  rule: RetentionRuleFields,
  actions: readonly RetentionAction[],
): Dates {
  const archivedOn = latest(actions, 'archive');
  const purgedOn = latest(actions, 'purge');
  if (isPeriodic(item.kind)) {
    const last = latest(actions, 'review');
    const period =
      item.reviewPeriod ??
      (item.kind === 'consentRenewal'
        ? { value: consentValidityMonths, unit: 'months' as const }
        : { value: 3, unit: 'months' as const });
    return {
      archiveOn: '',
      deleteOn: '',
      nextReviewOn: addPeriod(last === '' ? item.referenceDate : last, period),
      archivedOn,
      purgedOn,
    };
  }
  const endOfActive = addPeriod(item.referenceDate, rule.activePeriod);
  const computedArchive = rule.archivePeriod.value > 0 ? endOfActive : '';
  const computedDelete =
    rule.archivePeriod.value > 0 ? addPeriod(endOfActive, rule.archivePeriod) : endOfActive;
  return {
    archiveOn: item.archiveOnOverride !== '' ? item.archiveOnOverride : computedArchive,
    deleteOn: item.deleteOnOverride !== '' ? item.deleteOnOverride : computedDelete,
    nextReviewOn: '',
    archivedOn,
    purgedOn,
  };
}
