/**
 * The copies of stored documents handed to the system viewer (a PDF to print, an identity
 * document to check, an email draft): personal data outside the database, so they live in one
 * folder, one subfolder per record they belong to, and are deleted with that record, when the
 * app quits and at the next start.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeFileName, type FileToOpen } from './files';

export interface ViewerCopies {
  /** Writes the copy and returns its path. */
  write(file: FileToOpen): string;
  /** Deletes the copies of one record's documents. */
  forget(ownerId: string): void;
  /** Deletes every copy. */
  clear(): void;
}

/** A record id becomes a folder name: nothing but letters, digits, dash and underscore. */
const folderOf = (ownerId: string) => ownerId.replace(/[^A-Za-z0-9_-]/g, '_') || 'autres';

export function viewerCopies(folder: string): ViewerCopies {
  return {
    write(file) {
      const place = join(folder, folderOf(file.ownerId ?? 'autres'), randomUUID());
      mkdirSync(place, { recursive: true });
      const path = join(place, safeFileName(file.fileName));
      writeFileSync(path, file.content);
      return path;
    },
    forget(ownerId) {
      rmSync(join(folder, folderOf(ownerId)), { recursive: true, force: true });
    },
    clear() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
