import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { openDatabase } from '../../db/connection';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import {
  emptyRequest,
  requestFieldsOf,
  type DashboardFigures,
  type RequestFields,
  type RequestPage,
  type RequestView,
  type SuppressionEntry,
} from '../../shared/schemas/request';
import { chosen, fakeDialogs } from '../helpers/files';
import { useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;
/** Today for these tests: Monday 20 April 2026 (the app's clock). */
const now = new Date('2026-04-20T10:00:00');

afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function open() {
  const dialogs = fakeDialogs();
  opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
    actor: 'dpo',
    clock: () => now,
    files: dialogs.files,
  });
  return { ctx: opened.ctx, dialogs };
}

const request = (overrides: Partial<RequestFields> = {}): RequestFields => ({
  ...emptyRequest('2026-03-15'),
  requesterName: 'Karim Benali',
  requesterEmail: 'karim.benali@exemple.fr',
  rights: ['access'],
  ...overrides,
});

async function update(
  ctx: OpenedContext['ctx'],
  current: RequestView,
  changes: Partial<RequestFields>,
) {
  return dispatch(ctx, 'requests.update', {
    id: current.request.id,
    expectedUpdatedAt: current.request.updatedAt,
    request: { ...requestFieldsOf(current.request), ...changes },
  });
}

