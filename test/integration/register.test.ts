import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { dispatch } from '../../electron/services/dispatch';
import { errorText } from '../../shared/errors';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { ActivitySummary, ProcessingActivity } from '../../shared/schemas/activity';
import { emptyClient } from '../../shared/schemas/client';
import { completeActivity, useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;
let tick = 0;

afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function open(): Promise<OpenedContext> {
  tick = 0;
  opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
    actor: 'dpo',
    // A clock that moves one second per call: updates get distinct timestamps.
    clock: () => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)),
  });
  return opened;
}

describe('the register through the service', () => {
  it('creates activities with T-NNNN references and an audit entry each', async () => {
    const { ctx } = await open();
    const first = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.create', { activity: completeActivity() }),
    );
    const second = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.create', {
        activity: completeActivity({ name: 'Relation client' }),
      }),
    );
    expect([first.reference, second.reference]).toEqual(['T-0001', 'T-0002']);
    const read = value<ProcessingActivity>(await dispatch(ctx, 'activities.get', { id: first.id }));
    expect(read).toEqual(first);
    const audit = await listAuditEntries(ctx.db, { entity: 'processing_activity' });
    expect(audit.map((entry) => [entry.action, entry.entityId])).toEqual([
      ['create', first.id],
      ['create', second.id],
    ]);
  });

  it('rejects bad input with VALIDATION and writes nothing', async () => {
    const { ctx } = await open();
    const cases: unknown[] = [
      { activity: completeActivity({ name: '' }) },
      { activity: completeActivity({ name: 'x'.repeat(201) }) },
      { activity: { ...completeActivity(), status: 'publiée' } },
      {
        activity: completeActivity({
          purposes: [{ description: 'Qualité', legalBasis: null, legitimateInterest: '' }],
        }),
      },
      {
        activity: completeActivity({
          purposes: [
            { description: 'Fraude', legalBasis: 'legitimateInterest', legitimateInterest: '' },
          ],
        }),
      },
      { activity: { ...completeActivity(), unexpected: 1 } },
      { activity: completeActivity({ clientIds: ['client-inconnu'] }) },
      {},
      null,
    ];
    for (const input of cases) {
      const result = await dispatch(ctx, 'activities.create', input);
      expect(result, JSON.stringify(input).slice(0, 120)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    const missingBasis = await dispatch(ctx, 'activities.create', cases[3]);
    expect(missingBasis).toMatchObject({
      error: {
        details: {
          fields: [
            { path: 'activity.purposes.0.legalBasis', messageKey: 'validation.legalBasisRequired' },
          ],
        },
      },
    });
    expect(value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}))).toEqual([]);
    expect(await listAuditEntries(ctx.db)).toEqual([]);
  });

  it('updates with the loaded timestamp, refuses a stale one, and keeps a field-by-field history', async () => {
    const { ctx } = await open();
    const created = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.create', { activity: completeActivity() }),
    );
    const { id, reference: _r, createdAt: _c, updatedAt, ...fields } = created;
    const updated = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.update', {
        id,
        expectedUpdatedAt: updatedAt,
        activity: { ...fields, name: 'Prospection par téléphone et courriel', software: 'CRM' },
      }),
    );
    expect(updated.name).toBe('Prospection par téléphone et courriel');
    const stale = await dispatch(ctx, 'activities.update', {
      id,
      expectedUpdatedAt: updatedAt,
      activity: { ...fields, name: 'Écrasement' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const history = value<{ action: string; actor: string; changes: { path: string }[] }[]>(
      await dispatch(ctx, 'activities.history', { id }),
    );
    expect(history[0]).toMatchObject({
      action: 'update',
      actor: 'dpo',
      changes: [
        {
          path: 'name',
          before: 'Prospection téléphonique',
          after: 'Prospection par téléphone et courriel',
        },
        { path: 'software', before: '', after: 'CRM' },
      ],
    });
    expect(history[1]?.action).toBe('create');
  });

  it('duplicates as a draft, archives, restores to the former status, deletes', async () => {
    const { ctx } = await open();
    const source = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.create', { activity: completeActivity() }),
    );
    const copy = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.duplicate', { id: source.id }),
    );
    expect(copy).toMatchObject({
      reference: 'T-0002',
      name: 'Prospection téléphonique (copie)',
      status: 'draft',
      purposes: source.purposes,
    });
    expect(
      value<ProcessingActivity>(await dispatch(ctx, 'activities.archive', { id: source.id }))
        .status,
    ).toBe('archived');
    expect(
      value<ProcessingActivity>(await dispatch(ctx, 'activities.restore', { id: source.id }))
        .status,
    ).toBe('active');
    await dispatch(ctx, 'activities.archive', { id: copy.id });
    expect(
      value<ProcessingActivity>(await dispatch(ctx, 'activities.restore', { id: copy.id })).status,
    ).toBe('draft');
    expect(
      value<{ reference: string }>(await dispatch(ctx, 'activities.delete', { id: copy.id })),
    ).toEqual({
      reference: 'T-0002',
    });
    expect(await dispatch(ctx, 'activities.get', { id: copy.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const deleted = (await listAuditEntries(ctx.db, { entityId: copy.id })).at(-1);
    expect(deleted).toMatchObject({ action: 'delete', after: null, before: { name: copy.name } });
  });

  it('lists and filters: accent-insensitive search, register, status, basis, sensitive, DPIA, incomplete', async () => {
    const { ctx } = await open();
    const client = value<{ id: string }>(
      await dispatch(ctx, 'clients.save', { client: { ...emptyClient, name: 'Énergies du Sud' } }),
    );
    await dispatch(ctx, 'activities.create', {
      activity: completeActivity({ name: 'Prospection commerciale' }),
    });
    await dispatch(ctx, 'activities.create', {
      activity: completeActivity({
        name: 'Vidéosurveillance',
        purposes: [
          {
            description: 'Sécurité',
            legalBasis: 'legitimateInterest',
            legitimateInterest: 'Protéger les locaux',
          },
        ],
        sensitiveData: ['biometric'],
        sensitiveDataException: 'explicitConsent',
        dpiaCriteria: ['systematicMonitoring', 'sensitiveData'],
        dpiaStatus: 'toDo',
      }),
    });
    await dispatch(ctx, 'activities.create', {
      activity: completeActivity({
        name: 'Appels sortants',
        register: 'processor',
        clientIds: [client.id],
        purposes: [
          { description: 'Appels pour le client', legalBasis: 'contract', legitimateInterest: '' },
        ],
      }),
    });
    const names = async (filter: object) =>
      value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', filter)).map((a) => a.name);

    expect(await names({ search: 'prospection' })).toEqual(['Prospection commerciale']);
    expect(await names({ search: 'VIDEOSURVEILLANCE' })).toEqual(['Vidéosurveillance']);
    expect(await names({ search: 'securite locaux' })).toEqual(['Vidéosurveillance']);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({ register: 'processor' })).toEqual(['Appels sortants']);
    expect(await names({ legalBasis: 'legitimateInterest' })).toEqual(['Vidéosurveillance']);
    expect(await names({ sensitiveData: true })).toEqual(['Vidéosurveillance']);
    expect(await names({ dpiaNeeded: true })).toEqual(['Vidéosurveillance']);
    expect(await names({ incomplete: true })).toEqual(['Vidéosurveillance']);
    expect(await names({ status: 'draft' })).toEqual([]);
    const [processor] = value<ActivitySummary[]>(
      await dispatch(ctx, 'activities.list', { register: 'processor' }),
    );
    expect(processor?.clientNames).toEqual(['Énergies du Sud']);

    const refused = await dispatch(ctx, 'clients.delete', { id: client.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'error.client.inUse' },
    });
    expect(refused.ok ? '' : errorText('fr', refused.error)).toContain('Appels sortants');
  });

  it('loads the example register once, into an empty database', async () => {
    const { ctx } = await open();
    expect(value(await dispatch(ctx, 'example.load', {}))).toEqual({
      activities: 12,
      clients: 2,
      processors: 15,
      requests: 13,
    });
    const list = value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}));
    expect(list.filter((a) => a.register === 'processor')).toHaveLength(2);
    expect(list.map((a) => a.name)).toContain(
      'Mesure d’audience et gestion des cookies du site internet',
    );
    expect(list.find((a) => a.status === 'draft')?.missingCount).toBeGreaterThan(0);
    expect(await dispatch(ctx, 'example.load', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      value<{ activityCount: number }>(await dispatch(ctx, 'app.info', {})).activityCount,
    ).toBe(12);
  });
});
