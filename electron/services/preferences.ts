import { insertAuditEntry } from '../../db/audit';
import { getPreference, putPreference } from '../../db/preferences';
import { defaultLanguage, languages, type Language } from '../../shared/i18n';
import type { Preferences } from '../../shared/schemas/settings';
import type { Context } from './context';
import { transact } from './transact';

function asLanguage(value: string | null): Language {
  return (languages as readonly string[]).includes(value ?? '')
    ? (value as Language)
    : defaultLanguage;
}

export async function getPreferences(ctx: Context): Promise<Preferences> {
  return { language: asLanguage(await getPreference(ctx.db, 'language')) };
}

export function savePreferences(ctx: Context, preferences: Preferences): Promise<Preferences> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await getPreference(trx, 'language');
    await putPreference(trx, 'language', preferences.language);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'preference',
      entityId: 'language',
      action: before === null ? 'create' : 'update',
      before: before === null ? null : { language: before },
      after: { language: preferences.language },
    });
    return preferences;
  });
}
