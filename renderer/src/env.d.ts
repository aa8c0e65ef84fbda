/// <reference types="vite/client" />
import type { DpoClient } from '../../shared/api';
import type { ChangeSubscription } from '../../shared/changes';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the browser host's bridge; the UI's only way out. */
    dpo: DpoClient;
    /** The changes announced after each committed write (same two origins). */
    dpoChanges?: ChangeSubscription;
  }
}
