import type { Insertable, Selectable, Updateable } from 'kysely';

/** Table row types. They stay in db/: services and shared/ see domain types from the mappers. */

export interface AuditEntryTable {
  id: string;
  /** ISO-8601 UTC instant. */
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export interface OrganisationSettingsTable {
  id: number;
  legal_name: string;
  legal_form: string;
  siren: string;
  address: string;
  representative: string;
  dpo_name: string;
  dpo_email: string;
  dpo_phone: string;
  dpo_address: string;
  dpo_cnil_number: string;
  letter_place: string;
  updated_at: string;
}

export interface PreferenceTable {
  key: string;
  value: string;
}

export interface Database {
  audit_entry: AuditEntryTable;
  organisation_settings: OrganisationSettingsTable;
  preference: PreferenceTable;
}

export type AuditEntryRow = Selectable<AuditEntryTable>;
export type NewAuditEntryRow = Insertable<AuditEntryTable>;
export type OrganisationSettingsRow = Selectable<OrganisationSettingsTable>;
export type NewOrganisationSettingsRow = Insertable<OrganisationSettingsTable>;
export type OrganisationSettingsUpdate = Updateable<OrganisationSettingsTable>;
