import { readFile, stat, writeFile } from 'node:fs/promises';
import { dialog, shell, type BrowserWindow } from 'electron';
import { AppError } from '../../shared/errors';
import { safeFileName, type FileAccess } from '../services/files';
import type { ViewerCopies } from '../services/viewerCopies';

/** Files reach the services only through Electron's own dialogs and the system viewer. */
export function electronFileAccess(
  getWindow: () => BrowserWindow | null,
  copies: ViewerCopies,
): FileAccess {
  return {
    forget: (ownerId) => {
      copies.forget(ownerId);
    },
    async choose(options) {
      const window = getWindow();
      const dialogOptions: Electron.OpenDialogOptions = {
        title: options.title,
        properties: ['openFile'],
        filters: [{ name: 'Documents', extensions: [...options.extensions] }],
      };
      const result =
        window === null
          ? await dialog.showOpenDialog(dialogOptions)
          : await dialog.showOpenDialog(window, dialogOptions);
      const [path] = result.filePaths;
      if (result.canceled || path === undefined) return null;
      const size = (await stat(path)).size;
      return {
        name: path.split(/[/\\]/).pop() ?? 'document',
        size,
        read: async () => new Uint8Array(await readFile(path)),
      };
    },
    async save(file) {
      const window = getWindow();
      const options: Electron.SaveDialogOptions = { defaultPath: safeFileName(file.fileName) };
      const result =
        window === null
          ? await dialog.showSaveDialog(options)
          : await dialog.showSaveDialog(window, options);
      if (result.canceled || result.filePath === '') {
        return { saved: false, name: file.fileName };
      }
      await writeFile(result.filePath, file.content);
      return { saved: true, name: result.filePath.split(/[/\\]/).pop() ?? file.fileName };
    },
    async open(file) {
      const path = copies.write(file);
      const failure = await shell.openPath(path);
      if (failure !== '') {
        throw new AppError('UNAVAILABLE', 'error.files.openFailed', { detail: failure });
      }
    },
  };
}
