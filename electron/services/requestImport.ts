/**
 * A requests log kept in a spreadsheet (one row per request, the DPO's own headers) brought into
 * Demandes the way the register comes: the app proposes what each column fills from its header,
 * the DPO's saved mapping overrides it, a dry run says what would be added, modified or unchanged
 * (matched by the file's reference, then by date received and requester), every problem by cell;
 * then one audited transaction after a backup. Each request gets the due date the deadline engine
 * gives a request typed in the app, since it is created and saved by the same code.
 */
import { sha256Hex } from './sha256';
import { listRequests } from '../../db/requests';
import { insertAuditEntry } from '../../db/audit';
import { localCalendarDate } from '../../shared/dates';
import { AppError, type MessageValues } from '../../shared/errors';
import { foldLabel, parseDateText } from '../../shared/register/importWords';
import {
  channelOf,
  identityOf,
  outcomeOf,
  requestStatusOf,
  rightsOf,
} from '../../shared/rights/importWords';
import { toFieldIssues } from '../../shared/schemas/common';
import {
  emptyRequest,
  requestFieldsOf,
  requestInputSchema,
  type RequestFields,
  type RightsRequest,
} from '../../shared/schemas/request';
import type {
  ImportChange,
  ImportProblem,
  ImportProblemCode,
} from '../../shared/schemas/registerImport';
import type {
  RequestImportItem,
  RequestImportPreview,
  RequestLogField,
  RequestMapping,
} from '../../shared/schemas/requestImport';
import type { SheetCell } from '../documents/readers';
import {
  readSpreadsheetBytes,
  spreadsheetSourceOf,
  type SpreadsheetSource,
} from '../documents/readers';
import { takeBackup } from './backups';
import type { Context } from './context';
import { cellText } from './registerImportCnil';
import { logOf } from './requestImportColumns';
import { alsaceMosselleOf, amendRequestIn, createRequestIn, requestColumnsOf } from './requests';
import { transact } from './transact';

/** What the file carries; the rest of a matched request stays as stored. */
const carried = [
  'receivedOn',
  'requesterName',
  'requesterEmail',
  'requesterAddress',
  'rights',
  'status',
  'responseOn',
  'outcomes',
  'notes',
] as const satisfies readonly (keyof RequestFields)[];

/** Carried only when the log has the column: a matched request keeps its own otherwise. */
const carriedWithColumn = {
  channel: ['channel'],
  dataSubjectName: ['onBehalfOf', 'dataSubjectName', 'representativeKind'],
  identity: [
    'identityStatus',
    'identityAskedOn',
    'identityReceivedOn',
    'identityVerifiedOn',
    'identityMethod',
  ],
} as const satisfies Partial<Record<RequestLogField, readonly (keyof RequestFields)[]>>;

const carriedOf = (fields: RequestFields, keys: readonly (keyof RequestFields)[]) =>
  JSON.stringify(Object.fromEntries(keys.map((k) => [k, fields[k]])));

interface RequestPlan {
  preview: RequestImportPreview;
  stored: Map<number, RightsRequest>;
}

