/// <reference types="vite/client" />
import type { DpoClient } from '../../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the browser host's bridge; the UI's only way out. */
    dpo: DpoClient;
  }
}
