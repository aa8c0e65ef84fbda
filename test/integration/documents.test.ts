import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { runCli } from '../../electron/cli/cli';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { CalendarItem } from '../../shared/retention/calendar';
import { activityFieldsOf, type ProcessingActivity } from '../../shared/schemas/activity';
import type { ExportComparison, ExportJob, RegisterExport } from '../../shared/schemas/documents';
import { fakeDialogs } from '../helpers/files';
import { embeddedFonts, flat, readPdf } from '../helpers/pdf';
import { completeActivity, useTempDir } from '../helpers/temp';
import { unzip } from '../helpers/zip';
import { value } from '../helpers/result';

const tempDir = useTempDir();
const artifacts = resolve(import.meta.dirname, '../artifacts');
const now = new Date('2026-11-22T10:00:00');
/** Moves on a millisecond at each reading: two exports never share an instant. */
function ticking(start: Date): () => Date {
  let at = start.getTime();
  return () => new Date((at += 1));
}

let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

/** Text a spreadsheet could take for a formula, typed by a user in the register. */
const hostile = {
  name: '=HYPERLINK("http://exemple.invalid","clic")',
  software: '@SUM(1+1)*cmd|',
  ownerContact: '+33 6 12 34 56 78',
  notes: '-2+3',
};

async function openExample() {
  const dialogs = fakeDialogs();
  opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
    actor: 'dpo',
    clock: ticking(now),
    files: dialogs.files,
  });
  const { ctx } = opened;
  value(await dispatch(ctx, 'example.load', {}));
  const hostileActivity = value<ProcessingActivity>(
    await dispatch(ctx, 'activities.create', {
      activity: completeActivity({ ...hostile, status: 'draft' }),
    }),
  );
  return { ctx, dialogs, hostileActivity };
}

/** Runs an export as the Documents page does: start, follow the progress, save. */
async function exportThroughUi(
  ctx: OpenedContext['ctx'],
  request: { kind: 'xlsx' | 'pdf'; quarter?: string; includeRequesterNames?: boolean },
) {
  let job = value<ExportJob>(await dispatch(ctx, 'documents.startExport', request));
  const seen: number[] = [];
  while (!job.finished) {
    await new Promise((r) => setTimeout(r, 10));
    job = value<ExportJob>(await dispatch(ctx, 'documents.exportStatus', { id: job.id }));
    seen.push(job.done);
  }
  expect(job).toMatchObject({ ready: true, error: null });
  expect(job.done).toBe(job.total);
  const saved = value<{ saved: boolean; name: string; record: RegisterExport }>(
    await dispatch(ctx, 'documents.saveExport', { id: job.id }),
  );
  return { job, saved };
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const headers = (sheet: ExcelJS.Worksheet) =>
  Array.from({ length: sheet.getRow(1).cellCount }, (_, i) => sheet.getRow(1).getCell(i + 1).text);

function rowWith(sheet: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (row.getCell(column).text === text) return row;
  }
  throw new Error(`no row with ${text} in ${sheet.name}`);
}

describe('0009_register_exports migration', () => {
  it('keeps the retention schedule of version 8 and adds an empty export record', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v8 = await openDatabase(file, { migrateTo: '0008_retention' });
    await v8.handle.db
      .insertInto('retention_rule')
      .values({
        id: 'r1',
        activity_id: null,
        label: 'Dossiers',
        details_json: '{}',
        created_at: '2026-11-01T00:00:00.000Z',
        updated_at: '2026-11-01T00:00:00.000Z',
      })
      .execute();
    await v8.handle.close();
    const v9 = await openDatabase(file, { migrateTo: '0009_register_exports' });
    try {
      expect(v9.report.applied).toEqual(['0009_register_exports']);
      expect(await v9.handle.db.selectFrom('retention_rule').select('label').execute()).toEqual([
        { label: 'Dossiers' },
      ]);
      expect(await v9.handle.db.selectFrom('register_export').selectAll().execute()).toEqual([]);
    } finally {
      await v9.handle.close();
    }
  });
});

