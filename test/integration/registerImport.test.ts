/**
 * Issue 19: a register kept in the CNIL model (.xlsx and .ods) or in a flat CSV comes in through
 * a dry run that writes nothing, then one audited transaction after a backup.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listActivities } from '../../db/activities';
import { listAuditEntries } from '../../db/audit';
import { updateActivity } from '../../electron/services/activities';
import { openContext } from '../../electron/services/open';
import { activityFieldsOf, type ProcessingActivity } from '../../shared/schemas/activity';
import { applyRegisterImport, previewRegisterImport } from '../../electron/services/registerImport';
import type { ImportPreview } from '../../shared/schemas/registerImport';
import { runCliCaptured } from '../helpers/cli';
import { cnilWorkbook } from '../helpers/cnilWorkbook';
import { odsFrom } from '../helpers/odsFile';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function cnilFiles(dir: string): Promise<{ xlsx: string; ods: string }> {
  const book = cnilWorkbook();
  const xlsx = join(dir, 'registre-traitement-simplifie.xlsx');
  await book.xlsx.writeFile(xlsx);
  const ods = join(dir, 'registre-traitement-simplifie.ods');
  writeFileSync(ods, await odsFrom(book));
  return { xlsx, ods };
}

async function preview(db: string, file: string): Promise<ImportPreview> {
  const opened = await openContext(db);
  try {
    return await previewRegisterImport(opened.ctx, file);
  } finally {
    await opened.close();
  }
}

/** The example's base, changed by `change` if given, and its Excel register as the app writes it. */
async function exampleWorkbook(dir: string, change?: (source: string) => Promise<void>) {
  const source = join(dir, 'source.sqlite');
  expect((await runCliCaptured(['init', '--db', source, '--example'])).code).toBe(0);
  await change?.(source);
  const xlsx = join(dir, 'registre.xlsx');
  expect((await runCliCaptured(['export', 'xlsx', '--db', source, '--out', xlsx])).code).toBe(0);
  return { source, xlsx };
}

function item(result: ImportPreview, name: string) {
  const found = result.items.find((i) => i.fields.name === name);
  if (found === undefined) throw new Error(`« ${name} » is not in the preview`);
  return found;
}

/** What the DPO compares: each activity as it would be stored, and every problem. */
const comparable = (result: ImportPreview) => ({
  items: result.items.map((i) => ({ change: i.change, sheet: i.sheet, fields: i.fields })),
  problems: result.problems,
});

