import { errorText } from '../../shared/errors';
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { openDatabase } from '../../db/connection';
import { dispatch } from '../../electron/services/dispatch';
import type { ChosenFile } from '../../electron/services/files';
import { fakeDialogs } from '../helpers/files';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { DeleteProcessorResult } from '../../shared/api';
import { maxAttachmentBytes } from '../../shared/limits';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import {
  emptyProcessor,
  processorFieldsOf,
  type Processor,
  type ProcessorSummary,
} from '../../shared/schemas/processor';
import { completeActivity, useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;

afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function realFile(path: string): Promise<ChosenFile> {
  return {
    name: path.split('/').pop() ?? '',
    size: (await stat(path)).size,
    read: async () => new Uint8Array(await readFile(path)),
  };
}

async function open() {
  const dialogs = fakeDialogs();
  opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
    actor: 'dpo',
    files: dialogs.files,
  });
  return { ctx: opened.ctx, dialogs };
}

const processorInput = (overrides: Partial<ReturnType<typeof emptyProcessor>> = {}) => ({
  ...emptyProcessor(),
  name: 'Infogérance Occitanie',
  category: 'itManagedServices' as const,
  ...overrides,
});

describe('0005_processors migration', () => {
  it('keeps the register of version 4 and adds empty processor tables', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v4 = await openDatabase(file, { migrateTo: '0004_register' });
    await v4.handle.db
      .insertInto('processing_activity')
      .values({
        id: 'a1',
        reference: 'T-0001',
        register: 'controller',
        name: 'Prospection',
        status: 'draft',
        status_before_archive: null,
        dpia_status: 'notAssessed',
        details_json: '{}',
        created_at: '2026-11-01T09:00:00.000Z',
        updated_at: '2026-11-01T09:00:00.000Z',
      })
      .execute();
    await v4.handle.close();
    const v5 = await openDatabase(file, { migrateTo: '0005_processors' });
    try {
      expect(v5.report.applied).toEqual(['0005_processors']);
      expect(await v5.handle.db.selectFrom('processing_activity').select('name').execute()).toEqual(
        [{ name: 'Prospection' }],
      );
      expect(await v5.handle.db.selectFrom('processor').selectAll().execute()).toEqual([]);
      expect(await v5.handle.db.selectFrom('activity_processor').selectAll().execute()).toEqual([]);
    } finally {
      await v5.handle.close();
    }
  });
});

