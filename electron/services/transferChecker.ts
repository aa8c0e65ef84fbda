import { z } from 'zod';
import type { NoticeParagraph } from '../../db/noticeParagraphs';
import type { StoredItem } from '../../db/retention';
import { translate } from '../../shared/i18n';
import { activityInputSchema, type ProcessingActivity } from '../../shared/schemas/activity';
import { breachInputSchema, type Breach } from '../../shared/schemas/breach';
import { cookieInputSchema, type Cookie } from '../../shared/schemas/cookie';
import { clientInputSchema, type Client } from '../../shared/schemas/client';
import { processorInputSchema, type Processor } from '../../shared/schemas/processor';
import { requestInputSchema } from '../../shared/schemas/request';
import {
  retentionActionInputSchema,
  retentionRuleInputSchema,
  trackedItemInputSchema,
  type RetentionAction,
  type RetentionRule,
} from '../../shared/schemas/retention';
import {
  organisationSettingsSchema,
  type OrganisationSettings,
  type Preferences,
} from '../../shared/schemas/settings';
export type { TransferList } from './transferDocument';
import {
  activityMetaSchema,
  breachMetaSchema,
  noticeParagraphSchema,
  checkedAttachment,
  contractDocumentSchema,
  isTransferList,
  preferencesWithDefaults,
  topMembers,
  transferLists,
  type TransferList,
  fail,
  id,
  instant,
  label,
  metaSchema,
  readableVersions,
  refuse,
  requestAttachmentInfoSchema,
  requestEventSchema,
  requestMetaSchema,
  splitMeta,
  suppressionSchema,
  transferFormat,
  type TransferAttachment,
  type TransferRequest,
  type TransferSuppressionEntry,
} from './transferDocument';

interface DocumentInfo {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
}

/**
 * Checks a transfer document record by record, as it is read, with the rules the whole-document
 * check had: each record against the app's schemas, named by list, number, reference and field.
 * A reference to a list not read yet (documents come last) is checked once that list is read. What
 * is only known from the records already written (a request's id, every id against every other)
 * the import asks the database at the end.
 */
export class TransferChecker {
  private formatSeen = false;
  private versionSeen = false;
  private organisationSeen = false;
  private preferencesValue: Preferences | null = null;
  private readonly read = new Set<TransferList>();
  private deferred: { lists: TransferList[]; check: () => void }[] = [];
  private readonly clientIds = new Set<string>();
  private readonly activityIds = new Set<string>();
  private readonly activityReferences = new Set<string>();
  private readonly processorIds = new Set<string>();
  private readonly ruleIds = new Set<string>();
  private readonly itemIds = new Set<string>();
  private readonly paragraphKeys = new Set<string>();
  private readonly attachments = new Map<string, DocumentInfo>();
  /** Documents a request or a processor names, to find those nothing names. */
  private readonly referenced = new Set<string>();
  /** True when requests came before the preferences their deadlines depend on. */
  requestsBeforePreferences = false;

  /** Runs `check` once every list it looks into has been read. */
  private after(lists: TransferList[], check: () => void): void {
    if (lists.every((list) => this.read.has(list))) check();
    else this.deferred.push({ lists, check });
  }

  private notDpoDesk(): never {
    refuse('ce fichier n’est pas un export DPO Desk (format « dpo-desk » attendu).');
  }

  /** A document that is not an object at all. */
  notObject(value: unknown): never {
    if (typeof value === 'object' && value !== null) this.notDpoDesk();
    const parsed = topMembers.safeParse(value);
    if (!parsed.success) fail('le document', parsed.error);
    this.notDpoDesk();
  }

  /** A member of the document that is not a list: format, version, organisation, preferences. */
  member(key: string, value: unknown): OrganisationSettings | Preferences | null {
    if (isTransferList(key)) {
      if (!this.formatSeen) this.notDpoDesk();
      const parsed = z.object({ [key]: z.array(z.unknown()) }).safeParse({ [key]: value });
      if (!parsed.success) fail('le document', parsed.error);
    }
    if (!Object.hasOwn(topMembers.shape, key)) {
      if (!this.formatSeen) this.notDpoDesk();
      const parsed = z
        .object({})
        .strict()
        .safeParse({ [key]: value });
      if (!parsed.success) fail('le document', parsed.error);
    }
    if (key === 'format') {
      if (value !== transferFormat) this.notDpoDesk();
      this.formatSeen = true;
      return null;
    }
    if (key === 'version') {
      const parsed = topMembers.pick({ version: true }).safeParse({ version: value });
      if (!parsed.success) fail('le document', parsed.error);
      this.versionSeen = true;
      if (typeof value !== 'number' || !readableVersions.includes(value)) {
        refuse(
          `version de format ${String(value)} non prise en charge (cette version de DPO Desk lit les versions ${readableVersions.join(', ')}).`,
        );
      }
      return null;
    }
    if (key === 'organisation') {
      this.organisationSeen = true;
      return this.organisation(value);
    }
    return this.preferences(value);
  }