describe('import of the CNIL model register', () => {
  it('shows each fiche as it would be stored, with every problem by sheet and cell, and writes nothing', async () => {
    const dir = tempDir();
    const { xlsx } = await cnilFiles(dir);
    const db = join(dir, 'dpo.sqlite');
    expect((await runCliCaptured(['init', '--db', db])).code).toBe(0);
    const before = sha256(db);

    const result = await preview(db, xlsx);

    expect(sha256(db)).toBe(before);
    expect(result.layout).toBe('cnil');
    // Three fiches (one renamed, one hidden) and one activity listed without a fiche; the
    // model's empty fiche is no activity.
    expect(result.counts).toEqual({ added: 4, modified: 0, unchanged: 0, refused: 0 });
    const payroll = item(result, 'Gestion de la paie');
    expect(payroll.fields.status).toBe('draft');
    expect(payroll.createdOn).toBe('2021-03-15');
    expect(payroll.fields.purposes.map((p) => p.description)).toEqual([
      'Calcul et versement des salaires',
      'Déclarations sociales',
    ]);
    expect(payroll.fields.dataCategories[0]).toEqual({
      kind: 'identity',
      description: 'Nom, prénom, date de naissance',
      retention: {
        mode: 'duration',
        duration: 5,
        unit: 'years',
        startEvent: 'le versement de la paie',
        criteria: '',
      },
    });
    expect(payroll.fields.dataCategories[1]?.retention).toMatchObject({
      mode: 'criteria',
      criteria: 'Durée du contrat de travail, puis archivage',
    });
    expect(payroll.fields.nir).toBe(true);
    // The fiche's dates, which the record has no field for, stay in its notes.
    expect(payroll.fields.notes.split('\n')[0]).toBe(
      'Fiche CNIL créée le 15/03/2021, mise à jour le 10/01/2024',
    );
    expect(payroll.fields.transfers).toEqual([
      {
        recipient: 'Paie Pyrénées SL',
        country: 'Andorre',
        safeguard: 'standardContractualClauses',
        documentation: 'https://exemple.fr/contrats/cct-paie.pdf',
      },
    ]);
    expect(payroll.fields.recipients).toContainEqual({
      kind: 'external',
      name: 'Organismes sociaux : URSSAF, caisses de retraite',
    });
    expect(payroll.fields.security.backup).toEqual({
      applied: true,
      description: 'Sauvegarde quotidienne chiffrée',
    });

    // Renamed sheet, labels in capitals, blank rows, dates in the American order.
    const recruitment = item(result, 'Recrutement');
    expect(recruitment.sheet).toBe('Recrutement');
    expect([recruitment.createdOn, recruitment.updatedOn]).toEqual(['2022-03-25', '2023-12-31']);
    expect(recruitment.fields.transfers[0]).toMatchObject({
      country: 'États-Unis',
      safeguard: null,
      documentation: 'Garantie indiquée : Privacy shield',
    });

    // A formula's stored value, a merged value, a hidden sheet.
    const prospecting = item(result, 'Prospection commerciale');
    expect(prospecting.fileReference).toBe('PROS-03');
    expect(prospecting.fields.sensitiveData).toEqual(['health']);
    expect(prospecting.fields.jointController).toBe('Partenaire Marketing SA');
    // Its update date is unreadable: the creation date alone is kept.
    expect(prospecting.fields.notes.split('\n')[0]).toBe('Fiche CNIL créée le 15/01/2023');

    const problems = result.problems.map((p) => [p.level, p.code, p.sheet, p.cell, p.field]);
    expect(problems).toContainEqual([
      'warning',
      'privacyShield',
      'Recrutement',
      expect.stringMatching(/^D\d+$/),
      'transfers.0.safeguard',
    ]);
    expect(problems).toContainEqual(['warning', 'unreadableDate', 'Fiche 3', 'B4', 'updatedOn']);
    expect(problems).toContainEqual(['warning', 'hiddenSheet', 'Fiche 3', '', '']);
    expect(problems).toContainEqual([
      'warning',
      'retentionAsCriteria',
      'Fiche 1',
      expect.stringMatching(/^C\d+$/),
      'dataCategories.1.retention',
    ]);
    expect(problems.filter((p) => p[0] === 'error')).toEqual([]);
  });

  it('reads the same register from the .ods as from the .xlsx', async () => {
    const dir = tempDir();
    const { xlsx, ods } = await cnilFiles(dir);
    const db = join(dir, 'dpo.sqlite');
    const fromXlsx = await preview(db, xlsx);
    const fromOds = await preview(db, ods);
    expect(fromOds.format).toBe('ods');
    expect(comparable(fromOds)).toEqual(comparable(fromXlsx));
  });

  it.runIf(existsSync('/usr/bin/soffice'))(
    'reads the .ods LibreOffice itself writes from the workbook',
    async () => {
      const dir = tempDir();
      const { xlsx } = await cnilFiles(dir);
      const out = join(dir, 'libreoffice');
      execFileSync(
        '/usr/bin/soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'ods',
          '--outdir',
          out,
          xlsx,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const db = join(dir, 'dpo.sqlite');
      const fromOds = await preview(db, join(out, 'registre-traitement-simplifie.ods'));
      expect(comparable(fromOds)).toEqual(comparable(await preview(db, xlsx)));
    },
    150_000,
  );

  it('writes after a backup in one audited transaction; imported again, nothing changes', async () => {
    const dir = tempDir();
    const { xlsx } = await cnilFiles(dir);
    const db = join(dir, 'dpo.sqlite');
    const dry = await runCliCaptured([
      'import',
      'register',
      '--db',
      db,
      '--from',
      xlsx,
      '--dry-run',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('4 activités ajoutées, 0 modifiée, 0 inchangée, 0 refusée.');
    expect(dry.out).toContain('Attention — feuille « Recrutement », cellule D');
    expect(dry.out).toContain('le Privacy Shield est invalide depuis le 16 juillet 2020');
    expect(dry.out).toContain('Essai à blanc : rien n’a été écrit.');
    // Each activity as it would be stored: how its words were understood.
    const payrollShown = dry.out.slice(
      dry.out.indexOf('« Gestion de la paie »'),
      dry.out.indexOf('« Recrutement »'),
    );
    for (const line of [
      '- Calcul et versement des salaires — base légale non reconnue, à compléter',
      '- État civil, identité, données d’identification, images ← « Nom, prénom, date de naissance » ; conservation : 5 ans à compter du versement de la paie',
      '- Informations d’ordre économique et financier ← « RIB, salaire » ; conservation gardée comme critère : « Durée du contrat de travail, puis archivage »',
      '- Cabinet comptable Dupont (sous-traitant)',
      '- Paie Pyrénées SL — Andorre — Clauses contractuelles types (art. 46) (https://exemple.fr/contrats/cct-paie.pdf)',
      '- Fiche CNIL créée le 15/03/2021, mise à jour le 10/01/2024',
    ])
      expect(payrollShown).toContain(line);
    expect(dry.out).toContain(
      '- Jobboard Inc. — États-Unis — sans garantie reconnue (Garantie indiquée : Privacy shield)',
    );

    const applied = await runCliCaptured(['import', 'register', '--db', db, '--from', xlsx]);
    expect(applied).toMatchObject({ code: 0, err: '' });
    expect(applied.out).toContain('Import écrit dans');
    const backup = /Sauvegarde vérifiée avant l’import : (.+)/.exec(applied.out)?.[1] ?? '';
    expect(existsSync(backup)).toBe(true);

    const opened = await openContext(db);
    try {
      const stored = await listActivities(opened.ctx.db);
      expect(stored.map((a) => [a.reference, a.name, a.status])).toEqual([
        ['T-0001', 'Gestion de la paie', 'draft'],
        ['T-0002', 'Recrutement', 'draft'],
        ['T-0003', 'Prospection commerciale', 'draft'],
        ['T-0004', 'Gestion des badges', 'draft'],
      ]);
      const journal = await listAuditEntries(opened.ctx.db, { entity: 'database' });
      expect(journal.map((e) => e.entityId)).toContain('registerImport');
      expect(await listAuditEntries(opened.ctx.db, { entity: 'processing_activity' })).toHaveLength(
        4,
      );

      const again = await previewRegisterImport(opened.ctx, xlsx);
      expect(again.counts).toEqual({ added: 0, modified: 0, unchanged: 4, refused: 0 });
    } finally {
      await opened.close();
    }
  });

  it('matches by reference then by name, and keeps what the file does not carry', async () => {
    const dir = tempDir();
    const { xlsx } = await cnilFiles(dir);
    const db = join(dir, 'dpo.sqlite');
    const opened = await openContext(db);
    try {
      const first = await previewRegisterImport(opened.ctx, xlsx);
      await applyRegisterImport(opened.ctx, xlsx, first.sha256);
      const [payroll] = await listActivities(opened.ctx.db);
      if (payroll === undefined) throw new Error('no activity imported');
      // Completed in the app meanwhile: a service and the legal basis of the second purpose.
      const fields = activityFieldsOf(payroll);
      await updateActivity(opened.ctx, {
        id: payroll.id,
        expectedUpdatedAt: payroll.updatedAt,
        activity: {
          ...fields,
          ownerService: 'Ressources humaines',
          purposes: fields.purposes.map((p, index) =>
            index === 1 ? { ...p, legalBasis: 'legalObligation' } : p,
          ),
        },
      });
      // The same file with the payroll fiche's main purpose retyped.
      const book = cnilWorkbook();
      const sheet = book.getWorksheet('Fiche 1');
      sheet?.eachRow((row) => {
        if (row.getCell(1).value === 'Finalité principale')
          row.getCell(2).value = 'Paie des salariés';
      });
      const changed = join(dir, 'modifie.xlsx');
      await book.xlsx.writeFile(changed);
      const second = await previewRegisterImport(opened.ctx, changed);
      expect(second.counts).toEqual({ added: 0, modified: 1, unchanged: 3, refused: 0 });
      const modified = second.items.find((i) => i.change === 'modified');
      expect(modified).toMatchObject({ reference: 'T-0001', changedFields: ['purposes'] });
      expect(modified?.fields.ownerService).toBe('Ressources humaines');
      await applyRegisterImport(opened.ctx, changed, second.sha256);
      const after = await listActivities(opened.ctx.db);
      expect(after[0]?.purposes[0]?.description).toBe('Paie des salariés');
      expect(after[0]?.ownerService).toBe('Ressources humaines');
      expect(after[0]?.purposes[1]).toMatchObject({
        description: 'Déclarations sociales',
        legalBasis: 'legalObligation',
      });
    } finally {
      await opened.close();
    }
  });
});

describe('import of a flat table', () => {
  it('reads a Windows-1252 CSV with « ; », proposes the mapping from its headers and keeps unknown columns', async () => {
    const dir = tempDir();
    const csv = join(dir, 'registre.csv');
    const lines = [
      'Nom du traitement;Finalité;Base légale;Personnes concernées;Catégories de données;Durée de conservation;Destinataires;Pays de transfert;Garanties;Service;Colonne maison',
      'Gestion de la paie;Calcul des salaires;Obligation légale;Salariés;"État civil, identité ; Informations d’ordre économique et financier";5 ans à compter du versement de la paie;Service RH;Andorre;Clauses contractuelles types (CCT);Ressources humaines;"gardée ; telle quelle"',
      'Vidéoprotection;Sécurité des locaux;Intérêt légitime;Visiteurs;Images;30 jours;Service sûreté;;;Services généraux;',
      'Newsletter;Prospection;Accord tacite;Prospects;Adresse électronique;Jusqu’au désabonnement;Routeur;Etats-Unis;Privacy shield;Marketing;',
    ];
    // Excel « CSV (séparateur : point-virgule) » in France: Windows-1252, CRLF.
    const text = lines.join('\r\n').replace(/’/g, "'");
    const bytes = Buffer.from(text, 'latin1');
    writeFileSync(csv, bytes);
    const db = join(dir, 'dpo.sqlite');
    const result = await preview(db, csv);
    expect(result).toMatchObject({ format: 'csv', layout: 'flat' });
    expect(result.mapping.map((m) => [m.column, m.field])).toEqual([
      ['A', 'name'],
      ['B', 'purpose'],
      ['C', 'legalBasis'],
      ['D', 'dataSubjects'],
      ['E', 'dataCategories'],
      ['F', 'retention'],
      ['G', 'recipients'],
      ['H', 'transferCountry'],
      ['I', 'transferSafeguard'],
      ['J', 'ownerService'],
      ['K', 'notes'],
    ]);
    expect(result.counts.added).toBe(3);
    const payroll = item(result, 'Gestion de la paie');
    expect(payroll.fields.purposes).toEqual([
      { description: 'Calcul des salaires', legalBasis: 'legalObligation', legitimateInterest: '' },
    ]);
    expect(payroll.fields.dataCategories.map((c) => c.kind)).toEqual(['identity', 'economic']);
    expect(payroll.fields.dataCategories[0]?.retention).toMatchObject({
      duration: 5,
      startEvent: 'le versement de la paie',
    });
    expect(payroll.fields.transfers[0]).toMatchObject({
      country: 'Andorre',
      safeguard: 'standardContractualClauses',
    });
    expect(payroll.fields.ownerService).toBe('Ressources humaines');
    expect(payroll.fields.notes).toBe('Colonne maison : gardée ; telle quelle');
    expect(item(result, 'Vidéoprotection').fields.dataCategories[0]?.retention).toMatchObject({
      mode: 'duration',
      duration: 30,
      unit: 'days',
    });
    const problems = result.problems.map((p) => [p.code, p.cell]);
    expect(problems).toContainEqual(['unknownLegalBasis', 'C4']);
    expect(problems).toContainEqual(['retentionAsCriteria', 'F4']);
    // The row's one retention column, not the first category only, is what is kept as criteria.
    expect(result.problems.find((p) => p.code === 'retentionAsCriteria')?.field).toBe('retention');
    expect(problems).toContainEqual(['privacyShield', 'I4']);
  });

  it('reads « Concerne le public » as the app’s workbook writes it, and keeps an unclear answer in the notes', async () => {
    const dir = tempDir();
    // The app's own Excel register, read back as a flat table.
    const { source, xlsx } = await exampleWorkbook(dir);
    const fromWorkbook = await preview(join(dir, 'target.sqlite'), xlsx);
    expect(fromWorkbook.mapping.find((m) => m.header === 'Concerne le public')?.field).toBe(
      'concernsPublic',
    );
    const opened = await openContext(source, { actor: 'dpo' });
    const activities = await listActivities(opened.ctx.db);
    await opened.close();
    const publicOnes = activities.filter((a) => a.concernsPublic).map((a) => a.name);
    expect(publicOnes.length).toBeGreaterThan(0);
    for (const activity of activities.filter((a) => a.register === 'controller')) {
      expect(item(fromWorkbook, activity.name).fields.concernsPublic, activity.name).toBe(
        activity.concernsPublic,
      );
    }

    const csv = join(dir, 'registre.csv');
    writeFileSync(
      csv,
      ['Nom du traitement;Concerne le public', 'Site web;Oui', 'Paie;non', 'Badges;peut-être'].join(
        '\r\n',
      ),
    );
    const fromCsv = await preview(join(dir, 'other.sqlite'), csv);
    expect(item(fromCsv, 'Site web').fields.concernsPublic).toBe(true);
    expect(item(fromCsv, 'Paie').fields.concernsPublic).toBe(false);
    expect(item(fromCsv, 'Badges').fields).toMatchObject({
      concernsPublic: false,
      notes: 'Concerne le public : peut-être',
    });
  });

  it('reads back the service contact, the joint controller and the information of data subjects from the app’s workbook, and keeps a text too long for its field whole in the notes', async () => {
    const dir = tempDir();
    let activities: ProcessingActivity[] = [];
    const { xlsx } = await exampleWorkbook(dir, async (source) => {
      const opened = await openContext(source, { actor: 'dpo' });
      const [first] = (await listActivities(opened.ctx.db)).filter(
        (a) => a.register === 'controller',
      );
      if (first === undefined) throw new Error('no controller activity in the example');
      await updateActivity(opened.ctx, {
        id: first.id,
        expectedUpdatedAt: first.updatedAt,
        activity: {
          ...activityFieldsOf(first),
          ownerContact: 'Claire Dubois, poste 4242',
          jointController: 'Groupe Exemple SAS',
          jointControllerContact: 'dpo@groupe-exemple.fr',
        },
      });
      activities = (await listActivities(opened.ctx.db)).filter((a) => a.register === 'controller');
      await opened.close();
    });
    const fromWorkbook = await preview(join(dir, 'target.sqlite'), xlsx);
    const fieldOf = (header: string) =>
      fromWorkbook.mapping.find((m) => m.header === header)?.field;
    expect(['Contact', 'Responsable conjoint', 'Information des personnes'].map(fieldOf)).toEqual([
      'ownerContact',
      'jointController',
      'informationNotice',
    ]);
    const read = [
      'ownerContact',
      'jointController',
      'jointControllerContact',
      'informationNotice',
    ] as const;
    for (const activity of activities) {
      const fields = item(fromWorkbook, activity.name).fields;
      for (const field of read)
        expect(fields[field], `${activity.name}: ${field}`).toBe(activity[field]);
      expect(fields.notes).not.toContain('Information des personnes :');
    }
    expect(activities.filter((a) => a.informationNotice !== '').length).toBeGreaterThan(1);

    const long = `Claire Dubois ${'x'.repeat(250)}`;
    const csv = join(dir, 'registre.csv');
    writeFileSync(csv, ['Nom du traitement;Contact', `Paie;${long}`].join('\r\n'));
    const paie = item(await preview(join(dir, 'other.sqlite'), csv), 'Paie').fields;
    expect(paie.ownerContact).toBe(long.slice(0, 200));
    expect(paie.notes).toBe(`Contact : ${long}`);

    // Other people's columns that begin with the same words stay in the notes, and a second
    // column for a field that holds one value is kept there under its header, not dropped.
    const theirs = join(dir, 'leur-registre.csv');
    writeFileSync(
      theirs,
      [
        'Nom du traitement;Contact DPO;Information complémentaire;Responsables conjoints;Service;Direction',
        'Paie;dpo@exemple.fr;Voir la charte;"Ville de Lyon\nMétropole de Lyon\nRégion";RH;DRH',
      ].join('\r\n'),
    );
    const fromTheirs = await preview(join(dir, 'third.sqlite'), theirs);
    expect(fromTheirs.mapping.map((m) => m.field)).toEqual([
      'name',
      'notes',
      'notes',
      'notes',
      'ownerService',
      'ownerService',
    ]);
    expect(item(fromTheirs, 'Paie').fields).toMatchObject({
      ownerService: 'RH',
      ownerContact: '',
      jointController: '',
      informationNotice: '',
    });
    expect(item(fromTheirs, 'Paie').fields.notes.split('\n')).toEqual(
      expect.arrayContaining([
        'Contact DPO : dpo@exemple.fr',
        'Information complémentaire : Voir la charte',
        'Direction : DRH',
      ]),
    );
  });

  it('takes the DPO’s saved mapping over the proposal', async () => {
    const dir = tempDir();
    const csv = join(dir, 'traitements.csv');
    writeFileSync(csv, 'Intitulé,Objet,Interne\nPaie,Verser les salaires,x\n', 'utf8');
    const db = join(dir, 'dpo.sqlite');
    const saved = join(dir, 'correspondance.json');
    const first = await runCliCaptured([
      'import',
      'register',
      '--db',
      db,
      '--from',
      csv,
      '--dry-run',
      '--save-mapping',
      saved,
    ]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('colonne B « Objet » -> notes (proposé)');
    const mapping = JSON.parse(readFileSync(saved, 'utf8')) as { columns: Record<string, string> };
    mapping.columns.Objet = 'purpose';
    mapping.columns.Interne = 'ignore';
    writeFileSync(saved, JSON.stringify(mapping));
    const second = await runCliCaptured([
      'import',
      'register',
      '--db',
      db,
      '--from',
      csv,
      '--mapping',
      saved,
    ]);
    expect(second).toMatchObject({ code: 0, err: '' });
    expect(second.out).toContain('colonne B « Objet » -> purpose\n');
    const opened = await openContext(db);
    try {
      const [paie] = await listActivities(opened.ctx.db);
      expect(paie?.purposes[0]?.description).toBe('Verser les salaires');
      expect(paie?.notes).toBe('');
    } finally {
      await opened.close();
    }
  });
});
