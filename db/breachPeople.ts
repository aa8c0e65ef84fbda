import type { Kysely } from 'kysely';
import {
  breachPersonSchema,
  type BreachPerson,
  type BreachPeopleView,
} from '../shared/schemas/breachPeople';
import { newId } from './ids';
import type { Database } from './schema';

/** Replaces a breach's list of people to tell, in the caller's transaction. */
export async function replaceBreachPeople(
  trx: Kysely<Database>,
  breachId: string,
  people: readonly BreachPerson[],
  now: Date,
): Promise<void> {
  await trx.deleteFrom('breach_person').where('breach_id', '=', breachId).execute();
  const importedAt = now.toISOString();
  // Batches keep each statement under SQLite's bound-parameter limit.
  for (let start = 0; start < people.length; start += 500) {
    await trx
      .insertInto('breach_person')
      .values(
        people.slice(start, start + 500).map((person, index) => ({
          id: newId(now),
          breach_id: breachId,
          position: start + index,
          name: person.name,
          email: person.email,
          address: person.address,
          imported_at: importedAt,
        })),
      )
      .execute();
  }
}

export async function deleteBreachPeople(trx: Kysely<Database>, breachId: string): Promise<number> {
  const result = await trx.deleteFrom('breach_person').where('breach_id', '=', breachId).execute();
  return Number(result[0]?.numDeletedRows ?? 0);
}

/** The list's figures and its first lines, as the record shows them. */
export async function breachPeopleView(
  db: Kysely<Database>,
  breachId: string,
  shown = 50,
): Promise<BreachPeopleView> {
  const figures = await db
    .selectFrom('breach_person')
    .where('breach_id', '=', breachId)
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.count<number>(eb.case().when('email', '!=', '').then(1).end()).as('withEmail'),
      eb.fn.count<number>(eb.case().when('address', '!=', '').then(1).end()).as('withAddress'),
      eb.fn.min('imported_at').as('importedAt'),
    ])
    .executeTakeFirstOrThrow();
  const first = await db
    .selectFrom('breach_person')
    .where('breach_id', '=', breachId)
    .orderBy('position')
    .limit(shown)
    .select(['name', 'email', 'address'])
    .execute();
  return {
    count: figures.count,
    withEmail: figures.withEmail,
    withAddress: figures.withAddress,
    importedAt: figures.importedAt,
    firstPeople: first,
  };
}

/** Every person of the list, in the order of the file, read back through the schema. */
export async function* breachPeople(
  db: Kysely<Database>,
  breachId: string,
): AsyncGenerator<BreachPerson> {
  let after = -1;
  for (;;) {
    const page = await db
      .selectFrom('breach_person')
      .where('breach_id', '=', breachId)
      .where('position', '>', after)
      .orderBy('position')
      .limit(1_000)
      .select(['position', 'name', 'email', 'address'])
      .execute();
    for (const row of page) {
      yield breachPersonSchema.parse({ name: row.name, email: row.email, address: row.address });
    }
    const last = page.at(-1);
    if (last === undefined || page.length < 1_000) return;
    after = last.position;
  }
}
