import type { registerImportFr } from './registerImport.fr';

/** English words of the import of a register kept in a spreadsheet (part of en.ts). */
export const registerImportEn: Record<keyof typeof registerImportFr, string> = {
  'error.registerImport.tooManyRows':
    'File too large for a register: more than {max} filled rows. Nothing was imported.',
  'error.registerImport.tooLarge':
    'File too large (over {max} MB) for a register. Nothing was imported.',
  'error.registerImport.unreadable':
    'This file cannot be read as a spreadsheet (.xlsx, .ods or .csv): {detail}. Nothing was imported.',
  'error.registerImport.passwordProtected':
    'This workbook is password-protected: open it in your spreadsheet program, save it without a password, then try again. Nothing was imported.',
  'error.registerImport.oldXls':
    'Old Excel format (.xls): save it as .xlsx or .ods in your spreadsheet program, then try again. Nothing was imported.',
  'error.registerImport.notSpreadsheet':
    'This file is not a spreadsheet (.xlsx, .ods or .csv). Nothing was imported.',
  'error.registerImport.fileNotFound': 'File not found or unreadable: {file} ({detail}).',
  'error.registerImport.notRecognised':
    'Neither the CNIL register model (a sheet with “Nom du traitement” and “Finalité principale”) nor a table of one row per activity (a “Nom du traitement” column, or a mapping naming it) was recognised in this file. Nothing was imported.',
  'error.registerImport.fileChanged':
    'The file changed since the preview: run the preview again before importing. Nothing was imported.',
  'error.registerImport.badMapping':
    'Unreadable column mapping: {file} ({detail}). Expected: { "columns": { "Header": "field" } }.',
  'error.cli.layout': 'Unknown layout: “{layout}” (only “cnil” exists).',
  'error.registerImport.tooLargeUnpacked':
    'Workbook too large for a register: its sheets exceed {max} MB once unpacked (about {rows} filled rows). Nothing was imported.',
  'dialog.registerImport': 'Register to import (.xlsx, .ods, .csv)',
  'dialog.processorImport': 'Processors list to import (.xlsx, .ods, .csv)',
  'dialog.requestImport': 'Requests log to import (.xlsx, .ods, .csv)',
  'error.registerImport.previewExpired':
    'This import’s preview is no longer available (another file was chosen or the app restarted): choose the file again. Nothing was imported.',
  'registerImport.title': 'Import a register',
  'registerImport.hint':
    'A register kept in a spreadsheet (the CNIL model, or a table of one row per activity; .xlsx, .ods or .csv): a preview first, nothing is written before you confirm, and a backup is made just before.',
  'registerImport.choose': 'Import a register…',
  'registerImport.preview': 'Import preview',
  'registerImport.previewOf': 'Preview: {file}',
  'registerImport.column': 'Column {column} “{header}”:',
  'registerImport.change': 'Change',
  'registerImport.activity': 'Activity',
  'registerImport.status': 'Status',
  'registerImport.sheet': 'Sheet',
  'registerImport.fileDates': 'Fiche dates',
  'registerImport.problems': '{count, plural, one {# remark} other {# remarks}}',
  'registerImport.confirm': 'Import',
  'registerImport.cancel': 'Cancel',
  'registerImport.done':
    'Import done: {added, plural, one {# activity added} other {# activities added}}, {modified} modified. Backup made before: {backup}',
  'registerImport.mapping': 'Column mapping',
  'registerImport.mappingHint':
    'Choose what each column fills; the preview is computed again. A column left as “notes” is kept as written.',
  'registerImport.mappingField': 'Column {column} “{header}”',
  'registerImport.mappingSource.proposed': 'proposed by the application',
  'registerImport.mappingSource.chosen': 'your choice',
  'registerImport.saveMapping': 'Save this mapping',
  'registerImport.resetMapping': 'Back to the proposal',
  'registerImport.mappingSaved':
    'Mapping saved: it will be used for the next files with the same headers.',
  'processorImport.title': 'Import processors',
  'processorImport.hint':
    'A list of processors and recipients kept in a spreadsheet (one row each): the same preview, nothing is written before you confirm.',
  'processorImport.choose': 'Import processors…',
  'processorImport.processor': 'Processor or recipient',
  'processorImport.field.name': 'name',
  'processorImport.field.role': 'role',
  'processorImport.field.category': 'category',
  'processorImport.field.country': 'country',
  'processorImport.field.address': 'address',
  'processorImport.field.contactName': 'contact',
  'processorImport.field.contactEmail': 'email',
  'processorImport.field.contactPhone': 'phone',
  'processorImport.field.services': 'services',
  'processorImport.field.contractStatus': 'contract status',
  'processorImport.field.contractSignedOn': 'contract signed on',
  'processorImport.field.contractReviewOn': 'contract review date',
  'processorImport.field.lastAuditOn': 'last audit date',
  'processorImport.field.transferCountry': 'transfer country outside the EU',
  'processorImport.field.transferSafeguard': 'transfer safeguards',
  'processorImport.field.notes': 'notes (kept as written)',
  'processorImport.field.ignore': 'ignore',
  'processorImport.done':
    'Import finished: {added, plural, one {# processor added} other {# processors added}}, {modified} modified. Backup made before: {backup}',
  'importSection.row': 'Row',
  'requestImport.title': 'Import requests',
  'requestImport.hint':
    'A log of rights requests kept in a spreadsheet (one row each): each due date is computed as for a request typed in the app; nothing is written before you confirm.',
  'requestImport.choose': 'Import requests…',
  'requestImport.requester': 'Requester',
  'requestImport.receivedOn': 'Received on',
  'requestImport.dueOn': 'Due',
  'requestImport.done':
    'Import finished: {added, plural, one {# request added} other {# requests added}}, {modified} modified. Backup made before: {backup}',
  'requestImport.field.reference': 'reference',
  'requestImport.field.receivedOn': 'date received',
  'requestImport.field.requesterName': 'requester',
  'requestImport.field.requesterEmail': 'email',
  'requestImport.field.requesterAddress': 'postal address',
  'requestImport.field.rights': 'rights exercised',
  'requestImport.field.status': 'status',
  'requestImport.field.responseOn': 'response date',
  'requestImport.field.outcome': 'outcome',
  'requestImport.field.notes': 'notes (kept as written)',
  'requestImport.field.ignore': 'ignore',
  'registerImport.field.name': 'processing name',
  'registerImport.field.reference': 'reference',
  'registerImport.field.purpose': 'purpose',
  'registerImport.field.legalBasis': 'legal basis',
  'registerImport.field.dataSubjects': 'data subjects',
  'registerImport.field.dataCategories': 'data categories',
  'registerImport.field.retention': 'retention period',
  'registerImport.field.sensitiveData': 'sensitive data',
  'registerImport.field.recipients': 'recipients',
  'registerImport.field.transferRecipient': 'recipient outside the EU',
  'registerImport.field.transferCountry': 'transfer country',
  'registerImport.field.transferSafeguard': 'transfer safeguard',
  'registerImport.field.security': 'security measures',
  'registerImport.field.ownerService': 'department',
  'registerImport.field.software': 'software',
  'registerImport.field.createdOn': 'creation date',
  'registerImport.field.updatedOn': 'update date',
  'registerImport.field.notes': 'notes (kept as written)',
  'registerImport.field.ignore': 'ignore',
  'registerImport.path.name': 'processing name',
  'registerImport.path.purposes': 'purpose',
  'registerImport.path.dataCategories': 'data category',
  'registerImport.path.transfers': 'transfer outside the EU',
  'registerImport.path.recipients': 'recipient',
  'registerImport.path.security': 'security measures',
  'registerImport.path.sensitiveData': 'sensitive data',
  'registerImport.path.createdOn': 'creation date',
  'registerImport.path.updatedOn': 'update date',
  'registerImport.path.receivedOn': 'date received',
  'registerImport.path.responseOn': 'response date',
  'registerImport.path.requesterName': 'requester',
  'registerImport.path.requesterEmail': 'requester’s email',
  'registerImport.path.requesterAddress': 'requester’s address',
  'registerImport.path.rights': 'rights exercised',
  'registerImport.path.status': 'status',
  'registerImport.path.outcomes': 'outcome',
  'registerImport.path.numbered': '{field} no. {position}',
  'registerImport.path.retention': 'retention period',
  'registerImport.path.legalBasis': 'legal basis',
  'registerImport.path.country': 'country',
  'registerImport.path.safeguard': 'safeguard',
  'registerImport.path.part': '{field}, {part}',
  'processorImport.summary':
    '{added, plural, one {# processor or recipient added} other {# processors or recipients added}}, {modified} modified, {unchanged} unchanged, {refused} refused.',
  'processorImport.change.added': 'added',
  'processorImport.change.modified': 'modified',
  'processorImport.change.unchanged': 'unchanged',
  'registerImport.level.error': 'Error',
  'registerImport.level.warning': 'Warning',
  'registerImport.line': '{level} — {where}{field}: {what}',
  'registerImport.where': 'sheet “{sheet}”',
  'registerImport.whereCell': 'sheet “{sheet}”, cell {cell}',
  'registerImport.problem.unreadableDate':
    'unreadable date: “{text}” (expected DD/MM/YYYY); the date is not taken',
  'registerImport.problem.unknownLegalBasis':
    'unknown legal basis: “{text}”; kept in the notes, the purpose stays without a legal basis',
  'registerImport.problem.countryNotRecognised':
    'country not recognised: “{text}”; kept as written',
  'registerImport.problem.privacyShield':
    'safeguard “{text}”: the Privacy Shield has been invalid since 16 July 2020 (Schrems II); the transfer is imported without a safeguard, to be documented',
  'registerImport.problem.safeguardNotRecognised':
    'safeguard not recognised: “{text}”; kept in the transfer’s documentation',
  'registerImport.problem.retentionAsCriteria': 'retention period kept as criteria: “{text}”',
  'registerImport.problem.categoryNotRecognised':
    'data category not recognised: “{text}”; imported as “Other”',
  'registerImport.problem.sensitiveNotRecognised':
    'sensitive data not recognised: “{text}”; kept in the notes',
  'registerImport.problem.recipientKindGuessed':
    'recipient type not recognised: “{text}”; imported as an external body',
  'registerImport.problem.securityNotRecognised':
    'security measure not recognised: “{text}”; imported as “Other measures”',
  'registerImport.problem.missingName': 'fiche without “Nom du traitement”: not imported',
  'registerImport.problem.invalidField': 'value refused ({reason}): activity not imported',
  'registerImport.problem.duplicateInFile':
    '“{text}” appears twice in the file: only the first fiche is imported',
  'registerImport.problem.hiddenSheet': 'hidden sheet, imported like the others',
  'registerImport.problem.listedWithoutFiche':
    '“{text}” is in the list of processing activities without a fiche: imported with its name and purpose',
  'registerImport.problem.rightNotRecognised': 'right not recognised: “{text}”; kept in the notes',
  'registerImport.problem.statusNotRecognised':
    'status not recognised: “{text}”; the request is imported as “{reason}”',
  'registerImport.problem.missingRequester': 'row without a requester: request not imported',
  'registerImport.problem.missingRights': 'no right recognised in “{text}”: request not imported',
  'registerImport.problem.futureDate': 'date in the future: “{text}”; request not imported',
  'registerImport.problem.outcomeAssumed':
    'answered request without a readable outcome in the file: each right is recorded as “Granted”, to check',
  'registerImport.problem.requestRefused': 'value refused ({reason}): request not imported',
  'requestImport.summary':
    '{added, plural, one {# request added} other {# requests added}}, {modified, plural, one {# modified} other {# modified}}, {unchanged, plural, one {# unchanged} other {# unchanged}}, {refused, plural, one {# refused} other {# refused}}.',
  'registerImport.change.added': 'added',
  'registerImport.change.modified': 'modified',
  'registerImport.change.unchanged': 'unchanged',
  'registerImport.summary':
    '{added, plural, one {# activity added} other {# activities added}}, {modified} modified, {unchanged} unchanged, {refused} refused.',
};
