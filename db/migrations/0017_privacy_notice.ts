import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * The privacy notice (issue 20): which activities concern the public (prospects, clients, website
 * visitors: what the published notice speaks of), and the paragraphs the DPO writes around the
 * generated parts (an introduction, a closing), one per notice kind, part and language.
 */
export const migration0017 = defineMigration(17, async (trx) => {
  await sql`alter table processing_activity
    add column concerns_public integer not null default 0 check (concerns_public in (0, 1))`.execute(
    trx,
  );
  await sql`create table notice_paragraph (
    kind text not null,
    part text not null,
    language text not null,
    text text not null,
    updated_at text not null,
    primary key (kind, part, language)
  ) strict, without rowid`.execute(trx);
});
