/**
 * `export xlsx --layout cnil`: the register as the CNIL model arranges it, for a DPO who hands
 * it to someone used to that model, or takes it back into DPO Desk (the import reads it whole).
 */
import { listActivities } from '../../db/activities';
import { getOrganisationSettings } from '../../db/settings';
import { cnilWorkbookOf } from '../documents/registerCnilXlsx';
import type { Context } from './context';

/** Writes the workbook to `file`; archived activities are not in a register in force. */
export async function exportCnilRegister(
  ctx: Context,
  file: string,
): Promise<{ activities: number }> {
  const activities = (await listActivities(ctx.db)).filter((a) => a.status !== 'archived');
  const book = cnilWorkbookOf(activities, await getOrganisationSettings(ctx.db));
  await book.xlsx.writeFile(file);
  return { activities: activities.length };
}
