import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { listActivities } from '../../db/activities';
import { getAttachment } from '../../db/attachments';
import { listBreaches } from '../../db/breaches';
import { listCookies } from '../../db/cookies';
import { listNoticeParagraphs } from '../../db/noticeParagraphs';
import { listClients } from '../../db/clients';
import { sqliteOf } from '../../db/connection';
import { allPublications } from '../../db/noticePublications';
import { listProcessors } from '../../db/processors';
import { keptRequestCount } from '../../db/requests';
import { listActions, listRules, listStoredItems } from '../../db/retention';
import { getOrganisationSettings } from '../../db/settings';
import type { Context } from './context';
import { formattedInThread, type FormattedRequests } from './requestFormatThread';
import {
  nested,
  recordSeparator,
  requestRowsQuery,
  toTransferRequest,
  type RequestRow,
} from './transferRequests';
import { getPreferences } from './preferences';
import { toTransferPublication } from './transferPublications';
import {
  transferFormat,
  transferVersion,
  type TransferRequest,
  type TransferSuppressionEntry,
} from './transferDocument';

const blockSize = 65_536;
const utf8 = new TextEncoder();

/**
 * Writes text to a stream in blocks of 64 kB, encoded straight into the block (and text the
 * second thread encoded, a batch at a time), and waits when the stream says it is full: memory
 * stays flat however large the file.
 */
class BlockWriter {
  private block = Buffer.allocUnsafe(blockSize);
  private used = 0;
  bytes = 0;

  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    let rest = text;
    for (;;) {
      // Only whole characters are encoded: a block never ends inside one.
      const { read, written } = utf8.encodeInto(rest, this.block.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      await this.flush();
    }
  }

