import type { Kysely } from 'kysely';
import { listActivities } from '../../db/activities';
import { insertAuditEntry } from '../../db/audit';
import {
  deleteCookieRow,
  getCookie,
  insertCookie,
  listCookies as readCookies,
  updateCookieRow,
} from '../../db/cookies';
import { newId } from '../../db/ids';
import { listProcessors } from '../../db/processors';
import type { Database } from '../../db/schema';
import { cookieWarnings, providerTransfers } from '../../shared/cookies/warnings';
import { AppError, type FieldIssue } from '../../shared/errors';
import type { HistoryEntry } from '../../shared/history';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import {
  cookieFieldsOf,
  type Cookie,
  type CookieFields,
  type CookieView,
} from '../../shared/schemas/cookie';
import type { Processor } from '../../shared/schemas/processor';
import type { Context } from './context';
import { recordHistory } from './recordHistory';
import { transact } from './transact';

export const cookieEntity = 'cookie';

/** A cookie with its provider and activity read from the register, its transfers and warnings. */
function viewOf(
  cookie: Cookie,
  processors: ReadonlyMap<string, Processor>,
  activities: ReadonlyMap<string, ProcessingActivity>,
): CookieView {
  const provider = cookie.providerId === null ? null : (processors.get(cookie.providerId) ?? null);
  const activity = cookie.activityId === null ? null : (activities.get(cookie.activityId) ?? null);
  const transfers = providerTransfers(provider, activity);
  return {
    cookie,
    provider:
      provider === null
        ? null
        : {
            id: provider.id,
            name: provider.name,
            role: provider.role,
            contractStatus: provider.contractStatus,
          },
    activity:
      activity === null
        ? null
        : { id: activity.id, reference: activity.reference, name: activity.name },
    transfers,
    warnings: cookieWarnings(cookie, provider, transfers),
  };
}

/** The register as the inventory reads it: processors and activities by id. */
async function registerOf(db: Kysely<Database>) {
  const [processors, activities] = await Promise.all([listProcessors(db), listActivities(db)]);
  return {
    processors: new Map(processors.map((p) => [p.id, p])),
    activities: new Map(activities.map((a) => [a.id, a])),
  };
}

async function requireCookie(db: Kysely<Database>, id: string): Promise<Cookie> {
  const cookie = await getCookie(db, id);
  if (cookie === null) throw new AppError('NOT_FOUND', 'error.cookie.notFound');
  return cookie;
}

async function viewOfOne(db: Kysely<Database>, cookie: Cookie): Promise<CookieView> {
  const { processors, activities } = await registerOf(db);
  return viewOf(cookie, processors, activities);
}

/** Only a provider and an activity that exist in the register. */
async function checkLinks(trx: Kysely<Database>, fields: CookieFields): Promise<void> {
  const issues: FieldIssue[] = [];
  if (fields.providerId !== null) {
    const found = await trx
      .selectFrom('processor')
      .select('id')
      .where('id', '=', fields.providerId)
      .executeTakeFirst();
    if (found === undefined) {
      issues.push({ path: 'providerId', messageKey: 'validation.unknownProcessor' });
    }
  }
  if (fields.activityId !== null) {
    const found = await trx
      .selectFrom('processing_activity')
      .select('id')
      .where('id', '=', fields.activityId)
      .executeTakeFirst();
    if (found === undefined) {
      issues.push({ path: 'activityId', messageKey: 'validation.unknownActivity' });
    }
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION', 'error.invalidInput', undefined, { fields: issues });
  }
}

/** The inventory, by category then name, each cookie with its register links and warnings. */
export async function listCookieViews(ctx: Context): Promise<CookieView[]> {
  const [cookies, register] = await Promise.all([readCookies(ctx.db), registerOf(ctx.db)]);
  return cookies.map((cookie) => viewOf(cookie, register.processors, register.activities));
}

export async function getCookieView(ctx: Context, id: string): Promise<CookieView> {
  return viewOfOne(ctx.db, await requireCookie(ctx.db, id));
}

/** With `createId` (made by the form), a create sent again returns the cookie the first made. */
export function createCookie(
  ctx: Context,
  fields: CookieFields,
  createId?: string,
): Promise<CookieView> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const earlier = createId === undefined ? null : await getCookie(trx, createId);
    if (earlier !== null) return viewOfOne(trx, earlier);
    await checkLinks(trx, fields);
    const cookie: Cookie = {
      ...fields,
      id: createId ?? newId(now),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await insertCookie(trx, cookie);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: cookieEntity,
      entityId: cookie.id,
      action: 'create',
      before: null,
      after: fields,
    });
    return viewOfOne(trx, cookie);
  });
}

/** Refused when the cookie changed since the form loaded it (`expectedUpdatedAt`). */
export function updateCookie(
  ctx: Context,
  input: { id: string; expectedUpdatedAt: string; cookie: CookieFields },
): Promise<CookieView> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireCookie(trx, input.id);
    if (before.updatedAt !== input.expectedUpdatedAt) {
      throw new AppError(
        'CONFLICT',
        'error.cookie.changed',
        { name: before.name },
        { changedAt: before.updatedAt },
      );
    }
    await checkLinks(trx, input.cookie);
    const after: Cookie = {
      ...input.cookie,
      id: before.id,
      createdAt: before.createdAt,
      updatedAt: now.toISOString(),
    };
    await updateCookieRow(trx, after);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: cookieEntity,
      entityId: before.id,
      action: 'update',
      before: cookieFieldsOf(before),
      after: input.cookie,
    });
    return viewOfOne(trx, after);
  });
}

export function deleteCookie(ctx: Context, id: string): Promise<{ name: string }> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireCookie(trx, id);
    await deleteCookieRow(trx, id);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: cookieEntity,
      entityId: id,
      action: 'delete',
      before: cookieFieldsOf(before),
      after: null,
    });
    return { name: before.name };
  });
}

/** The record's History tab: each change field by field, newest first. */
export function cookieHistory(ctx: Context, id: string): Promise<HistoryEntry[]> {
  return recordHistory(ctx.db, cookieEntity, id, requireCookie);
}