describe('processors and recipients through the service', () => {
  it('rejects bad input with VALIDATION and writes nothing', async () => {
    const { ctx } = await open();
    for (const processor of [
      processorInput({ name: '' }),
      processorInput({ name: 'x'.repeat(201) }),
      { ...processorInput(), role: 'ami' },
      processorInput({ contactEmail: 'pas-une-adresse' }),
      processorInput({ contractReviewOn: '2026-13-01' }),
      processorInput({ activityIds: ['activité-inconnue'] }),
      processorInput({ parentId: 'parent-inconnu' }),
      processorInput({ transfers: [{ country: '', safeguard: null, documentation: '' }] }),
    ]) {
      expect(
        await dispatch(ctx, 'processors.save', { processor }),
        JSON.stringify(processor).slice(0, 100),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(value<ProcessorSummary[]>(await dispatch(ctx, 'processors.list', {}))).toEqual([]);
    expect(await listAuditEntries(ctx.db)).toEqual([]);
  });

  it('links processors and activities from both sides', async () => {
    const { ctx } = await open();
    const prospecting = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.create', { activity: completeActivity() }),
    );
    const customers = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.create', {
        activity: completeActivity({ name: 'Relation client' }),
      }),
    );
    const hosting = value<Processor>(
      await dispatch(ctx, 'processors.save', {
        processor: processorInput({ activityIds: [prospecting.id, customers.id] }),
      }),
    );
    const seen = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.get', { id: customers.id }),
    );
    expect(seen.processorIds).toEqual([hosting.id]);

    // From the activity side: unlink it.
    const { id, reference: _r, createdAt: _c, updatedAt, ...fields } = seen;
    value(
      await dispatch(ctx, 'activities.update', {
        id,
        expectedUpdatedAt: updatedAt,
        activity: { ...fields, processorIds: [] },
      }),
    );
    const after = value<Processor>(await dispatch(ctx, 'processors.get', { id: hosting.id }));
    expect(after.activityIds).toEqual([prospecting.id]);
    const [summary] = value<ProcessorSummary[]>(await dispatch(ctx, 'processors.list', {}));
    expect(summary).toMatchObject({ name: 'Infogérance Occitanie', activityCount: 1 });
  });

  it('asks before deleting a processor still linked, names where it is used, then deletes', async () => {
    const { ctx } = await open();
    const activity = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.create', { activity: completeActivity() }),
    );
    const processor = value<Processor>(
      await dispatch(ctx, 'processors.save', {
        processor: processorInput({ activityIds: [activity.id] }),
      }),
    );
    expect(
      value<DeleteProcessorResult>(await dispatch(ctx, 'processors.delete', { id: processor.id })),
    ).toEqual({
      deleted: false,
      usedBy: ['T-0001 Prospection téléphonique'],
    });
    expect(value<Processor>(await dispatch(ctx, 'processors.get', { id: processor.id })).name).toBe(
      'Infogérance Occitanie',
    );
    expect(
      value<DeleteProcessorResult>(
        await dispatch(ctx, 'processors.delete', { id: processor.id, confirmLinked: true }),
      ),
    ).toEqual({ deleted: true, usedBy: ['T-0001 Prospection téléphonique'] });
    expect(
      value<ProcessingActivity>(await dispatch(ctx, 'activities.get', { id: activity.id }))
        .processorIds,
    ).toEqual([]);
    const audit = await listAuditEntries(ctx.db, { entity: 'processor' });
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'delete']);
  });

  it('keeps the signed contract inside the database with its size and SHA-256, and opens it back', async () => {
    const { ctx, dialogs } = await open();
    const processor = value<Processor>(
      await dispatch(ctx, 'processors.save', { processor: processorInput() }),
    );
    const pdf = join(tempDir(), 'Contrat DPA signé.pdf');
    await writeFile(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5000, 7)]));
    dialogs.state.next = await realFile(pdf);
    const attached = value<Processor>(
      await dispatch(ctx, 'processors.attachContract', { id: processor.id }),
    );
    const bytes = await readFile(pdf);
    expect(attached.contractDocument).toMatchObject({
      fileName: 'Contrat DPA signé.pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(value(await dispatch(ctx, 'processors.openContract', { id: processor.id }))).toEqual({
      fileName: 'Contrat DPA signé.pdf',
    });
    expect(Buffer.from(dialogs.state.opened[0]?.content ?? [])).toEqual(bytes);

    dialogs.state.next = null;
    expect(
      value(await dispatch(ctx, 'processors.attachContract', { id: processor.id })),
    ).toBeNull();
    const removed = value<Processor>(
      await dispatch(ctx, 'processors.removeContract', { id: processor.id }),
    );
    expect(removed.contractDocument).toBeNull();
    expect(await ctx.db.selectFrom('attachment').selectAll().execute()).toEqual([]);
  });

  it('refuses a file over the limit, of another type, or unreadable, and writes nothing', async () => {
    const { ctx, dialogs } = await open();
    const processor = value<Processor>(
      await dispatch(ctx, 'processors.save', { processor: processorInput() }),
    );
    const auditBefore = (await listAuditEntries(ctx.db)).length;
    const cases: [ChosenFile, RegExp][] = [
      [
        {
          name: 'scan.pdf',
          size: maxAttachmentBytes + 1,
          read: () => Promise.resolve(new Uint8Array(1)),
        },
        /« scan\.pdf » pèse 25 Mo : la limite est de 25 Mo/,
      ],
      [
        { name: 'contrat.exe', size: 10, read: () => Promise.resolve(new Uint8Array(10)) },
        /n’est pas d’un type accepté/,
      ],
      [
        {
          name: 'contrat.pdf',
          size: 10,
          read: () => Promise.reject(new Error('EACCES: permission denied')),
        },
        /« contrat\.pdf » ne peut pas être lu \(EACCES: permission denied\)/,
      ],
    ];
    for (const [file, message] of cases) {
      dialogs.state.next = file;
      const result = await dispatch(ctx, 'processors.attachContract', { id: processor.id });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(result.ok ? '' : errorText('fr', result.error)).toMatch(message);
    }
    expect(await ctx.db.selectFrom('attachment').selectAll().execute()).toEqual([]);
    expect((await listAuditEntries(ctx.db)).length).toBe(auditBefore);
    expect(
      value<Processor>(await dispatch(ctx, 'processors.get', { id: processor.id }))
        .contractDocument,
    ).toBeNull();
  });

  it('records every change with field-level history and refuses a stale save', async () => {
    const { ctx } = await open();
    const created = value<Processor>(
      await dispatch(ctx, 'processors.save', { processor: processorInput() }),
    );
    const fields = processorFieldsOf(created);
    value(
      await dispatch(ctx, 'processors.save', {
        id: created.id,
        expectedUpdatedAt: created.updatedAt,
        processor: { ...fields, contractStatus: 'signed', clauses: ['documentedInstructions'] },
      }),
    );
    expect(
      await dispatch(ctx, 'processors.save', {
        id: created.id,
        expectedUpdatedAt: '2000-01-01T00:00:00.000Z',
        processor: fields,
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const history = value<{ action: string; changes: { path: string }[] }[]>(
      await dispatch(ctx, 'processors.history', { id: created.id }),
    );
    expect(history[0]?.changes.map((c) => c.path)).toEqual(['contractStatus', 'clauses.0']);
  });
});
