import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { listActivities } from '../../db/activities';
import { getAttachment, insertAttachment } from '../../db/attachments';
import { insertAuditEntry } from '../../db/audit';
import { newId } from '../../db/ids';
import {
  deleteTemplateOverride,
  getTemplateOverride,
  linkRequestLetter,
  putTemplateOverride,
  requestLetters,
  type LetterRecord,
} from '../../db/letters';
import { getPreference } from '../../db/preferences';
import { listProcessors } from '../../db/processors';
import { getRequest, insertRequestEvent, replaceRequest } from '../../db/requests';
import type { Database } from '../../db/schema';
import { getOrganisationSettings } from '../../db/settings';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import {
  letterText,
  placeholdersOf,
  renderLetter,
  type RenderedLetter,
} from '../../shared/letters/render';
import {
  letterKinds,
  letterLanguages,
  mandatoryContent,
  type LetterKind,
  type LetterLanguage,
  type LetterTemplate,
} from '../../shared/letters/templates';
import { knownPlaceholders, letterDate, letterValues } from '../../shared/letters/values';
import { requestDeadline } from '../../shared/rights/requestDeadline';
import type { RightsRequest } from '../../shared/schemas/request';
import {
  lettersPdf,
  lettersPdfToFile,
  type LetterLayout,
  type LetterToPrint,
} from '../documents/letterPdf';
import type { Context } from './context';
import { alsaceMosselleOf, requestColumnsOf, todayOf } from './requests';
import { resourcesDir } from './resources';
import { transact } from './transact';

/** The templates shipped in resources/letters/<language>/<kind>.txt: "subject: …", "---", body. */
export function originalTemplate(
  kind: LetterKind,
  language: LetterLanguage,
): { subject: string; body: string } {
  const text = readFileSync(
    join(resourcesDir(), 'letters', language, `${kind}.txt`),
    'utf8',
  ).replace(/\r\n/g, '\n');
  const separator = text.indexOf('\n---\n');
  const header = separator < 0 ? '' : text.slice(0, separator);
  const body = separator < 0 ? text : text.slice(separator + 5);
  const subject = /^subject:\s*(.*)$/m.exec(header)?.[1] ?? '';
  return { subject: subject.trim(), body: body.trim() };
}

export async function getTemplate(
  db: Kysely<Database>,
  kind: LetterKind,
  language: LetterLanguage,
): Promise<LetterTemplate> {
  const override = await getTemplateOverride(db, kind, language);
  const template = override ?? originalTemplate(kind, language);
  return {
    kind,
    language,
    subject: template.subject,
    body: template.body,
    edited: override !== null,
  };
}

export async function listTemplates(ctx: Context): Promise<LetterTemplate[]> {
  const templates: LetterTemplate[] = [];
  for (const language of letterLanguages) {
    for (const kind of letterKinds) templates.push(await getTemplate(ctx.db, kind, language));
  }
  return templates;
}