  private organisation(value: unknown): OrganisationSettings | null {
    if (value === null) return null;
    const { meta, fields } = splitMeta(value);
    const parsed = organisationSettingsSchema.safeParse(fields);
    if (!parsed.success) fail('l’organisation', parsed.error);
    const updatedAt = instant.safeParse((meta as Record<string, unknown>).updatedAt);
    if (!updatedAt.success) fail('l’organisation', updatedAt.error);
    return { ...parsed.data, updatedAt: updatedAt.data };
  }

  private preferences(value: unknown): Preferences {
    const parsed = preferencesWithDefaults.safeParse(value);
    if (!parsed.success) fail('les préférences', parsed.error);
    this.preferencesValue = parsed.data;
    return parsed.data;
  }

  /** The preference read so far (the deadlines of the requests depend on it). */
  alsaceMoselle(): boolean {
    if (this.preferencesValue === null) this.requestsBeforePreferences = true;
    return this.preferencesValue?.alsaceMoselle ?? false;
  }

  /** A list begins: only in a DPO Desk document, and only the lists it has. */
  list(key: string): asserts key is TransferList {
    if (!this.formatSeen) this.notDpoDesk();
    if (!isTransferList(key)) this.member(key, []);
  }

  /** A list may not hold more than its limit. */
  count(key: TransferList, index: number): void {
    if (index >= transferLists[key]) {
      refuse(`le document champ « ${key} » : ${translate('fr', 'validation.tooLong')}`, {
        fields: [{ path: key, messageKey: 'validation.tooLong' }],
      });
    }
  }

  /** The list `key` has been read whole. */
  ended(key: TransferList): void {
    this.read.add(key);
    const waiting = this.deferred;
    this.deferred = [];
    for (const { lists, check } of waiting) this.after(lists, check);
  }

  client(record: unknown, index: number): Client {
    const { meta, fields } = splitMeta(record);
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(label(record, index, 'client'), parsedMeta.error);
    const parsed = clientInputSchema.safeParse(fields);
    if (!parsed.success) fail(label(record, index, 'client'), parsed.error);
    if (this.clientIds.has(parsedMeta.data.id)) refuse('deux clients portent le même identifiant.');
    this.clientIds.add(parsedMeta.data.id);
    return { ...parsedMeta.data, ...parsed.data };
  }

  activity(record: unknown, index: number): ProcessingActivity {
    const where = label(record, index, 'activité');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = activityMetaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = activityInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    const { id: activityId, reference, createdAt, updatedAt } = parsedMeta.data;
    if (this.activityReferences.has(reference) || this.activityIds.has(activityId)) {
      refuse(`${where} : référence ou identifiant en double.`);
    }
    this.activityReferences.add(reference);
    this.activityIds.add(activityId);
    const { clientIds, processorIds } = parsed.data;
    this.after(['clients'], () => {
      const unknown = clientIds.find((clientId) => !this.clientIds.has(clientId));
      if (unknown !== undefined) {
        refuse(`${where} champ « clientIds » : client ${unknown.slice(0, 64)} absent du fichier.`);
      }
    });
    this.after(['processors'], () => {
      const unknown = processorIds.find((processorId) => !this.processorIds.has(processorId));
      if (unknown !== undefined) {
        refuse(
          `activité ${reference} « ${parsed.data.name} » champ « processorIds » : sous-traitant ${unknown.slice(0, 64)} absent du fichier.`,
        );
      }
    });
    return { id: activityId, reference, ...parsed.data, createdAt, updatedAt };
  }

  /** A record's description of its document must be the document's (name, size, digest). */
  private sameDocument(where: string, info: DocumentInfo): void {
    const stored = this.attachments.get(info.id);
    if (stored === undefined) return;
    this.referenced.add(info.id);
    if (
      stored.fileName !== info.fileName ||
      stored.size !== info.size ||
      stored.sha256 !== info.sha256
    ) {
      refuse(
        `${where} : la pièce jointe « ${info.fileName.slice(0, 200)} » ne correspond pas au document joint au fichier.`,
      );
    }
  }

