import { fr, type MessageKey } from './fr';

/**
 * The renderer's tables (see languageTables.ts): French, the default, in the first chunk; English
 * in a chunk of its own, fetched when the user chooses it.
 */
export const languageTables: { fr: Record<MessageKey, string>; en?: Record<MessageKey, string> } = {
  fr,
};

export async function loadLanguageTable(language: string): Promise<void> {
  if (language === 'en' && languageTables.en === undefined) {
    languageTables.en = (await import('./en')).en;
  }
}
