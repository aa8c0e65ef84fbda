import { en } from './en';
import { fr, type MessageKey } from './fr';

/**
 * Both tables, loaded with the module: the main process, the command line and the tests word in
 * either language at once. The renderer's build puts `languageTables.lazy.ts` in this file's place
 * (electron.vite.config.ts), which loads English only when it is chosen.
 */
export const languageTables: { fr: Record<MessageKey, string>; en?: Record<MessageKey, string> } = {
  fr,
  en,
};

/** Nothing to fetch here: both tables are loaded. */
export const loadLanguageTable: (language: string) => Promise<void> = () => Promise.resolve();
