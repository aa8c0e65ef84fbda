import type { Migration, MigrationProvider } from 'kysely/migration';
import { migration0001 } from './0001_audit_journal';
import { migration0002 } from './0002_organisation_settings';
import { migration0003 } from './0003_preferences';
import { migration0004 } from './0004_register';
import { migration0005 } from './0005_processors';
import { migration0006 } from './0006_requests';
import { migration0007 } from './0007_letters';
import { migration0008 } from './0008_retention';
import { migration0009 } from './0009_register_exports';
import { migration0010 } from './0010_letter_mentions';
import { migration0011 } from './0011_organisation_contacts';
import { migration0012 } from './0012_requester_order';
import { migration0013 } from './0013_breaches';
import { migration0014 } from './0014_breach_people';
import { migration0015 } from './0015_request_figures';
import { migration0016 } from './0016_cookies';
import { migration0017 } from './0017_privacy_notice';
import { migration0018 } from './0018_notice_publications';
import { migration0019 } from './0019_due_index';

/**
 * Every migration, listed statically (the main process is bundled: no folder scanning).
 * Names sort in order; the number in each name is the schema version it leads to.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_audit_journal': migration0001,
  '0002_organisation_settings': migration0002,
  '0003_preferences': migration0003,
  '0004_register': migration0004,
  '0005_processors': migration0005,
  '0006_requests': migration0006,
  '0007_letters': migration0007,
  '0008_retention': migration0008,
  '0009_register_exports': migration0009,
  '0010_letter_mentions': migration0010,
  '0011_organisation_contacts': migration0011,
  '0012_requester_order': migration0012,
  '0013_breaches': migration0013,
  '0014_breach_people': migration0014,
  '0015_request_figures': migration0015,
  '0016_cookies': migration0016,
  '0017_privacy_notice': migration0017,
  '0018_notice_publications': migration0018,
  '0019_due_index': migration0019,
};

export const migrationNames = Object.keys(migrations);
/**
 * The version the last migration leads to (the number in its name): the same as the count once
 * every numbered migration is listed, and right while a branch waits for a lower number's merge.
 */
export const latestSchemaVersion = Number((migrationNames.at(-1) ?? '0').slice(0, 4));

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
