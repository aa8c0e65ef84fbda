import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createDpoClient, type DpoClient } from '../../shared/api';
import type { ChangeSubscription } from '../../shared/changes';
import type { Result } from '../../shared/errors';

/** One typed object, one method per contract entry; never raw ipcRenderer. */
const dpo = createDpoClient(
  (name, input) => ipcRenderer.invoke(`dpo:${name}`, input) as Promise<Result<unknown>>,
) satisfies DpoClient;

/** The changes main announces after each committed write; only this channel, only listening. */
const dpoChanges = {
  subscribe(listener: (notice: unknown) => void) {
    const forward = (_event: IpcRendererEvent, notice: unknown) => {
      listener(notice);
    };
    ipcRenderer.on('dpo:changed', forward);
    return () => {
      ipcRenderer.removeListener('dpo:changed', forward);
    };
  },
} satisfies ChangeSubscription;

contextBridge.exposeInMainWorld('dpo', dpo);
contextBridge.exposeInMainWorld('dpoChanges', dpoChanges);
