import type { FieldChange } from './diff';

export type HistoryAction = 'create' | 'update' | 'delete';

/** One line of a record's History tab: who changed what, and when, field by field. */
export interface HistoryEntry {
  at: string;
  actor: string;
  action: HistoryAction;
  changes: FieldChange[];
}
