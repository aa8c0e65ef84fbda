import { sql, type Kysely, type Selectable } from 'kysely';
import { deadlineOf, initialNotificationOf } from '../shared/breaches/state';
import { breachInputSchema, type Breach } from '../shared/schemas/breach';
import { lazy } from '../shared/lazy';
import { foldForSearch } from '../shared/text';
import type { BreachTable, Database } from './schema';

/** The record's own fields, checked when read: a file edited by hand fails here, loudly. */
const storedDetails = lazy(() =>
  breachInputSchema.unwrap().omit({ activityIds: true, processorIds: true }),
);
/** Their names, for writing them. */
const storedKeys = lazy(() => new Set(Object.keys(storedDetails().shape)));

function columnsOf(breach: Breach): Omit<BreachTable, 'id' | 'created_at'> {
  const notified = initialNotificationOf(breach);
  const deadline = deadlineOf(breach);
  const { activityIds: _activities, processorIds: _processors, ...details } = breach;
  return {
    reference: breach.reference,
    title: breach.title,
    aware_at: new Date(deadline.aware).toISOString(),
    due_at: new Date(deadline.due).toISOString(),
    risk_level: breach.riskLevel,
    notified_at: notified === null ? null : notified.toISOString(),
    is_open: breach.closedOn === '' ? 1 : 0,
    search_text: foldForSearch(`${breach.reference} ${breach.title}`),
    details_json: JSON.stringify(
      Object.fromEntries(Object.entries(details).filter(([key]) => storedKeys().has(key))),
    ),
    updated_at: breach.updatedAt,
  };
}

export async function nextBreachReference(trx: Kysely<Database>, year: string): Promise<string> {
  const prefix = `VDP-${year}-`;
  const row = await trx
    .selectFrom('breach')
    .select(
      sql<number | null>`max(cast(substr(reference, ${prefix.length + 1}) as integer))`.as('last'),
    )
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirst();
  return `${prefix}${String((row?.last ?? 0) + 1).padStart(4, '0')}`;
}

async function writeLinks(trx: Kysely<Database>, breach: Breach): Promise<void> {
  await trx.deleteFrom('breach_activity').where('breach_id', '=', breach.id).execute();
  await trx.deleteFrom('breach_processor').where('breach_id', '=', breach.id).execute();
  const activities = [...new Set(breach.activityIds)];
  const processors = [...new Set(breach.processorIds)];
  if (activities.length > 0) {
    await trx
      .insertInto('breach_activity')
      .values(activities.map((id) => ({ breach_id: breach.id, activity_id: id })))
      .execute();
  }
  if (processors.length > 0) {
    await trx
      .insertInto('breach_processor')
      .values(processors.map((id) => ({ breach_id: breach.id, processor_id: id })))
      .execute();
  }
}

export async function insertBreach(trx: Kysely<Database>, breach: Breach): Promise<void> {
  await trx
    .insertInto('breach')
    .values({ id: breach.id, created_at: breach.createdAt, ...columnsOf(breach) })
    .execute();
  await writeLinks(trx, breach);
}

export async function updateBreach(trx: Kysely<Database>, breach: Breach): Promise<void> {
  await trx.updateTable('breach').set(columnsOf(breach)).where('id', '=', breach.id).execute();
  await writeLinks(trx, breach);
}

export async function deleteBreachRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('breach').where('id', '=', id).execute();
}

/** Breaches with their links, in three queries whatever their number. */
async function breachesOf(
  db: Kysely<Database>,
  rows: Selectable<BreachTable>[],
): Promise<Breach[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [activities, processors] = await Promise.all([
    db.selectFrom('breach_activity').selectAll().where('breach_id', 'in', ids).execute(),
    db.selectFrom('breach_processor').selectAll().where('breach_id', 'in', ids).execute(),
  ]);
  return rows.map((row) => ({
    ...storedDetails().parse(JSON.parse(row.details_json)),
    id: row.id,
    reference: row.reference,
    activityIds: activities
      .filter((link) => link.breach_id === row.id)
      .map((link) => link.activity_id),
    processorIds: processors
      .filter((link) => link.breach_id === row.id)
      .map((link) => link.processor_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export async function getBreach(db: Kysely<Database>, id: string): Promise<Breach | null> {
  const rows = await db.selectFrom('breach').selectAll().where('id', '=', id).execute();
  const [breach] = await breachesOf(db, rows);
  return breach ?? null;
}

/** Every breach, newest awareness first: a register holds tens, not thousands. */
export async function listBreaches(db: Kysely<Database>): Promise<Breach[]> {
  const rows = await db
    .selectFrom('breach')
    .selectAll()
    .orderBy('aware_at', 'desc')
    .orderBy('reference', 'desc')
    .execute();
  return breachesOf(db, rows);
}
