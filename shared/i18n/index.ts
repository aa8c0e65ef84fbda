import { en } from './en';
import { fr, type MessageKey } from './fr';

export type { MessageKey } from './fr';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';

const dictionaries: Record<Language, Record<MessageKey, string>> = { fr, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

/** Translates a key; an unknown key is shown as is rather than hidden. */
export function translate(language: Language, key: string): string {
  return isMessageKey(key) ? dictionaries[language][key] : key;
}
