/**
 * Issue 19, point 4: a processors list kept in a spreadsheet, through the same dry run then one
 * audited transaction after a backup; matched by name on a second import.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listProcessors } from '../../db/processors';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import type { ProcessorImportChoice } from '../../shared/schemas/processorImport';
import { runCliCaptured } from '../helpers/cli';
import { chosen, fakeDialogs } from '../helpers/files';
import { value } from '../helpers/result';
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

  it('proposes a mapping from the headers, which the DPO adjusts, saves and finds again', async () => {
    const dir = tempDir();
    // « Hors UE » names no field: proposed as notes, the DPO makes it the transfer's country.
    const csv = Buffer.from(
      'Prestataire;Localisation;Hors UE;Garanties\nMailer Inc.;Irlande;États-Unis;CCT\n',
      'utf8',
    );
    const dialogs = fakeDialogs();
    const opened = await openContext(join(dir, 'dpo.sqlite'), { files: dialogs.files });
    try {
      const { ctx } = opened;
      dialogs.state.next = chosen('sous-traitants.csv', csv);
      const choice = value<ProcessorImportChoice>(
        await dispatch(ctx, 'processorImport.choose', {}),
      );
      expect(choice.mapping.map((m) => [m.column, m.field, m.proposed])).toEqual([
        ['A', 'name', true],
        ['B', 'country', true],
        ['C', 'notes', true],
        ['D', 'transferSafeguard', true],
      ]);
      expect(choice.items[0]?.fields).toMatchObject({
        transfers: [],
        notes: 'Hors UE : États-Unis',
      });

      const remapped = value<ProcessorImportChoice>(
        await dispatch(ctx, 'processorImport.remap', {
          importId: choice.importId,
          mapping: { columns: { 'Hors UE': 'transferCountry' } },
        }),
      );
      expect(remapped.mapping[2]).toMatchObject({ field: 'transferCountry', proposed: false });
      expect(remapped.items[0]?.fields).toMatchObject({
        country: 'Irlande',
        transfers: [{ country: 'États-Unis', safeguard: 'standardContractualClauses' }],
        notes: '',
      });
      value(
        await dispatch(ctx, 'processorImport.saveMapping', {
          mapping: {
            columns: Object.fromEntries(remapped.mapping.map((m) => [m.header, m.field])),
          },
        }),
      );

      // The next list with the same headers takes the saved mapping, and is written as shown.
      dialogs.state.next = chosen('sous-traitants-2.csv', csv);
      const next = value<ProcessorImportChoice>(await dispatch(ctx, 'processorImport.choose', {}));
      expect(next.mapping[2]).toMatchObject({ field: 'transferCountry', proposed: false });
      value(
        await dispatch(ctx, 'processorImport.apply', {
          importId: next.importId,
          sha256: next.sha256,
        }),
      );
      const [stored] = await listProcessors(ctx.db);
      expect(stored?.transfers).toEqual([
        { country: 'États-Unis', safeguard: 'standardContractualClauses', documentation: '' },
      ]);
    } finally {
      await opened.close();
    }
  });

  it('takes a mapping file on the command line, as --save-mapping writes it', async () => {
    const dir = tempDir();
    const csv = join(dir, 'sous-traitants.csv');
    writeFileSync(csv, 'Prestataire;Hors UE\nMailer Inc.;États-Unis\n', 'utf8');
    const db = join(dir, 'dpo.sqlite');
    const saved = join(dir, 'correspondance.json');
    const first = await runCliCaptured([
      'import',
      'processors',
      '--db',
      db,
      '--from',
      csv,
      '--dry-run',
      '--save-mapping',
      saved,
    ]);
    expect(first.out).toContain('colonne B « Hors UE » -> notes (proposé)');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({
      columns: { Prestataire: 'name', 'Hors UE': 'notes' },
    });
    writeFileSync(saved, JSON.stringify({ columns: { 'Hors UE': 'transferCountry' } }), 'utf8');
    const second = await runCliCaptured([
      'import',
      'processors',
      '--db',
      db,
      '--from',
      csv,
      '--mapping',
      saved,
    ]);
    expect(second).toMatchObject({ code: 0, err: '' });
    expect(second.out).toContain('colonne B « Hors UE » -> transferCountry\n');
    const opened = await openContext(db);
    try {
      const [stored] = await listProcessors(opened.ctx.db);
      expect(stored?.transfers[0]?.country).toBe('États-Unis');
    } finally {
      await opened.close();
    }
  });
});
