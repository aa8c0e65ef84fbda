import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import type { FileAccess } from '../../electron/services/files';
import { openContext, type OpenedContext } from '../../electron/services/open';
import { viewerCopies } from '../../electron/services/viewerCopies';
import type { LetterRecordView } from '../../shared/api';
import { emptyRequest, type RequestView } from '../../shared/schemas/request';
import { chosen } from '../helpers/files';
import { value } from '../helpers/result';
import { useTempDir, validSettings } from '../helpers/temp';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

/** Every file under a folder, however deep. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('copies handed to the system viewer', () => {
  it('are deleted with the request they belong to, and all of them when the app quits or starts', async () => {
    const folder = join(tempDir(), 'dpo-desk-documents');
    const copies = viewerCopies(folder);
    let next: ReturnType<typeof chosen> | null = null;
    // As the Electron shell builds it, with the viewer itself left out.
    const files: FileAccess = {
      choose: () => Promise.resolve(next),
      open: (file) => {
        copies.write(file);
        return Promise.resolve();
      },
      save: (file) => Promise.resolve({ saved: true, name: file.fileName }),
      forget: (ownerId) => {
        copies.forget(ownerId);
      },
    };
    opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), { actor: 'dpo', files });
    const { ctx } = opened;
    value(await dispatch(ctx, 'settings.save', validSettings));
    const create = async (name: string) =>
      value<RequestView>(
        await dispatch(ctx, 'requests.create', {
          request: {
            ...emptyRequest('2026-11-02'),
            requesterName: name,
            requesterAddress: '8 rue des Écoles\n34000 Montpellier',
            channel: 'post',
            rights: ['access'],
          },
        }),
      );
    const zephyrine = await create('Zéphyrine Quillebœuf');
    const karim = await create('Karim Benali');
    for (const request of [zephyrine, karim]) {
      next = chosen('carte-identite.pdf', Buffer.from('%PDF-1.4 pièce d’identité'));
      const attached = value<RequestView>(
        await dispatch(ctx, 'requests.attach', { id: request.request.id, kind: 'idDocument' }),
      );
      value(
        await dispatch(ctx, 'requests.openAttachment', {
          id: request.request.id,
          attachmentId: attached.request.attachments[0]?.id ?? '',
        }),
      );
      value(
        await dispatch(ctx, 'letters.generate', {
          requestId: request.request.id,
          kind: 'acknowledgement',
          language: 'fr',
        }),
      );
      const [letter] = value<LetterRecordView[]>(
        await dispatch(ctx, 'letters.list', { id: request.request.id }),
      );
      value(
        await dispatch(ctx, 'letters.open', {
          requestId: request.request.id,
          letterId: letter?.id ?? '',
        }),
      );
    }
    expect(filesUnder(folder)).toHaveLength(4);

    value(await dispatch(ctx, 'requests.delete', { id: zephyrine.request.id }));
    const left = filesUnder(folder);
    expect(left).toHaveLength(2);
    expect(left.every((path) => path.includes(karim.request.id))).toBe(true);

    // What the shell does when the app quits and when it starts.
    copies.clear();
    expect(filesUnder(folder)).toEqual([]);
  });
});
