import type { ProcessingActivity } from '../../shared/schemas/activity';
import type { BreachView } from '../../shared/schemas/breach';
import type { Client } from '../../shared/schemas/client';
import type { CookieView } from '../../shared/schemas/cookie';
import type { Processor } from '../../shared/schemas/processor';
import type { OrganisationSettings } from '../../shared/schemas/settings';
import type { CalendarItem } from '../../shared/retention/calendar';
import type { RetentionRule, TrackedItem } from '../../shared/schemas/retention';
import type { Right } from '../../shared/rights/vocabulary';
import { linkedProcessors, transfersOf } from '../../shared/register/transfers';
import {
  safeguardText,
  type RegisterLookups,
  type Translate,
} from '../../shared/register/describe';

/** One line of the requests log: what a register export shows of a rights request. */
export interface RequestLogRow {
  reference: string;
  receivedOn: string;
  channel: string;
  rights: Right[];
  status: string;
  dueOn: string;
  extensionMonths: number;
  responseOn: string;
  /** "Accès : accordée ; Effacement : refusée" */
  outcomes: { right: string; outcome: string }[];
  requesterName: string;
}

/** Everything a register document shows, gathered once by the service. */
export interface RegisterData {
  organisation: OrganisationSettings | null;
  /** `YYYY-MM-DD`, the edition date. */
  today: string;
  /** `2026-T4` */
  quarter: string;
  appVersion: string;
  activities: ProcessingActivity[];
  clients: Client[];
  processors: Processor[];
  rules: RetentionRule[];
  trackedItems: TrackedItem[];
  calendar: CalendarItem[];
  /** The breach register (Art. 33(5)), oldest first. */
  breaches: BreachView[];
  /** The cookie and tracker inventory, with providers, transfers and warnings. */
  cookies: CookieView[];
  requestCount: number;
  /** The requests log, read page by page (100,000 requests never sit in memory at once). */
  requests: () => AsyncIterable<RequestLogRow>;
  /** Requesters' names only when the DPO asks for them. */
  includeRequesterNames: boolean;
}

/** Progress of a long export: `done` of `total` steps. */
export type Progress = (done: number, total: number) => void;

/** The processors and clients by id, as the register's text needs them. */
export function registerLookups(data: RegisterData): RegisterLookups {
  return {
    processors: new Map(data.processors.map((p) => [p.id, p])),
    clients: new Map(data.clients.map((c) => [c.id, c])),
  };
}

/** "T-0001 Prospection commerciale" by activity id. */
export function activityNames(data: RegisterData): ReadonlyMap<string, string> {
  return new Map(data.activities.map((a) => [a.id, `${a.reference} ${a.name}`]));
}

/** One transfer outside the EU, from an activity or from a processor. */
export interface TransferRow {
  from: 'activity' | 'processor';
  source: string;
  recipient: string;
  country: string;
  safeguard: string;
  documentation: string;
}

/**
 * Every transfer outside the EU the register declares, as the records say it: each activity's
 * own and its linked processors', each recipient and country once (the same truth as the record,
 * the Registre sheet and the letters); then the transfers of processors no activity is linked to.
 */
export function transferRows(data: RegisterData, t: Translate): TransferRow[] {
  const linked = new Set(
    data.activities.flatMap((a) => linkedProcessors(a, data.processors).map((p) => p.id)),
  );
  return [
    ...data.activities.flatMap((a) =>
      transfersOf([a], data.processors).map((tr) => ({
        from: 'activity' as const,
        source: `${a.reference} ${a.name}`,
        recipient: tr.recipient,
        country: tr.country,
        safeguard: safeguardText(tr.safeguard, t),
        documentation: tr.documentation,
      })),
    ),
    ...data.processors
      .filter((p) => !linked.has(p.id))
      .flatMap((p) =>
        p.transfers.map((tr) => ({
          from: 'processor' as const,
          source: `${t(`enum.role.${p.role}`)} : ${p.name}`,
          recipient: p.name,
          country: tr.country,
          safeguard: safeguardText(tr.safeguard, t),
          documentation: tr.documentation,
        })),
      ),
  ];
}
