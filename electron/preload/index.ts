import { contextBridge, ipcRenderer } from 'electron';
import { createDpoClient, type DpoClient } from '../../shared/api';
import type { Result } from '../../shared/errors';

/** One typed object, one method per contract entry; never raw ipcRenderer. */
const dpo = createDpoClient(
  (name, input) => ipcRenderer.invoke(`dpo:${name}`, input) as Promise<Result<unknown>>,
) satisfies DpoClient;

contextBridge.exposeInMainWorld('dpo', dpo);