describe('the register as an Excel workbook', () => {
  it('writes every sheet with French headers, typed dates, the quarter in its name, and keeps the evidence', async () => {
    const { ctx, dialogs } = await openExample();
    const { job, saved } = await exportThroughUi(ctx, { kind: 'xlsx' });
    expect(job.fileName).toBe('Registre-RGPD-2026-T4.xlsx');
    const file = dialogs.state.saved[0];
    if (file === undefined) throw new Error('nothing saved');
    expect(file.fileName).toBe('Registre-RGPD-2026-T4.xlsx');

    const workbook = await workbookOf(file.content);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Organisation',
      'Registre',
      'Sous-traitance',
      'Sous-traitants et destinataires',
      'Transferts hors UE',
      'Conservation',
      'Demandes',
      'Violations',
      'Cookies et traceurs',
      'Échéances',
    ]);
    // The cookie inventory: one row per tracker with its provider, activity and warnings.
    const cookies = workbook.getWorksheet('Cookies et traceurs');
    if (cookies === undefined) throw new Error('no Cookies et traceurs sheet');
    expect(cookies.rowCount).toBe(1 + 17);
    const cookieCell = (name: string, header: string) =>
      rowWith(cookies, 1, name).getCell(headers(cookies).indexOf(header) + 1).text;
    expect(cookieCell('_ga', 'Fournisseur')).toBe('Google Analytics (Google Ireland Limited)');
    expect(cookieCell('_ga', 'Durée de vie')).toBe('13 mois');
    expect(cookieCell('_ga', 'Activité du registre')).toMatch(
      /^T-\d{4} Mesure d’audience et gestion des cookies du site internet$/,
    );
    expect(cookieCell('_ga', 'Transferts hors UE')).toContain(
      'États-Unis : Décision d’adéquation (art. 45)',
    );
    expect(cookieCell('ads_uid', 'Alertes')).toContain('Transfert vers Maroc sans garantie');
    expect(cookieCell('YSC', 'Durée de vie')).toBe('Session');
    // The breach register (Art. 33(5)): each breach with its facts, effects, remedies and why it
    // was not notified; numbers of people, never a name.
    const breaches = workbook.getWorksheet('Violations');
    if (breaches === undefined) throw new Error('no Violations sheet');
    expect(headers(breaches).slice(0, 3)).toEqual([
      'Référence',
      'Intitulé',
      'Connaissance (heure de Paris)',
    ]);
    expect(breaches.rowCount).toBe(1 + 2);
    const misdirected = rowWith(breaches, 1, 'VDP-2026-0001');
    const cell = (row: typeof misdirected, header: string) =>
      row.getCell(headers(breaches).indexOf(header) + 1).text;
    expect(cell(misdirected, 'Situation')).toBe('Notifiée');
    expect(cell(misdirected, 'Notifications à la CNIL')).toMatch(
      /^Initiale le \d\d\/\d\d\/\d{4} \d\d:\d\d ; Complément 1 le .* ; n° NOT-2026-004217$/,
    );
    expect(
      cell(misdirected, 'Personnes et enregistrements (nombre approximatif)').replace(/\s/g, ' '),
    ).toContain('1 850 personnes');
    const laptop = rowWith(breaches, 1, 'VDP-2026-0002');
    expect(cell(laptop, 'Situation')).toBe('Documentée seulement');
    expect(cell(laptop, 'Risque et justification')).toMatch(/^Pas de risque ; .*chiffr/);
    const organisation = workbook.getWorksheet('Organisation');
    const register = workbook.getWorksheet('Registre');
    const requests = workbook.getWorksheet('Demandes');
    if (organisation === undefined || register === undefined || requests === undefined)
      throw new Error('missing sheet');
    expect(rowWith(organisation, 1, 'Responsable du traitement').getCell(2).text).toBe(
      'CALLIMEDIA (exemple)',
    );
    // The CNIL model's contact block: the organisation's own phone and email, the DPO's, the
    // legal representative.
    for (const [label, text] of [
      ['Téléphone', '04 65 71 00 00'],
      ['Courriel', 'contact@callimedia.example'],
      ['Représentant légal', 'Le Président'],
      ['Courriel du DPO', 'rgpd@callimedia.example'],
      ['Téléphone du DPO', '04 65 71 00 01'],
    ]) {
      expect(rowWith(organisation, 1, label ?? '').getCell(2).text).toBe(text);
    }
    expect(rowWith(organisation, 1, 'Date d’édition').getCell(2).value).toEqual(
      new Date(Date.UTC(2026, 10, 22)),
    );
    expect(headers(register).slice(0, 3)).toEqual(['Référence', 'Nom du traitement', 'Statut']);
    expect(headers(register)).toEqual(
      expect.arrayContaining([
        'Finalités et bases légales',
        'Catégories de données',
        'Durées de conservation',
        'Destinataires',
        'Transferts hors UE',
        'Mesures de sécurité',
        'Concerne le public',
      ]),
    );
    const prospecting = rowWith(register, 1, 'T-0001');
    expect(prospecting.getCell(2).text).toBe('Prospection commerciale');
    expect(prospecting.getCell(8).text).toContain('Consentement');
    const updated = prospecting.getCell(headers(register).indexOf('Mise à jour le') + 1);
    expect(updated.value).toBeInstanceOf(Date);
    expect(updated.numFmt).toBe('dd/mm/yyyy');
    // Header styled, frozen, filtered; A4 landscape at 70 % in groups of columns (never shrunk
    // to one page), header row and the reference and name columns repeated on every page.
    expect(register.getRow(1).font.bold).toBe(true);
    expect(register.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const xml = unzip(file.content);
    const registerXml = xml.get('xl/worksheets/sheet2.xml') ?? '';
    expect(registerXml).toContain('<autoFilter ref="A1:Y1"');
    expect(registerXml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(registerXml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(registerXml).toMatch(/<pageSetup[^>]*scale="70"/);
    expect(registerXml).not.toContain('fitToPage="1"');
    expect(xml.get('xl/workbook.xml')).toMatch(/_xlnm.Print_Titles[^>]*>[^<]*\$A:\$B/);

    // The requests log: no names unless asked.
    expect(headers(requests)).not.toContain('Demandeur');
    expect(requests.rowCount).toBe(1 + 13);
    expect(rowWith(requests, 1, 'DSR-2026-0001').getCell(2).value).toBeInstanceOf(Date);

    // The evidence.
    const exports = value<RegisterExport[]>(await dispatch(ctx, 'documents.exports', {}));
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({
      kind: 'xlsx',
      quarter: '2026-T4',
      // The DPO named in Paramètres exported it, not the account the app runs under.
      actor: 'Camille Roux',
      fileName: 'Registre-RGPD-2026-T4.xlsx',
      sha256: createHash('sha256').update(file.content).digest('hex'),
      size: file.content.length,
      counts: { controllerActivities: 11, processorActivities: 2, processors: 15, requests: 13 },
    });
    expect(saved.record.id).toBe(exports[0]?.id);

    // The quarterly export is done: the calendar moves to the next quarter's.
    const calendar = value<CalendarItem[]>(
      await dispatch(ctx, 'calendar.list', { kinds: ['registerExport'], to: '2027-12-31' }),
    );
    expect(calendar.map((c) => c.title)).toEqual(['Export trimestriel du registre (2027-T1)']);

    if (existsSync('/usr/bin/libreoffice')) {
      mkdirSync(artifacts, { recursive: true });
      writeFileSync(join(artifacts, 'Registre-RGPD-2026-T4.xlsx'), file.content);
    }
  });

  it('writes text that looks like a formula as typed, never as a formula, also in LibreOffice', async () => {
    const { ctx, dialogs } = await openExample();
    await exportThroughUi(ctx, { kind: 'xlsx', includeRequesterNames: true });
    const file = dialogs.state.saved[0];
    if (file === undefined) throw new Error('nothing saved');
    const xml = unzip(file.content);
    const sheets = [...xml.entries()].filter(([name]) => name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBe(10);
    for (const [name, text] of sheets) {
      expect(text, name).not.toMatch(/<f[ >]/);
      // Text is an inline string, never `t="str"` (a formula's string result).
      expect(text, name).not.toContain('t="str"');
    }
    expect(xml.get('xl/worksheets/sheet2.xml')).toContain('t="inlineStr"');

    const register = (await workbookOf(file.content)).getWorksheet('Registre');
    if (register === undefined) throw new Error('missing sheet');
    const row = rowWith(register, 2, hostile.name);
    const cellOf = (header: string) => row.getCell(headers(register).indexOf(header) + 1);
    for (const [header, typed] of [
      ['Nom du traitement', hostile.name],
      ['Logiciel ou application', hostile.software],
      ['Contact', hostile.ownerContact],
      ['Notes', hostile.notes],
    ] as const) {
      const cell = cellOf(header);
      expect(cell.text, header).toBe(typed);
      // An inline string: text by its type.
      expect(cell.type, header).toBe(ExcelJS.ValueType.RichText);
      expect(cell.formula, header).toBeUndefined();
      // Text format: editing the cell keeps it text.
      expect(cell.numFmt, header).toBe('@');
    }
    expect(
      headers((await workbookOf(file.content)).getWorksheet('Demandes') ?? register),
    ).toContain('Demandeur');

    // A real spreadsheet program reads it and shows the text as typed, not a computed value.
    const soffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
    if (soffice !== undefined) {
      const dir = tempDir();
      const xlsx = join(dir, 'registre.xlsx');
      writeFileSync(xlsx, file.content);
      execFileSync(
        soffice,
        [
          '--headless',
          '--convert-to',
          // Sheet 2 (Registre) as UTF-8 CSV: filter options, the last one is the sheet number.
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2',
          '--outdir',
          dir,
          xlsx,
        ],
        { env: { ...process.env, HOME: dir }, timeout: 120_000, stdio: 'ignore' },
      );
      const csvName = readdirSync(dir).find((n) => n.endsWith('.csv'));
      expect(csvName).toBeDefined();
      const csv = readFileSync(join(dir, csvName ?? ''), 'utf8');
      expect(csv).toContain('Prospection commerciale');
      expect(csv).toContain('"=HYPERLINK(""http://exemple.invalid"",""clic"")"');
      expect(csv).toContain('@SUM(1+1)*cmd|');
      expect(csv).toContain('-2+3');
      expect(csv).not.toMatch(/,clic,/);
    }
  });

  it('refuses an impossible quarter, from the API and the command line', async () => {
    const { ctx } = await openExample();
    expect(
      await dispatch(ctx, 'documents.startExport', { kind: 'xlsx', quarter: '2026-T5' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const file = ctx.paths.database;
    await opened?.close();
    opened = null;
    let err = '';
    const out = join(tempDir(), 'x.xlsx');
    expect(
      await runCli(['export', 'xlsx', '--db', file, '--out', out, '--quarter', '2026-Q4'], {
        out: () => undefined,
        err: (t) => (err += t),
        env: {},
      }),
    ).toBe(1);
    expect(err).toContain('--quarter');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the register as a printable PDF', () => {
  it('has a cover, a table of contents with page numbers, every activity, annexes and page X / Y', async () => {
    const { ctx } = await openExample();
    const file = ctx.paths.database;
    await opened?.close();
    opened = null;
    const out = join(tempDir(), 'registre.pdf');
    let text = '';
    expect(
      await runCli(['export', 'pdf', '--db', file, '--out', out], {
        out: (t) => (text += t),
        err: (t) => (text += t),
        env: {},
      }),
    ).toBe(0);
    expect(text).toContain('export conservé comme preuve');
    const bytes = readFileSync(out);
    const pdf = await readPdf(bytes);
    const pages = pdf.pages.length;
    expect(pdf.title).toBe('Registre des activités de traitement — CALLIMEDIA (exemple)');
    expect(pdf.pageSize).toEqual([595.28, 841.89]);
    expect(flat(pdf.pages[0] ?? '')).toContain('Registre des activités de traitement');
    expect(flat(pdf.pages[0] ?? '')).toContain('Camille Roux');
    expect(flat(pdf.pages[0] ?? '')).toContain('04 65 71 00 00 — contact@callimedia.example');
    expect(flat(pdf.pages[0] ?? '')).toContain('Représentant légal : Le Président');
    expect(flat(pdf.pages[0] ?? '')).toContain('rgpd@callimedia.example — 04 65 71 00 01');
    const contents = flat(pdf.pages[1] ?? '');
    expect(contents).toContain('Sommaire');
    expect(contents).toMatch(/T-0001 — Prospection commerciale \d+/);
    expect(contents).toContain('Annexe 1 — Sous-traitants et destinataires');
    expect(contents).toContain('Annexe 3 — Calendrier de conservation');
    expect(contents).toMatch(/Annexe 4 — Registre des violations de données \(article 33\.5\) \d+/);
    const breachesStart = Number(
      /Annexe 4 — Registre des violations de données \(article 33\.5\) (\d+)/.exec(contents)?.[1],
    );
    const breachesText = flat(pdf.pages.slice(breachesStart - 1).join(' '));
    expect(breachesText).toContain('VDP-2026-0001 — Fichier d’appels d’un donneur d’ordre');
    expect(breachesText).toContain('Risque et justification');
    expect(breachesText).toContain('Documentée seulement');
    // The contents' page number is where the activity starts.
    const start = Number(/T-0004 — Paiements et lutte contre la fraude (\d+)/.exec(contents)?.[1]);
    expect(flat(pdf.pages[start - 1] ?? '')).toContain(
      'T-0004 — Paiements et lutte contre la fraude',
    );
    for (const name of [
      'Prospection commerciale',
      'Vidéosurveillance',
      'Service client externalisé',
      hostile.name,
    ]) {
      expect(flat(pdf.text)).toContain(name);
    }
    expect(flat(pdf.pages[1] ?? '')).toContain(
      `Registre des activités de traitement - CALLIMEDIA (exemple) - page 2 / ${String(pages)}`,
    );
    expect(flat(pdf.pages[pages - 1] ?? '')).toContain(`page ${String(pages)} / ${String(pages)}`);
    expect(embeddedFonts(bytes)).toEqual(expect.arrayContaining(['DejaVuSans', 'DejaVuSans-Bold']));

    if (existsSync('/usr/bin/pdftoppm')) {
      mkdirSync(artifacts, { recursive: true });
      const copy = join(artifacts, 'register.pdf');
      writeFileSync(copy, bytes);
      execFileSync('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '60',
        '-l',
        '4',
        copy,
        join(artifacts, 'register'),
      ]);
      expect(
        existsSync(join(artifacts, 'register-1.png')) ||
          existsSync(join(artifacts, 'register-01.png')),
      ).toBe(true);
    }
  });
});

describe('comparing two exports', () => {
  it('says which activities were added, removed and modified between them', async () => {
    const { ctx } = await openExample();
    const first = (await exportThroughUi(ctx, { kind: 'xlsx' })).saved.record;
    const activities = value<{ id: string; reference: string }[]>(
      await dispatch(ctx, 'activities.list', {}),
    );
    const byReference = (reference: string) => {
      const found = activities.find((a) => a.reference === reference);
      if (found === undefined) throw new Error(reference);
      return found.id;
    };
    const cctv = value<ProcessingActivity>(
      await dispatch(ctx, 'activities.get', { id: byReference('T-0008') }),
    );
    value(
      await dispatch(ctx, 'activities.update', {
        id: cctv.id,
        expectedUpdatedAt: cctv.updatedAt,
        activity: { ...activityFieldsOf(cctv), notes: 'Caméras du parking ajoutées.' },
      }),
    );
    value(await dispatch(ctx, 'activities.delete', { id: byReference('T-0007') }));
    value(
      await dispatch(ctx, 'activities.create', {
        activity: completeActivity({ name: 'Recrutement des téléconseillers' }),
      }),
    );
    const second = (await exportThroughUi(ctx, { kind: 'pdf' })).saved.record;
    const comparison = value<ExportComparison>(
      await dispatch(ctx, 'documents.compare', { fromId: second.id, toId: first.id }),
    );
    expect(comparison.from.id).toBe(first.id);
    expect(comparison.added).toEqual([
      { reference: 'T-0014', name: 'Recrutement des téléconseillers' },
    ]);
    expect(comparison.removed).toEqual([
      { reference: 'T-0007', name: 'Respect du droit et des décisions de justice' },
    ]);
    expect(comparison.modified.map((m) => m.reference)).toEqual(['T-0008']);
    expect(comparison.unchanged).toBe(11);
  });
});