async function plan(
  ctx: Context,
  name: string,
  bytes: Buffer,
  saved: RequestMapping | null,
): Promise<RequestPlan> {
  const book = await readSpreadsheetBytes(bytes, name);
  const { sheet, header, mapping, cells } = logOf(book.sheets, saved);
  const byColumn = new Map(cells.map((cell, index) => [cell.column, mapping[index]]));
  const existing = await listRequests(ctx.db);
  const alsaceMoselle = await alsaceMosselleOf(ctx.db);
  const today = localCalendarDate(ctx.clock());
  const problems: ImportProblem[] = [];
  const items: RequestImportItem[] = [];
  const stored = new Map<number, RightsRequest>();
  const taken = new Set<string>();
  let refused = 0;
  for (const row of sheet.rows.filter((r) => r.number > header)) {
    const problem = (
      code: ImportProblemCode,
      cell: SheetCell | null,
      field: string,
      values?: MessageValues,
      level: ImportProblem['level'] = 'warning',
    ) =>
      problems.push({
        level,
        code,
        sheet: sheet.name,
        cell: cell?.address ?? '',
        field,
        ...(values === undefined ? {} : { values }),
      });
    const values = new Map<RequestLogField, { text: string; cell: SheetCell }>();
    const notes: string[] = [];
    for (const cell of row.cells) {
      const column = byColumn.get(cell.column);
      const text = cellText(cell.value);
      if (column === undefined || column.field === 'notes') {
        notes.push(column === undefined ? text : `${column.header} : ${text}`);
      } else if (column.field !== 'ignore' && !values.has(column.field)) {
        values.set(column.field, { text, cell });
      }
    }
    const text = (field: RequestLogField) => values.get(field)?.text.trim() ?? '';
    const first = row.cells[0] ?? null;
    const refuse = (
      code: ImportProblemCode,
      cell: SheetCell | null,
      field: string,
      v?: MessageValues,
    ) => {
      problem(code, cell, field, v, 'error');
      refused += 1;
    };
    /** A date cell as it is, a text read as a French date; '' and a problem otherwise. */
    const date = (field: 'receivedOn' | 'responseOn'): string | null => {
      const found = values.get(field);
      if (found === undefined || found.text.trim() === '') return '';
      const read =
        found.cell.value.kind === 'date' ? found.cell.value.date : parseDateText(found.text);
      if (read === null) {
        problem('unreadableDate', found.cell, field, { text: found.text });
        return '';
      }
      if (read > today) {
        refuse('futureDate', found.cell, field, { text: found.text });
        return null;
      }
      return read;
    };
    const requesterName = text('requesterName');
    if (requesterName === '') {
      refuse('missingRequester', first, 'requesterName');
      continue;
    }
    const receivedOn = date('receivedOn');
    if (receivedOn === null) continue;
    if (receivedOn === '') {
      refuse('requestRefused', values.get('receivedOn')?.cell ?? first, 'receivedOn', {
        reason: 'validation.required',
      });
      continue;
    }
    const responseOn = date('responseOn');
    if (responseOn === null) continue;
    const rightsCell = values.get('rights');
    const read = rightsOf(rightsCell?.text ?? '');
    for (const words of read.unknown) {
      problem('rightNotRecognised', rightsCell?.cell ?? null, 'rights', { text: words });
      notes.push(`Droit indiqué : ${words}`);
    }
    if (read.rights.length === 0) {
      refuse('missingRights', rightsCell?.cell ?? first, 'rights', {
        text: rightsCell?.text ?? '',
      });
      continue;
    }
    const fields: RequestFields = {
      ...emptyRequest(receivedOn),
      requesterName: requesterName.slice(0, 200),
      requesterEmail: text('requesterEmail').toLowerCase().slice(0, 254),
      requesterAddress: text('requesterAddress').slice(0, 1_000),
      rights: read.rights,
      responseOn,
    };
    const channelCell = values.get('channel');
    if (channelCell !== undefined && channelCell.text.trim() !== '') {
      const channel = channelOf(channelCell.text);
      if (channel === null) {
        problem('channelNotRecognised', channelCell.cell, 'channel', { text: channelCell.text });
        notes.push(`Canal indiqué : ${channelCell.text}`);
      } else fields.channel = channel;
    }
    // Someone asking for another person's data: the person it is about, when the log names her.
    const subject = text('dataSubjectName');
    if (subject !== '' && foldLabel(subject) !== foldLabel(requesterName)) {
      fields.onBehalfOf = true;
      fields.dataSubjectName = subject.slice(0, 200);
      fields.representativeKind = 'other';
    }
    const identityCell = values.get('identity');
    if (identityCell !== undefined && identityCell.text.trim() !== '') {
      const said = identityOf(identityCell.text);
      // A date in the cell dates the step it names; the tracker wants one for each step.
      const on =
        identityCell.cell.value.kind === 'date'
          ? identityCell.cell.value.date
          : (/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}/.exec(identityCell.text)?.[0] ??
            '');
      const date = on === '' ? null : (parseDateText(on) ?? null);
      const dated = date !== null && date <= today && date >= receivedOn ? date : null;
      if (said === 'notNeeded') fields.identityStatus = 'notNeeded';
      else if (said !== null && dated !== null) {
        fields.identityStatus = said;
        fields.identityAskedOn = dated;
        if (said === 'received' || said === 'verified') fields.identityReceivedOn = dated;
        if (said === 'verified') fields.identityVerifiedOn = dated;
        fields.identityMethod = identityCell.text.slice(0, 2_000);
      } else {
        // No step the tracker can date: the words stay with the request, its status to complete.
        problem('identityNotDated', identityCell.cell, 'identity', { text: identityCell.text });
        notes.push(`Justificatif d’identité : ${identityCell.text}`);
      }
    }
    const statusCell = values.get('status');
    const status = statusCell === undefined ? null : requestStatusOf(statusCell.text);
    fields.status = status ?? (responseOn === '' ? 'received' : 'answered');
    if (statusCell !== undefined && status === null && statusCell.text.trim() !== '') {
      problem('statusNotRecognised', statusCell.cell, 'status', {
        text: statusCell.text,
        reason: `enum.requestStatus.${fields.status}`,
      });
    }
    const outcomeCell = values.get('outcome');
    const outcome = outcomeCell === undefined ? null : outcomeOf(outcomeCell.text);
    if (outcomeCell !== undefined && outcome === null && outcomeCell.text.trim() !== '')
      notes.push(`Suite donnée : ${outcomeCell.text}`);
    const fileReference = text('reference');
    if (fileReference !== '') notes.unshift(`Référence du fichier : ${fileReference}`);
    fields.notes = notes.join('\n').slice(0, 20_000);
    const match =
      existing.find(
        (r) => !taken.has(r.id) && fileReference !== '' && r.reference === fileReference,
      ) ??
      existing.find(
        (r) =>
          !taken.has(r.id) &&
          r.receivedOn === fields.receivedOn &&
          foldLabel(r.requesterName) === foldLabel(fields.requesterName),
      );
    // What was done with each right: the file's word for all of them when it says one, else
    // what the matched request records. An answered request needs one for every right (the
    // app's rule): a log that does not say it gets « Accordé », flagged to check.
    const recorded = (match?.outcomes ?? []).filter(
      (o) => fields.rights.includes(o.right) && o.outcome !== 'pending',
    );
    fields.outcomes =
      outcome === null
        ? recorded
        : fields.rights.map((right) => ({
            right,
            outcome,
            reason:
              outcome === 'refused' || outcome === 'partly'
                ? (outcomeCell?.text ?? '').slice(0, 2_000)
                : '',
          }));
    const missing = fields.rights.filter((r) => !fields.outcomes.some((o) => o.right === r));
    const outcomeAssumed =
      (fields.status === 'answered' || fields.status === 'closed') && missing.length > 0;
    if (outcomeAssumed) {
      problem('outcomeAssumed', outcomeCell?.cell ?? statusCell?.cell ?? first, 'outcomes');
      fields.outcomes = [
        ...fields.outcomes,
        ...missing.map((right) => ({ right, outcome: 'granted' as const, reason: '' })),
      ];
    }
    const keys: (keyof RequestFields)[] = [
      ...carried,
      ...Object.entries(carriedWithColumn).flatMap(([field, carriedKeys]) =>
        mapping.some((m) => m.field === field) ? carriedKeys : [],
      ),
    ];
    const merged: RequestFields =
      match === undefined
        ? fields
        : {
            ...requestFieldsOf(match),
            ...Object.fromEntries(keys.map((k) => [k, fields[k]])),
            // Notes a matched request already has stay: the DPO may have added to them.
            notes: match.notes === '' ? fields.notes : match.notes,
          };
    const checked = requestInputSchema.safeParse(merged);
    if (!checked.success) {
      for (const issue of toFieldIssues(checked.error))
        problem('requestRefused', first, issue.path, { reason: issue.messageKey }, 'error');
      refused += 1;
      continue;
    }
    if (match !== undefined) taken.add(match.id);
    const change: ImportChange =
      match === undefined
        ? 'added'
        : carriedOf(requestFieldsOf(match), keys) === carriedOf(checked.data, keys)
          ? 'unchanged'
          : 'modified';
    if (match !== undefined && change === 'modified') stored.set(items.length, match);
    items.push({
      change,
      row: row.number,
      id: match?.id ?? null,
      reference: match?.reference ?? null,
      fields: checked.data,
      dueOn: requestColumnsOf(checked.data, alsaceMoselle).dueOn,
      outcomeAssumed,
    });
  }
  const count = (change: ImportChange) => items.filter((i) => i.change === change).length;
  return {
    preview: {
      file: name,
      sha256: sha256Hex(bytes),
      counts: {
        added: count('added'),
        modified: count('modified'),
        unchanged: count('unchanged'),
        refused,
      },
      mapping,
      items,
      problems,
    },
    stored,
  };
}