  /** Bytes already encoded (`length` of them), after what is waiting in the block. */
  async writeBytes(bytes: Uint8Array, length: number): Promise<void> {
    await this.flush();
    this.bytes += length;
    if (!this.out.write(bytes.subarray(0, length))) await once(this.out, 'drain');
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const chunk = this.block.subarray(0, this.used);
    this.block = Buffer.allocUnsafe(blockSize);
    this.used = 0;
    this.bytes += chunk.length;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

/** From this many requests, their text is made on a second thread while this one reads them. */
export const formatThreadFrom = 5_000;

/**
 * The requests in reference order, as records or (from `threadFrom` requests) as text made on a
 * second thread. On the context's own connection, rows come straight from the driver's iterator
 * (Kysely's stream costs promises per row: a tenth of exporting a million), opened only once the
 * first row is wanted: an iterator left open would keep the connection busy after a failure.
 */
async function requests(
  ctx: Context,
  attachmentIds: string[],
  threadFrom: number,
): Promise<
  | { records: Iterable<TransferRequest> | AsyncIterable<TransferRequest> }
  | { texts: AsyncIterable<FormattedRequests> }
> {
  const query = requestRowsQuery(ctx);
  const sqlite = sqliteOf(ctx.db);
  if (sqlite === undefined) {
    return {
      records: (async function* () {
        for await (const row of query.stream()) yield toTransferRequest(row, attachmentIds);
      })(),
    };
  }
  const counted = await keptRequestCount(ctx.db, 'all');
  const compiled = query.compile();
  const statement = sqlite.prepare(compiled.sql);
  const rows = (function* () {
    yield* statement.iterate(compiled.parameters) as Iterable<RequestRow>;
  })();
  if (counted >= threadFrom) return { texts: formattedInThread(rows) };
  return {
    records: (function* () {
      for (const row of rows) yield toTransferRequest(row, attachmentIds);
    })(),
  };
}

async function* suppressionList(ctx: Context): AsyncGenerator<TransferSuppressionEntry> {
  const rows = ctx.db
    .selectFrom('suppression_entry')
    .selectAll()
    .orderBy('added_on')
    .orderBy('id')
    .stream();
  for await (const row of rows) {
    yield {
      id: row.id,
      name: row.name,
      email: row.email,
      phone: row.phone,
      addedOn: row.added_on,
      sourceReference: row.source_reference,
      sourceRequestId: row.source_request_id,
      createdAt: row.created_at,
    };
  }
}

/**
 * Writes the whole database as the transfer document, record by record: the same bytes as
 * `JSON.stringify(document, null, 2)` and a line break, without ever holding the document. Returns
 * the number of bytes written.
 */
export async function writeTransferDocument(
  ctx: Context,
  out: Writable,
  /** From how many requests their text is made on a second thread (tests lower it). */
  threadFrom = formatThreadFrom,
): Promise<number> {
  const sqlite = sqliteOf(ctx.db);
  // One read transaction for the whole document: the app may go on writing while it is made (a
  // request erased, an entry added to the suppression list), the file is still the picture of
  // one instant, whose links all hold when it is imported. Begun on the raw connection, which
  // must be this export's alone meanwhile (the command line's is).
  const ownTransaction = sqlite !== undefined && !sqlite.inTransaction;
  if (ownTransaction) sqlite.exec('begin');
  let bytes: number;
  try {
    bytes = await writeDocument(ctx, out, threadFrom);
  } catch (error) {
    // The reason the export failed is what the user must read, not a failed rollback's.
    if (ownTransaction && sqlite.inTransaction) {
      try {
        sqlite.exec('rollback');
      } catch {
        // The connection is closed with the command; the first error stands.
      }
    }
    throw error;
  }
  if (ownTransaction && sqlite.inTransaction) sqlite.exec('commit');
  return bytes;
}

async function writeDocument(ctx: Context, out: Writable, threadFrom: number): Promise<number> {
  const writer = new BlockWriter(out);
  let members = 0;
  const open = async (key: string) => {
    await writer.write(`${members === 0 ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `);
    members += 1;
  };
  const member = async (key: string, value: unknown) => {
    await open(key);
    await writer.write(nested(value, 1));
  };
  const list = async (key: string, records: Iterable<unknown> | AsyncIterable<unknown>) => {
    await open(key);
    let count = 0;
    const writeRecord = async (record: unknown) => {
      await writer.write(`${count === 0 ? '[\n    ' : recordSeparator}${nested(record, 2)}`);
      count += 1;
    };
    // A list read synchronously (the requests) costs no promise per record to walk.
    if (Symbol.iterator in records) for (const record of records) await writeRecord(record);
    else for await (const record of records) await writeRecord(record);
    await writer.write(count === 0 ? '[]' : '\n  ]');
  };

  const processors = await listProcessors(ctx.db);
  // Documents come last in the file; their ids are gathered on the way.
  const attachmentIds = processors.flatMap((p) =>
    p.contractDocument === null ? [] : [p.contractDocument.id],
  );
  await member('format', transferFormat);
  await member('version', transferVersion);
  await member('organisation', await getOrganisationSettings(ctx.db));
  await member('preferences', await getPreferences(ctx));
  await list('clients', await listClients(ctx.db));
  await list('activities', await listActivities(ctx.db));
  await list('processors', processors);
  const requestList = await requests(ctx, attachmentIds, threadFrom);
  if ('records' in requestList) await list('requests', requestList.records);
  else {
    await open('requests');
    let first = true;
    for await (const batch of requestList.texts) {
      await writer.write(first ? '[\n    ' : recordSeparator);
      await writer.writeBytes(batch.bytes, batch.length);
      attachmentIds.push(...batch.attachmentIds);
      first = false;
    }
    await writer.write(first ? '[]' : '\n  ]');
  }
  await list('suppressionList', suppressionList(ctx));
  await list('retentionRules', await listRules(ctx.db));
  await list('trackedItems', await listStoredItems(ctx.db));
  await list('retentionActions', await listActions(ctx.db));
  await list('breaches', await listBreaches(ctx.db));
  await list('cookies', await listCookies(ctx.db));
  await list('noticeParagraphs', await listNoticeParagraphs(ctx.db));
  async function* publications() {
    for await (const publication of allPublications(ctx.db)) {
      yield toTransferPublication(publication);
    }
  }
  await list('noticePublications', publications());
  async function* attachments() {
    for (const id of attachmentIds) {
      const stored = await getAttachment(ctx.db, id);
      if (stored !== null) {
        const { content, ...info } = stored;
        yield { ...info, contentBase64: Buffer.from(content).toString('base64') };
      }
    }
  }
  await list('attachments', attachments());
  await writer.write('\n}\n');
  await writer.flush();
  return writer.bytes;
}

/**
 * Writes the transfer document to `file`: beside it first, then renamed, so that a reader never
 * sees half a file. Returns the size in bytes.
 */
export async function exportJsonFile(ctx: Context, file: string): Promise<number> {
  const partial = `${file}.partiel`;
  const out = createWriteStream(partial);
  try {
    const bytes = await writeTransferDocument(ctx, out);
    out.end();
    await finished(out);
    await rename(partial, file);
    return bytes;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** The document as one string, for small bases (tests, the example register). */
export async function exportJson(ctx: Context): Promise<string> {
  const parts: string[] = [];
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      parts.push(chunk.toString());
      done();
    },
  });
  await writeTransferDocument(ctx, out);
  return parts.join('');
}
