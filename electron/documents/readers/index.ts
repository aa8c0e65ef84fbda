/**
 * Opens a spreadsheet the DPO chose, whatever its kind: told by its first bytes rather than its
 * name, so that a renamed file is read for what it is and anything else gets a clear message.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { readCsv } from './csvReader';
import { readOds } from './odsReader';
import { readLimits, type Spreadsheet } from './sheet';
import { readXlsx } from './xlsxReader';

export type { CellValue, Sheet, SheetCell, SheetRow, Spreadsheet } from './sheet';

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted Office workbook (password) or an old binary .xls. */
const compoundSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/** Reads the spreadsheet in `bytes`; `name` (the file's) tells an old .xls and names a CSV. */
export async function readSpreadsheetBytes(bytes: Buffer, name: string): Promise<Spreadsheet> {
  if (bytes.length > readLimits.bytes) {
    throw new AppError('VALIDATION', 'error.registerImport.tooLarge', {
      max: Math.round(readLimits.bytes / 1024 / 1024),
    });
  }
  if (startsWith(bytes, compoundSignature)) {
    throw new AppError(
      'VALIDATION',
      extname(name).toLowerCase() === '.xls'
        ? 'error.registerImport.oldXls'
        : 'error.registerImport.passwordProtected',
    );
  }
  if (startsWith(bytes, zipSignature)) {
    // An OpenDocument file starts with its uncompressed « mimetype » entry.
    const head = bytes.subarray(30, 120).toString('latin1');
    if (head.startsWith('mimetype')) {
      if (!head.includes('opendocument.spreadsheet')) {
        throw new AppError('VALIDATION', 'error.registerImport.notSpreadsheet');
      }
      return readOds(bytes);
    }
    return readXlsx(bytes);
  }
  if (bytes.includes(0)) throw new AppError('VALIDATION', 'error.registerImport.notSpreadsheet');
  return readCsv(bytes, basename(name));
}

/** A spreadsheet to import: its name as the DPO knows it, and its bytes. */
export interface SpreadsheetSource {
  name: string;
  bytes: Buffer;
}

/** A path given on the command line, or a file already chosen in a dialog, as a source. */
export function spreadsheetSourceOf(file: string | SpreadsheetSource): SpreadsheetSource {
  return typeof file === 'string' ? { name: file, bytes: readSpreadsheetFile(file) } : file;
}

/** The bytes of the file at `path`, refused with a message when missing or too large. */
export function readSpreadsheetFile(path: string): Buffer {
  try {
    if (statSync(path).size > readLimits.bytes) {
      throw new AppError('VALIDATION', 'error.registerImport.tooLarge', {
        max: Math.round(readLimits.bytes / 1024 / 1024),
      });
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', 'error.registerImport.fileNotFound', {
      file: path,
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
    });
  }
}

export async function readSpreadsheet(path: string): Promise<Spreadsheet> {
  return readSpreadsheetBytes(readSpreadsheetFile(path), path);
}
