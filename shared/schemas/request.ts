import type { NoticesOverview } from '../notices/publications';
import { z } from 'zod';
import { isCalendarDate } from '../dates';
import { maxLength } from '../limits';
import {
  civilities,
  identityStatuses,
  outcomes,
  representativeKinds,
  requestChannels,
  requestStatuses,
  rights,
} from '../rights/vocabulary';
import type { RequestDeadline } from '../rights/requestDeadline';
import type { DeadlineLevel } from '../rights/vocabulary';
import { enumOf, list, optionalCalendarDate } from './activity';
import { boundedText, createIdSchema, optionalEmail, requiredText } from './common';

const invalid = { error: 'validation.invalid' } as const;

/** What the deadline engine needs; the same checks for the UI, the services and the CLI. */
export const deadlineInputSchema = z.lazy(() =>
  z
    .object({
      received: z
        .string(invalid)
        .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value), {
          error: 'validation.date',
        }),
      months: z.number(invalid).int(invalid).min(1, { error: 'validation.months' }).max(3, {
        error: 'validation.months',
      }),
      suspendedDays: z
        .number(invalid)
        .int(invalid)
        .min(0, { error: 'validation.suspendedDays' })
        .max(3_650, { error: 'validation.suspendedDays' }),
      alsaceMoselle: z.boolean(invalid),
    })
    .strict(),
);

const idText = z.lazy(() => z.string(invalid).min(1, invalid).max(64, invalid));
const calendarDate = z.lazy(() =>
  z.string(invalid).refine((value) => isCalendarDate(value), { error: 'validation.date' }),
);

export const requestInputSchema = z.lazy(() =>
  z
    .object({
      receivedOn: calendarDate,
      /** `HH:MM`, or '' when not known. */
      receivedTime: z
        .string(invalid)
        .refine((value) => value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), {
          error: 'validation.time',
        }),
      channel: enumOf(requestChannels),
      requesterName: requiredText(maxLength.name),
      /** Files written before civilities were recorded read as "none". */
      requesterCivility: enumOf(civilities).default('none'),
      requesterEmail: optionalEmail(maxLength.email),
      requesterAddress: boundedText(maxLength.address),
      requesterPhone: boundedText(maxLength.phone),
      /** The person the data is about, when someone else asks for them. */
      onBehalfOf: z.boolean(invalid),
      dataSubjectName: boundedText(maxLength.name),
      dataSubjectCivility: enumOf(civilities).default('none'),
      representativeKind: enumOf(representativeKinds),
      mandateProof: boundedText(2_000),
      rights: list(enumOf(rights), rights.length).min(1, { error: 'validation.rightRequired' }),
      activityIds: list(idText, 500),
      description: boundedText(maxLength.freeText),
      identityStatus: enumOf(identityStatuses),
      identityAskedOn: optionalCalendarDate,
      identityReceivedOn: optionalCalendarDate,
      identityVerifiedOn: optionalCalendarDate,
      identityVerifiedBy: boundedText(maxLength.name),
      identityMethod: boundedText(2_000),
      status: enumOf(requestStatuses),
      /** Art. 12(3): the period may be extended by two further months at most. */
      extensionMonths: z
        .number(invalid)
        .int(invalid)
        .min(0, invalid)
        .max(2, { error: 'validation.extensionTooLong' }),
      extensionReason: boundedText(2_000),
      extensionNotifiedOn: optionalCalendarDate,
      outcomes: list(
        z
          .object({
            right: enumOf(rights),
            outcome: enumOf(outcomes),
            reason: boundedText(2_000),
          })
          .strict(),
        rights.length,
      ),
      responseOn: optionalCalendarDate,
      responseChannel: z.union([enumOf(requestChannels), z.literal('')], invalid),
      art19Notifications: list(
        z.object({ processorId: idText, notifiedOn: optionalCalendarDate }).strict(),
        500,
      ),
      notes: boundedText(maxLength.freeText),
    })
    .strict()
    .superRefine((request, ctx) => {
      const issue = (path: (string | number)[], message: string) => {
        ctx.addIssue({ code: 'custom', path, message });
      };
      if (new Set(request.rights).size !== request.rights.length)
        issue(['rights'], 'validation.duplicate');
      if (request.onBehalfOf && request.dataSubjectName === '') {
        issue(['dataSubjectName'], 'validation.required');
      }
      const after = (
        field:
          | 'identityAskedOn'
          | 'identityReceivedOn'
          | 'identityVerifiedOn'
          | 'responseOn'
          | 'extensionNotifiedOn',
      ) => {
        const value = request[field];
        if (value !== '' && value < request.receivedOn) issue([field], 'validation.beforeReceipt');
      };
      after('identityAskedOn');
      after('identityReceivedOn');
      after('identityVerifiedOn');
      after('responseOn');
      after('extensionNotifiedOn');
      if (request.identityReceivedOn !== '' && request.identityAskedOn === '') {
        issue(['identityAskedOn'], 'validation.required');
      }
      if (
        request.identityReceivedOn !== '' &&
        request.identityAskedOn !== '' &&
        request.identityReceivedOn < request.identityAskedOn
      ) {
        issue(['identityReceivedOn'], 'validation.beforeAsked');
      }
      if (
        (request.identityStatus === 'asked' || request.identityStatus === 'received') &&
        request.identityAskedOn === ''
      ) {
        issue(['identityAskedOn'], 'validation.required');
      }
      if (request.identityStatus === 'received' && request.identityReceivedOn === '') {
        issue(['identityReceivedOn'], 'validation.required');
      }
      if (request.identityStatus === 'verified' && request.identityVerifiedOn === '') {
        issue(['identityVerifiedOn'], 'validation.required');
      }
      if (request.extensionMonths > 0 && request.extensionReason === '') {
        issue(['extensionReason'], 'validation.extensionReason');
      }
      if (
        (request.status === 'answered' || request.status === 'closed') &&
        request.responseOn === ''
      ) {
        issue(['responseOn'], 'validation.required');
      }
      request.outcomes.forEach((outcome, index) => {
        if (!request.rights.includes(outcome.right))
          issue(['outcomes', index, 'right'], 'validation.invalid');
        if (
          (outcome.outcome === 'refused' || outcome.outcome === 'partly') &&
          outcome.reason === ''
        ) {
          issue(['outcomes', index, 'reason'], 'validation.refusalReason');
        }
      });
    }),
);

