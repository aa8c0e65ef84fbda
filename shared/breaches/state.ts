import type { FieldIssue } from '../errors';
import type { BreachFields } from '../schemas/breach';
import { notificationDeadline, type NotificationDeadline } from './clock';
import { instantFromParis, parisWallTime } from './parisTime';
import type { BreachState } from './vocabulary';

/** The notification deadline of this breach (Art. 33(1), or 24 hours for a telecoms provider). */
export function deadlineOf(breach: Pick<BreachFields, 'awareAt' | 'regime'>): NotificationDeadline {
  return notificationDeadline(instantFromParis(breach.awareAt), breach.regime);
}

/** When the CNIL was first notified, or null. */
export function initialNotificationOf(breach: Pick<BreachFields, 'notifications'>): Date | null {
  const [initial] = breach.notifications;
  return initial === undefined ? null : instantFromParis(initial.on);
}

/**
 * Where the breach stands: not yet assessed, documented only (no risk), to notify, late (the
 * deadline passed without a notification), notified in time or late. An unassessed breach whose
 * deadline has passed is late: the clock runs from awareness, assessed or not.
 */
export function breachState(
  breach: Pick<BreachFields, 'awareAt' | 'regime' | 'riskLevel' | 'notifications'>,
  now: Date,
): BreachState {
  const due = new Date(deadlineOf(breach).due);
  const notified = initialNotificationOf(breach);
  if (notified !== null) return notified.getTime() > due.getTime() ? 'notifiedLate' : 'notified';
  if (breach.riskLevel === 'none') return 'documentedOnly';
  if (now.getTime() >= due.getTime()) return 'late';
  return breach.riskLevel === null ? 'toAssess' : 'toNotify';
}

const later = (a: string, b: string) =>
  a !== '' && b !== '' && instantFromParis(a).getTime() > instantFromParis(b).getTime();

/**
 * What the record must hold beyond its shape, checked the same way by the form (live) and by the
 * service (before writing): no date in the future, the facts in their order, a justification
 * for the risk decided, the reasons for a late notification (Art. 33(1)), a reason when the
 * people are not told one by one despite a high risk.
 */
export function breachIssues(breach: BreachFields, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const future = (path: string, value: string) => {
    if (value !== '' && instantFromParis(value).getTime() > now.getTime()) {
      issues.push({ path, messageKey: 'validation.futureDate' });
    }
  };
  future('awareAt', breach.awareAt);
  future('discoveredAt', breach.discoveredAt);
  future('occurredFrom', breach.occurredFrom);
  future('occurredTo', breach.occurredTo);
  future('processorToldAt', breach.processorToldAt);
  // Days of the Paris calendar: the people told, the breach closed.
  const today = parisWallTime(now).date;
  for (const path of ['communicatedOn', 'closedOn'] as const) {
    if (breach[path] !== '' && breach[path] > today) {
      issues.push({ path, messageKey: 'validation.futureDate' });
    }
  }
  breach.notifications.forEach((phase, index) => {
    future(`notifications.${String(index)}.on`, phase.on);
    const previous = index === 0 ? breach.awareAt : (breach.notifications[index - 1]?.on ?? '');
    if (later(previous, phase.on)) {
      issues.push({
        path: `notifications.${String(index)}.on`,
        messageKey: 'validation.breachPhaseOrder',
      });
    }
  });
  if (later(breach.occurredFrom, breach.occurredTo)) {
    issues.push({ path: 'occurredTo', messageKey: 'validation.breachOccurredOrder' });
  }
  if (later(breach.discoveredAt, breach.awareAt)) {
    issues.push({ path: 'discoveredAt', messageKey: 'validation.breachDiscoveredAfterAware' });
  }
  if (breach.riskLevel !== null && breach.riskJustification.trim() === '') {
    issues.push({ path: 'riskJustification', messageKey: 'validation.breachJustification' });
  }
  const notified = initialNotificationOf(breach);
  if (
    notified !== null &&
    notified.getTime() > new Date(deadlineOf(breach).due).getTime() &&
    breach.delayReasons.trim() === ''
  ) {
    issues.push({ path: 'delayReasons', messageKey: 'validation.breachDelayReasons' });
  }
  if (
    breach.riskLevel === 'highRisk' &&
    breach.communicationMode !== 'individual' &&
    breach.communicationException === '' &&
    breach.communicationReason.trim() === ''
  ) {
    issues.push({
      path: 'communicationReason',
      messageKey: 'validation.breachCommunicationReason',
    });
  }
  return issues;
}
