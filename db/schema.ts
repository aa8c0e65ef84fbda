import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table row types. They stay in db/: services and shared/ see domain types from the mappers. */

export interface AuditEntryTable {
  seq: Generated<number>;
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

/** Text columns default to '' (Generated: optional on insert). */
export interface OrganisationSettingsTable {
  /** Always 1: a single row. */
  id: number;
  legal_name: Generated<string>;
  legal_form: Generated<string>;
  siren: Generated<string>;
  address: Generated<string>;
  representative: Generated<string>;
  dpo_name: Generated<string>;
  dpo_email: Generated<string>;
  dpo_phone: Generated<string>;
  dpo_address: Generated<string>;
  dpo_cnil_number: Generated<string>;
  letter_place: Generated<string>;
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