/** Saves an edited template; a placeholder the app does not know is refused (a typo). */
export function saveTemplate(
  ctx: Context,
  input: { kind: LetterKind; language: LetterLanguage; subject: string; body: string },
): Promise<LetterTemplate> {
  const unknown = placeholdersOf(`${input.subject}\n${input.body}`).filter(
    (name) => !knownPlaceholders.has(name),
  );
  if (unknown.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Champ de fusion inconnu : ${unknown.map((n) => `{{${n}}}`).join(', ')}. Rien n’a été enregistré.`,
      {
        fields: [{ path: 'body', messageKey: 'validation.unknownPlaceholder' }],
      },
    );
  }
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await getTemplate(trx, input.kind, input.language);
    await putTemplateOverride(trx, input.kind, input.language, {
      subject: input.subject,
      body: input.body,
      updatedAt: now.toISOString(),
    });
    const after = await getTemplate(trx, input.kind, input.language);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'letter_template',
      entityId: `${input.kind}.${input.language}`,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}

export function restoreTemplate(
  ctx: Context,
  input: { kind: LetterKind; language: LetterLanguage },
): Promise<LetterTemplate> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await getTemplate(trx, input.kind, input.language);
    await deleteTemplateOverride(trx, input.kind, input.language);
    const after = await getTemplate(trx, input.kind, input.language);
    if (before.edited) {
      await insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: 'letter_template',
        entityId: `${input.kind}.${input.language}`,
        action: 'update',
        before,
        after,
      });
    }
    return after;
  });
}

export interface LetterInput {
  requestId: string;
  kind: LetterKind;
  language: LetterLanguage;
  inputs: Record<string, string>;
}

export interface LetterPreview {
  subject: string;
  paragraphs: string[];
  /** Placeholders without a value: shown to the DPO, never printed blank. */
  missing: string[];
  /** Mandatory content the template lacks: generation is refused until fixed. */
  problems: string[];
  /** Settings the letterhead needs and lacks. */
  settingsMissing: string[];
}

interface Prepared extends LetterPreview {
  request: RightsRequest;
  print: LetterToPrint;
}

async function requireRequest(db: Kysely<Database>, id: string): Promise<RightsRequest> {
  const request = await getRequest(db, id);
  if (request === null) throw new AppError('NOT_FOUND', 'Demande introuvable.');
  return request;
}

/** What a letter would say and look like, and what stands in the way of printing it. */
async function prepare(
  ctx: Context,
  db: Kysely<Database>,
  input: LetterInput,
  shared?: SharedSources,
): Promise<Prepared> {
  const request = await requireRequest(db, input.requestId);
  const sources = shared ?? (await sharedSources(db));
  const template =
    sources.templates.get(`${input.kind}.${input.language}`) ??
    (await getTemplate(db, input.kind, input.language));
  const today = todayOf(ctx);
  const deadline = requestDeadline(request, today, sources.alsaceMoselle);
  const values = letterValues(
    {
      request,
      deadline,
      organisation: sources.organisation,
      dpoTitle: sources.dpoTitle,
      activities: sources.activities.filter((a) => request.activityIds.includes(a.id)),
      processors: sources.processors,
      inputs: input.inputs,
      today,
    },
    input.language,
  );
  const letter: RenderedLetter = renderLetter(template, values, knownPlaceholders);
  // A letter goes by post: the address block must not be blank.
  if (request.requesterAddress.trim() === '') letter.missing.push('requester.address');
  const source = `${template.subject}\n${template.body}`;
  const text = letterText(letter);
  const problems = mandatoryContent[input.kind]
    .filter((requirement) => !requirement.test(source, text))
    .map((requirement) => requirement.message);
  problems.push(...letter.unknown.map((name) => `champ de fusion inconnu {{${name}}}`));
  const organisation = sources.organisation;
  const settingsMissing = [
    ...(organisation === null || organisation.legalName === '' ? ['field.legalName'] : []),
    ...(organisation === null || organisation.address === '' ? ['field.address'] : []),
    ...(organisation === null || organisation.dpoName === '' ? ['field.dpoName'] : []),
    ...(organisation === null || organisation.letterPlace === '' ? ['field.letterPlace'] : []),
  ];
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(input.language, key, params);
  const layout: LetterLayout = {
    organisation: {
      name: organisation?.legalName ?? '',
      address: organisation?.address ?? '',
      footer: [
        organisation?.legalName,
        organisation?.legalForm,
        organisation?.siren === '' || organisation?.siren === undefined
          ? ''
          : `SIREN ${organisation.siren}`,
      ]
        .filter((part) => part !== undefined && part !== '')
        .join(' — '),
    },
    placeAndDate: t('letter.placeDate', {
      place: organisation?.letterPlace ?? '',
      date: letterDate(today, input.language),
    }),
    referenceLine: t('letter.reference', { reference: request.reference }),
    subjectLabel: t('letter.subject'),
    recipient: { name: request.requesterName, address: request.requesterAddress },
    signature: {
      name: organisation?.dpoName ?? '',
      title: sources.dpoTitle,
      image: sources.signature,
    },
    logo: sources.logo,
    pageLabel: (page, pages) => t('letter.page', { page, pages }),
  };
  return {
    subject: letter.subject,
    paragraphs: letter.paragraphs,
    missing: letter.missing,
    problems,
    settingsMissing,
    request,
    print: { layout, letter },
  };
}

interface SharedSources {
  organisation: Awaited<ReturnType<typeof getOrganisationSettings>>;
  dpoTitle: string;
  alsaceMoselle: boolean;
  activities: Awaited<ReturnType<typeof listActivities>>;
  processors: Awaited<ReturnType<typeof listProcessors>>;
  logo: Uint8Array | null;
  signature: Uint8Array | null;
  templates: Map<string, LetterTemplate>;
}

/** What every letter of a batch shares, read once. */
async function sharedSources(db: Kysely<Database>): Promise<SharedSources> {
  const imageOf = async (key: string) => {
    const id = await getPreference(db, key);
    return id === null ? null : ((await getAttachment(db, id))?.content ?? null);
  };
  return {
    organisation: await getOrganisationSettings(db),
    dpoTitle: (await getPreference(db, 'dpoTitle')) ?? 'Délégué à la protection des données',
    alsaceMoselle: await alsaceMosselleOf(db),
    activities: await listActivities(db),
    processors: await listProcessors(db),
    logo: await imageOf('letterLogoId'),
    signature: await imageOf('signatureImageId'),
    templates: new Map(),
  };
}

export async function previewLetter(ctx: Context, input: LetterInput): Promise<LetterPreview> {
  const { subject, paragraphs, missing, problems, settingsMissing } = await prepare(
    ctx,
    ctx.db,
    input,
  );
  return { subject, paragraphs, missing, problems, settingsMissing };
}

function refuseIfIncomplete(prepared: Prepared, language: LetterLanguage): void {
  if (prepared.settingsMissing.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Courrier non généré : renseignez d’abord dans Paramètres : ${prepared.settingsMissing.map((key) => translate('fr', key)).join(', ')}.`,
    );
  }
  if (prepared.problems.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Courrier non généré (${prepared.request.reference}) : le modèle ne contient pas ${prepared.problems.join(' ; ')}. Corrigez le modèle ou restaurez l’original.`,
      { problems: prepared.problems },
    );
  }
  if (prepared.missing.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Courrier non généré (${prepared.request.reference}) : valeur manquante pour ${prepared.missing.map((name) => `{{${name}}}`).join(', ')}.`,
      { missing: prepared.missing, language },
    );
  }
}

