import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Context } from './context';

/**
 * Runs `work` in a transaction, or inside the caller's one when the Context already holds a
 * transaction, so that use cases compose (the example register loads in one transaction).
 */
export async function transact<T>(
  ctx: Context,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db);
  const trx = await ctx.db.startTransaction().execute();
  try {
    const result = await work(trx);
    await trx.commit().execute();
    return result;
  } catch (error) {
    // After a full disk or an I/O error SQLite has already rolled back, and ROLLBACK itself
    // fails; the error the user must see is the first one.
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
}

/** The same Context, bound to a transaction. */
export function withTransaction(ctx: Context, trx: Kysely<Database>): Context {
  // The actor is read when a write is made (the DPO named in Paramètres may be saved in this very
  // transaction): a copy keeps asking the context rather than freezing the name of now.
  return Object.defineProperty({ ...ctx, db: trx }, 'actor', {
    get: () => ctx.actor,
    enumerable: true,
  });
}
