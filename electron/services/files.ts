import { AppError } from '../../shared/errors';

/** A file the user chose in a dialog: its name, its size, and its bytes on demand. */
export interface ChosenFile {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface FileToOpen {
  fileName: string;
  mimeType: string;
  content: Uint8Array;
  /** The record the document belongs to (a request, a processor): its copies go with it. */
  ownerId?: string;
}

/**
 * How a use case reaches the user's files: through a dialog the entry point shows (Electron's,
 * or the browser's in the browser host), never through a path the UI sends.
 */
export interface FileAccess {
  /** null: the user cancelled. */
  choose(options: { title: string; extensions: readonly string[] }): Promise<ChosenFile | null>;
  /** Shows a stored document with the system viewer (Electron) or hands it to the browser. */
  open(file: FileToOpen): Promise<void>;
  /** Asks where to save a document the app made (a save dialog; a download in the browser). */
  save(file: FileToOpen): Promise<{ saved: boolean; name: string }>;
  /** Deletes the viewer's copies of a record's documents (the record was deleted). */
  forget?(ownerId: string): void;
}

/** For the command line and anything without a screen. */
export const noFileAccess: FileAccess = {
  choose: () => Promise.reject(new AppError('UNAVAILABLE', 'error.files.noDialog')),
  open: () => Promise.reject(new AppError('UNAVAILABLE', 'error.files.noViewer')),
  save: () => Promise.reject(new AppError('UNAVAILABLE', 'error.files.noSaveDialog')),
};

/** A stored document's name made safe as a file name on every system (no folders, no controls). */
export function safeFileName(name: string): string {
  const cleaned = Array.from(name, (char) => (char.charCodeAt(0) < 32 ? '_' : char))
    .join('')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 150);
  return cleaned === '' ? 'document' : cleaned;
}
