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
  phone: Generated<string>;
  email: Generated<string>;
  representative: Generated<string>;
  dpo_name: Generated<string>;
  dpo_email: Generated<string>;
  dpo_phone: Generated<string>;
  dpo_address: Generated<string>;
  dpo_cnil_number: Generated<string>;
  letter_place: Generated<string>;
  share_capital: Generated<string>;
  rcs_town: Generated<string>;
  updated_at: string;
}

export interface PreferenceTable {
  key: string;
  value: string;
}

export interface ClientTable {
  id: string;
  name: string;
  address: Generated<string>;
  contact_name: Generated<string>;
  contact_email: Generated<string>;
  contact_phone: Generated<string>;
  dpo_contact: Generated<string>;
  notes: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface ProcessingActivityTable {
  id: string;
  reference: string;
  register: string;
  name: string;
  status: string;
  status_before_archive: string | null;
  main_purpose: Generated<string>;
  owner_service: Generated<string>;
  /** The purposes' legal bases, space-separated with a space at each end (` consent contract `). */
  legal_bases: Generated<string>;
  has_sensitive_data: Generated<number>;
  dpia_needed: Generated<number>;
  dpia_status: string;
  missing_count: Generated<number>;
  /** Lower case, accents removed: what the search box matches. */
  search_text: Generated<string>;
  details_json: string;
  /** 1: the activity concerns the public and appears in the privacy notice. */
  concerns_public: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A paragraph the DPO writes around a generated notice (introduction, closing). */
export interface NoticeParagraphTable {
  kind: string;
  part: string;
  language: string;
  text: string;
  updated_at: string;
}

export interface ActivityClientTable {
  activity_id: string;
  client_id: string;
}

export interface AttachmentTable {
  id: string;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  created_at: string;
}

export interface ProcessorTable {
  id: string;
  name: string;
  role: string;
  category: string;
  country: Generated<string>;
  contract_status: string;
  contract_review_on: Generated<string>;
  parent_id: string | null;
  contract_document_id: string | null;
  search_text: Generated<string>;
  details_json: string;
  created_at: string;
  updated_at: string;
}

export interface ActivityProcessorTable {
  activity_id: string;
  processor_id: string;
}

export interface RightsRequestTable {
  id: string;
  reference: string;
  received_on: string;
  requester_name: string;
  /** The name folded (lower case, no accents) so that SQL sorts it in French order. */
  requester_order: Generated<string>;
  /** The rights invoked, space-separated with a space at each end (` access erasure `). */
  rights: string;
  status: string;
  is_open: number;
  suspended: number;
  /** The due date without a suspension still running. */
  due_on: string;
  extension_months: Generated<number>;
  search_text: string;
  details_json: string;
  created_at: string;
  updated_at: string;
}

export interface RequestActivityTable {
  request_id: string;
  activity_id: string;
}

export interface RequestAttachmentTable {
  request_id: string;
  attachment_id: string;
  kind: string;
}

export interface RequestEventTable {
  seq: Generated<number>;
  request_id: string;
  at: string;
  actor: string;
  kind: string;
  data_json: string;
}

/** Requests received per month, all ('') and per right: kept by triggers (request_figures). */
export interface RequestMonthTallyTable {
  month: string;
  right: string;
  count: number;
}

/** Kept counts of requests: 'all', 'open', 'awaitingIdentity' (triggers, request_figures). */
export interface RequestFigureTable {
  name: string;
  count: number;
}

/** Open requests not suspended, per due date: kept by triggers (request_figures). */
export interface RequestOpenDueTable {
  due_on: string;
  count: number;
}

export interface SuppressionEntryTable {
  id: string;
  name: string;
  email: string;
  phone: string;
  added_on: string;
  source_request_id: string | null;
  source_reference: string;
  created_at: string;
}

export interface LetterTemplateTable {
  kind: string;
  language: string;
  subject: string;
  body: string;
  updated_at: string;
}

export interface RequestLetterTable {
  request_id: string;
  attachment_id: string;
  kind: string;
  language: string;
  created_at: string;
}

export interface RetentionRuleTable {
  id: string;
  activity_id: string | null;
  label: string;
  details_json: string;
  created_at: string;
  updated_at: string;
}

export interface TrackedItemTable {
  id: string;
  rule_id: string;
  name: string;
  details_json: string;
  created_at: string;
  updated_at: string;
}

export interface RegisterExportTable {
  id: string;
  made_at: string;
  actor: string;
  kind: string;
  quarter: string;
  file_name: string;
  sha256: string;
  size: number;
  counts_json: string;
  snapshot_json: string;
}

export interface RetentionActionTable {
  id: string;
  tracked_item_id: string;
  action: string;
  done_on: string;
  details_json: string;
  actor: string;
  created_at: string;
}

export interface BreachTable {
  id: string;
  reference: string;
  title: string;
  /** Instants in UTC (ISO 8601): when the organisation became aware, when the CNIL is due. */
  aware_at: string;
  due_at: string;
  risk_level: string | null;
  /** The first notification to the CNIL, as an instant; null until notified. */
  notified_at: string | null;
  is_open: number;
  search_text: string;
  details_json: string;
  created_at: string;
  updated_at: string;
}

export interface BreachActivityTable {
  breach_id: string;
  activity_id: string;
}

export interface BreachProcessorTable {
  breach_id: string;
  processor_id: string;
}

/** A person to tell of a breach (Art. 34), kept until the list is erased. */
export interface BreachPersonTable {
  id: string;
  breach_id: string;
  position: number;
  name: string;
  email: string;
  address: string;
  imported_at: string;
}

/** A cookie or tracker of the inventory; details_json holds the rest of the record. */
export interface CookieTable {
  id: string;
  name: string;
  provider_id: string | null;
  activity_id: string | null;
  category: string;
  consent: string;
  party: string;
  details_json: string;
  created_at: string;
  updated_at: string;
}

export interface NoticePublicationTable {
  id: string;
  kind: string;
  language: string;
  version: number;
  published_at: string;
  published_on: string;
  format: string;
  file_name: string;
  size: number;
  content: Uint8Array;
  sha256: string;
  document_json: string;
  published_by: string;
}

export interface Database {
  cookie: CookieTable;
  notice_paragraph: NoticeParagraphTable;
  notice_publication: NoticePublicationTable;
  breach: BreachTable;
  breach_person: BreachPersonTable;
  breach_activity: BreachActivityTable;
  breach_processor: BreachProcessorTable;
  retention_rule: RetentionRuleTable;
  tracked_item: TrackedItemTable;
  retention_action: RetentionActionTable;
  register_export: RegisterExportTable;
  letter_template: LetterTemplateTable;
  request_letter: RequestLetterTable;
  rights_request: RightsRequestTable;
  request_activity: RequestActivityTable;
  request_attachment: RequestAttachmentTable;
  request_event: RequestEventTable;
  request_month_tally: RequestMonthTallyTable;
  request_figure: RequestFigureTable;
  request_open_due: RequestOpenDueTable;
  suppression_entry: SuppressionEntryTable;
  attachment: AttachmentTable;
  processor: ProcessorTable;
  activity_processor: ActivityProcessorTable;
  audit_entry: AuditEntryTable;
  client: ClientTable;
  processing_activity: ProcessingActivityTable;
  activity_client: ActivityClientTable;
  organisation_settings: OrganisationSettingsTable;
  preference: PreferenceTable;
}

export type AuditEntryRow = Selectable<AuditEntryTable>;
export type NewAuditEntryRow = Insertable<AuditEntryTable>;
export type OrganisationSettingsRow = Selectable<OrganisationSettingsTable>;
export type NewOrganisationSettingsRow = Insertable<OrganisationSettingsTable>;
export type OrganisationSettingsUpdate = Updateable<OrganisationSettingsTable>;
export type ClientRow = Selectable<ClientTable>;
export type ProcessingActivityRow = Selectable<ProcessingActivityTable>;
export type NewProcessingActivityRow = Insertable<ProcessingActivityTable>;
export type ProcessorRow = Selectable<ProcessorTable>;
export type RightsRequestRow = Selectable<RightsRequestTable>;
