/** What an import of a processors list shows before anything is written (issue 19, point 4). */
import type { ImportChange, ImportProblem } from './registerImport';
import type { ProcessorFields } from './processor';

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
  items: ProcessorImportItem[];
  problems: ImportProblem[];
}

/** The preview of a file chosen on the Documents page, with the id its confirmation names. */
export interface ProcessorImportChoice extends ProcessorImportPreview {
  importId: string;
}
