import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Context } from './context';

/**
 * Runs `work` in a transaction, or inside the caller's one when the Context already holds a
 * transaction, so that use cases compose (the example register loads in one transaction).
 */
export function transact<T>(ctx: Context, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db);
  return ctx.db.transaction().execute(work);
}

/** The same Context, bound to a transaction. */
export function withTransaction(ctx: Context, trx: Kysely<Database>): Context {
  return { ...ctx, db: trx };
}
