/**
 * Documents › « Importer un registre… » through the API contract, as the page calls it: the file
 * chosen in a dialog, the preview, then the confirmation that writes what was previewed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listActivities } from '../../db/activities';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import type { ImportApplyReport, RegisterImportChoice } from '../../shared/schemas/registerImport';
import { cnilWorkbook } from '../helpers/cnilWorkbook';
import { chosen, fakeDialogs } from '../helpers/files';
import { value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('register import from the Documents page', () => {
  it('previews the chosen file, then writes it once confirmed', async () => {
    const dir = tempDir();
    const bytes = Buffer.from(await cnilWorkbook().xlsx.writeBuffer());
    const dialogs = fakeDialogs();
    const opened = await openContext(join(dir, 'dpo.sqlite'), { files: dialogs.files });
    try {
      const { ctx } = opened;
      // Cancelled dialog: nothing to preview.
      expect(value(await dispatch(ctx, 'registerImport.choose', {}))).toBeNull();

      dialogs.state.next = chosen('registre-traitement-simplifie.xlsx', bytes);
      const choice = value<RegisterImportChoice>(await dispatch(ctx, 'registerImport.choose', {}));
      expect(choice.file).toBe('registre-traitement-simplifie.xlsx');
      expect(choice.counts).toEqual({ added: 4, modified: 0, unchanged: 0, refused: 0 });
      expect(await listActivities(ctx.db)).toHaveLength(0);

      // A confirmation naming another preview, or another file's hash, writes nothing.
      const stale = await dispatch(ctx, 'registerImport.apply', {
        importId: 'autre',
        sha256: choice.sha256,
      });
      expect(stale).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const changed = await dispatch(ctx, 'registerImport.apply', {
        importId: choice.importId,
        sha256: '0'.repeat(64),
      });
      expect(changed).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await listActivities(ctx.db)).toHaveLength(0);

      const report = value<ImportApplyReport>(
        await dispatch(ctx, 'registerImport.apply', {
          importId: choice.importId,
          sha256: choice.sha256,
        }),
      );
      expect(report).toMatchObject({ created: 4, updated: 0 });
      expect((await listActivities(ctx.db)).map((a) => a.name)).toEqual([
        'Gestion de la paie',
        'Recrutement',
        'Prospection commerciale',
        'Gestion des badges',
      ]);
      // Confirmed once: the same confirmation again is refused.
      const again = await dispatch(ctx, 'registerImport.apply', {
        importId: choice.importId,
        sha256: choice.sha256,
      });
      expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      await opened.close();
    }
  });

  it('previews a table again with the DPO’s mapping, and keeps the mapping saved for the next file', async () => {
    const dir = tempDir();
    const csv = Buffer.from(
      'Traitement;Finalité;Pays\r\nGestion de la paie;Calcul des salaires;Atlantide\r\n',
      'latin1',
    );
    const dialogs = fakeDialogs();
    const opened = await openContext(join(dir, 'dpo.sqlite'), { files: dialogs.files });
    try {
      const { ctx } = opened;
      dialogs.state.next = chosen('registre.csv', csv);
      const choice = value<RegisterImportChoice>(await dispatch(ctx, 'registerImport.choose', {}));
      expect(choice.mapping.find((m) => m.column === 'C')).toMatchObject({
        field: 'transferCountry',
        proposed: true,
      });
      expect(choice.problems.map((p) => p.code)).toEqual(['countryNotRecognised']);

      const remapped = value<RegisterImportChoice>(
        await dispatch(ctx, 'registerImport.remap', {
          importId: choice.importId,
          mapping: { columns: { Pays: 'ignore' } },
        }),
      );
      expect(remapped.importId).toBe(choice.importId);
      expect(remapped.problems).toEqual([]);
      expect(remapped.items[0]?.fields.transfers).toEqual([]);
      expect(remapped.mapping.map((m) => [m.column, m.field, m.proposed])).toEqual([
        ['A', 'name', true],
        ['B', 'purpose', true],
        ['C', 'ignore', false],
      ]);
      value(
        await dispatch(ctx, 'registerImport.saveMapping', {
          mapping: {
            columns: Object.fromEntries(remapped.mapping.map((m) => [m.header, m.field])),
          },
        }),
      );

      // Another file with the same headers takes the saved mapping.
      dialogs.state.next = chosen('registre-2.csv', csv);
      const next = value<RegisterImportChoice>(await dispatch(ctx, 'registerImport.choose', {}));
      expect(next.mapping.find((m) => m.column === 'C')).toMatchObject({
        field: 'ignore',
        proposed: false,
      });
      expect(next.problems).toEqual([]);
      // What is written is what the last preview showed: no transfer.
      value(
        await dispatch(ctx, 'registerImport.apply', {
          importId: next.importId,
          sha256: next.sha256,
        }),
      );
      const [activity] = await listActivities(ctx.db);
      expect(activity?.name).toBe('Gestion de la paie');
    } finally {
      await opened.close();
    }
  });
});
