import { sha256Hex } from './sha256';
import type { Kysely } from 'kysely';
import { listActivities } from '../../db/activities';
import { getAttachment, insertAttachment } from '../../db/attachments';
import { insertAuditEntry } from '../../db/audit';
import { newId } from '../../db/ids';
import { linkRequestLetter, requestLetters, type LetterRecord } from '../../db/letters';
import { getPreference } from '../../db/preferences';
import { listProcessors } from '../../db/processors';
import { getRequest, hasSuppressionFor, insertRequestEvent } from '../../db/requests';
import type { Database } from '../../db/schema';
import { getOrganisationSettings } from '../../db/settings';
import { AppError, type Wording } from '../../shared/errors';
import { translate, type MessageKey } from '../../shared/i18n';
import { composeAnswer } from '../../shared/letters/compose';
import { deliveryIsChoice, deliveryOf, deliveryRefusal } from '../../shared/letters/delivery';
import { letterText, renderLetter } from '../../shared/letters/render';
import {
  availableLetters,
  letterRefusal,
  refusalWording,
  type LetterRefusal,
} from '../../shared/letters/rules';
import {
  blockKinds,
  mandatoryContent,
  unknownPlaceholder,
  optionalPlaceholders,
  type LetterDelivery,
  type LetterKind,
  type LetterLanguage,
  type LetterTemplate,
  type TemplateKind,
} from '../../shared/letters/templates';
import { addresseeOf, knownPlaceholders, letterValues } from '../../shared/letters/values';
import { linkedProcessors } from '../../shared/register/transfers';
import { isOpen, requestDeadline } from '../../shared/rights/requestDeadline';
import { art19Rights } from '../../shared/rights/vocabulary';
import type { RightsRequest } from '../../shared/schemas/request';
import type { Processor } from '../../shared/schemas/processor';
import { emailDraft } from '../documents/letterEmail';
import { unprintableIn } from '../../shared/letters/printable';
import { lettersPdf, type LetterToPrint } from '../documents/letterPdf';
import type { Context } from './context';
import { letterLayout } from './letterLayout';
import { getTemplate } from './letterTemplates';
import { alsaceMosselleOf, amendRequestIn, todayOf } from './requests';
import { resourcesDir } from './resources';
import { transact } from './transact';

export { listTemplates, restoreTemplate, saveTemplate } from './letterTemplates';

export interface LetterInput {
  requestId: string;
  kind: LetterKind;
  language: LetterLanguage;
  inputs: Record<string, string>;
  delivery?: LetterDelivery;
}

export interface LetterPreview {
  subject: string;
  paragraphs: string[];
  /** Placeholders without a value: shown to the DPO, never printed blank. */
  missing: string[];
  /** Mandatory content the templates lack: generation is refused until fixed. */
  problems: Wording[];
  /** Settings the letterhead needs and lacks. */
  settingsMissing: MessageKey[];
  /** Why this letter does not fit the request (its state, or the address), or null. */
  refusal: LetterRefusal | null;
  delivery: LetterDelivery;
  /** Values the DPO types for this letter (the portability format...). */
  inputs: string[];
}

export interface Prepared extends LetterPreview {
  request: RightsRequest;
  print: LetterToPrint;
}

/** What every letter of a batch shares, read once. */
export interface SharedSources {
  organisation: Awaited<ReturnType<typeof getOrganisationSettings>>;
  dpoTitle: string;
  alsaceMoselle: boolean;
  activities: Awaited<ReturnType<typeof listActivities>>;
  processors: Processor[];
  logo: Uint8Array | null;
  signature: Uint8Array | null;
  templates: Map<string, LetterTemplate>;
}

export async function sharedSources(db: Kysely<Database>): Promise<SharedSources> {
  const imageOf = async (key: string) => {
    const id = await getPreference(db, key);
    return id === null ? null : ((await getAttachment(db, id))?.content ?? null);
  };
  return {
    organisation: await getOrganisationSettings(db),
    dpoTitle: (await getPreference(db, 'dpoTitle')) ?? '',
    alsaceMoselle: await alsaceMosselleOf(db),
    activities: await listActivities(db),
    processors: await listProcessors(db),
    logo: await imageOf('letterLogoId'),
    signature: await imageOf('signatureImageId'),
    templates: new Map(),
  };
}