  processor(record: unknown, index: number): Processor {
    const where = label(record, index, 'sous-traitant');
    const { meta, fields } = splitMeta(record);
    const { contractDocument, ...rest } = (fields ?? {}) as Record<string, unknown>;
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = processorInputSchema.safeParse(rest);
    if (!parsed.success) fail(where, parsed.error);
    const documentInfo = contractDocumentSchema.safeParse(contractDocument ?? null);
    if (!documentInfo.success) fail(`${where} (contrat joint)`, documentInfo.error);
    const contract = documentInfo.data;
    if (contract !== null) {
      this.after(['attachments'], () => {
        if (!this.attachments.has(contract.id))
          refuse(`${where} : contrat joint absent du fichier.`);
        this.sameDocument(`${where} (contrat joint)`, contract);
      });
    }
    const { activityIds, parentId } = parsed.data;
    this.after(['activities'], () => {
      const unknown = activityIds.find((activityId) => !this.activityIds.has(activityId));
      if (unknown !== undefined) {
        refuse(
          `${where} champ « activityIds » : activité ${unknown.slice(0, 64)} absente du fichier.`,
        );
      }
    });
    this.processorIds.add(parsedMeta.data.id);
    if (parentId !== null) {
      this.after(['processors'], () => {
        if (!this.processorIds.has(parentId)) {
          refuse(`${where} champ « parentId » : sous-traitant parent absent du fichier.`);
        }
      });
    }
    return { ...parsedMeta.data, ...parsed.data, contractDocument: contract };
  }

  /** A request, and how to name it; its id and reference are checked unique by the database. */
  request(record: unknown, index: number): { request: TransferRequest; where: string } {
    const value = (record ?? {}) as Record<string, unknown>;
    const where = `demande n° ${String(index + 1)}${typeof value.reference === 'string' ? ` ${value.reference.slice(0, 20)}` : ''}`;
    const { meta, fields } = splitMeta(record);
    const {
      attachments: requestFiles,
      events,
      ...rest
    } = (fields ?? {}) as Record<string, unknown>;
    const parsedMeta = requestMetaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = requestInputSchema.safeParse(rest);
    if (!parsed.success) fail(where, parsed.error);
    const files = z
      .array(requestAttachmentInfoSchema)
      .max(1_000)
      .safeParse(requestFiles ?? []);
    if (!files.success) fail(`${where} (pièces jointes)`, files.error);
    const timeline = z
      .array(requestEventSchema)
      .max(10_000)
      .safeParse(events ?? []);
    if (!timeline.success) fail(`${where} (historique)`, timeline.error);
    const missing = (found: string | undefined) => {
      if (found !== undefined)
        refuse(`${where} : élément lié ${found.slice(0, 64)} absent du fichier.`);
    };
    this.after(['activities', 'processors'], () => {
      missing(
        parsed.data.activityIds.find((activityId) => !this.activityIds.has(activityId)) ??
          parsed.data.art19Notifications
            .map((n) => n.processorId)
            .find((processorId) => !this.processorIds.has(processorId)),
      );
    });
    if (files.data.length > 0) {
      this.after(['attachments'], () => {
        missing(files.data.map((f) => f.id).find((fileId) => !this.attachments.has(fileId)));
        for (const file of files.data) this.sameDocument(where, file);
      });
    }
    return {
      request: {
        ...parsedMeta.data,
        ...parsed.data,
        attachments: files.data,
        events: timeline.data,
      },
      where,
    };
  }

  suppressionEntry(record: unknown, index: number): TransferSuppressionEntry {
    const parsed = suppressionSchema.safeParse(record);
    if (!parsed.success) fail('la liste d’opposition', parsed.error, index);
    return parsed.data;
  }

  retentionRule(record: unknown, index: number): RetentionRule {
    const where = label(record, index, 'règle de conservation');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = retentionRuleInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    const { activityId } = parsed.data;
    if (activityId !== null) {
      this.after(['activities'], () => {
        if (!this.activityIds.has(activityId)) refuse(`${where} : activité absente du fichier.`);
      });
    }
    this.ruleIds.add(parsedMeta.data.id);
    return { ...parsedMeta.data, ...parsed.data };
  }

