import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../electron/documents/notices';
import type { NoticeDocument } from '../../shared/notices/document';
import { readPdf } from '../helpers/pdf';

/** A notice whose table starts lower and lower on the page, its first row six lines tall. */
function noticeWithTableAfter(lines: number): NoticeDocument {
  const tall = Array.from({ length: 6 }, (_, i) => `ligne ${String(i + 1)} du premier délai`);
  return {
    kind: 'privacy',
    language: 'fr',
    title: 'Politique de confidentialité',
    organisation: 'Exemple SAS',
    updatedOn: '2026-12-06',
    sections: [
      {
        id: 'retention',
        heading: 'Durées de conservation',
        blocks: [
          ...Array.from({ length: lines }, (_, i) => ({
            kind: 'paragraph' as const,
            text: `Paragraphe ${String(i + 1)} avant le tableau.`,
            origin: 'generated' as const,
          })),
          {
            kind: 'table',
            columns: ['Traitement', 'Base active', 'Archivage'],
            rows: [
              ['Ligne A', tall.join(' '), tall.join(' ')],
              ['Ligne B', '3 ans', '5 ans'],
            ],
          },
        ],
      },
    ],
  };
}

describe('the printed notice', () => {
  it('never ends a page with a table header alone: it goes on with the first row', async () => {
    const alone: number[] = [];
    for (let lines = 20; lines <= 44; lines += 1) {
      const { pages } = await readPdf(await renderNotice(noticeWithTableAfter(lines), 'pdf'));
      for (const page of pages) {
        if (page.includes('Base active') && !page.includes('Ligne ')) alone.push(lines);
      }
    }
    expect(alone).toEqual([]);
  });
});
