/**
 * The columns of a requests log: what each fills, proposed from its header's French or English
 * words, or as the DPO's saved mapping says.
 */
import { AppError } from '../../shared/errors';
import type {
  RequestLogField,
  RequestMappedColumn,
  RequestMapping,
} from '../../shared/schemas/requestImport';
import type { Sheet, SheetCell } from '../documents/readers';
import { headerRowOf, mappedColumns, proposedField, type HeaderSynonyms } from './importColumns';

/** Header words (folded) for each field, the most usual first. */
const synonyms: HeaderSynonyms<RequestLogField> = [
  ['reference', ['reference', 'ref', 'n°', 'numero', 'n° de demande', 'id', 'reference number']],
  [
    'receivedOn',
    [
      'recue le',
      'date de reception',
      'reception',
      'date de la demande',
      'date',
      'received on',
      'received',
      'date received',
    ],
  ],
  ['requesterName', ['demandeur', 'nom du demandeur', 'nom', 'nom et prenom', 'requester', 'name']],
  [
    'dataSubjectName',
    ['personne concernee', 'nom de la personne concernee', 'beneficiaire', 'data subject'],
  ],
  [
    'channel',
    ['canal', 'canal de reception', 'mode de reception', 'recue par', 'moyen', 'via', 'channel'],
  ],
  [
    'identity',
    [
      "justificatif d'identite",
      'justificatif',
      "piece d'identite",
      "verification d'identite",
      'identite',
      'proof of identity',
      'identity check',
      'identity',
    ],
  ],
  ['requesterEmail', ['adresse mel', 'courriel', 'email', 'e-mail', 'mel', 'mail']],
  ['requesterAddress', ['adresse postale', 'adresse', 'postal address', 'address']],
  ['rights', ['droits', 'droit', 'droits exerces', 'droit exerce', 'type de demande', 'rights']],
  ['status', ['statut', 'etat', 'status', 'state']],
  [
    'responseOn',
    ['date de reponse', 'repondu le', 'reponse', 'response date', 'answered on', 'response'],
  ],
  ['outcome', ['suite donnee', 'suite', 'decision', 'resultat', 'issue', 'outcome', 'result']],
  ['notes', ['observations', 'notes', 'commentaires', 'remarques', 'comments']],
];

/** The field a header's words name, or `notes` (kept as written) when none. */
export function proposeRequestField(header: string): RequestLogField {
  return proposedField(synonyms, header, 'notes');
}

function mappingOf(header: SheetCell[], saved: RequestMapping | null): RequestMappedColumn[] {
  const mapping: RequestMappedColumn[] = mappedColumns(header, saved, proposeRequestField);
  // A log that names only « la personne concernée » means the person who asked.
  const subject = mapping.find((m) => m.field === 'dataSubjectName' && m.proposed);
  if (subject !== undefined && !mapping.some((m) => m.field === 'requesterName'))
    subject.field = 'requesterName';
  return mapping;
}

/** The first sheet with a header row (two texts or more) whose mapping names the requester. */
export function logOf(
  sheets: Sheet[],
  saved: RequestMapping | null,
): { sheet: Sheet; header: number; mapping: RequestMappedColumn[]; cells: SheetCell[] } {
  for (const sheet of sheets.filter((s) => !s.hidden)) {
    const row = headerRowOf(sheet);
    if (row === undefined) continue;
    const mapping = mappingOf(row.cells, saved);
    if (
      mapping.some((m) => m.field === 'requesterName') &&
      mapping.some((m) => m.field === 'rights')
    )
      return { sheet, header: row.number, mapping, cells: row.cells };
  }
  throw new AppError('VALIDATION', 'error.registerImport.notRecognised');
}
