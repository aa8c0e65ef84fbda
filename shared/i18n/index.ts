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

/** Translates a key, filling `{name}` placeholders; an unknown key is shown as is, not hidden. */
export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const text = isMessageKey(key) ? dictionaries[language][key] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