  trackedItem(record: unknown, index: number): StoredItem {
    const where = label(record, index, 'suivi');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = trackedItemInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    const { ruleId } = parsed.data;
    this.after(['retentionRules'], () => {
      if (!this.ruleIds.has(ruleId)) refuse(`${where} : règle absente du fichier.`);
    });
    this.itemIds.add(parsedMeta.data.id);
    return { ...parsedMeta.data, ...parsed.data };
  }

  retentionAction(record: unknown, index: number): RetentionAction {
    const where = `preuve de purge n° ${String(index + 1)}`;
    const value = (record ?? {}) as Record<string, unknown>;
    const { id: actionId, actor, createdAt, ...fields } = value;
    const parsedMeta = z
      .object({ id, actor: z.string().max(200), createdAt: instant })
      .strict()
      .safeParse({ id: actionId, actor, createdAt });
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = retentionActionInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    const { trackedItemId } = parsed.data;
    this.after(['trackedItems'], () => {
      if (!this.itemIds.has(trackedItemId)) refuse(`${where} : suivi absent du fichier.`);
    });
    return { ...parsed.data, ...parsedMeta.data };
  }

  /** One paragraph per notice, part and language. */
  noticeParagraph(record: unknown, index: number): NoticeParagraph {
    const where = `paragraphe de politique n° ${String(index + 1)}`;
    const parsed = noticeParagraphSchema.safeParse(record);
    if (!parsed.success) fail(where, parsed.error);
    const { kind, part, language } = parsed.data;
    const key = `${kind} ${part} ${language}`;
    if (this.paragraphKeys.has(key)) refuse(`${where} : deux paragraphes ${key}.`);
    this.paragraphKeys.add(key);
    return parsed.data;
  }

  breach(record: unknown, index: number): Breach {
    const where = label(record, index, 'violation');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = breachMetaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = breachInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    const { activityIds, processorIds } = parsed.data;
    this.after(['activities', 'processors'], () => {
      const unknownActivity = activityIds.find((a) => !this.activityIds.has(a));
      const unknownProcessor = processorIds.find((p) => !this.processorIds.has(p));
      if (unknownActivity !== undefined || unknownProcessor !== undefined) {
        refuse(`${where} : activité ou sous-traitant absent du fichier.`);
      }
    });
    return { ...parsed.data, ...parsedMeta.data };
  }

  cookie(record: unknown, index: number): Cookie {
    const where = label(record, index, 'cookie');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = cookieInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    const { activityId, providerId } = parsed.data;
    this.after(['activities', 'processors'], () => {
      if (activityId !== null && !this.activityIds.has(activityId)) {
        refuse(`${where} : activité absente du fichier.`);
      }
      if (providerId !== null && !this.processorIds.has(providerId)) {
        refuse(`${where} : fournisseur absent du fichier.`);
      }
    });
    return { ...parsed.data, ...parsedMeta.data };
  }

  attachment(record: unknown, index: number): TransferAttachment {
    const attachment = checkedAttachment(record, index);
    const { id: attachmentId, fileName, size, sha256 } = attachment;
    this.attachments.set(attachmentId, { id: attachmentId, fileName, size, sha256 });
    return attachment;
  }

  /**
   * The document is read whole: what was missing is missing for good. Returns the preferences
   * and the organisation the document gave (the defaults of older versions when absent).
   */
  finish(): { preferences: Preferences } {
    if (!this.formatSeen) this.notDpoDesk();
    for (const key of Object.keys(transferLists)) {
      if (isTransferList(key) && !this.read.has(key)) {
        if (key === 'clients' || key === 'activities') this.member(key, undefined);
        this.ended(key);
      }
    }
    if (!this.versionSeen) this.member('version', undefined);
    if (!this.organisationSeen) this.organisation(undefined);
    const preferences = this.preferencesValue ?? this.preferences(undefined);
    if (this.requestsBeforePreferences && preferences.alsaceMoselle) {
      refuse(
        'les préférences (Alsace-Moselle) viennent après les demandes dans le fichier : les délais des demandes en dépendent, placez-les avant, comme DPO Desk les écrit.',
      );
    }
    for (const [attachmentId, attachment] of this.attachments) {
      if (!this.referenced.has(attachmentId)) {
        refuse(
          `pièce jointe « ${attachment.fileName.slice(0, 200)} » : rattachée à aucune demande ni à aucun sous-traitant.`,
        );
      }
    }
    return { preferences };
  }
}