async function templateOf(
  db: Kysely<Database>,
  sources: SharedSources,
  kind: TemplateKind,
  language: LetterLanguage,
): Promise<LetterTemplate> {
  const key = `${kind}.${language}`;
  const cached = sources.templates.get(key);
  if (cached !== undefined) return cached;
  const template = await getTemplate(db, kind, language);
  sources.templates.set(key, template);
  return template;
}

async function requireRequest(db: Kysely<Database>, id: string): Promise<RightsRequest> {
  const request = await getRequest(db, id);
  if (request === null) throw new AppError('NOT_FOUND', 'error.request.notFound');
  return request;
}

/** Art. 19: the recipients linked to the activities concerned, told and still to tell. */
function art19Of(
  request: RightsRequest,
  sources: Pick<SharedSources, 'activities' | 'processors'>,
) {
  const applies = request.outcomes.some(
    (o) => art19Rights.includes(o.right) && (o.outcome === 'granted' || o.outcome === 'partly'),
  );
  const recipients = new Map<string, Processor>();
  for (const activity of sources.activities.filter((a) => request.activityIds.includes(a.id))) {
    for (const p of linkedProcessors(activity, sources.processors)) recipients.set(p.id, p);
  }
  const told = new Set(
    request.art19Notifications.filter((n) => n.notifiedOn !== '').map((n) => n.processorId),
  );
  const all = [...recipients.values()];
  return {
    told: applies ? all.filter((p) => told.has(p.id)).map((p) => p.name) : [],
    pending: applies ? all.filter((p) => !told.has(p.id)).map((p) => p.name) : [],
  };
}

/** What a letter would say and look like, and what stands in the way of printing it. */
export async function prepare(
  ctx: Context,
  db: Kysely<Database>,
  input: LetterInput,
  shared?: SharedSources,
): Promise<Prepared> {
  const request = await requireRequest(db, input.requestId);
  const sources = shared ?? (await sharedSources(db));
  const today = todayOf(ctx);
  const current = requestDeadline(request, today, sources.alsaceMoselle);
  const art19 = art19Of(request, sources);
  const refusal = letterRefusal(input.kind, {
    request,
    deadline: current,
    today,
    art19Pending: art19.pending,
  });
  // The extension notice gives the date the request will be due once it is sent today.
  const deadline =
    input.kind === 'extension' && request.extensionNotifiedOn === ''
      ? requestDeadline({ ...request, extensionNotifiedOn: today }, today, sources.alsaceMoselle)
      : current;
  const delivery = deliveryOf(request, input.delivery);
  const activities = sources.activities.filter((a) => request.activityIds.includes(a.id));
  const values: Record<string, string> = {
    ...letterValues(
      {
        request,
        deadline,
        organisation: sources.organisation,
        dpoTitle: sources.dpoTitle,
        activities,
        processors: sources.processors,
        inputs: input.inputs,
        today,
      },
      input.language,
    ),
  };
  const problems: Wording[] = [];
  const missing = new Set<string>();
  let inputs: string[] = [];
  if (input.kind === 'answer' || input.kind === 'refusal') {
    const blocks = new Map<TemplateKind, LetterTemplate>();
    for (const kind of blockKinds)
      blocks.set(kind, await templateOf(db, sources, kind, input.language));
    const composed = composeAnswer(
      request,
      { onSuppressionList: await hasSuppressionFor(db, request.id), art19Told: art19.told },
      input.language,
      (kind) => blocks.get(kind) ?? { subject: '', body: '' },
      values,
      knownPlaceholders,
    );
    values['answer.paragraphs'] = composed.paragraphs.join('\n\n');
    composed.missing.forEach((name) => missing.add(name));
    problems.push(...composed.problems);
    problems.push(...composed.unknown.map(unknownPlaceholder));
    inputs = composed.inputs;
  }
  const template = await templateOf(db, sources, input.kind, input.language);
  const letter = renderLetter(template, values, knownPlaceholders, optionalPlaceholders);
  letter.missing.forEach((name) => missing.add(name));
  letter.missing = [...missing];
  const source = `${template.subject}\n${template.body}`;
  const text = letterText(letter);
  problems.unshift(
    ...mandatoryContent[input.kind]
      .filter((requirement) => !requirement.test(source, text))
      .map((requirement) => ({ key: requirement.key })),
  );
  problems.push(...letter.unknown.map(unknownPlaceholder));
  const unused = Object.keys(input.inputs).find((name) => !inputs.includes(name));
  const organisation = sources.organisation;
  const needed = (missing: boolean, key: MessageKey): MessageKey[] => (missing ? [key] : []);
  const settingsMissing = [
    ...needed(organisation === null || organisation.legalName === '', 'field.legalName'),
    ...needed(organisation === null || organisation.address === '', 'field.address'),
    ...needed(organisation === null || organisation.dpoName === '', 'field.dpoName'),
    ...needed(organisation === null || organisation.letterPlace === '', 'field.letterPlace'),
    ...needed(
      delivery === 'email' && (organisation === null || organisation.dpoEmail === ''),
      'field.dpoEmail',
    ),
  ];
  return {
    subject: letter.subject,
    paragraphs: letter.paragraphs,
    missing: letter.missing,
    problems,
    settingsMissing,
    refusal:
      refusal ??
      deliveryRefusal(delivery, request, addresseeOf(request, input.language)) ??
      (unused === undefined ? null : { key: 'letterRule.unknownInput', params: { name: unused } }),
    delivery,
    inputs,
    request,
    print: {
      layout: letterLayout(request, sources, {
        language: input.language,
        today,
        delivery,
        dpoTitle: values['dpo.title'] ?? '',
      }),
      letter,
    },
  };
}