export type RequestInput = z.input<typeof requestInputSchema>;
export type RequestFields = z.output<typeof requestInputSchema>;

export interface RequestAttachment {
  id: string;
  kind: 'idDocument' | 'other';
  fileName: string;
  size: number;
  sha256: string;
  attachedAt: string;
}

export interface RightsRequest extends RequestFields {
  id: string;
  /** `DSR-2026-0001` */
  reference: string;
  createdAt: string;
  updatedAt: string;
  attachments: RequestAttachment[];
}

export function requestFieldsOf(request: RightsRequest): RequestFields {
  const {
    id: _id,
    reference: _r,
    createdAt: _c,
    updatedAt: _u,
    attachments: _a,
    ...fields
  } = request;
  return fields;
}

export function emptyRequest(receivedOn: string): RequestFields {
  return {
    receivedOn,
    receivedTime: '',
    channel: 'email',
    requesterName: '',
    requesterCivility: 'none',
    requesterEmail: '',
    requesterAddress: '',
    requesterPhone: '',
    onBehalfOf: false,
    dataSubjectName: '',
    dataSubjectCivility: 'none',
    representativeKind: 'representative',
    mandateProof: '',
    rights: [],
    activityIds: [],
    description: '',
    identityStatus: 'notNeeded',
    identityAskedOn: '',
    identityReceivedOn: '',
    identityVerifiedOn: '',
    identityVerifiedBy: '',
    identityMethod: '',
    status: 'received',
    extensionMonths: 0,
    extensionReason: '',
    extensionNotifiedOn: '',
    outcomes: [],
    responseOn: '',
    responseChannel: '',
    art19Notifications: [],
    notes: '',
  };
}

export const requestSortFields = [
  'receivedOn',
  'dueOn',
  'reference',
  'requesterName',
  'status',
] as const;
export type RequestSortField = (typeof requestSortFields)[number];