function fileNameOf(
  request: RightsRequest,
  kind: LetterKind,
  language: LetterLanguage,
  today: string,
): string {
  return `${request.reference}-${translate(language, `letter.kind.${kind}`)
    .toLowerCase()
    .replace(/[^a-z0-9à-ÿ]+/gi, '-')}-${today}.pdf`;
}

/**
 * Generates one letter, keeps the PDF with the request (timeline entry with its SHA-256), and
 * records what sending it means: an extension notice dates the notification, an acknowledgement
 * its sending.
 */
export async function generateLetter(ctx: Context, input: LetterInput): Promise<LetterRecord> {
  const prepared = await prepare(ctx, ctx.db, input);
  refuseIfIncomplete(prepared, input.language);
  if (input.kind === 'extension' && prepared.request.extensionMonths === 0) {
    throw new AppError(
      'VALIDATION',
      'Courrier non généré : indiquez d’abord la prolongation et ses motifs dans la demande.',
    );
  }
  const now = ctx.clock();
  const pdf = await lettersPdf([prepared.print], {
    resources: resourcesDir(),
    title: prepared.subject,
    author: prepared.print.layout.organisation.name,
    createdAt: now,
  });
  return transact(ctx, (trx) => storeLetter(trx, ctx, now, prepared, input, pdf));
}

