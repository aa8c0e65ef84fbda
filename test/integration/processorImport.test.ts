/**
 * Issue 19, point 4: a processors list kept in a spreadsheet, through the same dry run then one
 * audited transaction after a backup; matched by name on a second import.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listProcessors } from '../../db/processors';
import { openContext } from '../../electron/services/open';
import { runCliCaptured } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function processorsWorkbook(file: string, hostingReview: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sous-traitants');
  sheet.addRow(['Liste des sous-traitants (mise à jour 2024)']);
  sheet.addRow([]);
  sheet.addRow([
    'Prestataire',
    'Prestation',
    'Pays',
    'Contrat',
    'Date de signature',
    'Date de révision',
    'Transfert hors UE',
    'Garanties',
    'Suivi interne',
  ]);
  sheet.addRow([
    'OVH Cloud',
    'Hébergement des serveurs',
    'France',
    'Signé',
    new Date(Date.UTC(2022, 5, 1)),
    hostingReview,
    '',
    '',
    'Revue annuelle',
  ]);
  sheet.addRow(['Cabinet Dupont', 'Expert-comptable', 'france', '', '12/01/2021', '', '', '', '']);
  sheet.addRow([
    'Mailer Inc.',
    'Routage des campagnes marketing',
    'Etats-Unis',
    'En cours de négociation',
    '',
    '',
    'États-Unis',
    'Privacy shield',
    '',
  ]);
  await book.xlsx.writeFile(file);
}

describe('import of a processors list', () => {
  it('previews without writing, then writes after a backup; imported again, matches by name', async () => {
    const dir = tempDir();
    const file = join(dir, 'sous-traitants.xlsx');
    await processorsWorkbook(file, '01/06/2025');
    const db = join(dir, 'dpo.sqlite');
    expect((await runCliCaptured(['init', '--db', db])).code).toBe(0);
    const before = sha256(db);

    const dry = await runCliCaptured([
      'import',
      'processors',
      '--db',
      db,
      '--from',
      file,
      '--dry-run',
    ]);
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toContain(
      '3 sous-traitants ou destinataires ajoutés, 0 modifié, 0 inchangé, 0 refusé.',
    );
    expect(dry.out).toContain('Attention — feuille « Sous-traitants », cellule H6');
    expect(dry.out).toContain('le Privacy Shield est invalide depuis le 16 juillet 2020');
    expect(sha256(db)).toBe(before);

    const applied = await runCliCaptured(['import', 'processors', '--db', db, '--from', file]);
    expect(applied).toMatchObject({ code: 0, err: '' });
    expect(applied.out).toContain('Sauvegarde vérifiée avant l’import');
    const opened = await openContext(db);
    try {
      const stored = await listProcessors(opened.ctx.db);
      const byName = new Map(stored.map((p) => [p.name, p]));
      expect(byName.get('OVH Cloud')).toMatchObject({
        category: 'hosting',
        country: 'France',
        contractStatus: 'signed',
        contractSignedOn: '2022-06-01',
        contractReviewOn: '2025-06-01',
        notes: 'Suivi interne : Revue annuelle',
      });
      expect(byName.get('Cabinet Dupont')).toMatchObject({
        category: 'accountant',
        contractStatus: 'signed',
        contractSignedOn: '2021-01-12',
      });
      expect(byName.get('Mailer Inc.')).toMatchObject({
        category: 'marketing',
        contractStatus: 'negotiation',
        transfers: [
          {
            country: 'États-Unis',
            safeguard: null,
            documentation: 'Garantie indiquée : Privacy shield',
          },
        ],
      });
    } finally {
      await opened.close();
    }

    await processorsWorkbook(file, '01/06/2026');
    const again = await runCliCaptured([
      'import',
      'processors',
      '--db',
      db,
      '--from',
      file,
      '--dry-run',
    ]);
    expect(again.out).toContain(
      '0 sous-traitant ou destinataire ajouté, 1 modifié, 2 inchangés, 0 refusé.',
    );
    expect(again.out).toContain('modifié   « OVH Cloud »');
  });
});
