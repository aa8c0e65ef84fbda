import { z } from 'zod';
import { maxLength } from '../limits';
import {
  art28Clauses,
  contractStatuses,
  processorCategories,
  processorRoles,
  type ProcessorWarningCode,
} from '../processors/vocabulary';
import { dataCategoryKinds, transferSafeguards } from '../register/vocabulary';
import { enumOf, list, optionalCalendarDate } from './activity';
import { boundedText, createIdSchema, optionalEmail, requiredText } from './common';

const invalid = { error: 'validation.invalid' } as const;
const idText = z.lazy(() => z.string(invalid).min(1, invalid).max(64, invalid));

export const processorTransferSchema = z.lazy(() =>
  z
    .object({
      country: requiredText(maxLength.shortText),
      /** null: not documented yet, shown as a warning. */
      safeguard: enumOf(transferSafeguards).nullable(),
      documentation: boundedText(2_000),
    })
    .strict(),
);

/** A processor or recipient, as the form and the JSON file give it. */
export const processorInputSchema = z.lazy(() =>
  z
    .object({
      name: requiredText(maxLength.name),
      role: enumOf(processorRoles),
      category: enumOf(processorCategories),
      address: boundedText(maxLength.address),
      country: boundedText(maxLength.shortText),
      contactName: boundedText(maxLength.name),
      contactEmail: optionalEmail(maxLength.email),
      contactPhone: boundedText(maxLength.phone),
      dpoContact: boundedText(maxLength.name),
      services: boundedText(2_000),
      dataCategories: list(enumOf(dataCategoryKinds), dataCategoryKinds.length),
      certifications: list(requiredText(maxLength.shortText), 30),
      transfers: list(processorTransferSchema, 50),
      /** The processor whose sub-processor this is (Art. 28(2) and (4)). */
      parentId: idText.nullable(),
      notes: boundedText(maxLength.freeText),
      contractStatus: enumOf(contractStatuses),
      contractSignedOn: optionalCalendarDate,
      contractReviewOn: optionalCalendarDate,
      clauses: list(enumOf(art28Clauses), art28Clauses.length),
      lastAuditOn: optionalCalendarDate,
      /** The register activities it serves; the same links as the activities' processorIds. */
      activityIds: list(idText, 5_000),
    })
    .strict(),
);

export type ProcessorInput = z.input<typeof processorInputSchema>;
export type ProcessorFields = z.output<typeof processorInputSchema>;

/** The signed contract, kept inside the database. */
export interface AttachmentInfo {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  attachedAt: string;
}

export interface Processor extends ProcessorFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  contractDocument: AttachmentInfo | null;
}

export interface ProcessorWarning {
  code: ProcessorWarningCode;
  /** For a transfer: its 1-based position. */
  position?: number;
}

export interface ProcessorSummary {
  id: string;
  name: string;
  role: ProcessorFields['role'];
  category: ProcessorFields['category'];
  country: string;
  contractStatus: ProcessorFields['contractStatus'];
  contractReviewOn: string;
  activityCount: number;
  /** The activities it serves (to list who to notify under Art. 19). */
  activityIds: string[];
  parentId: string | null;
  /** Its transfers outside the EU, which are also those of the activities it serves. */
  transfers: ProcessorFields['transfers'];
  warnings: ProcessorWarningCode[];
  updatedAt: string;
  searchText: string;
}

export const processorIdSchema = z.lazy(() => z.object({ id: idText }).strict());

export const processorSaveSchema = z.lazy(() =>
  z
    .object({
      /** Absent: create. */
      id: idText.optional(),
      /** For a create: the id the form made, so that the same create sent twice makes one record. */
      createId: createIdSchema.optional(),
      /** With an id: the updatedAt the form was loaded with. */
      expectedUpdatedAt: z.string(invalid).max(40, invalid).optional(),
      processor: processorInputSchema,
    })
    .strict(),
);

export const processorDeleteSchema = z.lazy(() =>
  z
    .object({
      id: idText,
      /** Confirms the deletion of a processor still linked to activities. */
      confirmLinked: z.boolean(invalid).optional(),
    })
    .strict(),
);

export function processorFieldsOf(processor: Processor): ProcessorFields {
  const {
    id: _id,
    createdAt: _created,
    updatedAt: _updated,
    contractDocument: _document,
    ...fields
  } = processor;
  return fields;
}

export function emptyProcessor(): ProcessorFields {
  return {
    name: '',
    role: 'processor',
    category: 'other',
    address: '',
    country: 'France',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    dpoContact: '',
    services: '',
    dataCategories: [],
    certifications: [],
    transfers: [],
    parentId: null,
    notes: '',
    contractStatus: 'none',
    contractSignedOn: '',
    contractReviewOn: '',
    clauses: [],
    lastAuditOn: '',
    activityIds: [],
  };
}
