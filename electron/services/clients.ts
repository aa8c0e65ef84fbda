import { insertAuditEntry } from '../../db/audit';
import {
  activitiesOfClient,
  deleteClientRow,
  getClient,
  insertClient,
  listClients as listClientRows,
  updateClient,
} from '../../db/clients';
import { newId } from '../../db/ids';
import { AppError } from '../../shared/errors';
import type { Client, ClientFields } from '../../shared/schemas/client';
import type { Context } from './context';
import { transact } from './transact';

export function listClients(ctx: Context): Promise<Client[]> {
  return listClientRows(ctx.db);
}

export function saveClient(
  ctx: Context,
  input: { id?: string | undefined; client: ClientFields },
): Promise<Client> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = input.id === undefined ? null : await getClient(trx, input.id);
    if (input.id !== undefined && before === null) {
      throw new AppError('NOT_FOUND', 'error.client.notFound');
    }
    const after: Client = {
      ...input.client,
      id: before?.id ?? newId(now),
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    if (before === null) await insertClient(trx, after);
    else await updateClient(trx, after);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'client',
      entityId: after.id,
      action: before === null ? 'create' : 'update',
      before,
      after,
    });
    return after;
  });
}

/** Refused while activities are still carried out for the client: they are named. */
export function deleteClient(ctx: Context, id: string): Promise<{ id: string }> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await getClient(trx, id);
    if (before === null) throw new AppError('NOT_FOUND', 'error.client.notFound');
    const usedBy = await activitiesOfClient(trx, id);
    if (usedBy.length > 0) {
      throw new AppError(
        'CONFLICT',
        'error.client.inUse',
        { name: before.name, activities: usedBy.join(', ') },
        { usedBy },
      );
    }
    await deleteClientRow(trx, id);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'client',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
    return { id };
  });
}