function preview(prepared: Prepared): LetterPreview {
  const { subject, paragraphs, missing, problems, settingsMissing, refusal, delivery, inputs } =
    prepared;
  return { subject, paragraphs, missing, problems, settingsMissing, refusal, delivery, inputs };
}

export async function previewLetter(ctx: Context, input: LetterInput): Promise<LetterPreview> {
  return preview(await prepare(ctx, ctx.db, input));
}

/** Every letter with whether it fits the request as it stands, and how it would be sent. */
export async function letterChoices(
  ctx: Context,
  requestId: string,
): Promise<{
  letters: { kind: LetterKind; refusal: LetterRefusal | null }[];
  delivery: LetterDelivery;
  deliveryIsChoice: boolean;
  answeredOn: string;
}> {
  const request = await requireRequest(ctx.db, requestId);
  // Only what the rules need: not the letterhead images nor the templates.
  const sources = {
    activities: await listActivities(ctx.db),
    processors: await listProcessors(ctx.db),
  };
  const today = todayOf(ctx);
  return {
    letters: availableLetters({
      request,
      deadline: requestDeadline(request, today, await alsaceMosselleOf(ctx.db)),
      today,
      art19Pending: art19Of(request, sources).pending,
    }),
    delivery: deliveryOf(request),
    deliveryIsChoice: deliveryIsChoice(request),
    answeredOn: request.responseOn,
  };
}

/** Refuses, with the key that says why, a letter that cannot be printed as the file stands. */
export function refuseIfIncomplete(prepared: Prepared): void {
  const reference = prepared.request.reference;
  if (prepared.refusal !== null) {
    throw new AppError(
      'VALIDATION',
      'error.letter.refused',
      { reference },
      { refusal: prepared.refusal },
      { reason: [refusalWording(prepared.refusal)] },
    );
  }
  if (prepared.settingsMissing.length > 0) {
    throw new AppError(
      'VALIDATION',
      'error.letter.settingsMissing',
      undefined,
      { settingsMissing: prepared.settingsMissing },
      { fields: prepared.settingsMissing.map((key) => ({ key })) },
    );
  }
  if (prepared.problems.length > 0) {
    throw new AppError(
      'VALIDATION',
      'error.letter.templateIncomplete',
      { reference },
      { problems: prepared.problems },
      { problems: prepared.problems },
    );
  }
  if (prepared.missing.length > 0) {
    throw new AppError(
      'VALIDATION',
      'error.letter.missingValues',
      { reference, names: prepared.missing.map((name) => `{{${name}}}`).join(', ') },
      { missing: prepared.missing },
    );
  }
  const { layout, letter } = prepared.print;
  const unprintable = unprintableIn([
    ...layout.recipient.lines,
    layout.salutation,
    letter.subject,
    ...letter.paragraphs,
  ]);
  if (unprintable !== null) {
    throw new AppError(
      'VALIDATION',
      unprintable.kind === 'rightToLeft' ? 'error.letter.rightToLeft' : 'error.letter.noGlyph',
      { reference, text: unprintable.text },
      { unprintable },
    );
  }
}

