import type { Kysely } from 'kysely';
import type { OrganisationSettings, OrganisationSettingsFields } from '../shared/schemas/settings';
import type { Database, OrganisationSettingsRow } from './schema';

function toOrganisationSettings(row: OrganisationSettingsRow): OrganisationSettings {
  return {
    legalName: row.legal_name,
    legalForm: row.legal_form,
    siren: row.siren,
    address: row.address,
    phone: row.phone,
    email: row.email,
    representative: row.representative,
    dpoName: row.dpo_name,
    dpoEmail: row.dpo_email,
    dpoPhone: row.dpo_phone,
    dpoAddress: row.dpo_address,
    dpoCnilNumber: row.dpo_cnil_number,
    letterPlace: row.letter_place,
    shareCapital: row.share_capital,
    rcsTown: row.rcs_town,
    updatedAt: row.updated_at,
  };
}

export async function getOrganisationSettings(
  db: Kysely<Database>,
): Promise<OrganisationSettings | null> {
  const row = await db
    .selectFrom('organisation_settings')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirst();
  return row === undefined ? null : toOrganisationSettings(row);
}

export async function putOrganisationSettings(
  trx: Kysely<Database>,
  fields: OrganisationSettingsFields,
  updatedAt: string,
): Promise<OrganisationSettings> {
  const columns = {
    legal_name: fields.legalName,
    legal_form: fields.legalForm,
    siren: fields.siren,
    address: fields.address,
    phone: fields.phone,
    email: fields.email,
    representative: fields.representative,
    dpo_name: fields.dpoName,
    dpo_email: fields.dpoEmail,
    dpo_phone: fields.dpoPhone,
    dpo_address: fields.dpoAddress,
    dpo_cnil_number: fields.dpoCnilNumber,
    letter_place: fields.letterPlace,
    share_capital: fields.shareCapital,
    rcs_town: fields.rcsTown,
    updated_at: updatedAt,
  };
  const row = await trx
    .insertInto('organisation_settings')
    .values({ id: 1, ...columns })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOrganisationSettings(row);
}
