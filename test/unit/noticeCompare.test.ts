import { describe, expect, it } from 'vitest';
import type { NoticeDocument, NoticeSection } from '../../shared/notices/document';
import { compareNotices } from '../../shared/notices/compare';
import { noticeDocumentSchema } from '../../shared/notices/schema';

const purposes = (rows: string[][]): NoticeSection => ({
  id: 'purposes',
  heading: 'Pourquoi nous traitons vos données',
  blocks: [
    {
      kind: 'paragraph',
      origin: 'generated',
      text: 'Nous traitons vos données pour les finalités suivantes, chacune sur sa base légale.',
    },
    { kind: 'table', columns: ['Finalité', 'Base légale', 'Durée de conservation'], rows },
  ],
});

function privacy(sections: NoticeSection[], organisation = 'CALLIMEDIA'): NoticeDocument {
  return {
    kind: 'privacy',
    language: 'fr',
    title: 'Politique de protection de vos données personnelles',
    organisation,
    updatedOn: '2026-05-13',
    sections,
  };
}

const rights: NoticeSection = {
  id: 'rights',
  heading: 'Vos droits',
  blocks: [{ kind: 'list', items: ['Droit d’accès', 'Droit de rectification'] }],
};

const older = privacy([
  purposes([
    ['Gestion des clients', 'Contrat', '3 ans'],
    ['Prospection', 'Intérêt légitime', '3 ans'],
  ]),
  rights,
]);

describe('compareNotices', () => {
  it('says nothing of two equal versions', () => {
    expect(compareNotices(older, structuredClone(older), 'fr')).toEqual([]);
  });

  it('names a purpose added and removed by its first cell and the column that holds it', () => {
    const newer = privacy([
      purposes([
        ['Prospection', 'Intérêt légitime', '3 ans'],
        ['Enregistrement des appels', 'Intérêt légitime', '6 mois'],
      ]),
      rights,
    ]);
    expect(compareNotices(older, newer, 'fr').map((c) => c.text)).toEqual([
      'Finalité retirée : Gestion des clients',
      'Finalité ajoutée : Enregistrement des appels',
    ]);
    expect(compareNotices(older, newer, 'en').map((c) => c.text)).toEqual([
      'Finalité removed: Gestion des clients',
      'Finalité added: Enregistrement des appels',
    ]);
  });

  it('tells a retention changed with its row, before and after', () => {
    const newer = privacy([
      purposes([
        ['Gestion des clients', 'Contrat', '3 ans'],
        ['Prospection', 'Intérêt légitime', '5 ans'],
      ]),
      rights,
    ]);
    const changes = compareNotices(older, newer, 'fr');
    expect(changes).toEqual([
      {
        kind: 'cellChanged',
        sectionId: 'purposes',
        text: 'Durée de conservation modifiée pour « Prospection » : 3 ans → 5 ans',
      },
    ]);
    expect(compareNotices(older, newer, 'en')[0]?.text).toBe(
      'Durée de conservation changed for “Prospection”: 3 ans → 5 ans',
    );
  });

  it('agrees the participle with the column in French (masculine, plural)', () => {
    const table = (rows: string[][]): NoticeSection => ({
      id: 'cookies.audience',
      heading: 'Mesure d’audience',
      blocks: [{ kind: 'table', columns: ['Cookie', 'Destinataires'], rows }],
    });
    const a = { ...older, sections: [table([['_ga', 'Google']])] };
    const b = { ...older, sections: [table([['_ga', 'Google, Microsoft']]), rights] };
    const c = {
      ...older,
      sections: [
        table([
          ['_ga', 'Google'],
          ['_clck', 'Microsoft'],
        ]),
      ],
    };
    expect(compareNotices(a, b, 'fr').map((x) => x.text)).toEqual([
      'Destinataires modifiés pour « _ga » : Google → Google, Microsoft',
      'Section ajoutée : Vos droits',
    ]);
    expect(compareNotices(a, c, 'fr').map((x) => x.text)).toEqual(['Cookie ajouté : _clck']);
  });

  it('tells sections, list items and paragraphs added, removed or changed', () => {
    const newer = privacy(
      [
        {
          ...purposes([
            ['Gestion des clients', 'Contrat', '3 ans'],
            ['Prospection', 'Intérêt légitime', '3 ans'],
          ]),
          blocks: [
            {
              kind: 'paragraph',
              origin: 'edited',
              text: 'Nous traitons vos données pour les finalités suivantes, chacune sur sa base légale et pour une durée limitée.',
            },
            purposes([
              ['Gestion des clients', 'Contrat', '3 ans'],
              ['Prospection', 'Intérêt légitime', '3 ans'],
            ]).blocks[1] ?? { kind: 'list', items: [] },
          ],
        },
        {
          ...rights,
          blocks: [{ kind: 'list', items: ['Droit d’accès', 'Droit à l’effacement'] }],
        },
        { id: 'cnil', heading: 'Réclamation auprès de la CNIL', blocks: [] },
      ],
      'CALLIMEDIA SAS',
    );
    expect(compareNotices(older, newer, 'fr').map((c) => [c.kind, c.text])).toEqual([
      ['organisationChanged', 'Responsable du traitement modifié : CALLIMEDIA → CALLIMEDIA SAS'],
      [
        'paragraphChanged',
        'Paragraphe modifié dans « Pourquoi nous traitons vos données » : « … finalités suivantes, chacune sur sa base légale. » → « … finalités suivantes, chacune sur sa base légale et pour une durée limitée. »',
      ],
      ['itemRemoved', 'Retrait de « Vos droits » : Droit de rectification'],
      ['itemAdded', 'Ajout dans « Vos droits » : Droit à l’effacement'],
      ['sectionAdded', 'Section ajoutée : Réclamation auprès de la CNIL'],
    ]);
    expect(compareNotices(newer, older, 'en').map((c) => c.kind)).toContain('sectionRemoved');
  });
});

describe('noticeDocumentSchema', () => {
  it('accepts a model and refuses one with an unknown block or an unbounded text', () => {
    expect(noticeDocumentSchema.safeParse(older).success).toBe(true);
    const odd = structuredClone(older) as unknown as { sections: { blocks: unknown[] }[] };
    odd.sections[0]?.blocks.push({ kind: 'image', src: 'http://x' });
    expect(noticeDocumentSchema.safeParse(odd).success).toBe(false);
    const long = { ...older, title: 'x'.repeat(201) };
    expect(noticeDocumentSchema.safeParse(long).success).toBe(false);
  });
});
