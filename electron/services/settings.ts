import { insertAuditEntry } from '../../db/audit';
import { getOrganisationSettings, putOrganisationSettings } from '../../db/settings';
import type {
  OrganisationSettings,
  OrganisationSettingsFields,
} from '../../shared/schemas/settings';
import type { Context } from './context';
import { transact } from './transact';

export function getSettings(ctx: Context): Promise<OrganisationSettings | null> {
  return getOrganisationSettings(ctx.db);
}

/** Saves the organisation and DPO; the audit entry is written in the same transaction. */
export function saveSettings(
  ctx: Context,
  fields: OrganisationSettingsFields,
): Promise<OrganisationSettings> {
  const now = ctx.clock();
  // Who saves is who was named before this save: renaming the DPO is the former DPO's act.
  const actor = ctx.actor;
  return transact(ctx, async (trx) => {
    const before = await getOrganisationSettings(trx);
    const after = await putOrganisationSettings(trx, fields, now.toISOString());
    await insertAuditEntry(trx, {
      at: now,
      actor,
      entity: 'organisation_settings',
      entityId: 'organisation',
      action: before === null ? 'create' : 'update',
      before,
      after,
    });
    return after;
  });
}
