/**
 * Issue 19, point 5: the register written as the CNIL model arranges it, read back by the import
 * into an empty base, gives the same register.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listActivities } from '../../db/activities';
import { updateActivity } from '../../electron/services/activities';
import { openContext } from '../../electron/services/open';
import { activityFieldsOf } from '../../shared/schemas/activity';
import { runCliCaptured } from '../helpers/cli';
import { cnilWorkbook } from '../helpers/cnilWorkbook';
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
});
