import type { ActivityFields } from '../../shared/schemas/activity';
import { emptyActivity, emptySecurity } from '../../shared/schemas/activity';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh folder per test, removed afterwards: real SQLite files, never a mocked database. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-test-'));
    dirs.push(dir);
    return dir;
  };
}

export const validSettings = {
  legalName: 'Société d’Équipement Générale',
  legalForm: 'SAS',
  siren: '732 829 320',
  address: '1 Chemin de Borie, Parc de Bellegarde Bât. A\n34170 Castelnau-le-Lez',
  phone: '04 65 71 00 00',
  email: 'contact@exemple.fr',
  representative: 'Hélène Dupré, présidente',
  dpoName: 'Jérôme Lefèvre',
  dpoEmail: 'rgpd@exemple.fr',
  dpoPhone: '+33 4 67 00 00 00',
  dpoAddress: 'DPO, 1 Chemin de Borie\n34170 Castelnau-le-Lez',
  dpoCnilNumber: 'DPO-12345',
  letterPlace: 'Castelnau-le-Lez',
  shareCapital: '10 000 €',
  rcsTown: 'Montpellier',
};

/** A complete, active controller activity: nothing missing for Art. 30. */
export function completeActivity(overrides: Partial<ActivityFields> = {}): ActivityFields {
  const security = emptySecurity();
  security.accessControl = { applied: true, description: 'Comptes nominatifs' };
  return {
    ...emptyActivity(),
    name: 'Prospection téléphonique',
    status: 'active',
    ownerService: 'Direction commerciale',
    purposes: [
      { description: 'Prospection par téléphone', legalBasis: 'consent', legitimateInterest: '' },
    ],
    dataSubjects: ['Prospects'],
    dataCategories: [
      {
        kind: 'identity',
        description: 'Nom, prénom, téléphone',
        retention: {
          mode: 'duration',
          duration: 3,
          unit: 'years',
          startEvent: 'dernier contact actif',
          criteria: '',
        },
      },
    ],
    security,
    dpiaStatus: 'notRequired',
    ...overrides,
  };
}
