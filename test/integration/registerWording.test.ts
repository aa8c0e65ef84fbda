import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import type { TrackedItem } from '../../shared/schemas/retention';
import { exportPdf, exportWorkbook, sheetText } from '../helpers/exports';
import { flat, readPdf } from '../helpers/pdf';
import { value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('the register written as a person writes it', () => {
  it('says « 1 an », « à compter de la fin… », local dates and the DPO’s name, never « (s) » or the system account', async () => {
    // Half past midnight in Paris on 1 March is still 28 February in UTC.
    process.env.TZ = 'Europe/Paris';
    const dir = tempDir();
    const db = join(dir, 'dpo-desk.sqlite');
    const opened = await openContext(db, { clock: () => new Date('2026-02-28T23:30:00Z') });
    try {
      value(await dispatch(opened.ctx, 'example.load', {}));
      const item = value<TrackedItem[]>(await dispatch(opened.ctx, 'retention.items', {}))[0];
      if (item === undefined) throw new Error('the example tracks no dataset');
      value(
        await dispatch(opened.ctx, 'retention.record', {
          trackedItemId: item.id,
          action: 'review',
          doneOn: '2026-02-27',
          records: 40,
          method: 'deletion',
          what: 'Prospects sans contact',
          note: '',
        }),
      );
    } finally {
      await opened.close();
    }

    const { workbook } = await exportWorkbook(db, dir);
    const pdf = await exportPdf(db, dir);
    const all = workbook.worksheets.map(sheetText).join('\n');
    const printed = flat((await readPdf(readFileSync(pdf))).text);

    for (const text of [all, printed]) {
      expect(text).toContain('3 ans à compter de la fin de la relation commerciale');
      expect(text).toContain('3 ans à compter du dernier contact actif du prospect');
      expect(text).toContain('6 mois à compter de l’enregistrement du choix');
      expect(text).toContain('1 an à compter de la clôture de l’enquête');
      expect(text).not.toMatch(/\p{L}\((s|es)\)/u);
      expect(text).not.toMatch(/\b1 ans\b|à compter de (dernier|enregistrement|fin|clôture)/);
      expect(text).not.toContain('(sous-traitant (art. 28))');
    }
    expect(printed).toContain('Campagnes Marketing Plus (exemple) — sous-traitant (art. 28)');
    expect(printed).toMatch(/\d+ activités de traitement, \d+ activités de sous-traitance/);
    expect(printed).toContain('Fiche créée le 01/03/2026');

    // Created at 00:30 in Paris on 1 March: the local day, not the UTC one.
    const register = workbook.getWorksheet('Registre');
    if (register === undefined) throw new Error('no Registre sheet');
    const headers = Array.from(
      { length: register.getRow(1).cellCount },
      (_, i) => register.getRow(1).getCell(i + 1).text,
    );
    const createdColumn = headers.indexOf('Créée le') + 1;
    expect(createdColumn).toBeGreaterThan(0);
    expect(register.getRow(2).getCell(createdColumn).value).toEqual(new Date(Date.UTC(2026, 2, 1)));

    // The proof names the DPO from Paramètres with a French date, not the system account.
    const conservation = workbook.getWorksheet('Conservation');
    if (conservation === undefined) throw new Error('no Conservation sheet');
    const proofs = sheetText(conservation);
    expect(proofs).toContain('27/02/2026');
    expect(proofs).toMatch(/27\/02\/2026 .*Prospects sans contact \(40\) — Camille Roux/);
    expect(proofs).not.toContain('2026-02-27');
    expect(proofs).not.toContain(`— ${userInfo().username}`);
  });

  it('names the DPO as the person who recorded the example’s purge, not the computer’s account', async () => {
    const dir = tempDir();
    const db = join(dir, 'dpo-desk.sqlite');
    const opened = await openContext(db, { clock: () => new Date('2026-11-22T10:00:00') });
    try {
      value(await dispatch(opened.ctx, 'example.load', {}));
    } finally {
      await opened.close();
    }
    const { workbook } = await exportWorkbook(db, dir);
    const conservation = workbook.getWorksheet('Conservation');
    if (conservation === undefined) throw new Error('no Conservation sheet');
    const proofs = sheetText(conservation);
    expect(proofs).toMatch(/02\/10\/2026 Purge : Fichiers audio .* \(4210\) — Camille Roux/);
    expect(proofs).not.toContain(`— ${userInfo().username}`);
  });
});
