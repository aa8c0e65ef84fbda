/**
 * A requests log kept in a spreadsheet (one row per request, the DPO's own headers), shown before
 * anything is written like the register's import: each request as it would be stored, with the
 * due date the deadline engine gives it, and every problem by sheet, cell and field.
 */
import { z } from 'zod';
import {
  importRemapSchema,
  mappingSaveSchema,
  type ImportChange,
  type ImportProblem,
} from './registerImport';
import type { RequestFields } from './request';

const invalid = { error: 'validation.invalid' } as const;

/** What a column of a requests log holds; `notes` keeps it as written, `ignore` drops it. */
export const requestLogFields = [
  'reference',
  'receivedOn',
  'requesterName',
  'requesterEmail',
  'requesterAddress',
  'channel',
  'dataSubjectName',
  'identity',
  'rights',
  'status',
  'responseOn',
  'outcome',
  'notes',
  'ignore',
] as const;
export type RequestLogField = (typeof requestLogFields)[number];

/** A requests log's mapping as saved and reused: each header, as written, to what it fills. */
export const requestMappingSchema = z.lazy(() =>
  z
    .object({
      columns: z.record(z.string(invalid).max(200, invalid), z.enum(requestLogFields, invalid)),
    })
    .strict(),
);
export type RequestMapping = z.output<typeof requestMappingSchema>;

export const requestImportRemapSchema = importRemapSchema(requestMappingSchema);
export const requestMappingSaveSchema = mappingSaveSchema(requestMappingSchema);

export interface RequestMappedColumn {
  header: string;
  /** « C ». */
  column: string;
  field: RequestLogField;
  /** True when the app proposed it from the header's words. */
  proposed: boolean;
}

export interface RequestImportItem {
  change: ImportChange;
  /** The spreadsheet's row. */
  row: number;
  /** The matched request (modified, unchanged), null for an added one. */
  id: string | null;
  reference: string | null;
  fields: RequestFields;
  /** The answer's due date as the deadline engine computes it for this request. */
  dueOn: string;
  /**
   * Answered, but the log does not say with what outcome: the tracker needs one per right, so
   * « Accordé » is supposed, to check (the preview says it on the row).
   */
  outcomeAssumed: boolean;
}

export interface RequestImportPreview {
  file: string;
  sha256: string;
  counts: Record<ImportChange, number> & { refused: number };
  mapping: RequestMappedColumn[];
  items: RequestImportItem[];
  problems: ImportProblem[];
}

/** The preview of a file chosen on the Documents page, with the id its confirmation names. */
export interface RequestImportChoice extends RequestImportPreview {
  importId: string;
}
