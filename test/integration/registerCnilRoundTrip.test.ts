/**
 * Issue 19, point 5: the register written as the CNIL model arranges it, read back by the import
 * into an empty base, gives the same register.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listActivities } from '../../db/activities';
import { listRegisterExports } from '../../db/registerExports';
import { archiveActivity, updateActivity } from '../../electron/services/activities';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { activityFieldsOf } from '../../shared/schemas/activity';
import { runCliCaptured } from '../helpers/cli';
import { cnilWorkbook } from '../helpers/cnilWorkbook';
import { fakeDialogs } from '../helpers/files';
import { value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function register(db: string) {
  const opened = await openContext(db);
  try {
    return (await listActivities(opened.ctx.db)).map((a) => ({
      reference: a.reference,
      ...activityFieldsOf(a),
    }));
  } finally {
    await opened.close();
  }
}

describe('export in the CNIL layout', () => {
  it('gives back the same register when imported into an empty base', async () => {
    const dir = tempDir();
    const source = join(dir, 'registre-cnil.xlsx');
    await cnilWorkbook().xlsx.writeFile(source);
    const first = join(dir, 'premiere.sqlite');
    expect(
      (await runCliCaptured(['import', 'register', '--db', first, '--from', source])).code,
    ).toBe(0);

    // Completed in the app: legal bases (one legitimate interest, written out) and a note.
    const opened = await openContext(first);
    try {
      for (const activity of await listActivities(opened.ctx.db)) {
        const fields = activityFieldsOf(activity);
        await updateActivity(opened.ctx, {
          id: activity.id,
          expectedUpdatedAt: activity.updatedAt,
          activity: {
            ...fields,
            purposes: fields.purposes.map((p, index) =>
              index === 0
                ? {
                    ...p,
                    legalBasis: 'legitimateInterest',
                    legitimateInterest: 'Gérer l’entreprise',
                  }
                : { ...p, legalBasis: 'legalObligation' },
            ),
            notes: `${fields.notes}\n=Note qui ressemble à une formule`.trim(),
          },
        });
      }
    } finally {
      await opened.close();
    }

    const exported = join(dir, 'export-cnil.xlsx');
    const written = await runCliCaptured([
      'export',
      'xlsx',
      '--db',
      first,
      '--out',
      exported,
      '--layout',
      'cnil',
    ]);
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(written.out).toContain('Registre écrit au format du modèle CNIL');
    expect(written.out).toContain('(4 fiches,');

    // What a person opening it reads: the list, then one fiche per activity.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(exported);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '1 - Notice',
      '2 - Liste des traitements',
      'T-0001 Gestion de la paie',
      'T-0002 Recrutement',
      'T-0003 Prospection commerciale',
      'T-0004 Gestion des badges',
    ]);
    const payroll = book.getWorksheet('T-0001 Gestion de la paie');
    const rows: string[] = [];
    payroll?.eachRow((row) => {
      const texts: string[] = [];
      row.eachCell((cell) => texts.push(cell.text));
      rows.push(texts.join(','));
    });
    expect(rows.join('\n')).toContain(
      'Paie Pyrénées SL,Andorre,Clauses contractuelles types (art. 46)',
    );
    expect(rows.join('\n')).toContain('5 ans à compter du versement de la paie');

    const second = join(dir, 'seconde.sqlite');
    const imported = await runCliCaptured([
      'import',
      'register',
      '--db',
      second,
      '--from',
      exported,
    ]);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toContain('4 activités ajoutées');
    expect(await register(second)).toEqual(await register(first));
  });

  it('refuses a layout it does not know', async () => {
    const dir = tempDir();
    const result = await runCliCaptured([
      'export',
      'xlsx',
      '--db',
      join(dir, 'b.sqlite'),
      '--out',
      join(dir, 'x.xlsx'),
      '--layout',
      'autre',
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Disposition inconnue : « autre »');
  });

  it('is recorded as an export proof, and lists archived activities in an annex, not as fiches', async () => {
    const dir = tempDir();
    const source = join(dir, 'registre-cnil.xlsx');
    await cnilWorkbook().xlsx.writeFile(source);
    const db = join(dir, 'base.sqlite');
    expect((await runCliCaptured(['import', 'register', '--db', db, '--from', source])).code).toBe(
      0,
    );
    let opened = await openContext(db);
    try {
      const badges = (await listActivities(opened.ctx.db)).find(
        (a) => a.name === 'Gestion des badges',
      );
      if (badges === undefined) throw new Error('no « Gestion des badges »');
      await archiveActivity(opened.ctx, badges.id);
    } finally {
      await opened.close();
    }

    const out = join(dir, 'export-cnil.xlsx');
    const written = await runCliCaptured([
      'export',
      'xlsx',
      '--db',
      db,
      '--out',
      out,
      '--layout',
      'cnil',
    ]);
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(written.out).toContain('(3 fiches, 1 archivées en annexe,');
    expect(written.out).toContain('export conservé comme preuve');

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '1 - Notice',
      '2 - Liste des traitements',
      'T-0001 Gestion de la paie',
      'T-0002 Recrutement',
      'T-0003 Prospection commerciale',
      'Annexe - Traitements archivés',
    ]);
    const annex = book.getWorksheet('Annexe - Traitements archivés');
    expect(annex?.getCell('A4').text).toBe('Gestion des badges');
    expect(annex?.getCell('F4').text).toBe('Archivé');

    opened = await openContext(db);
    try {
      const [record] = await listRegisterExports(opened.ctx.db);
      expect(record).toMatchObject({
        kind: 'xlsx',
        fileName: 'export-cnil.xlsx',
        counts: { controllerActivities: 3, processorActivities: 0, archivedActivities: 1 },
        sha256: createHash('sha256').update(readFileSync(out)).digest('hex'),
      });
    } finally {
      await opened.close();
    }

    // Read back, the register in force comes in; the annex is left aside.
    const again = await runCliCaptured([
      'import',
      'register',
      '--db',
      join(dir, 'autre.sqlite'),
      '--from',
      out,
      '--dry-run',
    ]);
    expect(again.out).toContain('3 activités ajoutées');
    expect(again.out).not.toContain('Gestion des badges');
  });

  it('is saved from the Documents page and recorded once saved', async () => {
    const dir = tempDir();
    const source = join(dir, 'registre-cnil.xlsx');
    await cnilWorkbook().xlsx.writeFile(source);
    const db = join(dir, 'base.sqlite');
    expect((await runCliCaptured(['import', 'register', '--db', db, '--from', source])).code).toBe(
      0,
    );
    const dialogs = fakeDialogs();
    const opened = await openContext(db, { files: dialogs.files });
    try {
      const result = value<{ saved: boolean; name: string }>(
        await dispatch(opened.ctx, 'documents.saveCnilExport', {}),
      );
      expect(result.saved).toBe(true);
      const [file] = dialogs.state.saved;
      expect(file?.fileName).toMatch(/^Registre-modele-CNIL-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const [record] = await listRegisterExports(opened.ctx.db);
      expect(record?.sha256).toBe(
        createHash('sha256')
          .update(file?.content ?? new Uint8Array())
          .digest('hex'),
      );
    } finally {
      await opened.close();
    }
  });
});
