import { letterLanguages, type LetterLanguage } from '../../../../shared/letters/templates';
import type { Choice } from '../../components/ListToolbar';

/** The letters' languages, each named in itself whatever the app's language. */
export const languageChoices: Choice<LetterLanguage>[] = letterLanguages.map((l) => ({
  value: l,
  label: l === 'fr' ? 'Français' : 'English',
}));
