/**
 * The floors of `export json` and `import json`, run by test/bench/transfer.ts in a fresh plain
 * Node process (no tsx, no app code):
 *
 * - `export SOURCE.sqlite SIZE OUT`: reads every row the export reads with better-sqlite3 and
 *   writes SIZE bytes (the export's size) in 64 kB blocks;
 * - `import SOURCE.sqlite FILE.json TARGET.sqlite`: reads the file's bytes in 64 kB blocks and
 *   writes the same rows into TARGET (an empty, migrated database: same tables, indexes and
 *   triggers) with prepared statements, in one transaction.
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** The tables the transfer reads and writes, parents before children. */
const tables = [
  'organisation_settings',
  'preference',
  'client',
  'processing_activity',
  'activity_client',
  'processor',
  'activity_processor',
  'rights_request',
  'request_activity',
  'attachment',
  'request_attachment',
  'request_event',
  'suppression_entry',
  'retention_rule',
  'tracked_item',
  'retention_action',
  'breach',
  'breach_activity',
  'breach_processor',
];

const [mode, source, second, third] = process.argv.slice(2);
if (mode === undefined || source === undefined || second === undefined || third === undefined) {
  throw new Error('usage: transferFloor.ts export|import SOURCE …');
}
const from = new BetterSqlite3(source, { readonly: true });

if (mode === 'export') {
  let rows = 0;
  for (const table of tables) {
    for (const row of from.prepare(`select * from ${table}`).iterate())
      if (row !== undefined) rows += 1;
  }
  const block = Buffer.alloc(65_536, 0x20);
  const out = openSync(third, 'w');
  for (let left = Number(second); left > 0; left -= block.length) {
    writeSync(out, block, 0, Math.min(left, block.length));
  }
  closeSync(out);
  console.log(`rows=${String(rows)}`);
} else {
  let bytes = 0;
  for await (const chunk of createReadStream(second, { highWaterMark: 65_536 })) {
    bytes += (chunk as Buffer).length;
  }
  const to = new BetterSqlite3(third);
  to.pragma('journal_mode = WAL');
  to.pragma('synchronous = FULL');
  to.pragma('foreign_keys = ON');
  to.transaction(() => {
    for (const table of tables) {
      const columns = from
        .prepare(`select * from ${table} limit 0`)
        .columns()
        .map((c) => c.name);
      const insert = to.prepare(
        `insert or replace into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of from.prepare(`select * from ${table}`).raw().iterate()) {
        insert.run(row);
      }
    }
  })();
  to.close();
  console.log(`bytes=${String(bytes)}`);
}
from.close();
