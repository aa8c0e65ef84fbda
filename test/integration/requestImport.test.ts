/**
 * Issue 19, point 4: a requests log kept in a spreadsheet, through the same dry run then one
 * audited transaction after a backup; each request's due date is the deadline engine's, as for a
 * request typed in the app.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listRequests } from '../../db/requests';
import { openContext } from '../../electron/services/open';
import { getRequestView } from '../../electron/services/requests';
import { computeDeadline } from '../../shared/rights/deadline';
import { runCliCaptured } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const engineDue = (received: string) =>
  computeDeadline({ received, months: 1, suspendedDays: 0, alsaceMoselle: false }).due;

/** Excel « CSV (séparateur : point-virgule) » in France: Windows-1252, CRLF. */
function requestsCsv(file: string): void {
  const lines = [
    'Réf;Reçue le;Demandeur;Courriel;Adresse;Droits exercés;Statut;Date de réponse;Suivi',
    'R-12;30/04/2026;Élodie Martin;Elodie.Martin@exemple.fr;12 rue des Lilas 34000 Montpellier;Accès, effacement;En cours;;relance le 20/05',
    ';15/01/2026;Zoé Durand;;;Opposition à la prospection;Répondue;02/02/2026;',
    ';03/03/2026;Marc Petit;;;Portabilité et télépathie;Reçue;;',
    ';10/02/2026;Jean Sans Droit;;;Réclamation;;;',
    ';31/12/2099;Futur Lointain;;;Accès;;;',
  ];
  writeFileSync(file, Buffer.from(lines.join('\r\n'), 'latin1'));
}

async function requestsWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Requests log');
  sheet.addRow(['Reference', 'Received on', 'Requester', 'Email', 'Rights', 'Status']);
  sheet.addRow([
    '',
    new Date(Date.UTC(2026, 0, 31)),
    'Ana Silva',
    'ana@exemple.pt',
    'access; rectification',
    'in progress',
  ]);
  await book.xlsx.writeFile(file);
}

