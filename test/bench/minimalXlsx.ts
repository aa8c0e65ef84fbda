import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createDeflateRaw } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import { translate } from '../../shared/i18n';

const t = (key: string) => translate('fr', key);

/**
 * The floor for the Excel export (issue 17, point 6): the requests sheet's cells, read with
 * better-sqlite3 and written as inline-string XML through deflate at level 6, nothing else.
 */
export async function minimalRequestsSheet(db: string, out: string): Promise<void> {
  const sqlite = new BetterSqlite3(db, { readonly: true });
  const deflate = createDeflateRaw({ level: 6 });
  const done = pipeline(deflate, createWriteStream(out));
  const escape = (text: string) =>
    text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
  const text = (ref: string, value: string) =>
    value === ''
      ? `<c r="${ref}"/>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
  const serial = (date: string) => String(Date.parse(date) / 86_400_000 + 25_569);
  const rows = sqlite
    .prepare(
      `select reference, received_on, rights, status, due_on, extension_months, requester_name,
         coalesce(json_extract(details_json, '$.channel'), '') as channel,
         coalesce(json_extract(details_json, '$.responseOn'), '') as response_on,
         coalesce(json_extract(details_json, '$.outcomes'), '[]') as outcomes
       from rights_request order by reference`,
    )
    .iterate() as IterableIterator<Record<string, string | number>>;
  let chunk = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet><sheetData>';
  let n = 1;
  for (const row of rows) {
    n++;
    const r = String(n);
    const outcomes = (JSON.parse(String(row.outcomes)) as { right: string; outcome: string }[])
      .map((o) => `${t(`enum.right.${o.right}`)} : ${t(`enum.outcome.${o.outcome}`)}`)
      .join('\n');
    const response = String(row.response_on);
    chunk +=
      `<row r="${r}">${text(`A${r}`, String(row.reference))}` +
      `<c r="B${r}"><v>${serial(String(row.received_on))}</v></c>` +
      text(`C${r}`, String(row.channel) === '' ? '' : t(`enum.channel.${String(row.channel)}`)) +
      text(
        `D${r}`,
        String(row.rights)
          .trim()
          .split(' ')
          .map((right) => t(`enum.right.${right}`))
          .join(', '),
      ) +
      text(`E${r}`, t(`enum.requestStatus.${String(row.status)}`)) +
      `<c r="F${r}"><v>${serial(String(row.due_on))}</v></c>` +
      `<c r="G${r}"><v>${String(row.extension_months)}</v></c>` +
      (response === '' ? `<c r="H${r}"/>` : `<c r="H${r}"><v>${serial(response)}</v></c>`) +
      text(`I${r}`, outcomes) +
      `${text(`J${r}`, String(row.requester_name))}</row>`;
    if (chunk.length > 65_536) {
      if (!deflate.write(chunk)) await once(deflate, 'drain');
      chunk = '';
    }
  }
  deflate.end(`${chunk}</sheetData></worksheet>`);
  await done;
  sqlite.close();
}
