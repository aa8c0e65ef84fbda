import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { FileAccess } from './files';

/** Everything a service needs, passed in: services never reach for Electron or globals. */
export interface Context {
  db: Kysely<Database>;
  /** The current instant; tests pass a fixed clock. */
  clock: () => Date;
  /** Who acts, for the audit journal (the operating-system user name). */
  actor: string;
  paths: { database: string };
  appVersion: string;
  /** Dialogs and viewers for the user's documents. */
  files: FileAccess;
}
