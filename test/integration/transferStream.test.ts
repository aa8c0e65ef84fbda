import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setImmediate as later } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, sqliteOf } from '../../db/connection';
import { dispatch } from '../../electron/services/dispatch';
import type { RequestPage } from '../../shared/schemas/request';
import { value } from '../helpers/result';
import { openContext, type OpenedContext } from '../../electron/services/open';
import { exportJson, importJsonFrom } from '../../electron/services/transfer';
import { writeTransferDocument } from '../../electron/services/transferExport';
import type { Context } from '../../electron/services/context';
import type { AppError } from '../../shared/errors';
import { generateRequests } from '../bench/generate';
import { runCliCaptured } from '../helpers/cli';
import { chosen, fakeDialogs } from '../helpers/files';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const now = new Date('2026-11-22T10:00:00Z');
const opened: OpenedContext[] = [];
afterEach(async () => {
  for (const one of opened.splice(0)) await one.close();
});

async function open(name: string, requests = 0): Promise<Context> {
  const file = join(tempDir(), name);
  if (requests > 0) {
    const raw = await openDatabase(file);
    generateRequests(raw.handle.sqlite, requests, '2026-11-22');
    await raw.handle.close();
  }
  const one = await openContext(file, { actor: 'dpo', clock: () => now });
  opened.push(one);
  return one.ctx;
}

const count = async (ctx: Context, table: 'rights_request' | 'request_event' | 'audit_entry') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A slow disk: each block is taken a moment later, and the largest backlog is noted. */
function slowSink() {
  const blocks: string[] = [];
  let largestBacklog = 0;
  const sink = new Writable({
    highWaterMark: 16_384,
    write(chunk: Buffer, _encoding, done) {
      blocks.push(chunk.toString());
      largestBacklog = Math.max(largestBacklog, sink.writableLength);
      setTimeout(done, 1);
    },
  });
  return { sink, blocks, backlog: () => largestBacklog };
}

/** The file as a reader hands it over: 64 kB at a time, each piece a moment later. */
async function* pieces(text: string, onLast: () => void) {
  for (let at = 0; at < text.length; at += 65_536) {
    await later();
    if (at + 65_536 >= text.length) onLast();
    yield text.slice(at, at + 65_536);
  }
}

