import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import {
  emptyRequest,
  requestFieldsOf,
  type DashboardFigures,
  type RequestPage,
  type RequestSummary,
  type RequestView,
} from '../../shared/schemas/request';
import { useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function open() {
  opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
    actor: 'dpo',
    clock: () => new Date('2026-11-22T09:00:00'),
  });
  return opened.ctx;
}

type Ctx = Awaited<ReturnType<typeof open>>;

/** Every request as the list shows it, page after page. */
async function everyRow(ctx: Ctx): Promise<RequestSummary[]> {
  const rows: RequestSummary[] = [];
  for (let page = 0; ; page++) {
    const list = value<RequestPage>(await dispatch(ctx, 'requests.list', { page, pageSize: 200 }));
    rows.push(...list.rows);
    if (list.rows.length < 200) return rows;
  }
}

/** The dashboard's figures counted again from the list, the slow way. */
async function expectFiguresToMatchTheList(ctx: Ctx): Promise<void> {
  const figures = value<DashboardFigures>(await dispatch(ctx, 'dashboard.get', {}));
  const rows = await everyRow(ctx);
  const since = `${figures.perMonth[0]?.month ?? ''}-01`;
  const recent = rows.filter((row) => row.receivedOn >= since);
  expect(figures.perMonth).toEqual(
    figures.perMonth.map(({ month }) => ({
      month,
      count: recent.filter((row) => row.receivedOn.startsWith(month)).length,
    })),
  );
  expect(figures.byRight).toEqual(
    figures.byRight.map(({ right }) => ({
      right,
      count: recent.filter((row) => row.rights.includes(right)).length,
    })),
  );
  expect(figures.open).toBe(rows.filter((row) => row.level !== 'done').length);
  expect(figures.overdue).toBe(rows.filter((row) => row.level === 'overdue').length);
}

describe('request figures at any size', () => {
  it('the dashboard follows every request created, changed and deleted', async () => {
    const ctx = await open();
    const created = value<RequestView>(
      await dispatch(ctx, 'requests.create', {
        request: {
          ...emptyRequest('2026-11-10'),
          requesterName: 'Élodie Crémieux',
          rights: ['access', 'erasure'],
        },
      }),
    );
    await dispatch(ctx, 'requests.create', {
      request: {
        ...emptyRequest('2026-09-02'),
        requesterName: 'Karim Benali',
        rights: ['objection'],
      },
    });
    await expectFiguresToMatchTheList(ctx);
    let figures = value<DashboardFigures>(await dispatch(ctx, 'dashboard.get', {}));
    expect(figures.open).toBe(2);
    expect(figures.byRight.find((r) => r.right === 'erasure')?.count).toBe(1);

    // Moved to another month, another right, withdrawn: counted where it now belongs.
    value<RequestView>(
      await dispatch(ctx, 'requests.update', {
        id: created.request.id,
        expectedUpdatedAt: created.request.updatedAt,
        request: {
          ...requestFieldsOf(created.request),
          receivedOn: '2026-10-05',
          rights: ['portability'],
          status: 'withdrawn',
        },
      }),
    );
    await expectFiguresToMatchTheList(ctx);
    figures = value<DashboardFigures>(await dispatch(ctx, 'dashboard.get', {}));
    expect(figures.open).toBe(1);
    expect(figures.byRight.find((r) => r.right === 'erasure')?.count).toBe(0);
    expect(figures.perMonth.find((m) => m.month === '2026-10')?.count).toBe(1);

    value(await dispatch(ctx, 'requests.delete', { id: created.request.id }));
    await expectFiguresToMatchTheList(ctx);
  });

  it('counts a narrowed list up to 1,000 and says there are more, and the whole list exactly', async () => {
    const ctx = await open();
    // 1,050 requests received over 1,050 days, written in one go as an import would.
    await ctx.db
      .insertInto('rights_request')
      .values(
        Array.from({ length: 1_050 }, (_, i) => {
          const received = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
          const reference = `DSR-${received.slice(0, 4)}-${String(i + 1).padStart(4, '0')}`;
          return {
            id: `r${String(i)}`,
            reference,
            received_on: received,
            requester_name: `Personne ${String(i)}`,
            requester_order: `personne ${String(i)}`,
            rights: i % 2 === 0 ? ' access erasure ' : ' access ',
            status: 'closed',
            is_open: 0,
            suspended: 0,
            due_on: received,
            extension_months: 0,
            search_text: `${reference.toLowerCase()} personne ${String(i)}`,
            details_json: '{}',
            created_at: '2026-11-22T08:00:00.000Z',
            updated_at: '2026-11-22T08:00:00.000Z',
          };
        }),
      )
      .execute();

    const all = value<RequestPage>(await dispatch(ctx, 'requests.list', {}));
    expect({ total: all.total, more: all.moreThanTotal }).toEqual({ total: 1_050, more: false });

    const access = value<RequestPage>(await dispatch(ctx, 'requests.list', { right: 'access' }));
    expect({ total: access.total, more: access.moreThanTotal }).toEqual({
      total: 1_000,
      more: true,
    });
    // Fewer than 1,000: counted exactly.
    const erasure = value<RequestPage>(await dispatch(ctx, 'requests.list', { right: 'erasure' }));
    expect({ total: erasure.total, more: erasure.moreThanTotal }).toEqual({
      total: 525,
      more: false,
    });
    // A page beyond the first thousand is still reached, and counted up to itself.
    const far = value<RequestPage>(
      await dispatch(ctx, 'requests.list', { right: 'access', page: 20, pageSize: 50 }),
    );
    expect(far.rows).toHaveLength(50);
    expect({ total: far.total, more: far.moreThanTotal }).toEqual({ total: 1_050, more: false });

    // Text found in more than 1,000 requests.
    const text = value<RequestPage>(
      await dispatch(ctx, 'requests.list', {
        text: 'personne',
        sort: 'requesterName',
        direction: 'asc',
      }),
    );
    expect({ total: text.total, more: text.moreThanTotal }).toEqual({ total: 1_000, more: true });
    expect(text.rows[0]?.requesterName).toBe('Personne 0');

    // A period sorted by requester.
    const period = value<RequestPage>(
      await dispatch(ctx, 'requests.list', {
        receivedFrom: '2025-01-01',
        receivedTo: '2025-12-31',
        sort: 'requesterName',
        direction: 'asc',
      }),
    );
    expect(period.total).toBe(365);
    expect(period.rows.every((row) => row.receivedOn.startsWith('2025'))).toBe(true);
    expect(period.rows.map((row) => row.requesterName).slice(0, 2)).toEqual([
      'Personne 366',
      'Personne 367',
    ]);
    await expectFiguresToMatchTheList(ctx);
  });
});
