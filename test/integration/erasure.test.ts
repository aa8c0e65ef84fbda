import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import {
  emptyRequest,
  requestFieldsOf,
  type RequestFields,
  type RequestView,
  type SuppressionEntry,
} from '../../shared/schemas/request';
import { chosen, fakeDialogs } from '../helpers/files';
import { useTempDir, validSettings } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();
const now = new Date('2026-04-20T10:00:00');

let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

/** A person nobody else is called like, so that any trace of them can be found in the bytes. */
const person = {
  requesterName: 'Zéphyrine Quillebœuf',
  requesterEmail: 'zephyrine.quilleboeuf@exemple.fr',
  requesterAddress: '12 rue des Tanneurs\n31000 Toulouse',
  requesterPhone: '+33 6 98 76 54 32',
};
/** What must not remain: as typed, and as the search column folds it. */
const traces = [
  'Zéphyrine',
  'Quillebœuf',
  'quilleboeuf',
  'zephyrine',
  'rue des Tanneurs',
  '98 76 54 32',
];

/** Which traces the database file and its WAL hold, searched as UTF-8 and UTF-16 bytes. */
function tracesIn(file: string): string[] {
  const bytes = [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path));
  return traces.filter((trace) =>
    bytes.some(
      (b) => b.includes(Buffer.from(trace, 'utf8')) || b.includes(Buffer.from(trace, 'utf16le')),
    ),
  );
}

async function open() {
  const dialogs = fakeDialogs();
  const file = join(tempDir(), 'dpo-desk.sqlite');
  opened = await openContext(file, { actor: 'dpo', clock: () => now, files: dialogs.files });
  value(await dispatch(opened.ctx, 'settings.save', validSettings));
  return { ctx: opened.ctx, dialogs, file };
}

const request = (overrides: Partial<RequestFields> = {}): RequestFields => ({
  ...emptyRequest('2026-04-01'),
  ...person,
  rights: ['access', 'erasure'],
  ...overrides,
});

/** A request that lived: updated, answered by letter, with a document attached. */
async function livedRequest(ctx: OpenedContext['ctx'], dialogs: ReturnType<typeof fakeDialogs>) {
  let view = value<RequestView>(await dispatch(ctx, 'requests.create', { request: request() }));
  view = value<RequestView>(
    await dispatch(ctx, 'requests.update', {
      id: view.request.id,
      expectedUpdatedAt: view.request.updatedAt,
      request: { ...requestFieldsOf(view.request), notes: `Appel de ${person.requesterName}.` },
    }),
  );
  value(
    await dispatch(ctx, 'letters.generate', {
      requestId: view.request.id,
      kind: 'acknowledgement',
      language: 'fr',
    }),
  );
  dialogs.state.next = chosen(
    `Courrier ${person.requesterName}.pdf`,
    Buffer.from(`%PDF-1.4 De : ${person.requesterName}`),
  );
  view =
    value<RequestView | null>(
      await dispatch(ctx, 'requests.attach', { id: view.request.id, kind: 'other' }),
    ) ?? view;
  return view;
}

