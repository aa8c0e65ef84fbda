/**
 * An erasure is complete only once the WAL no longer holds the person's page images. When a
 * reader keeps it from being emptied, the erasure is marked pending (in the database, so that it
 * survives a crash) and finished later: on a timer while the file is open, when it closes, and
 * at the next start.
 */
import { truncateWalWithin } from '../../db/erasure';
import { getPreference, putPreference } from '../../db/preferences';
import type { Context } from './context';

const pendingKey = 'erasurePending';
/** How long an erasure waits for readers before saying it is not finished yet. */
export const erasureWaitMs = 3_000;
const retryEveryMs = 30_000;

const timers = new WeakMap<Context, ReturnType<typeof setInterval>>();

export async function erasurePending(ctx: Context): Promise<boolean> {
  return (await getPreference(ctx.db, pendingKey)) === 'true';
}

/** Empties the WAL if an erasure is pending; true when nothing is left to do. */
export async function finishPendingErasure(
  ctx: Context,
  budgetMs = erasureWaitMs,
): Promise<boolean> {
  if (!(await erasurePending(ctx))) return true;
  if (!(await truncateWalWithin(ctx.db, budgetMs))) return false;
  await putPreference(ctx.db, pendingKey, 'false');
  // The flag's own write is the only thing left in the WAL: empty it too.
  await truncateWalWithin(ctx.db, budgetMs);
  const timer = timers.get(ctx);
  if (timer !== undefined) clearInterval(timer);
  timers.delete(ctx);
  return true;
}

/** After an erasure's transaction: true when the bytes are gone, false when it will be retried. */
export async function completeErasure(ctx: Context): Promise<boolean> {
  // Inside a caller's transaction (the example data, an import): the caller's commit comes first.
  if (ctx.db.isTransaction) return true;
  if (await truncateWalWithin(ctx.db, erasureWaitMs)) return true;
  await putPreference(ctx.db, pendingKey, 'true');
  if (!timers.has(ctx)) {
    const timer = setInterval(() => {
      void finishPendingErasure(ctx).catch(() => undefined);
    }, retryEveryMs);
    timer.unref();
    timers.set(ctx, timer);
  }
  return false;
}

/** Stops the retry timer (the file is closing; `finishPendingErasure` has had its last try). */
export function stopErasureRetries(ctx: Context): void {
  const timer = timers.get(ctx);
  if (timer !== undefined) clearInterval(timer);
  timers.delete(ctx);
}
