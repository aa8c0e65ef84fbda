import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { cookieInputSchema, type Cookie, type CookieFields } from '../shared/schemas/cookie';
import type { CookieTable, Database } from './schema';

/** The record's own fields kept as JSON, checked when read: a file edited by hand fails here. */
const storedDetails = z.lazy(() =>
  cookieInputSchema.unwrap().pick({
    purpose: true,
    keepsConsentChoice: true,
    lifetime: true,
    domain: true,
    notes: true,
  }),
);

function columnsOf(cookie: Cookie): Omit<CookieTable, 'id' | 'created_at'> {
  return {
    name: cookie.name,
    provider_id: cookie.providerId,
    activity_id: cookie.activityId,
    category: cookie.category,
    consent: cookie.consent,
    party: cookie.party,
    details_json: JSON.stringify({
      purpose: cookie.purpose,
      keepsConsentChoice: cookie.keepsConsentChoice,
      lifetime: cookie.lifetime,
      domain: cookie.domain,
      notes: cookie.notes,
    }),
    updated_at: cookie.updatedAt,
  };
}

function cookieOf(row: Selectable<CookieTable>): Cookie {
  const fields: CookieFields = cookieInputSchema.parse({
    ...storedDetails.parse(JSON.parse(row.details_json)),
    name: row.name,
    providerId: row.provider_id,
    activityId: row.activity_id,
    category: row.category,
    consent: row.consent,
    party: row.party,
  });
  return { ...fields, id: row.id, createdAt: row.created_at, updatedAt: row.updated_at };
}

export async function insertCookie(trx: Kysely<Database>, cookie: Cookie): Promise<void> {
  await trx
    .insertInto('cookie')
    .values({ id: cookie.id, created_at: cookie.createdAt, ...columnsOf(cookie) })
    .execute();
}

export async function updateCookieRow(trx: Kysely<Database>, cookie: Cookie): Promise<void> {
  await trx.updateTable('cookie').set(columnsOf(cookie)).where('id', '=', cookie.id).execute();
}

export async function deleteCookieRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('cookie').where('id', '=', id).execute();
}

export async function getCookie(db: Kysely<Database>, id: string): Promise<Cookie | null> {
  const row = await db.selectFrom('cookie').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : cookieOf(row);
}

/** The whole inventory, by category then name: a site has tens of cookies, not thousands. */
export async function listCookies(db: Kysely<Database>): Promise<Cookie[]> {
  const rows = await db
    .selectFrom('cookie')
    .selectAll()
    .orderBy('category')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(cookieOf);
}