/** `DSR-2026-0001-accusé-de-réception-2026-11-22`: the name a letter's files share. */
export function fileBaseOf(
  request: RightsRequest,
  kind: LetterKind,
  language: LetterLanguage,
  today: string,
): string {
  return `${request.reference}-${translate(language, `letter.kind.${kind}`)
    .toLowerCase()
    .replace(/[^a-z0-9à-ÿ]+/gi, '-')
    .replace(/-+$/, '')}-${today}`;
}

export interface GeneratedLetter {
  letter: LetterRecord;
  /** The email draft with the PDF attached, when the answer goes by email. */
  email: LetterRecord | null;
  delivery: LetterDelivery;
}

export function letterPdfOf(prepared: Prepared, now: Date): Promise<Buffer> {
  return lettersPdf([prepared.print], {
    resources: resourcesDir(),
    title: prepared.subject,
    author: prepared.print.layout.organisation.name,
    createdAt: now,
  });
}

/**
 * Generates one letter, keeps the PDF (and the email draft) with the request, each in the timeline
 * with its SHA-256, and records what sending it means for the file.
 */
export async function generateLetter(ctx: Context, input: LetterInput): Promise<GeneratedLetter> {
  const prepared = await prepare(ctx, ctx.db, input);
  refuseIfIncomplete(prepared);
  return keepLetter(ctx, prepared, input, ctx.clock());
}

/**
 * Writes a prepared letter's PDF (and, by email, its draft) and keeps them with the request in one
 * transaction, with what sending it means for the file: single letters and both kinds of batch
 * go through here, so a batch records exactly what a single letter does.
 */
export async function keepLetter(
  ctx: Context,
  prepared: Prepared,
  input: Pick<LetterInput, 'kind' | 'language'>,
  now: Date,
): Promise<GeneratedLetter> {
  const pdf = await letterPdfOf(prepared, now);
  const base = fileBaseOf(prepared.request, input.kind, input.language, todayOf(ctx));
  const eml = prepared.delivery === 'email' ? await emailOf(prepared, input, pdf, base, now) : null;
  return transact(ctx, async (trx) => {
    const letter = await storeLetter(trx, ctx, now, prepared, input, {
      fileName: `${base}.pdf`,
      mimeType: 'application/pdf',
      content: pdf,
    });
    const email =
      eml === null
        ? null
        : await storeFile(trx, ctx, now, prepared.request, input, {
            fileName: `${base}.eml`,
            mimeType: 'message/rfc822',
            content: eml,
          });
    if (email !== null) {
      await insertRequestEvent(trx, prepared.request.id, {
        at: now.toISOString(),
        actor: ctx.actor,
        kind: 'emailDraftWritten',
        data: {
          fileName: email.fileName,
          sha256: email.sha256,
          to: prepared.request.requesterEmail,
        },
      });
    }
    return { letter, email, delivery: prepared.delivery };
  });
}

