import type { RequestEvent, RequestFields } from '../schemas/request';

type Change = Pick<RequestEvent, 'kind' | 'data'>;

/** The timeline entries a save produces: what happened to the request, in the DPO's words. */
export function requestChanges(before: RequestFields | null, after: RequestFields): Change[] {
  const changes: Change[] = [];
  if (before === null) {
    changes.push({
      kind: 'created',
      data: { channel: after.channel, rights: after.rights.join(' ') },
    });
  }
  const was = <K extends keyof RequestFields>(key: K): RequestFields[K] | undefined =>
    before?.[key];
  if (before !== null && before.status !== after.status) {
    changes.push({ kind: 'statusChanged', data: { from: before.status, to: after.status } });
  }
  if (after.identityAskedOn !== '' && was('identityAskedOn') !== after.identityAskedOn) {
    changes.push({ kind: 'identityAsked', data: { on: after.identityAskedOn } });
  }
  if (after.identityReceivedOn !== '' && was('identityReceivedOn') !== after.identityReceivedOn) {
    changes.push({ kind: 'identityReceived', data: { on: after.identityReceivedOn } });
  }
  if (after.identityStatus === 'verified' && was('identityStatus') !== 'verified') {
    changes.push({
      kind: 'identityVerified',
      data: {
        on: after.identityVerifiedOn,
        by: after.identityVerifiedBy,
        method: after.identityMethod,
      },
    });
  }
  if (after.extensionMonths > 0 && (was('extensionMonths') ?? 0) !== after.extensionMonths) {
    changes.push({
      kind: 'extended',
      data: { months: after.extensionMonths, reason: after.extensionReason },
    });
  }
  if (
    after.extensionNotifiedOn !== '' &&
    was('extensionNotifiedOn') !== after.extensionNotifiedOn
  ) {
    changes.push({ kind: 'extensionNotified', data: { on: after.extensionNotifiedOn } });
  }
  if (after.responseOn !== '' && was('responseOn') !== after.responseOn) {
    changes.push({
      kind: 'answered',
      data: { on: after.responseOn, channel: after.responseChannel },
    });
  }
  const notifiedBefore = new Map(
    (before?.art19Notifications ?? []).map((n) => [n.processorId, n.notifiedOn]),
  );
  for (const notification of after.art19Notifications) {
    if (
      notification.notifiedOn !== '' &&
      notifiedBefore.get(notification.processorId) !== notification.notifiedOn
    ) {
      changes.push({
        kind: 'art19Notified',
        data: { processorId: notification.processorId, on: notification.notifiedOn },
      });
    }
  }
  if (before !== null && changes.length === 0 && JSON.stringify(before) !== JSON.stringify(after)) {
    changes.push({ kind: 'updated', data: {} });
  }
  return changes;
}