describe('erasure is real', () => {
  it('deleting a request leaves no name, email, address or phone in the database file or its WAL', async () => {
    const { ctx, dialogs, file } = await open();
    const view = await livedRequest(ctx, dialogs);
    // Another person's request stays.
    value(
      await dispatch(ctx, 'requests.create', {
        request: request({
          requesterName: 'Karim Benali',
          requesterEmail: 'karim.benali@exemple.fr',
          requesterAddress: '',
          requesterPhone: '',
        }),
      }),
    );
    // Before: the traces are there (the search below can find them).
    expect(tracesIn(file).length).toBeGreaterThan(0);

    value(await dispatch(ctx, 'requests.delete', { id: view.request.id }));
    expect(tracesIn(file)).toEqual([]);
    // The deletion itself is in the journal, by reference.
    const history = await ctx.db
      .selectFrom('audit_entry')
      .select(['action', 'entity_id'])
      .where('entity_id', '=', view.request.id)
      .execute();
    expect(history.map((h) => h.action)).toContain('delete');
    expect(readFileSync(file).includes(Buffer.from('Karim Benali'))).toBe(true);
  });

  it('erasing a person from the suppression list leaves nothing of them either', async () => {
    const { ctx, file } = await open();
    let view = value<RequestView>(
      await dispatch(ctx, 'requests.create', {
        request: request({ rights: ['objectionMarketing'] }),
      }),
    );
    view = value<RequestView>(
      await dispatch(ctx, 'requests.update', {
        id: view.request.id,
        expectedUpdatedAt: view.request.updatedAt,
        request: {
          ...requestFieldsOf(view.request),
          status: 'answered',
          responseOn: '2026-04-10',
          responseChannel: 'email',
          outcomes: [{ right: 'objectionMarketing', outcome: 'granted', reason: '' }],
        },
      }),
    );
    value(await dispatch(ctx, 'requests.delete', { id: view.request.id }));
    // The objection is honoured: the person stays on the list after their request is gone.
    const [entry] = value<SuppressionEntry[]>(await dispatch(ctx, 'suppression.list', {}));
    expect(entry?.name).toBe(person.requesterName);
    expect(tracesIn(file)).toContain('Zéphyrine');

    value(await dispatch(ctx, 'suppression.erase', { id: entry?.id ?? '' }));
    expect(value<SuppressionEntry[]>(await dispatch(ctx, 'suppression.list', {}))).toEqual([]);
    expect(tracesIn(file)).toEqual([]);
  });

  it('waits for a reader to finish before saying the erasure is done, or says it is not and finishes it later', async () => {
    const { ctx, dialogs, file } = await open();
    // A reader (an export under way) holds a read transaction for a second: the erasure waits.
    let view = await livedRequest(ctx, dialogs);
    let reader = readerHolding(file);
    setTimeout(() => reader.close(), 1_000);
    const waited = value<{ erasureComplete: boolean }>(
      await dispatch(ctx, 'requests.delete', { id: view.request.id }),
    );
    expect(waited.erasureComplete).toBe(true);
    expect(tracesIn(file)).toEqual([]);

    // A reader that holds on longer: the app says so, and finishes when the file closes.
    view = await livedRequest(ctx, dialogs);
    reader = readerHolding(file);
    const pending = value<{ erasureComplete: boolean }>(
      await dispatch(ctx, 'requests.delete', { id: view.request.id }),
    );
    expect(pending.erasureComplete).toBe(false);
    expect(tracesIn(file).length).toBeGreaterThan(0);
    reader.close();
    await opened?.close();
    opened = null;
    expect(tracesIn(file)).toEqual([]);

    // Killed before it could finish: the next start finishes it.
    opened = await openContext(file, { actor: 'dpo', clock: () => now, files: dialogs.files });
    view = await livedRequest(opened.ctx, dialogs);
    reader = readerHolding(file);
    expect(
      value<{ erasureComplete: boolean }>(
        await dispatch(opened.ctx, 'requests.delete', { id: view.request.id }),
      ).erasureComplete,
    ).toBe(false);
    reader.close();
    const copy = `${file}.copie`;
    copyFileSync(file, copy);
    copyFileSync(`${file}-wal`, `${copy}-wal`);
    expect(tracesIn(copy).length).toBeGreaterThan(0);
    const restarted = await openContext(copy, { actor: 'dpo', clock: () => now });
    expect(tracesIn(copy)).toEqual([]);
    await restarted.close();
  }, 30_000);
});

/** Another connection in a read transaction, as an export thread holds one. */
function readerHolding(file: string): BetterSqlite3.Database {
  const reader = new BetterSqlite3(file, { readonly: true });
  reader.exec('begin');
  reader.prepare('select count(*) from rights_request').get();
  return reader;
}