/** One page of the requests list, sorted and filtered by the service. */
export const requestListSchema = z.lazy(() =>
  z
    .object({
      page: z.number(invalid).int(invalid).min(0, invalid).max(100_000, invalid).default(0),
      pageSize: z.number(invalid).int(invalid).min(1, invalid).max(200, invalid).default(50),
      sort: enumOf(requestSortFields).default('receivedOn'),
      direction: z.enum(['asc', 'desc'], invalid).default('desc'),
      status: enumOf(requestStatuses).optional(),
      openOnly: z.boolean(invalid).optional(),
      right: enumOf(rights).optional(),
      overdue: z.boolean(invalid).optional(),
      /** Open and waiting for the proof of identity asked for: the dashboard's figure. */
      awaitingIdentity: z.boolean(invalid).optional(),
      dueWithinDays: z.number(invalid).int(invalid).min(0, invalid).max(366, invalid).optional(),
      receivedFrom: calendarDate.optional(),
      receivedTo: calendarDate.optional(),
      text: boundedText(maxLength.name).optional(),
    })
    .strict(),
);
export type RequestListQuery = z.output<typeof requestListSchema>;
export type RequestListInput = z.input<typeof requestListSchema>;

export interface RequestSummary {
  id: string;
  reference: string;
  receivedOn: string;
  requesterName: string;
  rights: RequestFields['rights'];
  status: RequestFields['status'];
  dueOn: string;
  suspended: boolean;
  extensionMonths: number;
  daysLeft: number | null;
  level: DeadlineLevel;
}

export interface RequestPage {
  rows: RequestSummary[];
  total: number;
  /** The count stopped at `total` and more requests match: shown as « plus de 1 000 ». */
  moreThanTotal: boolean;
  page: number;
  pageSize: number;
}

export const requestEventKinds = [
  'created',
  'updated',
  'statusChanged',
  'identityAsked',
  'identityReceived',
  'identityVerified',
  'idDocumentDeleted',
  'extended',
  'extensionNotified',
  'answered',
  'art19Notified',
  'suppressionListed',
  'attachmentAdded',
  'attachmentRemoved',
  'letterGenerated',
  'emailDraftWritten',
  'acknowledged',
] as const;
export type RequestEventKind = (typeof requestEventKinds)[number];

/** One line of the request's timeline. */
export interface RequestEvent {
  at: string;
  actor: string;
  kind: RequestEventKind;
  data: Record<string, string | number | boolean>;
}

export interface RequestView {
  request: RightsRequest;
  deadline: RequestDeadline;
  events: RequestEvent[];
  /** i18n keys of what the last save did on its own (an ID document deleted...). */
  notices: string[];
}

export interface SuppressionEntry {
  id: string;
  name: string;
  email: string;
  phone: string;
  addedOn: string;
  sourceReference: string;
}

export interface DashboardFigures {
  today: string;
  open: number;
  dueWithin7: number;
  overdue: number;
  awaitingIdentity: number;
  /** The last 12 months, oldest first: `2026-11` and how many requests arrived. */
  perMonth: { month: string; count: number }[];
  /** Requests received over the same 12 months, per right. */
  byRight: { right: RequestFields['rights'][number]; count: number }[];
  /** Breaches not closed, and the nearest CNIL deadline still to meet (Paris time, ISO). */
  openBreaches: number;
  nextBreachDeadline: { reference: string; due: string; minutesLeft: number } | null;
  /** The published notices: which no longer reflect the register, and which were never published. */
  notices: NoticesOverview;
}

export const requestIdSchema = z.lazy(() => z.object({ id: idText }).strict());
export const requestUpdateSchema = z.lazy(() =>
  z
    .object({
      id: idText,
      expectedUpdatedAt: z.string(invalid).max(40, invalid),
      request: requestInputSchema,
    })
    .strict(),
);
export const requestCreateSchema = z.lazy(() =>
  z.object({ createId: createIdSchema.optional(), request: requestInputSchema }).strict(),
);
export const requestAttachSchema = z.lazy(() =>
  z.object({ id: idText, kind: z.enum(['idDocument', 'other'], invalid) }).strict(),
);
export const requestAttachmentSchema = z.lazy(() =>
  z.object({ id: idText, attachmentId: idText }).strict(),
);
export const dueListSchema = z.lazy(() =>
  z
    .object({
      withinDays: z.number(invalid).int(invalid).min(0, invalid).max(366, invalid).default(7),
    })
    .strict(),
);

/**
 * The lists the dashboard's figures open, by figure: each figure counts what its list shows (a
 * test compares them).
 */
export const dashboardLists = {
  open: { openOnly: true },
  dueWithin7: { dueWithinDays: 7, sort: 'dueOn', direction: 'asc' },
  overdue: { overdue: true, sort: 'dueOn', direction: 'asc' },
  awaitingIdentity: { awaitingIdentity: true },
} as const satisfies Record<
  'open' | 'dueWithin7' | 'overdue' | 'awaitingIdentity',
  RequestListInput
>;