describe('import of a requests log', () => {
  it('a Windows-1252 CSV with « ; »: the dry run writes nothing, then each due date is the engine’s', async () => {
    const dir = tempDir();
    const csv = join(dir, 'demandes.csv');
    requestsCsv(csv);
    const db = join(dir, 'dpo.sqlite');
    expect((await runCliCaptured(['init', '--db', db])).code).toBe(0);
    const before = sha256(db);

    const dry = await runCliCaptured([
      'import',
      'requests',
      '--db',
      db,
      '--from',
      csv,
      '--dry-run',
    ]);
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toContain('colonne F « Droits exercés » -> rights (proposé)');
    expect(dry.out).toContain('3 demandes ajoutées, 0 modifiée, 0 inchangée, 2 refusées.');
    expect(dry.out).toContain(
      '« Élodie Martin », reçue le 30/04/2026, en cours, échéance 01/06/2026',
    );
    expect(dry.out).toContain(
      'Attention — feuille « demandes.csv », cellule F4 (droits exercés) : droit non reconnu : « télépathie » ; gardé dans les notes',
    );
    expect(dry.out).toContain(
      'Erreur — feuille « demandes.csv », cellule F5 (droits exercés) : aucun droit reconnu dans « Réclamation » : demande non importée',
    );
    expect(dry.out).toContain(
      'Erreur — feuille « demandes.csv », cellule B6 (date de réception) : date dans le futur : « 31/12/2099 »',
    );
    expect(dry.out).toContain(
      'Attention — feuille « demandes.csv », cellule G3 (suite donnée) : issue non précisée : « Accordé » supposé pour chaque droit, à vérifier',
    );
    // Said plainly on the request's own line, not only among the problems.
    expect(dry.out).toContain(
      '« Zoé Durand », reçue le 15/01/2026, répondue (issue non précisée : Accordé supposé, à vérifier), échéance',
    );
    expect(dry.out).toContain('Essai à blanc : rien n’a été écrit.');
    expect(sha256(db)).toBe(before);

    const applied = await runCliCaptured(['import', 'requests', '--db', db, '--from', csv]);
    expect(applied).toMatchObject({ code: 0, err: '' });
    expect(applied.out).toContain('Sauvegarde vérifiée avant l’import');
    const opened = await openContext(db);
    try {
      const stored = await listRequests(opened.ctx.db);
      const byName = new Map(stored.map((r) => [r.requesterName, r]));
      expect(byName.get('Élodie Martin')).toMatchObject({
        receivedOn: '2026-04-30',
        requesterEmail: 'elodie.martin@exemple.fr',
        requesterAddress: '12 rue des Lilas 34000 Montpellier',
        rights: ['access', 'erasure'],
        status: 'inProgress',
        notes: 'Référence du fichier : R-12\nSuivi : relance le 20/05',
      });
      expect(byName.get('Zoé Durand')).toMatchObject({
        rights: ['objectionMarketing'],
        status: 'answered',
        responseOn: '2026-02-02',
        outcomes: [{ right: 'objectionMarketing', outcome: 'granted', reason: '' }],
      });
      expect(byName.get('Marc Petit')).toMatchObject({
        rights: ['portability'],
        status: 'received',
        notes: 'Droit indiqué : télépathie',
      });
      expect(stored).toHaveLength(3);
      for (const request of stored) {
        const view = await getRequestView(opened.ctx, request.id);
        expect(view.deadline.deadline.due).toBe(engineDue(request.receivedOn));
      }
      // 30 May 2026 is a Saturday: the answer is due on Monday 1 June.
      const elodie = byName.get('Élodie Martin');
      expect(elodie).toBeDefined();
      if (elodie !== undefined)
        expect((await getRequestView(opened.ctx, elodie.id)).deadline.deadline.due).toBe(
          '2026-06-01',
        );
    } finally {
      await opened.close();
    }

    const again = await runCliCaptured([
      'import',
      'requests',
      '--db',
      db,
      '--from',
      csv,
      '--dry-run',
    ]);
    expect(again.out).toContain('0 demande ajoutée, 0 modifiée, 3 inchangées, 2 refusées.');

    // The log's reference names the request to update: Marc Petit's, answered since.
    const marc = join(dir, 'suite.csv');
    writeFileSync(
      marc,
      Buffer.from(
        [
          'Référence;Reçue le;Demandeur;Droits;Statut;Date de réponse;Suite donnée',
          'DSR-2026-0003;03/03/2026;Marc Petit;Portabilité;Répondue;10/03/2026;Accordée',
        ].join('\r\n'),
        'latin1',
      ),
    );
    const update = await runCliCaptured(['import', 'requests', '--db', db, '--from', marc]);
    expect(update).toMatchObject({ code: 0, err: '' });
    expect(update.out).toContain('modifiée  « Marc Petit » -> DSR-2026-0003');
    const reopened = await openContext(db);
    try {
      const updated = (await listRequests(reopened.ctx.db)).find(
        (r) => r.reference === 'DSR-2026-0003',
      );
      expect(updated).toMatchObject({
        requesterName: 'Marc Petit',
        status: 'answered',
        responseOn: '2026-03-10',
        outcomes: [{ right: 'portability', outcome: 'granted', reason: '' }],
      });
    } finally {
      await reopened.close();
    }

    // A log that does not say the outcome leaves the one recorded: nothing assumed, unchanged.
    writeFileSync(
      marc,
      Buffer.from(
        [
          'Référence;Reçue le;Demandeur;Droits;Statut;Date de réponse',
          'DSR-2026-0003;03/03/2026;Marc Petit;Portabilité;Répondue;10/03/2026',
        ].join('\r\n'),
        'latin1',
      ),
    );
    const same = await runCliCaptured([
      'import',
      'requests',
      '--db',
      db,
      '--from',
      marc,
      '--dry-run',
    ]);
    expect(same.out).toContain('0 demande ajoutée, 0 modifiée, 1 inchangée, 0 refusée.');
    expect(same.out).not.toContain('Accordé');
  });

  it('an .xlsx with English headers and a date cell: the dry run leaves the file as it was, then the due date is the engine’s', async () => {
    const dir = tempDir();
    const file = join(dir, 'requests.xlsx');
    await requestsWorkbook(file);
    const db = join(dir, 'dpo.sqlite');
    expect((await runCliCaptured(['init', '--db', db])).code).toBe(0);
    const before = sha256(db);
    const dry = await runCliCaptured([
      'import',
      'requests',
      '--db',
      db,
      '--from',
      file,
      '--dry-run',
    ]);
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toContain('1 demande ajoutée, 0 modifiée, 0 inchangée, 0 refusée.');
    expect(sha256(db)).toBe(before);

    expect((await runCliCaptured(['import', 'requests', '--db', db, '--from', file])).code).toBe(0);
    const opened = await openContext(db);
    try {
      const [ana] = await listRequests(opened.ctx.db);
      expect(ana).toMatchObject({
        requesterName: 'Ana Silva',
        receivedOn: '2026-01-31',
        rights: ['access', 'rectification'],
        status: 'inProgress',
      });
      if (ana === undefined) return;
      const view = await getRequestView(opened.ctx, ana.id);
      // 28 February 2026 is a Saturday: due on Monday 2 March, as the engine says.
      expect(view.deadline.deadline.due).toBe('2026-03-02');
      expect(view.deadline.deadline.due).toBe(engineDue('2026-01-31'));
    } finally {
      await opened.close();
    }
  });

  it('fills the channel, the data subject and the proof of identity from their columns', async () => {
    const dir = tempDir();
    const csv = join(dir, 'demandes.csv');
    writeFileSync(
      csv,
      [
        'Reçue le;Demandeur;Personne concernée;Canal;Justificatif d’identité;Droits',
        '02/03/2026;Maître Léa Roux;Paul Girard;Courrier recommandé;CNI vérifiée le 05/03/2026;Accès',
        '04/03/2026;Inès Blanc;Inès Blanc;Formulaire du site;Non;Effacement',
        '06/03/2026;Hugo Lemaire;;Pigeon voyageur;Demandé;Rectification',
      ].join('\n'),
      'utf8',
    );
    const db = join(dir, 'dpo.sqlite');
    const dry = await runCliCaptured([
      'import',
      'requests',
      '--db',
      db,
      '--from',
      csv,
      '--dry-run',
    ]);
    expect(dry.out).toContain('colonne C « Personne concernée » -> dataSubjectName (proposé)');
    expect(dry.out).toContain('colonne D « Canal » -> channel (proposé)');
    expect(dry.out).toContain('colonne E « Justificatif d’identité » -> identity (proposé)');
    expect(dry.out).toContain(
      'cellule D4 (canal) : canal non reconnu : « Pigeon voyageur » ; gardé dans les notes',
    );
    expect(dry.out).toContain(
      'cellule E4 (justificatif d’identité) : justificatif d’identité « Demandé » sans date ou sans étape reconnue',
    );
    expect((await runCliCaptured(['import', 'requests', '--db', db, '--from', csv])).code).toBe(0);
    const opened = await openContext(db);
    try {
      const byName = new Map((await listRequests(opened.ctx.db)).map((r) => [r.requesterName, r]));
      expect(byName.get('Maître Léa Roux')).toMatchObject({
        channel: 'post',
        onBehalfOf: true,
        dataSubjectName: 'Paul Girard',
        identityStatus: 'verified',
        identityVerifiedOn: '2026-03-05',
        identityMethod: 'CNI vérifiée le 05/03/2026',
        notes: '',
      });
      expect(byName.get('Inès Blanc')).toMatchObject({
        channel: 'webForm',
        onBehalfOf: false,
        dataSubjectName: '',
        identityStatus: 'notNeeded',
      });
      expect(byName.get('Hugo Lemaire')).toMatchObject({
        channel: 'email',
        identityStatus: 'notNeeded',
        notes: 'Canal indiqué : Pigeon voyageur\nJustificatif d’identité : Demandé',
      });
    } finally {
      await opened.close();
    }
  });
});
