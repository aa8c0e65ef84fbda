/**
 * The columns of a processors list: what each fills, proposed from its header's French or
 * English words, or as the DPO's saved mapping says (the same machinery as a requests log).
 */
import { AppError } from '../../shared/errors';
import type {
  ProcessorListField,
  ProcessorMappedColumn,
  ProcessorMapping,
} from '../../shared/schemas/processorImport';
import type { Sheet, SheetCell } from '../documents/readers';
import { headerRowOf, mappedColumns, proposedField, type HeaderSynonyms } from './importColumns';

/** Header words (folded) for each field, the most usual first. */
const synonyms: HeaderSynonyms<ProcessorListField> = [
  [
    'name',
    [
      'sous-traitant',
      'sous-traitants',
      'prestataire',
      'raison sociale',
      'nom',
      'destinataire',
      'processor',
      'name',
    ],
  ],
  ['role', ['role', 'qualite', 'qualification']],
  ['category', ['categorie', 'type de prestataire', 'category']],
  [
    'transferCountry',
    ['transfert hors ue', 'transferts hors ue', 'pays de transfert', 'transfer country'],
  ],
  ['transferSafeguard', ['garanties', 'garantie', 'type de garanties', 'safeguards']],
  ['country', ['pays', 'country', 'localisation']],
  ['address', ['adresse', 'address']],
  ['contactName', ['contact', 'interlocuteur', 'contact name']],
  ['contactEmail', ['adresse mel', 'courriel', 'email', 'e-mail', 'mel']],
  ['contactPhone', ['telephone', 'phone']],
  ['services', ['services', 'prestation', 'prestations', 'objet', 'description']],
  ['contractStatus', ['statut du contrat', 'contrat', 'dpa', 'contract']],
  ['contractSignedOn', ['date de signature', 'signe le', 'date du contrat', 'signed on']],
  ['contractReviewOn', ['date de revision', 'revision', 'echeance', 'review date']],
  ['lastAuditOn', ['dernier audit', 'date du dernier audit', 'last audit']],
  ['notes', ['observations', 'notes', 'commentaires', 'remarques', 'comments']],
];

/** The field a header's words name, or `notes` (kept as written) when none. */
export function proposeProcessorField(header: string): ProcessorListField {
  return proposedField(synonyms, header, 'notes');
}

/** The first sheet with a header row (two texts or more) whose mapping names the processor. */
export function processorListOf(
  sheets: Sheet[],
  saved: ProcessorMapping | null,
): { sheet: Sheet; header: number; mapping: ProcessorMappedColumn[]; cells: SheetCell[] } {
  for (const sheet of sheets.filter((s) => !s.hidden)) {
    const row = headerRowOf(sheet);
    if (row === undefined) continue;
    const mapping = mappedColumns(row.cells, saved, proposeProcessorField);
    if (mapping.some((m) => m.field === 'name'))
      return { sheet, header: row.number, mapping, cells: row.cells };
  }
  throw new AppError('VALIDATION', 'error.registerImport.notRecognised');
}