export type RequestImportSource = SpreadsheetSource;

export async function previewRequestImport(
  ctx: Context,
  file: string | RequestImportSource,
  mapping: RequestMapping | null = null,
): Promise<RequestImportPreview> {
  const source = spreadsheetSourceOf(file);
  return (await plan(ctx, source.name, source.bytes, mapping)).preview;
}

export async function applyRequestImport(
  ctx: Context,
  file: string | RequestImportSource,
  expectedSha256: string,
  mapping: RequestMapping | null = null,
): Promise<{ created: number; updated: number; backupPath: string }> {
  const source = spreadsheetSourceOf(file);
  const { preview } = await plan(ctx, source.name, source.bytes, mapping);
  if (preview.sha256 !== expectedSha256)
    throw new AppError('CONFLICT', 'error.registerImport.fileChanged');
  const backupPath = (await takeBackup(ctx, 'before-import')).path;
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    const { preview: fresh, stored } = await plan(
      { ...ctx, db: trx },
      source.name,
      source.bytes,
      mapping,
    );
    for (const [index, item] of fresh.items.entries()) {
      if (item.change === 'added') await createRequestIn(trx, ctx, item.fields, now);
      const before = stored.get(index);
      if (item.change === 'modified' && before !== undefined)
        await amendRequestIn(trx, ctx, now, before, item.fields);
    }
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'database',
      entityId: 'requestImport',
      action: 'update',
      before: null,
      after: { file: source.name, sha256: preview.sha256, ...preview.counts, backupPath },
    });
  });
  return { created: preview.counts.added, updated: preview.counts.modified, backupPath };
}
