import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { FileAccess } from './files';

/** Everything a service needs, passed in: services never reach for Electron or globals. */
export interface Context {
  db: Kysely<Database>;
  /** The current instant; tests pass a fixed clock. */
  clock: () => Date;
  /**
   * Who acts, for the audit journal and the proofs: the DPO named in Paramètres, or the
   * operating-system account while no name is set.
   */
  readonly actor: string;
  paths: { database: string };
  appVersion: string;
  /** Dialogs and viewers for the user's documents. */
  files: FileAccess;
  /**
   * Puts another database file (a checked backup) in place of the open one: closes it, swaps the
   * files, reopens and migrates; `db` then reads the new file. Only the opener can do it.
   */
  replaceDatabase(source: string): Promise<void>;
}
