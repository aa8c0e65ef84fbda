import { describe, expect, it } from 'vitest';
import { fromPhrase, translate } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { lettersEn } from '../../shared/i18n/letters.en';
import { lettersFr } from '../../shared/i18n/letters.fr';
import { periodText } from '../../shared/retention/periods';

describe('plurals through Intl.PluralRules', () => {
  it.each([
    [0, '0 activité', '0 activities'],
    [1, '1 activité', '1 activity'],
    [2, '2 activités', '2 activities'],
    [1000, '1000 activités', '1000 activities'],
  ])('register.count with %i', (count, french, english) => {
    expect(translate('fr', 'register.count', { count })).toBe(french);
    expect(translate('en', 'register.count', { count })).toBe(english);
  });

  it('chooses each plural of a sentence by its own number', () => {
    expect(translate('fr', 'letters.batchDone', { done: 1, skipped: 3 })).toBe(
      'Lot terminé : 1 courrier, 3 ignorés.',
    );
    expect(translate('en', 'letters.batchDone', { done: 2, skipped: 0 })).toBe(
      'Batch finished: 2 letters, 0 skipped.',
    );
    expect(translate('fr', 'calendar.summary', { overdue: 1, within7: 4 })).toBe(
      '1 échéance en retard, 4 dans les 7 jours.',
    );
  });

  it('says « 1 an », « 3 ans », « 1 year », « 13 months » and « — » for none', () => {
    const fr_ = (key: string, params?: Record<string, string | number>) =>
      translate('fr', key, params);
    const en_ = (key: string, params?: Record<string, string | number>) =>
      translate('en', key, params);
    expect(periodText({ value: 1, unit: 'years' }, fr_)).toBe('1 an');
    expect(periodText({ value: 3, unit: 'years' }, fr_)).toBe('3 ans');
    expect(periodText({ value: 1, unit: 'days' }, fr_)).toBe('1 jour');
    expect(periodText({ value: 13, unit: 'months' }, fr_)).toBe('13 mois');
    expect(periodText({ value: 1, unit: 'years' }, en_)).toBe('1 year');
    expect(periodText({ value: 1, unit: 'months' }, en_)).toBe('1 month');
    expect(periodText({ value: 13, unit: 'months' }, en_)).toBe('13 months');
    expect(periodText({ value: 0, unit: 'months' }, en_)).toBe('—');
  });

  it('leaves no « (s) » and no unchosen plural in either language', () => {
    for (const table of [fr, en, lettersFr, lettersEn]) {
      for (const [key, text] of Object.entries(table)) {
        // « Délégué(e) » is a title the DPO may choose to sign with, not a plural left undone.
        expect(`${key}: ${text.replace('Délégué(e)', 'Délégué·e')}`).not.toMatch(
          /\p{L}\((s|es|ies|x|e|a)\)|\/criteria|activity\/activities/u,
        );
        const once = translate('fr', text, { count: 2, days: 2, months: 2, done: 2, skipped: 2 });
        expect(once).not.toMatch(/plural,/);
      }
    }
  });
});

describe('« de » with the article the phrase needs', () => {
  it.each([
    ['dernier contact actif du prospect', 'du dernier contact actif du prospect'],
    ['fin de la relation commerciale', 'de la fin de la relation commerciale'],
    ['clôture de l’exercice', 'de la clôture de l’exercice'],
    ['enregistrement du choix', 'de l’enregistrement du choix'],
    ['premier dépôt du cookie', 'du premier dépôt du cookie'],
    ['passage du badge', 'du passage du badge'],
    ['collecte', 'de la collecte'],
    ['résiliation du contrat', 'de la résiliation du contrat'],
    ['le départ du salarié', 'du départ du salarié'],
    ['la signature', 'de la signature'],
    ['les dernières données', 'des dernières données'],
    ['l’envoi', 'de l’envoi'],
    ['son départ', 'de son départ'],
    ['hausse des tarifs', 'de la hausse des tarifs'],
    ['de la livraison', 'de la livraison'],
  ])('« à compter %s »', (phrase, expected) => {
    expect(fromPhrase(phrase)).toBe(expected);
    expect(translate('fr', 'describe.from', { event: phrase, fromEvent: fromPhrase(phrase) })).toBe(
      `à compter ${expected}`,
    );
  });
});
