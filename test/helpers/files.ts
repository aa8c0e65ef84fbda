import type { ChosenFile, FileAccess, FileToOpen } from '../../electron/services/files';

/** Stands for the user in the dialogs: hands over the next chosen file, records what was opened or saved. */
export function fakeDialogs() {
  const state: { next: ChosenFile | null; opened: FileToOpen[]; saved: FileToOpen[] } = {
    next: null,
    opened: [],
    saved: [],
  };
  const files: FileAccess = {
    choose: () => Promise.resolve(state.next),
    open: (file) => {
      state.opened.push(file);
      return Promise.resolve();
    },
    save: (file) => {
      state.saved.push(file);
      return Promise.resolve({ saved: true, name: file.fileName });
    },
  };
  return { state, files };
}

/** A chosen file made of the given bytes. */
export function chosen(name: string, content: Uint8Array): ChosenFile {
  return { name, size: content.length, read: () => Promise.resolve(content) };
}
