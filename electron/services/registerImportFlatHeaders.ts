/**
 * The words of a flat register table's headers (one row per activity): which field each column
 * proposes to fill, before the DPO adjusts the mapping.
 */
import { foldLabel } from '../../shared/register/importWords';
import type { FlatField } from '../../shared/schemas/registerImport';
import { proposedField, type HeaderSynonyms } from './importColumns';

/** Header words (folded) for each field, the most usual first. */
const synonyms: HeaderSynonyms<FlatField> = [
  [
    'name',
    [
      'nom du traitement',
      'traitement',
      'activite de traitement',
      'activite',
      'intitule',
      'nom',
      'processing activity',
      'activity',
      'name',
    ],
  ],
  [
    'reference',
    ['n° / ref', 'n°/ref', 'reference', 'ref', 'n°', 'numero', 'id', 'reference number'],
  ],
  [
    'purpose',
    [
      'finalite principale',
      'finalite du traitement',
      'finalites',
      'finalite',
      'objectif',
      'purposes',
      'purpose',
    ],
  ],
  [
    'legalBasis',
    [
      'base legale',
      'base juridique',
      'fondement juridique',
      'fondement',
      'legal basis',
      'lawful basis',
    ],
  ],
  [
    'dataSubjects',
    [
      'personnes concernees',
      'categories de personnes concernees',
      'categories de personnes',
      'personnes',
      'data subjects',
    ],
  ],
  [
    'dataCategories',
    [
      'categories de donnees personnelles',
      'categories de donnees',
      'donnees traitees',
      'donnees personnelles',
      'donnees',
      'data categories',
      'personal data',
    ],
  ],
  [
    'retention',
    [
      'duree de conservation',
      'durees de conservation',
      'conservation',
      'retention period',
      'retention',
    ],
  ],
  ['sensitiveData', ['donnees sensibles', 'sensitive data']],
  ['recipients', ['destinataires', 'destinataire', 'recipients']],
  [
    'transferRecipient',
    ['destinataire hors ue', 'destinataire du transfert', 'transfer recipient'],
  ],
  [
    'transferCountry',
    [
      'transferts hors ue',
      'transfert hors ue',
      'pays de transfert',
      'pays',
      'transfers outside the eu',
      'country',
    ],
  ],
  ['transferSafeguard', ['type de garanties', 'garanties', 'garantie', 'safeguards', 'safeguard']],
  ['security', ['mesures de securite', 'securite', 'security measures', 'security']],
  [
    'ownerService',
    ['service responsable', 'service', 'direction', 'departement', 'owner', 'department'],
  ],
  ['software', ['logiciel', 'logiciels', 'outil', 'application', 'software', 'tool']],
  [
    'concernsPublic',
    ['concerne le public', 'public concerne', 'concerns the public', 'public facing'],
  ],
  ['createdOn', ['date de creation', 'date de creation de la fiche', 'created']],
  ['updatedOn', ['derniere mise a jour', 'date de mise a jour', 'mise a jour', 'updated']],
  ['notes', ['observations', 'notes', 'commentaires', 'remarques', 'comments']],
];

/**
 * Headers of the app's own Excel register read only when they are the whole header: their words
 * begin other people's columns (« Contact DPO », « Information complémentaire », « Responsable
 * conjoint - contact »), which stay in the notes.
 */
const wholeHeaders: Record<string, FlatField> = {
  contact: 'ownerContact',
  'contact du service': 'ownerContact',
  'responsable conjoint': 'jointController',
  'joint controller': 'jointController',
  'information des personnes': 'informationNotice',
  'information of data subjects': 'informationNotice',
};

/** The field a header's words name, or `notes` (kept as written) when none. */
export function proposeField(header: string): FlatField {
  return wholeHeaders[foldLabel(header)] ?? proposedField(synonyms, header, 'notes');
}