async function storeLetter(
  trx: Kysely<Database>,
  ctx: Context,
  now: Date,
  prepared: Prepared,
  input: LetterInput,
  pdf: Buffer,
): Promise<LetterRecord> {
  const today = todayOf(ctx);
  const request = prepared.request;
  const record: LetterRecord = {
    id: newId(now),
    kind: input.kind,
    language: input.language,
    fileName: fileNameOf(request, input.kind, input.language, today),
    size: pdf.length,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    createdAt: now.toISOString(),
  };
  await insertAttachment(trx, {
    id: record.id,
    fileName: record.fileName,
    mimeType: 'application/pdf',
    size: record.size,
    sha256: record.sha256,
    attachedAt: record.createdAt,
    content: pdf,
  });
  await linkRequestLetter(trx, request.id, record);
  const at = now.toISOString();
  await insertRequestEvent(trx, request.id, {
    at,
    actor: ctx.actor,
    kind: 'letterGenerated',
    data: {
      kind: input.kind,
      title: translate('fr', `letter.kind.${input.kind}`),
      fileName: record.fileName,
      sha256: record.sha256,
    },
  });
  if (input.kind === 'acknowledgement') {
    await insertRequestEvent(trx, request.id, {
      at,
      actor: ctx.actor,
      kind: 'acknowledged',
      data: { on: today },
    });
  }
  if (input.kind === 'extension' && request.extensionNotifiedOn === '') {
    const after = { ...request, extensionNotifiedOn: today, updatedAt: at };
    await replaceRequest(trx, after, requestColumnsOf(after, await alsaceMosselleOf(trx)));
    await insertRequestEvent(trx, request.id, {
      at,
      actor: ctx.actor,
      kind: 'extensionNotified',
      data: { on: today },
    });
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'rights_request',
      entityId: request.id,
      action: 'update',
      before: request,
      after,
    });
  }
  await insertAuditEntry(trx, {
    at: now,
    actor: ctx.actor,
    entity: 'request_letter',
    entityId: record.id,
    action: 'create',
    before: null,
    after: { requestId: request.id, ...record },
  });
  return record;
}

export function listLetters(ctx: Context, requestId: string): Promise<LetterRecord[]> {
  return requestLetters(ctx.db, requestId);
}

async function requireLetter(db: Kysely<Database>, requestId: string, letterId: string) {
  const letters = await requestLetters(db, requestId);
  const stored = letters.some((l) => l.id === letterId) ? await getAttachment(db, letterId) : null;
  if (stored === null) throw new AppError('NOT_FOUND', 'Courrier introuvable.');
  return stored;
}

/** Opens a stored letter in the system viewer, from which it is printed. */
export async function openLetter(
  ctx: Context,
  input: { requestId: string; letterId: string },
): Promise<{ fileName: string }> {
  const stored = await requireLetter(ctx.db, input.requestId, input.letterId);
  await ctx.files.open({
    fileName: stored.fileName,
    mimeType: stored.mimeType,
    content: stored.content,
  });
  return { fileName: stored.fileName };
}

export async function saveLetterAs(
  ctx: Context,
  input: { requestId: string; letterId: string },
): Promise<{ saved: boolean; name: string }> {
  const stored = await requireLetter(ctx.db, input.requestId, input.letterId);
  return ctx.files.save({
    fileName: stored.fileName,
    mimeType: stored.mimeType,
    content: stored.content,
  });
}

export interface BatchStatus {
  id: string;
  total: number;
  done: number;
  finished: boolean;
  /** Letters refused (missing values, template problems), with their reason. */
  skipped: { reference: string; reason: string }[];
  error: string | null;
  /** One PDF: ready to save with `saveBatch`. */
  ready: boolean;
}

const batches = new Map<string, BatchStatus>();
/** The finished one-PDF batches, waiting for the DPO to choose where to save them. */
const batchFiles = new Map<string, { folder: string; path: string; fileName: string }>();

