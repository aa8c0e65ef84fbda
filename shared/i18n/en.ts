import type { MessageKey } from './fr';

export const en: Record<MessageKey, string> = {
  'app.name': 'DPO Desk',
  'app.tagline': 'The DPO’s desk',

  'nav.dashboard': 'Dashboard',
  'nav.register': 'Register',
  'nav.processors': 'Processors',
  'nav.requests': 'Requests',
  'nav.retention': 'Retention',
  'nav.documents': 'Documents',
  'nav.settings': 'Settings',

  'page.dashboard.intro':
    'The dashboard will gather what is due: requests to answer before their deadline, purges and archivings due, contracts and impact assessments to review.',
  'page.register.intro':
    'The register of processing activities (GDPR Art. 30): one record per activity in the CNIL model’s order, and the register of processing carried out for your clients.',
  'page.processors.intro':
    'Processors and recipients (auditors, accountants, managed IT, security, payment, analytics, investors…) with their Art. 28 contracts and transfers outside the EU.',
  'page.requests.intro':
    'The tracker of data-subject rights requests (access, rectification, erasure, objection…) with legally computed response deadlines.',
  'page.retention.intro':
    'Retention periods (active base, intermediate archive, deletion or anonymisation) and the calendar of purges.',
  'page.documents.intro':
    'The documents you hand over: the register as an Excel workbook every quarter and as a PDF, and the history of exports kept as evidence.',
  'page.notBuilt': 'This page is not available yet. It will hold:',

  'settings.title': 'Settings',
  'settings.organisation': 'Organisation (controller)',
  'settings.dpo': 'Data Protection Officer (DPO)',
  'settings.letters': 'Letters',
  'settings.language': 'Interface language',
  'settings.database': 'Database',
  'settings.databasePath': 'File',
  'settings.schemaVersion': 'Schema version',
  'settings.appVersion': 'Application version',
  'settings.save': 'Save',
  'settings.saved': 'Settings saved.',
  'settings.notSaved': 'Nothing was saved: correct the fields shown.',
  'settings.lastSaved': 'Last saved:',
  'settings.unsaved': 'Unsaved changes',
  'settings.empty':
    'Fill in the organisation and its DPO: they head the register and every letter.',

  'field.legalName': 'Legal name',
  'field.legalForm': 'Legal form',
  'field.siren': 'SIREN',
  'field.address': 'Registered address',
  'field.representative': 'Legal representative',
  'field.dpoName': 'DPO name',
  'field.dpoEmail': 'DPO email',
  'field.dpoPhone': 'DPO phone',
  'field.dpoAddress': 'DPO postal address',
  'field.dpoCnilNumber': 'CNIL designation number',
  'field.letterPlace': 'Place printed on letters (“Fait à …”)',
  'hint.siren': '9 digits, spaces allowed (e.g. 732 829 320).',
  'hint.letterPlace': 'For example: Castelnau-le-Lez',

  'validation.required': 'This field is required.',
  'validation.tooLong': 'This text is too long.',
  'validation.siren':
    'Invalid SIREN: 9 digits, the last one being the check digit (Luhn algorithm).',
  'validation.email': 'Invalid email address.',
  'validation.phone': 'Invalid phone number: digits, spaces, +, ., - and brackets.',
  'validation.invalid': 'Invalid value.',
  'validation.unexpected': 'Unexpected field.',

  'error.VALIDATION': 'Some values are invalid.',
  'error.NOT_FOUND': 'Not found.',
  'error.CONFLICT': 'Conflict: the item was changed meanwhile.',
  'error.UNKNOWN_CALL': 'Unknown operation.',
  'error.NEWER_DATABASE':
    'This database was written by a newer version of DPO Desk. It was left untouched. Update the application to open it.',
  'error.DATABASE_UNAVAILABLE': 'The database cannot be opened.',
  'error.UNAUTHORIZED': 'Access denied.',
  'error.INTERNAL': 'Unexpected internal error. Nothing was saved.',

  'common.loading': 'Loading…',
  'common.yes': 'Yes',
  'common.no': 'No',
};
