/**
 * Issue 19, point 6: files that are not a register, or not as expected, get a clear French
 * message and nothing is written; a macro-enabled workbook has its values read, nothing run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openContext } from '../../electron/services/open';
import { previewRegisterImport } from '../../electron/services/registerImport';
import type { ImportPreview } from '../../shared/schemas/registerImport';
import { runCliCaptured } from '../helpers/cli';
import { cnilWorkbook } from '../helpers/cnilWorkbook';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function preview(db: string, file: string): Promise<ImportPreview> {
  const opened = await openContext(db);
  try {
    return await previewRegisterImport(opened.ctx, file);
  } finally {
    await opened.close();
  }
}

const comparable = (result: ImportPreview) => ({
  items: result.items.map((i) => ({ change: i.change, sheet: i.sheet, fields: i.fields })),
  problems: result.problems,
});

describe('files that are not a register', () => {
  it('reads the values of a macro-enabled workbook (.xlsm) and runs nothing', async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'registre.xlsx');
    await cnilWorkbook().xlsx.writeFile(xlsx);
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    const types = await zip.file('[Content_Types].xml')?.async('string');
    zip.file(
      '[Content_Types].xml',
      (types ?? '').replace('sheet.main+xml', 'sheet.macroEnabled.main+xml'),
    );
    zip.file('xl/vbaProject.bin', Buffer.from('Sub Auto_Open() : Kill "C:\\*" : End Sub'));
    const xlsm = join(dir, 'registre.xlsm');
    writeFileSync(xlsm, await zip.generateAsync({ type: 'nodebuffer' }));
    const db = join(dir, 'dpo.sqlite');
    expect(comparable(await preview(db, xlsm))).toEqual(comparable(await preview(db, xlsx)));
  });

  it('says why in French and writes nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'dpo.sqlite');
    expect((await runCliCaptured(['init', '--db', db])).code).toBe(0);
    const before = sha256(db);
    const cases: [string, Buffer, string][] = [
      ['image.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'n’est pas un tableur'],
      [
        'protege.xlsx',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'protégé par un mot de passe',
      ],
      [
        'ancien.xls',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'Ancien format Excel',
      ],
      ['casse.xlsx', Buffer.from('PK\u0003\u0004 pas vraiment un zip'), 'ne peut pas être lu'],
      ['liste.csv', Buffer.from('a;b\n1;2\n'), 'Ni le modèle de registre de la CNIL'],
    ];
    for (const [name, bytes, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const result = await runCliCaptured(['import', 'register', '--db', db, '--from', file]);
      expect(result.code, name).toBe(1);
      expect(result.err, name).toContain(message);
      expect(result.err, name).toContain('Rien n’a été importé.');
    }
    expect(sha256(db)).toBe(before);
  });
});