/**
 * Generates one kind of letter for many requests in the background; `batchStatus` reports the
 * progress. "onePdf" makes one file to print (pages streamed to disk, memory flat), then asks where
 * to save it; "perRequest" keeps each letter with its request.
 */
export async function startBatch(
  ctx: Context,
  input: {
    requestIds: string[];
    kind: LetterKind;
    language: LetterLanguage;
    mode: 'onePdf' | 'perRequest';
  },
): Promise<BatchStatus> {
  const status: BatchStatus = {
    id: newId(ctx.clock()),
    total: input.requestIds.length,
    done: 0,
    finished: false,
    skipped: [],
    error: null,
    ready: false,
  };
  batches.set(status.id, status);
  const shared = await sharedSources(ctx.db);
  const run = async () => {
    const now = ctx.clock();
    if (input.mode === 'perRequest') {
      for (const requestId of input.requestIds) {
        try {
          const prepared = await prepare(
            ctx,
            ctx.db,
            { requestId, kind: input.kind, language: input.language, inputs: {} },
            shared,
          );
          refuseIfIncomplete(prepared, input.language);
          const pdf = await lettersPdf([prepared.print], {
            resources: resourcesDir(),
            title: prepared.subject,
            author: prepared.print.layout.organisation.name,
            createdAt: now,
          });
          await transact(ctx, (trx) =>
            storeLetter(
              trx,
              ctx,
              now,
              prepared,
              { requestId, kind: input.kind, language: input.language, inputs: {} },
              pdf,
            ),
          );
        } catch (error) {
          status.skipped.push({ reference: requestId, reason: (error as Error).message });
        }
        status.done++;
      }
      return;
    }
    const folder = mkdtempSync(join(tmpdir(), 'dpo-desk-letters-'));
    try {
      const path = join(folder, 'courriers.pdf');
      let index = 0;
      await lettersPdfToFile(
        path,
        async () => {
          while (index < input.requestIds.length) {
            const requestId = input.requestIds[index++] ?? '';
            try {
              const prepared = await prepare(
                ctx,
                ctx.db,
                { requestId, kind: input.kind, language: input.language, inputs: {} },
                shared,
              );
              refuseIfIncomplete(prepared, input.language);
              status.done++;
              return prepared.print;
            } catch (error) {
              status.skipped.push({ reference: requestId, reason: (error as Error).message });
              status.done++;
            }
          }
          return null;
        },
        {
          resources: resourcesDir(),
          title: translate(input.language, `letter.kind.${input.kind}`),
          author: shared.organisation?.legalName ?? '',
          createdAt: now,
        },
      );
      batchFiles.set(status.id, {
        folder,
        path,
        fileName: `courriers-${input.kind}-${todayOf(ctx)}.pdf`,
      });
      status.ready = true;
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  };
  void run()
    .catch((error: unknown) => {
      status.error = error instanceof Error ? error.message : String(error);
    })
    .finally(() => {
      status.finished = true;
    });
  return { ...status };
}

/** Asks where to save a finished one-PDF batch, then forgets the temporary file. */
export async function saveBatch(
  ctx: Context,
  id: string,
): Promise<{ saved: boolean; name: string }> {
  const file = batchFiles.get(id);
  if (file === undefined) throw new AppError('NOT_FOUND', 'Aucun PDF prêt pour ce lot.');
  const result = await ctx.files.save({
    fileName: file.fileName,
    mimeType: 'application/pdf',
    content: readFileSync(file.path),
  });
  if (result.saved) {
    rmSync(file.folder, { recursive: true, force: true });
    batchFiles.delete(id);
  }
  return result;
}

export function batchStatus(id: string): BatchStatus {
  const status = batches.get(id);
  if (status === undefined) throw new AppError('NOT_FOUND', 'Lot de courriers introuvable.');
  return { ...status, skipped: [...status.skipped] };
}
