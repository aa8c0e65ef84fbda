import { AppError } from '../../shared/errors';

/**
 * What the disk or the file refused, in the user's words: the transaction was rolled back, so
 * nothing was written and nothing already saved is lost.
 */
export function storageError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('UNAVAILABLE', 'error.storage.diskFull');
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES') {
    return new AppError('UNAVAILABLE', 'error.storage.readOnly');
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return new AppError('UNAVAILABLE', 'error.storage.busy');
  }
  return null;
}
