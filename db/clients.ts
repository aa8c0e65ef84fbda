import type { Kysely } from 'kysely';
import type { Client, ClientFields } from '../shared/schemas/client';
import type { ClientRow, Database } from './schema';
import { lazy } from '../shared/lazy';

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    dpoContact: row.dpo_contact,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columnsOf(fields: ClientFields) {
  return {
    name: fields.name,
    address: fields.address,
    contact_name: fields.contactName,
    contact_email: fields.contactEmail,
    contact_phone: fields.contactPhone,
    dpo_contact: fields.dpoContact,
    notes: fields.notes,
  };
}

const frenchOrder = lazy(() => new Intl.Collator('fr', { sensitivity: 'base' }));

/** In French alphabetical order ("Énergies" before "Mutuelle"), then by id: always the same order. */
export async function listClients(db: Kysely<Database>): Promise<Client[]> {
  const rows = await db.selectFrom('client').selectAll().execute();
  return rows
    .map(toClient)
    .sort((a, b) => frenchOrder().compare(a.name, b.name) || a.id.localeCompare(b.id));
}

export async function getClient(db: Kysely<Database>, id: string): Promise<Client | null> {
  const row = await db.selectFrom('client').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toClient(row);
}

export async function insertClient(trx: Kysely<Database>, client: Client): Promise<void> {
  await trx
    .insertInto('client')
    .values({
      id: client.id,
      ...columnsOf(client),
      created_at: client.createdAt,
      updated_at: client.updatedAt,
    })
    .execute();
}

export async function updateClient(trx: Kysely<Database>, client: Client): Promise<void> {
  await trx
    .updateTable('client')
    .set({ ...columnsOf(client), updated_at: client.updatedAt })
    .where('id', '=', client.id)
    .execute();
}

export async function deleteClientRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('client').where('id', '=', id).execute();
}

/** References of the activities carried out for this client. */
export async function activitiesOfClient(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('activity_client')
    .innerJoin('processing_activity', 'processing_activity.id', 'activity_client.activity_id')
    .select(['processing_activity.reference', 'processing_activity.name'])
    .where('activity_client.client_id', '=', id)
    .orderBy('processing_activity.reference')
    .execute();
  return rows.map((row) => `${row.reference} ${row.name}`);
}
