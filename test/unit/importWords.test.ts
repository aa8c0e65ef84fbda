import { describe, expect, it } from 'vitest';
import {
  countryOf,
  dataCategoryOf,
  parseDateText,
  parseRetention,
  safeguardOf,
} from '../../shared/register/importWords';
import { importProblemText } from '../../shared/register/importText';

describe('words of registers kept in spreadsheets', () => {
  it('reads a retention sentence into a duration and its start event, or keeps it as criteria', () => {
    expect(parseRetention('5 ans à compter du versement de la paie')).toEqual({
      parsed: true,
      retention: {
        mode: 'duration',
        duration: 5,
        unit: 'years',
        startEvent: 'le versement de la paie',
        criteria: '',
      },
    });
    expect(parseRetention('trois mois après la fin du contrat').retention).toMatchObject({
      duration: 3,
      unit: 'months',
      startEvent: 'la fin du contrat',
    });
    expect(parseRetention('1 an').retention).toMatchObject({ duration: 1, startEvent: '' });
    expect(parseRetention('Durée du contrat + 5 ans')).toMatchObject({
      parsed: false,
      retention: { mode: 'criteria', criteria: 'Durée du contrat + 5 ans' },
    });
    expect(parseRetention('').retention.mode).toBe('undetermined');
  });

  it('maps bank details to the economic and financial category', () => {
    for (const words of ['IBAN', 'RIB', 'Coordonnées bancaires', 'bank details', 'RIB, salaire'])
      expect(dataCategoryOf(words), words).toBe('economic');
    // A word that merely contains the letters is not bank details.
    expect(dataCategoryOf('Tribunal')).toBeNull();
  });

  it('knows countries by their French name, with or without accents', () => {
    expect(countryOf('Andorre')).toBe('Andorre');
    expect(countryOf('etats-unis')).toBe('États-Unis');
    expect(countryOf('ÉTATS UNIS')).toBe('États-Unis');
    expect(countryOf('Maroc.')).toBe('Maroc');
    expect(countryOf('Atlantide')).toBeNull();
  });

  it('maps safeguards and flags the Privacy Shield', () => {
    expect(safeguardOf('Clauses contractuelles types (CCT)')).toEqual({
      safeguard: 'standardContractualClauses',
      privacyShield: false,
    });
    expect(safeguardOf('BCR')).toMatchObject({ safeguard: 'bindingCorporateRules' });
    expect(safeguardOf('Privacy shield')).toEqual({ safeguard: null, privacyShield: true });
  });

  it('reads dates typed as text, the American order only when the French one cannot be', () => {
    expect(parseDateText('15/03/2024')).toBe('2024-03-15');
    expect(parseDateText('03/25/2022')).toBe('2022-03-25');
    expect(parseDateText('04/03/2022')).toBe('2022-03-04');
    expect(parseDateText('2024-02-30')).toBeNull();
    expect(parseDateText('le mois dernier')).toBeNull();
  });

  it('words a problem with its sheet, cell and field in French and English', () => {
    const problem = {
      level: 'warning',
      code: 'countryNotRecognised',
      sheet: 'Fiche 1',
      cell: 'C61',
      field: 'transfers.0.country',
      values: { text: 'Atlantide' },
    } as const;
    expect(importProblemText('fr', problem)).toBe(
      'Attention — feuille « Fiche 1 », cellule C61 (transfert hors UE n° 1, pays) : pays non reconnu : « Atlantide » ; gardé tel qu’écrit',
    );
    expect(importProblemText('en', problem)).toBe(
      'Warning — sheet “Fiche 1”, cell C61 (transfer outside the EU no. 1, country): country not recognised: “Atlantide”; kept as written',
    );
  });

  it('names the retention period, not only its category, in a retention remark', () => {
    const problem = {
      level: 'warning',
      code: 'retentionAsCriteria',
      sheet: 'Fiche 1',
      cell: 'C25',
      field: 'dataCategories.1.retention',
      values: { text: 'Durée du contrat' },
    } as const;
    expect(importProblemText('fr', problem)).toBe(
      'Attention — feuille « Fiche 1 », cellule C25 (catégorie de données n° 2, durée de conservation) : durée de conservation gardée comme critère : « Durée du contrat »',
    );
    expect(importProblemText('en', { ...problem, field: 'retention' })).toContain(
      'cell C25 (retention period):',
    );
  });
});
