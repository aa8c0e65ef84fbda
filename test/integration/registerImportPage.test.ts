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
});
