import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openContext } from '../../electron/services/open';
import { exportJson, importJson } from '../../electron/services/transfer';
import { chosen, fakeDialogs } from '../helpers/files';
import { runCliCaptured } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

function withChosen(name: string, content: Buffer) {
  const dialogs = fakeDialogs();
  dialogs.state.next = chosen(name, new Uint8Array(content));
  return dialogs.files;
}

const tempDir = useTempDir();

const cli = (argv: string[]) => runCliCaptured(argv);

async function exampleJson(dir: string): Promise<string> {
  const db = join(dir, 'source.sqlite');
  expect((await cli(['init', '--db', db, '--example'])).code).toBe(0);
  const out = join(dir, 'export.json');
  const result = await cli(['export', 'json', '--db', db, '--out', out]);
  expect(result).toMatchObject({ code: 0, err: '' });
  return out;
}

function countRows(file: string, table: string): number {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

describe('whole-database JSON export and import', () => {
  it('round-trips without losing a byte: export, import into a fresh file, export again', async () => {
    const dir = tempDir();
    const first = await exampleJson(dir);
    const copy = join(dir, 'copie.sqlite');
    const imported = await cli(['import', 'json', '--db', copy, '--in', first]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(
      '12 activités, 13 sous-traitants et destinataires, 13 demandes, 2 clients',
    );
    const second = join(dir, 'export-2.json');
    await cli(['export', 'json', '--db', copy, '--out', second]);
    expect(readFileSync(second)).toEqual(readFileSync(first));
    const document = JSON.parse(readFileSync(first, 'utf8')) as Record<string, unknown>;
    expect(document).toMatchObject({ format: 'dpo-desk', version: 6 });
    // And the breach register, with its links to the register and to processors.
    expect(document.breaches).toHaveLength(2);
    expect(countRows(copy, 'breach')).toBe(2);
    expect(countRows(copy, 'breach_activity')).toBe(1);
    expect(countRows(copy, 'breach_processor')).toBe(1);
    // The retention schedule travels too: rules, tracked items and the proof of a purge.
    expect(document.retentionRules).toHaveLength(8);
    expect(document.trackedItems).toHaveLength(6);
    expect(document.retentionActions).toHaveLength(1);
    expect(countRows(copy, 'retention_rule')).toBe(8);
    expect(countRows(copy, 'tracked_item')).toBe(6);
    expect(countRows(copy, 'retention_action')).toBe(1);
    expect(existsSync(`${first}.partiel`)).toBe(false);
  });

  it('round-trips the timeline of letters sent by email and the civilities of the requests', async () => {
    const dir = tempDir();
    const db = join(dir, 'source.sqlite');
    expect((await cli(['init', '--db', db, '--example'])).code).toBe(0);
    const letter = await cli([
      'letter',
      '--db',
      db,
      '--request',
      'DSR-2026-0008',
      '--template',
      'answer',
      '--out',
      join(dir, 'reponse.pdf'),
      '--eml',
      join(dir, 'reponse.eml'),
    ]);
    expect(letter).toMatchObject({ code: 0, err: '' });
    const first = join(dir, 'export.json');
    expect((await cli(['export', 'json', '--db', db, '--out', first])).code).toBe(0);
    const text = readFileSync(first, 'utf8');
    expect(text).toContain('"emailDraftWritten"');
    expect(text).toContain('"requesterCivility": "madame"');
    const copy = join(dir, 'copie.sqlite');
    expect((await cli(['import', 'json', '--db', copy, '--in', first])).code).toBe(0);
    const second = join(dir, 'export-2.json');
    await cli(['export', 'json', '--db', copy, '--out', second]);
    expect(readFileSync(second)).toEqual(readFileSync(first));
  });

  it('still reads version 3 files, which had no retention schedule', async () => {
    const dir = tempDir();
    const first = await exampleJson(dir);
    const {
      retentionRules: _r,
      trackedItems: _t,
      retentionActions: _a,
      ...rest
    } = JSON.parse(readFileSync(first, 'utf8')) as Record<string, unknown>;
    const version3 = join(dir, 'v3.json');
    writeFileSync(version3, JSON.stringify({ ...rest, version: 3 }));
    const copy = join(dir, 'v3.sqlite');
    expect((await cli(['import', 'json', '--db', copy, '--in', version3])).code).toBe(0);
    expect(countRows(copy, 'rights_request')).toBe(13);
    expect(countRows(copy, 'retention_rule')).toBe(0);
  });

  it('refuses a non-empty database unless --replace, which backs up first', async () => {
    const dir = tempDir();
    const file = await exampleJson(dir);
    const target = join(dir, 'cible.sqlite');
    await cli(['init', '--db', target, '--example']);
    const refused = await cli(['import', 'json', '--db', target, '--in', file]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('la base n’est pas vide');
    const replaced = await cli(['import', 'json', '--db', target, '--in', file, '--replace']);
    expect(replaced.code).toBe(0);
    const backup = /Sauvegarde vérifiée avant remplacement : (.*)$/m.exec(replaced.out)?.[1] ?? '';
    expect(existsSync(backup)).toBe(true);
    expect(countRows(backup, 'processing_activity')).toBe(12);
    expect(countRows(target, 'processing_activity')).toBe(12);
  });

  it('names the record and field of an invalid document and writes nothing', async () => {
    const dir = tempDir();
    const file = await exampleJson(dir);
    const document = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number;
      activities: { purposes: { legalBasis: string | null }[] }[];
    };
    const target = join(dir, 'vide.sqlite');

    const cases: [string, string, RegExp][] = [
      ['pas-json.json', '{ "format": "dpo-desk", ', /n’est pas du JSON lisible/],
      ['autre.json', JSON.stringify({ hello: 1 }), /n’est pas un export DPO Desk/],
      [
        'version.json',
        JSON.stringify({ ...document, version: 99 }),
        /version de format 99 non prise en charge \(cette version de DPO Desk lit les versions 1, 2, 3, 4, 5, 6\)/,
      ],
    ];
    const broken = structuredClone(document);
    const purpose = broken.activities[3]?.purposes[0];
    if (purpose !== undefined) purpose.legalBasis = 'horoscope';
    cases.push([
      'champ.json',
      JSON.stringify(broken),
      /activité n° 4 T-0004 « Paiements et lutte contre la fraude » champ « purposes\.0\.legalBasis » : Valeur invalide/,
    ]);

    for (const [name, text, message] of cases) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const result = await cli(['import', 'json', '--db', target, '--in', path]);
      expect(result.code, name).toBe(1);
      expect(result.err, name).toMatch(message);
      expect(result.err.trimEnd().split('\n'), name).toHaveLength(1);
      expect(countRows(target, 'processing_activity')).toBe(0);
      expect(countRows(target, 'client')).toBe(0);
      expect(countRows(target, 'audit_entry')).toBe(0);
    }
  });

  it('records the import in the audit journal', async () => {
    const dir = tempDir();
    const source = await openContext(join(dir, 'a.sqlite'), { actor: 'dpo' });
    const { loadExample } = await import('../../electron/services/example');
    await loadExample(source.ctx);
    const text = await exportJson(source.ctx);
    await source.close();
    const target = await openContext(join(dir, 'b.sqlite'), { actor: 'dpo' });
    await importJson(target.ctx, text, { replace: false });
    const entries = await target.ctx.db.selectFrom('audit_entry').selectAll().execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'database', entity_id: 'import', action: 'create' });
    await target.close();
  });
});

