import type { NoticeDocument } from '../../shared/notices/document';

/** A privacy notice as the generator builds it, by hand: one purpose and its retention. */
export function privacyNotice(retention: string, language: 'fr' | 'en' = 'fr'): NoticeDocument {
  return {
    kind: 'privacy',
    language,
    title: 'Politique de protection de vos données personnelles',
    organisation: 'CALLIMEDIA',
    updatedOn: '2026-05-13',
    sections: [
      {
        id: 'purposes',
        heading: 'Finalités',
        blocks: [
          {
            kind: 'table',
            columns: ['Finalité', 'Base légale', 'Durée de conservation'],
            rows: [['Prospection', 'Intérêt légitime', retention]],
          },
        ],
      },
    ],
  };
}
