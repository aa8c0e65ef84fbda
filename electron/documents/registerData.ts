import type { ProcessingActivity } from '../../shared/schemas/activity';
import type { Client } from '../../shared/schemas/client';
import type { Processor } from '../../shared/schemas/processor';
import type { OrganisationSettings } from '../../shared/schemas/settings';
import type { CalendarItem } from '../../shared/retention/calendar';
import type { RetentionRule, TrackedItem } from '../../shared/schemas/retention';
import type { Right } from '../../shared/rights/vocabulary';

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
  requestCount: number;
  /** The requests log, read page by page (100,000 requests never sit in memory at once). */
  requests: () => AsyncIterable<RequestLogRow>;
  /** Requesters' names only when the DPO asks for them. */
  includeRequesterNames: boolean;
}

/** Progress of a long export: `done` of `total` steps. */
export type Progress = (done: number, total: number) => void;