describe('JSON export and import of a large base, streamed', () => {
  it('writes the export block by block as the disk takes them, never the whole file at once', async () => {
    const ctx = await open('source.sqlite', 2_000);
    const whole = await exportJson(ctx);
    const { sink, blocks, backlog } = slowSink();
    const bytes = await writeTransferDocument(ctx, sink);
    expect(bytes).toBe(Buffer.byteLength(whole));
    expect(blocks.join('')).toBe(whole);
    // About 4 MB in blocks of about 64 kB, and never more than a block or two waiting on the disk.
    expect(whole.length).toBeGreaterThan(3_000_000);
    expect(blocks.length).toBeGreaterThan(40);
    expect(Math.max(...blocks.map((block) => block.length))).toBeLessThan(80_000);
    expect(backlog()).toBeLessThan(160_000);
  });

  it('checks and writes the requests as the file is read, before its end arrives', async () => {
    const text = await exportJson(await open('source.sqlite', 2_000));
    const target = await open('target.sqlite');
    let writtenBeforeTheEnd = -1;
    let written = 0;
    const report = await importJsonFrom(
      target,
      pieces(text, () => {
        writtenBeforeTheEnd = written;
      }),
      {
        replace: false,
        onRecord: (list) => {
          if (list === 'requests') written += 1;
        },
      },
    );
    expect(report.requests).toBe(2_000);
    expect(writtenBeforeTheEnd).toBeGreaterThan(1_500);
    expect(await exportJson(target)).toBe(text);
  });

  it('writes nothing when the last request of the file is wrong, and names it', async () => {
    const text = await exportJson(await open('source.sqlite', 1_000));
    const document = JSON.parse(text) as { requests: { receivedOn: string }[] };
    const last = document.requests.at(-1);
    if (last === undefined) throw new Error('no request generated');
    last.receivedOn = '2026-02-30';
    const target = await open('target.sqlite');
    const refusal: unknown = await importJsonFrom(
      target,
      pieces(JSON.stringify(document, null, 2), () => undefined),
      { replace: false },
    ).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ key: 'error.import.refused' });
    expect((refusal as AppError).values?.reason).toMatch(
      /^demande n° 1000 DSR-\S+ champ « receivedOn » : /,
    );
    expect(await count(target, 'rights_request')).toBe(0);
    expect(await count(target, 'request_event')).toBe(0);
    expect(await count(target, 'audit_entry')).toBe(0);
  });

  it('names a request that repeats the reference of another, far before it in the file', async () => {
    const text = await exportJson(await open('source.sqlite', 600));
    const document = JSON.parse(text) as { requests: { reference: string }[] };
    const first = document.requests[2];
    const repeat = document.requests[449];
    if (first === undefined || repeat === undefined) throw new Error('no request generated');
    repeat.reference = first.reference;
    const target = await open('target.sqlite');
    await expect(
      importJsonFrom(target, [JSON.stringify(document)], { replace: false }),
    ).rejects.toMatchObject({
      values: {
        reason: `demande n° 450 ${first.reference} : référence ou identifiant en double.`,
      },
    });
    expect(await count(target, 'rights_request')).toBe(0);
  });

  it('finds the imported requests by free text, and keeps the index in step after a refused import', async () => {
    const source = await open('source.sqlite', 1_000);
    const text = await exportJson(source);
    const searched = async (ctx: Context, words: string) =>
      value<RequestPage>(await dispatch(ctx, 'requests.list', { text: words })).total;
    const target = await open('target.sqlite');
    await importJsonFrom(
      target,
      pieces(text, () => undefined),
      { replace: false },
    );
    expect(await searched(target, 'cremieux')).toBe(await searched(source, 'cremieux'));
    expect(await searched(target, 'cremieux')).toBeGreaterThan(0);

    // A refused import leaves the index's trigger as it was: a request written next is found.
    const document = JSON.parse(text) as { requests: { receivedOn: string }[] };
    const last = document.requests.at(-1);
    if (last === undefined) throw new Error('no request generated');
    last.receivedOn = '2026-02-30';
    const other = await open('other.sqlite');
    await importJsonFrom(
      other,
      pieces(JSON.stringify(document), () => undefined),
      {
        replace: false,
      },
    ).catch(() => undefined);
    const raw = sqliteOf(other.db);
    if (raw === undefined) throw new Error('no connection');
    // Forty generated requests: the ten from the 31st are « Crémieux ».
    generateRequests(raw, 40, '2026-11-22');
    expect(await searched(other, 'cremieux')).toBe(10);
  });

  it('makes the requests’ text on a second thread, byte for byte what one thread makes', async () => {
    const file = join(tempDir(), 'example.sqlite');
    expect((await runCliCaptured(['init', '--db', file, '--example'])).code).toBe(0);
    const raw = await openDatabase(file);
    generateRequests(raw.handle.sqlite, 700, '2026-11-22');
    await raw.handle.close();
    const dialogs = fakeDialogs();
    const one = await openContext(file, { actor: 'dpo', clock: () => now, files: dialogs.files });
    opened.push(one);
    const { ctx } = one;
    // A document on the first request and on the last, in different batches.
    const ends = await ctx.db
      .selectFrom('rights_request')
      .select('id')
      .where('reference', 'in', (eb) =>
        eb
          .selectFrom('rights_request')
          .select((f) => [f.fn.min('reference').as('r')])
          .unionAll(eb.selectFrom('rights_request').select((f) => [f.fn.max('reference').as('r')])),
      )
      .execute();
    for (const [index, { id }] of ends.entries()) {
      dialogs.state.next = chosen(
        `piece-${String(index)}.pdf`,
        new TextEncoder().encode('%PDF-1.4'),
      );
      value(await dispatch(ctx, 'requests.attach', { id, kind: 'other' }));
    }
    const here = await exportJson(ctx);
    const parts: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk);
        done();
      },
    });
    // Every request through the thread, in batches of 128: five batches and a part.
    const bytes = await writeTransferDocument(ctx, sink, 1);
    const threaded = Buffer.concat(parts).toString();
    expect(bytes).toBe(Buffer.byteLength(here));
    expect(threaded).toBe(here);
    // And both are what JSON.stringify writes of the document.
    expect(threaded).toBe(`${JSON.stringify(JSON.parse(threaded), null, 2)}\n`);
    // The thread named the two documents, which come at the end of the file.
    const document = JSON.parse(threaded) as {
      requests: unknown[];
      attachments: { fileName: string }[];
    };
    expect(document.requests).toHaveLength(713);
    expect(document.attachments.map((a) => a.fileName).sort()).toEqual([
      'piece-0.pdf',
      'piece-1.pdf',
    ]);
  });

  it('stops the export with a message when the second thread cannot make a request’s text', async () => {
    const ctx = await open('broken.sqlite', 600);
    const sqlite = sqliteOf(ctx.db);
    sqlite?.pragma('ignore_check_constraints = on');
    sqlite
      ?.prepare(
        "update rights_request set details_json = '{' where reference = (select max(reference) from rights_request)",
      )
      .run();
    const sink = new Writable({
      write(_chunk: Buffer, _encoding, done) {
        done();
      },
    });
    const refusal: unknown = await writeTransferDocument(ctx, sink, 1).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ key: 'error.export.failed' });
    expect((refusal as AppError).message).toContain('JSON');
  });

  it('writes the picture of one instant while another connection goes on writing', async () => {
    const ctx = await open('busy.sqlite', 2_000);
    const before = await exportJson(ctx);
    const other = new BetterSqlite3(ctx.paths.database);
    let written = false;
    const parts: string[] = [];
    const sink = new Writable({
      highWaterMark: 16_384,
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk.toString());
        // While the requests are being written, the app erases one and keeps its suppression
        // entry, which the document would name without the request it points to.
        if (!written) {
          written = true;
          other.exec(`insert into suppression_entry values ('s1', 'Jeanne Martin', '', '',
            '2026-11-22', null, 'DSR-2026-99999', '2026-11-22T10:00:00.000Z');
            delete from rights_request where reference = (select max(reference) from rights_request)`);
        }
        setTimeout(done, 1);
      },
    });
    await writeTransferDocument(ctx, sink);
    other.close();
    expect(written).toBe(true);
    expect(parts.join('')).toBe(before);
    // The next export sees the change.
    expect(await exportJson(ctx)).toContain('DSR-2026-99999');
  });

  it('gives the reason an export failed and leaves the connection free, read transaction ended', async () => {
    const ctx = await open('damaged.sqlite', 300);
    const sqlite = sqliteOf(ctx.db);
    // A damaged file: the kept figures are gone, read just before the requests.
    sqlite?.exec('drop table request_figure');
    const sink = new Writable({
      write(_chunk: Buffer, _encoding, done) {
        done();
      },
    });
    const failure: unknown = await writeTransferDocument(ctx, sink).catch(
      (error: unknown) => error,
    );
    expect((failure as Error).message).toContain('request_figure');
    expect(sqlite?.inTransaction).toBe(false);
    expect(await count(ctx, 'rights_request')).toBe(300);
  });
});