describe('JSON format version 2: processors and their documents', () => {
  it('round-trips processors, their links and an attached contract byte for byte', async () => {
    const dir = tempDir();
    const pdf = Buffer.from('%PDF-1.4\ncontrat signé\n');
    const source = await openContext(join(dir, 'a.sqlite'), {
      actor: 'dpo',
      files: withChosen('DPA.pdf', pdf),
    });
    const { loadExample } = await import('../../electron/services/example');
    const { attachContract, listProcessorSummaries } =
      await import('../../electron/services/processors');
    await loadExample(source.ctx);
    const [first] = await listProcessorSummaries(source.ctx);
    await attachContract(source.ctx, first?.id ?? '');
    const text = await exportJson(source.ctx);
    await source.close();

    const target = await openContext(join(dir, 'b.sqlite'), { actor: 'dpo' });
    const report = await importJson(target.ctx, text, { replace: false });
    expect(report).toMatchObject({ activities: 12, processors: 13, clients: 2 });
    expect(await exportJson(target.ctx)).toBe(text);
    const stored = await target.ctx.db
      .selectFrom('attachment')
      .select(['file_name', 'content'])
      .execute();
    expect(stored.map((row) => [row.file_name, Buffer.from(row.content).toString()])).toEqual([
      ['DPA.pdf', pdf.toString()],
    ]);
    await target.close();
  });

  it('still reads version 1 files, which had no processors', async () => {
    const dir = tempDir();
    const source = await openContext(join(dir, 'a.sqlite'), { actor: 'dpo' });
    const { loadExample } = await import('../../electron/services/example');
    await loadExample(source.ctx);
    const document = JSON.parse(await exportJson(source.ctx)) as Record<string, unknown> & {
      activities: Record<string, unknown>[];
    };
    await source.close();
    const version1 = {
      format: 'dpo-desk',
      version: 1,
      organisation: document.organisation,
      preferences: document.preferences,
      clients: document.clients,
      activities: document.activities.map(({ processorIds: _p, ...activity }) => activity),
    };
    const target = await openContext(join(dir, 'b.sqlite'), { actor: 'dpo' });
    expect(
      await importJson(target.ctx, JSON.stringify(version1), { replace: false }),
    ).toMatchObject({
      activities: 12,
      processors: 0,
    });
    await target.close();
  });

  it('refuses an attachment whose content does not match its SHA-256', async () => {
    const dir = tempDir();
    const pdf = Buffer.from('%PDF-1.4\n');
    const source = await openContext(join(dir, 'a.sqlite'), {
      actor: 'dpo',
      files: withChosen('DPA.pdf', pdf),
    });
    const { loadExample } = await import('../../electron/services/example');
    const { attachContract, listProcessorSummaries } =
      await import('../../electron/services/processors');
    await loadExample(source.ctx);
    const [first] = await listProcessorSummaries(source.ctx);
    await attachContract(source.ctx, first?.id ?? '');
    const document = JSON.parse(await exportJson(source.ctx)) as {
      attachments: { contentBase64: string }[];
    };
    await source.close();
    const [attachment] = document.attachments;
    if (attachment !== undefined)
      attachment.contentBase64 = Buffer.from('%PDF-1.5\n').toString('base64');
    const target = await openContext(join(dir, 'b.sqlite'), { actor: 'dpo' });
    await expect(
      importJson(target.ctx, JSON.stringify(document), { replace: false }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('« DPA.pdf » : contenu altéré') as unknown,
    });
    expect(await target.ctx.db.selectFrom('processor').selectAll().execute()).toEqual([]);
    await target.close();
  });
});
