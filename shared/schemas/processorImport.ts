/** What an import of a processors list shows before anything is written (issue 19, point 4). */
import { z } from 'zod';
import {
  importRemapSchema,
  mappingSaveSchema,
  type ImportChange,
  type ImportProblem,
} from './registerImport';
import type { ProcessorFields } from './processor';

const invalid = { error: 'validation.invalid' } as const;

/** What a column of a processors list holds; `notes` keeps it as written, `ignore` drops it. */
export const processorListFields = [
  'name',
  'role',
  'category',
  'country',
  'address',
  'contactName',
  'contactEmail',
  'contactPhone',
  'services',
  'contractStatus',
  'contractSignedOn',
  'contractReviewOn',
  'lastAuditOn',
  'transferCountry',
  'transferSafeguard',
  'notes',
  'ignore',
] as const;
export type ProcessorListField = (typeof processorListFields)[number];

/** A processors list's mapping as saved and reused: each header, as written, to what it fills. */
export const processorMappingSchema = z.lazy(() =>
  z
    .object({
      columns: z.record(z.string(invalid).max(200, invalid), z.enum(processorListFields, invalid)),
    })
    .strict(),
);
export type ProcessorMapping = z.output<typeof processorMappingSchema>;

export const processorImportRemapSchema = importRemapSchema(processorMappingSchema);
export const processorMappingSaveSchema = mappingSaveSchema(processorMappingSchema);

export interface ProcessorMappedColumn {
  header: string;
  /** « C ». */
  column: string;
  field: ProcessorListField;
  /** True when the app proposed it from the header's words. */
  proposed: boolean;
}

export interface ProcessorImportItem {
  change: ImportChange;
  /** The spreadsheet's row. */
  row: number;
  id: string | null;
  fields: ProcessorFields;
}

export interface ProcessorImportPreview {
  file: string;
  sha256: string;
  counts: Record<ImportChange, number> & { refused: number };
  mapping: ProcessorMappedColumn[];
  items: ProcessorImportItem[];
  problems: ImportProblem[];
}

/** The preview of a file chosen on the Documents page, with the id its confirmation names. */
export interface ProcessorImportChoice extends ProcessorImportPreview {
  importId: string;
}
