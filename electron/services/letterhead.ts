import { sha256Hex } from './sha256';
import { deleteAttachment, getAttachmentInfo, insertAttachment } from '../../db/attachments';
import { insertAuditEntry } from '../../db/audit';
import { newId } from '../../db/ids';
import { getPreference, putPreference } from '../../db/preferences';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { Context } from './context';
import { getPreferences } from './preferences';
import { transact } from './transact';

export type LetterImage = 'logo' | 'signature';

const keys: Record<LetterImage, string> = { logo: 'letterLogoId', signature: 'signatureImageId' };
const imageTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
const maxImageBytes = 2 * 1024 * 1024;

export interface LetterImages {
  logo: string | null;
  signature: string | null;
}

export async function letterImages(ctx: Context): Promise<LetterImages> {
  const nameOf = async (which: LetterImage) => {
    const id = await getPreference(ctx.db, keys[which]);
    return id === null ? null : ((await getAttachmentInfo(ctx.db, id))?.fileName ?? null);
  };
  return { logo: await nameOf('logo'), signature: await nameOf('signature') };
}

/** The logo of the letterhead or the DPO's scanned signature, chosen in a dialog (PNG or JPEG, 2 MB). */
export async function chooseLetterImage(ctx: Context, which: LetterImage): Promise<LetterImages> {
  const file = await ctx.files.choose({
    title: translate(
      (await getPreferences(ctx)).language,
      which === 'logo' ? 'dialog.logo' : 'dialog.signature',
    ),
    extensions: Object.keys(imageTypes),
  });
  if (file === null) return letterImages(ctx);
  const extension = file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase();
  const mimeType = imageTypes[extension];
  if (mimeType === undefined) {
    throw new AppError('VALIDATION', 'error.file.notImage', { name: file.name.slice(0, 200) });
  }
  if (file.size > maxImageBytes) {
    throw new AppError('VALIDATION', 'error.file.imageTooLarge', {
      name: file.name.slice(0, 200),
    });
  }
  let content: Uint8Array;
  try {
    content = await file.read();
  } catch (error) {
    throw new AppError('VALIDATION', 'error.file.unreadableImage', {
      name: file.name.slice(0, 200),
      detail: (error as Error).message,
    });
  }
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    const previous = await getPreference(trx, keys[which]);
    const id = newId(now);
    await insertAttachment(trx, {
      id,
      fileName: file.name.slice(0, 255),
      mimeType,
      size: content.length,
      sha256: sha256Hex(content),
      attachedAt: now.toISOString(),
      content,
    });
    await putPreference(trx, keys[which], id);
    if (previous !== null) await deleteAttachment(trx, previous);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'letter_image',
      entityId: which,
      action: previous === null ? 'create' : 'update',
      before: previous === null ? null : { attachmentId: previous },
      after: { attachmentId: id, fileName: file.name },
    });
  });
  return letterImages(ctx);
}

export async function removeLetterImage(ctx: Context, which: LetterImage): Promise<LetterImages> {
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    const previous = await getPreference(trx, keys[which]);
    if (previous === null) return;
    await trx.deleteFrom('preference').where('key', '=', keys[which]).execute();
    await deleteAttachment(trx, previous);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'letter_image',
      entityId: which,
      action: 'delete',
      before: { attachmentId: previous },
      after: null,
    });
  });
  return letterImages(ctx);
}
