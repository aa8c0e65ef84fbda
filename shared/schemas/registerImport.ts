/**
 * What an import of a register kept in a spreadsheet shows before anything is written: each
 * activity as it would be stored, whether it is added, modified or unchanged (the words of the
 * export comparison), and every problem with its sheet, cell and field.
 */
import { z } from 'zod';
import type { MessageValues } from '../errors';
import type { ActivityFields } from './activity';

const invalid = { error: 'validation.invalid' } as const;

export const importProblemLevels = ['error', 'warning'] as const;
export type ImportProblemLevel = (typeof importProblemLevels)[number];

/** Each is worded by the i18n key `registerImport.problem.<code>`. */
export const importProblemCodes = [
  'unreadableDate',
  'unknownLegalBasis',
  'countryNotRecognised',
  'privacyShield',
  'safeguardNotRecognised',
  'retentionAsCriteria',
  'categoryNotRecognised',
  'sensitiveNotRecognised',
  'recipientKindGuessed',
  'securityNotRecognised',
  'missingName',
  'invalidField',
  'duplicateInFile',
  'hiddenSheet',
  'listedWithoutFiche',
  'rightNotRecognised',
  'statusNotRecognised',
  'missingRequester',
  'missingRights',
  'futureDate',
  'requestRefused',
  'outcomeAssumed',
  'channelNotRecognised',
  'identityNotDated',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export interface ImportProblem {
  /** An error leaves the activity out of the import; a warning imports it as shown. */
  level: ImportProblemLevel;
  code: ImportProblemCode;
  sheet: string;
  /** « B12 », or '' when the problem is the whole sheet. */
  cell: string;
  /** The record's field (`transfers.0.country`), or '' when none. */
  field: string;
  values?: MessageValues;
}

export const importChanges = ['added', 'modified', 'unchanged'] as const;
export type ImportChange = (typeof importChanges)[number];

export interface ImportedActivity {
  /** Where it was read: the fiche sheet, or the list's row. */
  sheet: string;
  /** The file's own « N° / RÉF », as written. */
  fileReference: string;
  /** The fiche's dates, read as calendar dates ('' when absent or unreadable). */
  createdOn: string;
  updatedOn: string;
  fields: ActivityFields;
}

export interface ImportPreviewItem extends ImportedActivity {
  change: ImportChange;
  /** The matched record's id and reference (modified, unchanged), null for an added one. */
  id: string | null;
  reference: string | null;
  /** The first-level fields that change, for a modified record. */
  changedFields: string[];
}

export interface ImportPreview {
  file: string;
  format: 'xlsx' | 'ods' | 'csv';
  /** How the file was read: the CNIL model, or a flat table through a mapping. */
  layout: 'cnil' | 'flat';
  /** SHA-256 of the file read: the apply step refuses a file changed since the preview. */
  sha256: string;
  counts: Record<ImportChange, number> & { refused: number };
  /** The flat table's columns and what each fills (empty for the CNIL model). */
  mapping: MappedColumn[];
  items: ImportPreviewItem[];
  problems: ImportProblem[];
}

export interface ImportApplyReport {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  backupPath: string;
}

/** What a column of a flat table (one row per activity) holds; `notes` keeps it as written. */
export const flatFields = [
  'name',
  'reference',
  'purpose',
  'legalBasis',
  'dataSubjects',
  'dataCategories',
  'retention',
  'sensitiveData',
  'recipients',
  'transferRecipient',
  'transferCountry',
  'transferSafeguard',
  'security',
  'ownerService',
  'ownerContact',
  'jointController',
  'software',
  'informationNotice',
  'concernsPublic',
  'createdOn',
  'updatedOn',
  'notes',
  'ignore',
] as const;
export type FlatField = (typeof flatFields)[number];

/**
 * A flat table's mapping as the DPO saves and reuses it: each header, as written in the file,
 * to the field it fills. Headers the mapping does not name take the proposal.
 */
export const flatMappingSchema = z.lazy(() =>
  z
    .object({
      columns: z.record(z.string(invalid).max(200, invalid), z.enum(flatFields, invalid)),
    })
    .strict(),
);
export type FlatMapping = z.output<typeof flatMappingSchema>;

/** One column of the mapping used, shown with the preview. */
export interface MappedColumn {
  header: string;
  /** « C ». */
  column: string;
  field: FlatField;
  /** True when the app proposed it from the header's words (false: the DPO's mapping). */
  proposed: boolean;
}

/** The preview of a file chosen on the Documents page, with the id its confirmation names. */
export interface RegisterImportChoice extends ImportPreview {
  importId: string;
}

/**
 * A new mapping for the file waiting under `importId` (a register, processors or requests): the
 * preview is computed again.
 */
export function importRemapSchema<M extends z.ZodType>(mapping: M) {
  return z.lazy(() =>
    z.object({ importId: z.string(invalid).min(1, invalid).max(64, invalid), mapping }).strict(),
  );
}

/** The mapping to keep for the next files of that kind: headers it names take its field. */
export function mappingSaveSchema<M extends z.ZodType>(mapping: M) {
  return z.lazy(() => z.object({ mapping }).strict());
}

export const registerImportRemapSchema = importRemapSchema(flatMappingSchema);
export const registerMappingSaveSchema = mappingSaveSchema(flatMappingSchema);

export const registerImportApplySchema = z.lazy(() =>
  z
    .object({
      importId: z.string(invalid).min(1, invalid).max(64, invalid),
      sha256: z.string(invalid).regex(/^[0-9a-f]{64}$/, invalid),
    })
    .strict(),
);
