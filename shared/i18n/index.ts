import type { MessageKey } from './fr';
import { languageTables, loadLanguageTable } from './languageTables';

export type { MessageKey } from './fr';
export { agreementOf, fromPhrase } from './grammar';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';

/**
 * Makes a language's table ready. Everywhere but in the renderer both are loaded already; the
 * renderer fetches English the first time it is chosen, and words in French until then.
 */
export function loadLanguage(language: Language): Promise<void> {
  return loadLanguageTable(language);
}

export function isLanguageLoaded(language: Language): boolean {
  return languageTables[language] !== undefined;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(languageTables.fr, key);
}

// Made at first use: building Intl objects at load slowed every start of the command line.
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralRulesOf(language: Language): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules;
}

/**
 * Chooses the form of `{count, plural, one {# activité} other {# activités}}` that the number
 * takes in the language (Intl.PluralRules: French says « 0 activité », English « 0 activities »);
 * `#` stands for the number. `=0 {…}` may name an exact number.
 */
function choosePlurals(language: Language, text: string, params: Record<string, string | number>) {
  const opening = /\{(\w+), plural,/g;
  let result = '';
  let from = 0;
  for (let match = opening.exec(text); match !== null; match = opening.exec(text)) {
    const name = match[1] ?? '';
    const forms = new Map<string, string>();
    let at = match.index + match[0].length;
    // Read `selector {form}` pairs until the closing brace of the plural.
    for (;;) {
      const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(at));
      if (selector === null) break;
      let depth = 1;
      let end = at + selector[0].length;
      for (; end < text.length && depth > 0; end += 1) {
        if (text[end] === '{') depth += 1;
        if (text[end] === '}') depth -= 1;
      }
      forms.set(selector[1] ?? '', text.slice(at + selector[0].length, end - 1));
      at = end;
    }
    const close = text.indexOf('}', at);
    const count = Number(params[name]);
    const form =
      forms.get(`=${String(count)}`) ??
      forms.get(pluralRulesOf(language).select(count)) ??
      forms.get('other') ??
      '';
    result += text.slice(from, match.index) + form.replaceAll('#', String(params[name] ?? ''));
    from = close + 1;
    opening.lastIndex = from;
  }
  return result + text.slice(from);
}

/**
 * Translates a key, choosing plural forms and filling `{name}` placeholders; an unknown key is
 * shown as is, not hidden.
 */
export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const text = isMessageKey(key) ? (languageTables[language] ?? languageTables.fr)[key] : key;
  // Most texts have neither plural nor placeholder; `due` words thousands of them at each start.
  if (!text.includes('{')) return text;
  const chosen = text.includes(', plural,') ? choosePlurals(language, text, params) : text;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
