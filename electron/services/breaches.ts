import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../../db/audit';
import {
  deleteBreachRow,
  getBreach,
  insertBreach,
  listBreaches as readBreaches,
  nextBreachReference,
  updateBreach as writeBreach,
} from '../../db/breaches';
import { newId } from '../../db/ids';
import type { Database } from '../../db/schema';
import { timeLeft } from '../../shared/breaches/clock';
import { enisaSeverity, obligationsOf, suggestedRiskLevel } from '../../shared/breaches/risk';
import { breachIssues, breachState, deadlineOf } from '../../shared/breaches/state';
import { AppError, type FieldIssue } from '../../shared/errors';
import type { Breach, BreachFields, BreachSummary, BreachView } from '../../shared/schemas/breach';
import type { HistoryEntry } from '../../shared/history';
import type { Context } from './context';
import { recordHistory } from './recordHistory';
import { transact } from './transact';

export const breachEntity = 'breach';

function viewOf(breach: Breach, now: Date): BreachView {
  const deadline = deadlineOf(breach);
  return {
    breach,
    deadline,
    state: breachState(breach, now),
    timeLeft: timeLeft(new Date(deadline.due), now),
    severity: breach.enisa === null ? null : enisaSeverity(breach.enisa),
    suggestedLevel: breach.enisa === null ? null : suggestedRiskLevel(breach.enisa),
    obligations:
      breach.riskLevel === null
        ? null
        : obligationsOf(breach.riskLevel, breach.communicationException),
  };
}

async function requireBreach(db: Kysely<Database>, id: string): Promise<Breach> {
  const breach = await getBreach(db, id);
  if (breach === null) throw new AppError('NOT_FOUND', 'error.breach.notFound');
  return breach;
}

/** The record's own rules, then its links: only activities and processors that exist. */
async function checkBreach(trx: Kysely<Database>, fields: BreachFields, now: Date): Promise<void> {
  const issues: FieldIssue[] = breachIssues(fields, now);
  const known = async (table: 'processing_activity' | 'processor', ids: string[]) =>
    ids.length === 0
      ? new Set<string>()
      : new Set(
          (await trx.selectFrom(table).select('id').where('id', 'in', ids).execute()).map(
            (row) => row.id,
          ),
        );
  const activities = await known('processing_activity', fields.activityIds);
  if (fields.activityIds.some((id) => !activities.has(id))) {
    issues.push({ path: 'activityIds', messageKey: 'validation.unknownActivity' });
  }
  const processors = await known('processor', fields.processorIds);
  if (fields.processorIds.some((id) => !processors.has(id))) {
    issues.push({ path: 'processorIds', messageKey: 'validation.unknownProcessor' });
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION', 'error.invalidInput', undefined, { fields: issues });
  }
}

export async function listBreaches(ctx: Context): Promise<BreachSummary[]> {
  const now = ctx.clock();
  return (await readBreaches(ctx.db)).map((breach) => {
    const view = viewOf(breach, now);
    return {
      id: breach.id,
      reference: breach.reference,
      title: breach.title,
      awareAt: view.deadline.aware,
      due: view.deadline.due,
      riskLevel: breach.riskLevel,
      state: view.state,
      timeLeft: view.timeLeft,
      isOpen: breach.closedOn === '',
    };
  });
}

/** Every breach with its deadline and state, oldest first: the register documents' section. */
export async function breachViews(ctx: Context): Promise<BreachView[]> {
  const now = ctx.clock();
  return (await readBreaches(ctx.db))
    .map((breach) => viewOf(breach, now))
    .sort((a, b) => a.breach.reference.localeCompare(b.breach.reference));
}

export async function getBreachView(ctx: Context, id: string): Promise<BreachView> {
  return viewOf(await requireBreach(ctx.db, id), ctx.clock());
}

/**
 * With `createId` (made by the form), a create sent again returns the breach the first one made.
 * The reference takes the year of awareness (VDP-2026-0001).
 */
export function createBreach(
  ctx: Context,
  fields: BreachFields,
  createId?: string,
): Promise<BreachView> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const earlier = createId === undefined ? null : await getBreach(trx, createId);
    if (earlier !== null) return viewOf(earlier, now);
    await checkBreach(trx, fields, now);
    const breach: Breach = {
      ...fields,
      id: createId ?? newId(now),
      reference: await nextBreachReference(trx, fields.awareAt.slice(0, 4)),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await insertBreach(trx, breach);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: breachEntity,
      entityId: breach.id,
      action: 'create',
      before: null,
      after: fields,
    });
    return viewOf(breach, now);
  });
}

export function updateBreach(
  ctx: Context,
  input: { id: string; expectedUpdatedAt: string; breach: BreachFields },
): Promise<BreachView> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireBreach(trx, input.id);
    if (before.updatedAt !== input.expectedUpdatedAt) {
      throw new AppError(
        'CONFLICT',
        'error.breach.changed',
        { reference: before.reference },
        { changedAt: before.updatedAt },
      );
    }
    await checkBreach(trx, input.breach, now);
    const after: Breach = {
      ...input.breach,
      id: before.id,
      reference: before.reference,
      createdAt: before.createdAt,
      updatedAt: now.toISOString(),
    };
    await writeBreach(trx, after);
    const { id: _id, reference: _ref, createdAt: _c, updatedAt: _u, ...previous } = before;
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: breachEntity,
      entityId: before.id,
      action: 'update',
      before: previous,
      after: input.breach,
    });
    return viewOf(after, now);
  });
}

export function deleteBreach(ctx: Context, id: string): Promise<{ reference: string }> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireBreach(trx, id);
    await deleteBreachRow(trx, id);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: breachEntity,
      entityId: id,
      action: 'delete',
      before: { reference: before.reference, title: before.title, awareAt: before.awareAt },
      after: null,
    });
    return { reference: before.reference };
  });
}

/** The record's History tab: each change field by field, newest first. */
export function breachHistory(ctx: Context, id: string): Promise<HistoryEntry[]> {
  return recordHistory(ctx.db, breachEntity, id, requireBreach);
}
