import { insertAuditEntry } from '../../db/audit';
import { getPreference, putPreference } from '../../db/preferences';
import { defaultLanguage, languages, type Language } from '../../shared/i18n';
import type { Preferences } from '../../shared/schemas/settings';
import type { Context } from './context';
import { transact, withTransaction } from './transact';
import { dpoTitlePresets } from '../../shared/letters/values';
import { defaultConsentChoiceMonths } from '../../shared/cookies/vocabulary';

function asLanguage(value: string | null): Language {
  return (languages as readonly string[]).includes(value ?? '')
    ? (value as Language)
    : defaultLanguage;
}

function reminderDaysOf(value: string | null): number {
  const days = Number(value ?? '1');
  return Number.isInteger(days) && days >= 0 && days <= 30 ? days : 1;
}

function consentChoiceMonthsOf(value: string | null): number {
  const months = Number(value ?? String(defaultConsentChoiceMonths));
  return Number.isInteger(months) && months >= 1 && months <= 13
    ? months
    : defaultConsentChoiceMonths;
}

export async function getPreferences(ctx: Context): Promise<Preferences> {
  return {
    language: asLanguage(await getPreference(ctx.db, 'language')),
    alsaceMoselle: (await getPreference(ctx.db, 'alsaceMoselle')) === 'true',
    dpoTitle: (await getPreference(ctx.db, 'dpoTitle')) ?? dpoTitlePresets[0],
    calendarNames: (await getPreference(ctx.db, 'calendarNames')) === 'true',
    reminderDays: reminderDaysOf(await getPreference(ctx.db, 'reminderDays')),
    consentChoiceMonths: consentChoiceMonthsOf(await getPreference(ctx.db, 'consentChoiceMonths')),
  };
}

/** Saves the preferences given; each change is audited with its value before and after. */
export function savePreferences(ctx: Context, update: Partial<Preferences>): Promise<Preferences> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    for (const [key, value] of Object.entries(update)) {
      const before = await getPreference(trx, key);
      const text = String(value);
      await putPreference(trx, key, text);
      await insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: 'preference',
        entityId: key,
        action: before === null ? 'create' : 'update',
        before: before === null ? null : { [key]: before },
        after: { [key]: text },
      });
    }
    return getPreferences(withTransaction(ctx, trx));
  });
}
