import { z } from 'zod';

export const backupReasonSchema = z.lazy(() =>
  z.enum(['auto', 'manual', 'before-migration', 'before-import', 'before-restore']),
);
export type BackupReasonName = z.output<typeof backupReasonSchema>;

export interface Backup {
  /** The file's name in the backups folder: what the UI sends back to restore it. */
  name: string;
  takenAt: string;
  reason: BackupReasonName;
  size: number;
}

export interface BackupList {
  folder: string;
  backups: Backup[];
  /** Why the last automatic backup could not be made (shown until one succeeds), or null. */
  failure: string | null;
}

export interface RestoreReport {
  restoredFrom: string;
  /** The copy of the database as it was just before the restore. */
  safetyCopy: Backup;
}

/** A backup named by its file name only: the renderer never sends a path. */
export const restoreBackupSchema = z.lazy(() =>
  z.strictObject({
    name: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\]+\.sqlite$/, { message: 'validation.backupName' }),
  }),
);
