import { describe, expect, it } from 'vitest';
import { lettersPdf, type LetterLayout } from '../../electron/documents/letterPdf';
import { resourcesDir } from '../../electron/services/resources';
import { flat, readPdf } from '../helpers/pdf';

const layout: LetterLayout = {
  organisation: {
    name: 'CALLIMEDIA',
    address: '34170 Castelnau-le-Lez',
    footer: 'CALLIMEDIA — SAS',
  },
  sender: { email: 'rgpd@exemple.fr' },
  salutation: 'Madame',
  placeAndDate: 'Castelnau-le-Lez, le 22 novembre 2026',
  referenceLine: 'Réf. : DSR-2026-0042',
  subjectLabel: 'Objet :',
  recipient: { kind: 'window', lines: ['Anne Roux', '8 rue des Écoles', '34000 Montpellier'] },
  signature: { name: 'Camille Roux', title: 'Déléguée à la protection des données', image: null },
  logo: null,
  pageLabel: (page, pages) => `Page ${String(page)} / ${String(pages)}`,
};

describe('the letter PDF', () => {
  it('never splits a list item across two pages, and heads later pages with the reference', async () => {
    const long =
      'des données traitées pour cette finalité, avec leur base légale et leur durée, '.repeat(3);
    const items = Array.from(
      { length: 40 },
      (_, i) => `- Début ${String(i)} ${long} fin ${String(i)}.`,
    );
    const bytes = await lettersPdf(
      [
        {
          layout,
          letter: {
            subject: 'Réponse à votre demande',
            paragraphs: ['Madame,', items.join('\n'), 'Nous vous prions d’agréer…'],
            missing: [],
            unknown: [],
          },
        },
      ],
      { resources: resourcesDir(), title: 'test', author: 'test', createdAt: new Date(0) },
    );
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(2);
    const pages = pdf.pages.map(flat);
    for (let i = 0; i < 40; i++) {
      const start = pages.findIndex((page) => page.includes(`Début ${String(i)} `));
      expect(start, `item ${String(i)}`).toBeGreaterThanOrEqual(0);
      expect(pages[start], `item ${String(i)} ends on its page`).toContain(`fin ${String(i)}.`);
    }
    pages.slice(1).forEach((page, index) => {
      expect(page).toContain('Réf. : DSR-2026-0042');
      expect(page).toContain(`Page ${String(index + 2)} / ${String(pages.length)}`);
    });
  });
});