describe('0006_requests migration', () => {
  it('keeps processors of version 5 and adds empty request tables', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v5 = await openDatabase(file, { migrateTo: '0005_processors' });
    await v5.handle.db
      .insertInto('processor')
      .values({
        id: 'p1',
        name: 'Hébergeur',
        role: 'processor',
        category: 'hosting',
        contract_status: 'signed',
        parent_id: null,
        contract_document_id: null,
        details_json: '{}',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    await v5.handle.close();
    const v6 = await openDatabase(file, { migrateTo: '0006_requests' });
    try {
      expect(await v6.handle.db.selectFrom('processor').select('name').execute()).toEqual([
        { name: 'Hébergeur' },
      ]);
      expect(await v6.handle.db.selectFrom('rights_request').selectAll().execute()).toEqual([]);
      expect(await v6.handle.db.selectFrom('suppression_entry').selectAll().execute()).toEqual([]);
    } finally {
      await v6.handle.close();
    }
  });
});

describe('rights requests through the service', () => {
  it('creates DSR-YYYY-NNNN references, computes the due date and records the timeline', async () => {
    const { ctx } = await open();
    const first = value<RequestView>(
      await dispatch(ctx, 'requests.create', { request: request() }),
    );
    const second = value<RequestView>(
      await dispatch(ctx, 'requests.create', { request: request({ receivedOn: '2026-04-01' }) }),
    );
    expect([first.request.reference, second.request.reference]).toEqual([
      'DSR-2026-0001',
      'DSR-2026-0002',
    ]);
    expect(first.deadline.deadline.due).toBe('2026-04-15');
    expect(first.deadline).toMatchObject({ level: 'overdue', daysLeft: -5 });
    expect(first.events.map((event) => event.kind)).toEqual(['created']);
    expect((await listAuditEntries(ctx.db, { entity: 'rights_request' })).length).toBe(2);
  });

  it('rejects bad input with a message and writes nothing', async () => {
    const { ctx } = await open();
    const cases: [unknown, string][] = [
      [request({ receivedOn: '2026-05-01' }), 'receivedOn'],
      [request({ responseOn: '2026-03-01' }), 'responseOn'],
      [request({ extensionMonths: 2 }), 'extensionReason'],
      [
        { ...request(), extensionMonths: 4, extensionReason: 'Trop de demandes' },
        'extensionMonths',
      ],
      [{ ...request(), rights: ['droitAuRêve'] }, 'rights.0'],
      [request({ rights: [] }), 'rights'],
      [request({ requesterName: 'x'.repeat(201) }), 'requesterName'],
      [request({ activityIds: ['activité-inconnue'] }), 'activityIds.0'],
      // Answered, yet nothing says what was done with the right.
      [request({ status: 'answered', responseOn: '2026-04-10' }), 'outcomes.0.outcome'],
      [
        request({
          status: 'closed',
          responseOn: '2026-04-10',
          outcomes: [{ right: 'access', outcome: 'pending', reason: '' }],
        }),
        'outcomes.0.outcome',
      ],
    ];
    for (const [input, field] of cases) {
      const result = await dispatch(ctx, 'requests.create', { request: input });
      expect(result, field).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const fields = result.ok
        ? []
        : (result.error.details?.fields ?? []).map((f) => f.path.replace(/^request\./, ''));
      expect(fields, field).toContain(field);
    }
    expect(value<RequestPage>(await dispatch(ctx, 'requests.list', {})).total).toBe(0);
    expect(await listAuditEntries(ctx.db)).toEqual([]);
  });

  it('suspends the deadline while waiting for identity proof, deletes the ID copy once verified, and says so', async () => {
    const { ctx, dialogs } = await open();
    let current = value<RequestView>(
      await dispatch(ctx, 'requests.create', {
        request: request({ receivedOn: '2026-04-10', rights: ['access', 'erasure'] }),
      }),
    );
    current = value<RequestView>(
      await update(ctx, current, {
        status: 'awaitingIdentity',
        identityStatus: 'asked',
        identityAskedOn: '2026-04-12',
      }),
    );
    expect(current.deadline).toMatchObject({
      suspended: true,
      level: 'suspended',
      suspendedDays: 8,
    });
    const page = value<RequestPage>(await dispatch(ctx, 'requests.list', { overdue: true }));
    expect(page.total).toBe(0);

    dialogs.state.next = chosen('carte-identite.pdf', new TextEncoder().encode('%PDF-1.4 pièce'));
    current = value<RequestView>(
      await dispatch(ctx, 'requests.attach', { id: current.request.id, kind: 'idDocument' }),
    );
    expect(current.request.attachments.map((a) => a.fileName)).toEqual(['carte-identite.pdf']);

    current = value<RequestView>(
      await update(ctx, current, {
        status: 'inProgress',
        identityStatus: 'verified',
        identityReceivedOn: '2026-04-17',
        identityVerifiedOn: '2026-04-17',
        identityVerifiedBy: 'DPO',
        identityMethod: 'Comparaison avec le dossier client',
      }),
    );
    // 10 May (Sunday) + 5 suspended days = Friday 15 May 2026.
    expect(current.deadline.suspendedDays).toBe(5);
    expect(current.deadline.deadline.due).toBe('2026-05-15');
    expect(current.request.attachments).toEqual([]);
    expect(current.notices).toEqual(['requests.idDocumentDeleted']);
    expect(await ctx.db.selectFrom('attachment').selectAll().execute()).toEqual([]);
    expect(current.events.map((e) => e.kind)).toEqual([
      'created',
      'statusChanged',
      'identityAsked',
      'attachmentAdded',
      'statusChanged',
      'identityReceived',
      'identityVerified',
      'idDocumentDeleted',
    ]);
  });

  it('puts a granted objection to direct marketing on the suppression list, exported as safe CSV', async () => {
    const { ctx, dialogs } = await open();
    let current = value<RequestView>(
      await dispatch(ctx, 'requests.create', {
        request: request({
          requesterName: '=HYPERLINK("http://x")',
          rights: ['objectionMarketing'],
          requesterPhone: '+33 6 12 34 56 78',
        }),
      }),
    );
    current = value<RequestView>(
      await update(ctx, current, {
        status: 'answered',
        responseOn: '2026-03-20',
        responseChannel: 'email',
        outcomes: [{ right: 'objectionMarketing', outcome: 'granted', reason: '' }],
      }),
    );
    expect(current.notices).toEqual(['requests.suppressionListed']);
    const list = value<SuppressionEntry[]>(await dispatch(ctx, 'suppression.list', {}));
    expect(list).toMatchObject([
      { name: '=HYPERLINK("http://x")', addedOn: '2026-03-20', sourceReference: 'DSR-2026-0001' },
    ]);
    // Saving again does not list the person twice.
    value(await update(ctx, current, { notes: 'Confirmé par courriel.' }));
    expect(value<SuppressionEntry[]>(await dispatch(ctx, 'suppression.list', {}))).toHaveLength(1);

    expect(value(await dispatch(ctx, 'suppression.exportCsv', {}))).toMatchObject({
      saved: true,
      count: 1,
    });
    // ignoreBOM keeps the BOM in the text, to check it is there.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      dialogs.state.saved[0]?.content,
    );
    expect(
      csv.startsWith(
        '\uFEFFNom;Courriel;Téléphone international (E.164 sans +);Téléphone national;Inscrit le;Demande;Téléphone non reconnu\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(
      `"'=HYPERLINK(""http://x"")";karim.benali@exemple.fr;33612345678;0612345678;2026-03-20;DSR-2026-0001;\r\n`,
    );
  });

  it('writes the suppression list so that a dialer’s call list matches it, whatever form its numbers take', async () => {
    const { ctx, dialogs } = await open();
    const people = [
      { name: 'Inès Moreau', email: ' Ines.Moreau@Exemple.FR ', phone: '06.12.34.56.78' },
      { name: 'Paul Girard', email: 'paul@exemple.fr', phone: '+33 (0)7 11 22 33 44' },
      { name: 'Hugh Jones', email: 'hugh@example.co.uk', phone: '0044 20 7946 0958' },
      { name: 'Sans numéro', email: 'x@exemple.fr', phone: '-poste 12' },
    ];
    for (const person of people) {
      const created = value<RequestView>(
        await dispatch(ctx, 'requests.create', {
          request: request({
            requesterName: person.name,
            requesterEmail: person.email.trim(),
            requesterPhone: person.phone,
            rights: ['objectionMarketing'],
          }),
        }),
      );
      value(
        await update(ctx, created, {
          status: 'answered',
          responseOn: '2026-03-20',
          responseChannel: 'email',
          outcomes: [{ right: 'objectionMarketing', outcome: 'granted', reason: '' }],
        }),
      );
    }
    value(await dispatch(ctx, 'suppression.exportCsv', {}));
    const csv = new TextDecoder('utf-8').decode(dialogs.state.saved[0]?.content);
    const [header = '', ...rows] = csv.trim().split('\r\n');
    const columns = header.split(';');
    const cell = (row: string, name: string) => row.split(';')[columns.indexOf(name)] ?? '';
    // The dialer's call list, written in the other forms.
    const callList = ['+33612345678', '0711223344', '+442079460958', '0601020304'];
    const listed = new Set(
      rows.flatMap((row) => [
        cell(row, 'Téléphone international (E.164 sans +)'),
        cell(row, 'Téléphone national'),
      ]),
    );
    const blocked = callList.filter((number) => {
      const digits = number.replace(/\D/g, '');
      return listed.has(digits) || listed.has(number);
    });
    expect(blocked).toEqual(['+33612345678', '0711223344', '+442079460958']);
    expect(rows.map((row) => cell(row, 'Courriel'))).toContain('ines.moreau@exemple.fr');
    // An unreadable number is kept as typed, and still never as a formula.
    const unreadable = rows.find((row) => row.startsWith('Sans numéro')) ?? '';
    expect(cell(unreadable, 'Téléphone non reconnu')).toBe("'-poste 12");
    expect(csv).not.toMatch(/(^|;)[=+\-@]/m);
  });

  it('sorts requesters in French order, accents and lower-case particles included', async () => {
    const { ctx } = await open();
    for (const requesterName of [
      'Zoé Martin',
      'Łukasz Nowak',
      'Élodie Crémieux',
      'de Villiers',
      'Alain Durand',
    ]) {
      value(await dispatch(ctx, 'requests.create', { request: request({ requesterName }) }));
    }
    const names = (direction: 'asc' | 'desc') =>
      dispatch(ctx, 'requests.list', { sort: 'requesterName', direction }).then((result) =>
        value<RequestPage>(result).rows.map((row) => row.requesterName),
      );
    const french = ['Alain Durand', 'de Villiers', 'Élodie Crémieux', 'Łukasz Nowak', 'Zoé Martin'];
    expect(await names('asc')).toEqual(french);
    expect(await names('desc')).toEqual([...french].reverse());
  });

  it('pages, sorts and filters the list on the server', async () => {
    const { ctx } = await open();
    const days = [
      '2026-01-05',
      '2026-02-10',
      '2026-03-15',
      '2026-03-25',
      '2026-04-02',
      '2026-04-15',
    ];
    for (const [index, receivedOn] of days.entries()) {
      value(
        await dispatch(ctx, 'requests.create', {
          request: request({
            receivedOn,
            requesterName: index === 2 ? 'Élodie Crémieux' : `Personne ${String(index)}`,
            rights: index % 2 === 0 ? ['access'] : ['erasure'],
            status: index === 0 ? 'closed' : 'inProgress',
            responseOn: index === 0 ? '2026-01-20' : '',
            outcomes: index === 0 ? [{ right: 'access', outcome: 'granted', reason: '' }] : [],
          }),
        }),
      );
    }
    const refs = (page: RequestPage) => page.rows.map((row) => row.reference);
    const all = value<RequestPage>(await dispatch(ctx, 'requests.list', { pageSize: 4 }));
    expect(all.total).toBe(6);
    expect(refs(all)).toEqual(['DSR-2026-0006', 'DSR-2026-0005', 'DSR-2026-0004', 'DSR-2026-0003']);
    const second = value<RequestPage>(
      await dispatch(ctx, 'requests.list', { pageSize: 4, page: 1 }),
    );
    expect(refs(second)).toEqual(['DSR-2026-0002', 'DSR-2026-0001']);
    const byDue = value<RequestPage>(
      await dispatch(ctx, 'requests.list', { sort: 'dueOn', direction: 'asc', openOnly: true }),
    );
    expect(byDue.rows[0]?.reference).toBe('DSR-2026-0002');
    // Today is 20 April: due 10 March, 15 April overdue; 27 April, 4 May within 14 days.
    expect(
      refs(
        value<RequestPage>(
          await dispatch(ctx, 'requests.list', {
            overdue: true,
            sort: 'reference',
            direction: 'asc',
          }),
        ),
      ),
    ).toEqual(['DSR-2026-0002', 'DSR-2026-0003']);
    expect(
      refs(
        value<RequestPage>(
          await dispatch(ctx, 'requests.list', {
            dueWithinDays: 14,
            sort: 'reference',
            direction: 'asc',
          }),
        ),
      ),
    ).toEqual(['DSR-2026-0004', 'DSR-2026-0005']);
    expect(
      refs(value<RequestPage>(await dispatch(ctx, 'requests.list', { text: 'elodie cremieux' }))),
    ).toEqual(['DSR-2026-0003']);
    expect(
      refs(value<RequestPage>(await dispatch(ctx, 'requests.list', { text: 'dsr-2026-0005' }))),
    ).toEqual(['DSR-2026-0005']);
    expect(
      value<RequestPage>(await dispatch(ctx, 'requests.list', { right: 'erasure' })).total,
    ).toBe(3);
    expect(
      value<RequestPage>(await dispatch(ctx, 'requests.list', { status: 'closed' })).total,
    ).toBe(1);
    expect(
      value<RequestPage>(
        await dispatch(ctx, 'requests.list', {
          receivedFrom: '2026-03-01',
          receivedTo: '2026-03-31',
        }),
      ).total,
    ).toBe(2);
    expect(await dispatch(ctx, 'requests.list', { pageSize: 1000 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });

    const figures = value<DashboardFigures>(await dispatch(ctx, 'dashboard.get', {}));
    expect(figures).toMatchObject({
      today: '2026-04-20',
      open: 5,
      overdue: 2,
      dueWithin7: 1,
      awaitingIdentity: 0,
    });
    expect(figures.perMonth.slice(-4)).toEqual([
      { month: '2026-01', count: 1 },
      { month: '2026-02', count: 1 },
      { month: '2026-03', count: 2 },
      { month: '2026-04', count: 2 },
    ]);
    expect(figures.byRight.find((r) => r.right === 'erasure')?.count).toBe(3);
  });

  it('deletes a request with its attachments, audited', async () => {
    const { ctx } = await open();
    const created = value<RequestView>(
      await dispatch(ctx, 'requests.create', { request: request() }),
    );
    expect(value(await dispatch(ctx, 'requests.delete', { id: created.request.id }))).toEqual({
      reference: 'DSR-2026-0001',
      erasureComplete: true,
    });
    expect(await dispatch(ctx, 'requests.get', { id: created.request.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      (await listAuditEntries(ctx.db, { entityId: created.request.id })).map((e) => e.action),
    ).toEqual(['create', 'delete']);
  });
});
