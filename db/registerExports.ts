import type { Kysely } from 'kysely';
import type { RegisterExport, RegisterSnapshot } from '../shared/schemas/documents';
import type { Database, RegisterExportTable } from './schema';

function toExport(row: RegisterExportTable): RegisterExport {
  return {
    id: row.id,
    madeAt: row.made_at,
    actor: row.actor,
    kind: row.kind === 'pdf' ? 'pdf' : 'xlsx',
    quarter: row.quarter,
    fileName: row.file_name,
    sha256: row.sha256,
    size: row.size,
    counts: JSON.parse(row.counts_json) as Record<string, number>,
  };
}

export async function insertRegisterExport(
  trx: Kysely<Database>,
  record: RegisterExport,
  snapshot: RegisterSnapshot,
): Promise<void> {
  await trx
    .insertInto('register_export')
    .values({
      id: record.id,
      made_at: record.madeAt,
      actor: record.actor,
      kind: record.kind,
      quarter: record.quarter,
      file_name: record.fileName,
      sha256: record.sha256,
      size: record.size,
      counts_json: JSON.stringify(record.counts),
      snapshot_json: JSON.stringify(snapshot),
    })
    .execute();
}

/** Newest first. */
export async function listRegisterExports(db: Kysely<Database>): Promise<RegisterExport[]> {
  const rows = await db
    .selectFrom('register_export')
    .selectAll()
    .orderBy('made_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toExport);
}

export async function getRegisterExport(
  db: Kysely<Database>,
  id: string,
): Promise<{ record: RegisterExport; snapshot: RegisterSnapshot } | null> {
  const row = await db
    .selectFrom('register_export')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return null;
  return { record: toExport(row), snapshot: JSON.parse(row.snapshot_json) as RegisterSnapshot };
}

/** Whether the register went out to Excel for that quarter (the calendar's quarterly export). */
export async function hasQuarterlyExport(db: Kysely<Database>, quarter: string): Promise<boolean> {
  const row = await db
    .selectFrom('register_export')
    .select('id')
    .where('quarter', '=', quarter)
    .where('kind', '=', 'xlsx')
    .executeTakeFirst();
  return row !== undefined;
}
