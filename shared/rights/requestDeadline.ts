import type { RequestFields } from '../schemas/request';
import { shiftDays } from './calendar';
import { computeDeadline, daysBetween, type Deadline } from './deadline';
import { openStatuses, type DeadlineLevel } from './vocabulary';

/** Days left under which a deadline turns amber, then red. */
export const soonDays = 10;
export const urgentDays = 5;
/** From this many days before the first month ends, an unsent extension notice is flagged. */
export const extensionNoticeWarningDays = 7;

export type ExtensionNoticeState = 'toSend' | 'late' | null;

export interface RequestDeadline {
  deadline: Deadline;
  /** The extension is in force: decided and notified within the first month (Art. 12(3)). */
  extended: boolean;
  /** The end of the first month (with suspension): the extension must be notified by then. */
  firstMonthDue: string;
  suspendedDays: number;
  /** Waiting for the identity proof asked for: the time limit does not run. */
  suspended: boolean;
  daysLeft: number | null;
  level: DeadlineLevel;
  extensionNotice: ExtensionNoticeState;
}

type DeadlineFields = Pick<
  RequestFields,
  | 'receivedOn'
  | 'status'
  | 'identityAskedOn'
  | 'identityReceivedOn'
  | 'extensionMonths'
  | 'extensionNotifiedOn'
>;

/**
 * An extension counts only once the person was told of it within the first month: a notice sent
 * later is no extension, and nothing moves the due date back into the future (Art. 12(3)).
 */
export function extensionInForce(
  request: Pick<RequestFields, 'extensionMonths' | 'extensionNotifiedOn'>,
  firstMonthDue: string,
): boolean {
  return (
    request.extensionMonths > 0 &&
    request.extensionNotifiedOn !== '' &&
    request.extensionNotifiedOn <= firstMonthDue
  );
}

export function isOpen(status: RequestFields['status']): boolean {
  return openStatuses.includes(status);
}

/** Where a request stands against its deadline on `today`. */
export function requestDeadline(
  request: DeadlineFields,
  today: string,
  alsaceMoselle: boolean,
): RequestDeadline {
  const open = isOpen(request.status);
  const waiting = request.identityAskedOn !== '' && request.identityReceivedOn === '';
  const suspensionEnd = waiting
    ? today > request.identityAskedOn
      ? today
      : request.identityAskedOn
    : request.identityReceivedOn;
  const suspendedDays =
    request.identityAskedOn === ''
      ? 0
      : Math.max(0, daysBetween(request.identityAskedOn, suspensionEnd));
  const base = { received: request.receivedOn, suspendedDays, alsaceMoselle };
  const firstMonthDue = computeDeadline({ ...base, months: 1 }).due;
  const extended = extensionInForce(request, firstMonthDue);
  const deadline = extended
    ? computeDeadline({ ...base, months: 1 + request.extensionMonths })
    : computeDeadline({ ...base, months: 1 });
  const suspended = open && waiting;

  let extensionNotice: ExtensionNoticeState = null;
  if (request.extensionMonths > 0) {
    if (request.extensionNotifiedOn === '') {
      if (open && today >= shiftDays(firstMonthDue, -extensionNoticeWarningDays))
        extensionNotice = 'toSend';
    } else if (request.extensionNotifiedOn > firstMonthDue) {
      extensionNotice = 'late';
    }
  }

  const state = { deadline, extended, firstMonthDue, suspendedDays, suspended, extensionNotice };
  if (!open) return { ...state, daysLeft: null, level: 'done' };
  if (suspended) return { ...state, daysLeft: null, level: 'suspended' };
  const daysLeft = daysBetween(today, deadline.due);
  const level: DeadlineLevel =
    daysLeft < 0
      ? 'overdue'
      : daysLeft < urgentDays
        ? 'urgent'
        : daysLeft < soonDays
          ? 'soon'
          : 'ok';
  return { ...state, daysLeft, level };
}