function emailOf(
  prepared: Prepared,
  input: Pick<LetterInput, 'language'>,
  pdf: Buffer,
  base: string,
  now: Date,
): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(input.language, key, params);
  const { layout } = prepared.print;
  const closing = input.language === 'fr' ? 'Bien cordialement,' : 'Kind regards,';
  return emailDraft({
    from: { name: layout.signature.name, address: layout.sender.email },
    to: { name: prepared.request.requesterName, address: prepared.request.requesterEmail },
    subject: prepared.subject,
    text: t('letter.email.body', {
      salutation: layout.salutation,
      reference: prepared.request.reference,
      title: prepared.subject,
      closing,
      name: layout.signature.name,
      dpoTitle: layout.signature.title,
      org: layout.organisation.name,
    }),
    attachment: { fileName: `${base}.pdf`, content: pdf },
    date: now,
  });
}

interface FileToKeep {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

async function storeFile(
  trx: Kysely<Database>,
  ctx: Context,
  now: Date,
  request: RightsRequest,
  input: Pick<LetterInput, 'kind' | 'language'>,
  file: FileToKeep,
): Promise<LetterRecord> {
  const record: LetterRecord = {
    id: newId(now),
    kind: input.kind,
    language: input.language,
    fileName: file.fileName,
    size: file.content.length,
    sha256: sha256Hex(file.content),
    createdAt: now.toISOString(),
  };
  await insertAttachment(trx, {
    id: record.id,
    fileName: record.fileName,
    mimeType: file.mimeType,
    size: record.size,
    sha256: record.sha256,
    attachedAt: record.createdAt,
    content: file.content,
  });
  await linkRequestLetter(trx, request.id, record);
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

/** Keeps the PDF and records what the letter means: proof asked, extension notified, sent. */
export async function storeLetter(
  trx: Kysely<Database>,
  ctx: Context,
  now: Date,
  prepared: Prepared,
  input: Pick<LetterInput, 'kind' | 'language'>,
  file: FileToKeep,
): Promise<LetterRecord> {
  const today = todayOf(ctx);
  const at = now.toISOString();
  // Read again inside the transaction: the file may have changed since the letter was prepared.
  const request = await requireRequest(trx, prepared.request.id);
  const record = await storeFile(trx, ctx, now, request, input, file);
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
  if (input.kind === 'identityProof') {
    await amendRequestIn(trx, ctx, now, request, {
      identityStatus: 'asked',
      identityAskedOn: request.identityAskedOn === '' ? today : request.identityAskedOn,
      status: isOpen(request.status) ? 'awaitingIdentity' : request.status,
    });
  }
  if (input.kind === 'extension' && request.extensionNotifiedOn === '') {
    await amendRequestIn(trx, ctx, now, request, { extensionNotifiedOn: today });
  }
  return record;
}

/** After the answer: the response date and channel, as the DPO confirms them. */
export function recordResponse(
  ctx: Context,
  input: { requestId: string; delivery: LetterDelivery },
): Promise<{ responseOn: string }> {
  const now = ctx.clock();
  const today = todayOf(ctx);
  return transact(ctx, async (trx) => {
    const request = await requireRequest(trx, input.requestId);
    if (request.status === 'withdrawn') throw new AppError('VALIDATION', 'letterRule.withdrawn');
    await amendRequestIn(trx, ctx, now, request, {
      responseOn: today,
      responseChannel: input.delivery === 'email' ? 'email' : 'post',
      status: isOpen(request.status) ? 'answered' : request.status,
    });
    return { responseOn: today };
  });
}

export function listLetters(ctx: Context, requestId: string): Promise<LetterRecord[]> {
  return requestLetters(ctx.db, requestId);
}

async function requireLetter(db: Kysely<Database>, requestId: string, letterId: string) {
  const letters = await requestLetters(db, requestId);
  const stored = letters.some((l) => l.id === letterId) ? await getAttachment(db, letterId) : null;
  if (stored === null) throw new AppError('NOT_FOUND', 'error.letter.notFound');
  return stored;
}

/**
 * Opens a stored letter with the system's program: the PDF viewer to print, the mail program for
 * an email draft (the browser host downloads it).
 */
export async function openLetter(
  ctx: Context,
  input: { requestId: string; letterId: string },
): Promise<{ fileName: string }> {
  const stored = await requireLetter(ctx.db, input.requestId, input.letterId);
  await ctx.files.open({
    fileName: stored.fileName,
    mimeType: stored.mimeType,
    content: stored.content,
    ownerId: input.requestId,
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
