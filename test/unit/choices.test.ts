import { describe, expect, it } from 'vitest';
import { findChoices, searchableChoices, type Choice } from '../../shared/text';

const choices: Choice[] = [
  { id: 'p1', label: 'Services Généraux', detail: 'Sous-traitant (art. 28) · France' },
  { id: 'p2', label: 'Sécurité Incendie Sud', detail: 'Sous-traitant (art. 28) · France' },
  { id: 'p3', label: 'Stockage Cloud', detail: 'Destinataire (tiers) · États-Unis' },
  { id: 'p4', label: 'Équipe œuvres sociales', detail: 'Responsable conjoint (art. 26)' },
  { id: 'p5', label: 'Acme', detail: undefined },
];
const searchable = searchableChoices(choices);
const ids = (found: { shown: Choice[] }) => found.shown.map((choice) => choice.id);

describe('the picker’s search among choices', () => {
  it('keeps the choices in French order', () => {
    expect(searchable.map(({ choice }) => choice.label)).toEqual([
      'Acme',
      'Équipe œuvres sociales',
      'Sécurité Incendie Sud',
      'Services Généraux',
      'Stockage Cloud',
    ]);
  });

  it('finds words without their case or accents, in the label or the detail', () => {
    expect(ids(findChoices(searchable, 'securite', new Set(), 50))).toEqual(['p2']);
    expect(ids(findChoices(searchable, 'SÉCU', new Set(), 50))).toEqual(['p2']);
    expect(ids(findChoices(searchable, 'equipe oeuvres', new Set(), 50))).toEqual(['p4']);
    expect(ids(findChoices(searchable, 'etats-unis', new Set(), 50))).toEqual(['p3']);
    expect(ids(findChoices(searchable, 'france sud', new Set(), 50))).toEqual(['p2']);
    expect(ids(findChoices(searchable, 'zzz', new Set(), 50))).toEqual([]);
  });

  it('offers everything for an empty query, except what is already chosen', () => {
    expect(ids(findChoices(searchable, '  ', new Set(['p2', 'p5']), 50))).toEqual([
      'p4',
      'p1',
      'p3',
    ]);
  });

  it('shows at most the limit and counts the others that match', () => {
    const many = searchableChoices(
      Array.from({ length: 500 }, (_, i) => ({
        id: `x${String(i)}`,
        label: `Prestataire ${String(i + 1)}`,
      })),
    );
    const found = findChoices(many, 'prestataire', new Set(['x0']), 50);
    expect(found.shown).toHaveLength(50);
    expect(found.more).toBe(449);
    // Numbers in their order: « Prestataire 2 » after « Prestataire 1 », not after « 19 ».
    expect(found.shown.slice(0, 3).map((choice) => choice.label)).toEqual([
      'Prestataire 2',
      'Prestataire 3',
      'Prestataire 4',
    ]);
    expect(findChoices(many, 'prestataire 500', new Set(), 50).shown).toHaveLength(1);
  });
});
