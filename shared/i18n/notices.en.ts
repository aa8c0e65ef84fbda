import type { noticesFr } from './notices.fr';

/** English words of the privacy notice and its page (part of en.ts). */
export const noticesEn: Record<keyof typeof noticesFr, string> = {
  'field.activity.concernsPublic': 'Concerns the public (appears in the privacy notice)',
  'register.filter.public': 'Public',
  'register.filter.publicOnly': 'Concerning the public',
  'register.filter.internalOnly': 'Internal',
  'notice.labelValue': '{label}: {value}',
  'notice.pageWord': 'Page ',
  'notice.privacy.title': 'Personal data protection policy',
  'notice.updatedOn': 'Last updated: {date}',
  'notice.intro.heading': 'Our approach and our commitments',
  'notice.closing.heading': 'Further information',
  'notice.controller.heading': 'Your data controller',
  'notice.controller.text':
    '{name} is the controller of your personal data; it is referred to by its name or as “we” in this policy.',
  'notice.controller.legalForm': 'Legal form: {form}',
  'notice.controller.siren': 'SIREN: {siren}',
  'notice.controller.address': 'Address: {address}',
  'notice.controller.contact': 'Contact: {contact}',
  'notice.dpo.heading': 'Our data protection officer',
  'notice.dpo.text':
    'Our data protection officer is available for any question about your personal data:',
  'notice.dpo.name': 'Name: {name}',
  'notice.dpo.email': 'Email: {email}',
  'notice.dpo.phone': 'Telephone: {phone}',
  'notice.dpo.address': 'Postal address: {address}',
  'notice.dpo.none':
    'You may write to us at the controller’s address above with any question about your personal data.',
  'notice.sources.heading': 'Your personal data and how we collect them',
  'notice.sources.direct': 'We collect your data directly from you.',
  'notice.sources.indirect': 'Some data are not collected from you; they come from these sources:',
  'notice.sources.thirdParties': 'third parties or partners',
  'notice.sources.public': 'public sources',
  'notice.sources.categories': 'We process these categories of data:',
  'notice.sources.mandatory':
    'Some data are required; without them we could not answer your request or provide the service:',
  'notice.sources.optional':
    'Data marked as optional when collected may be left out, with no consequence for you.',
  'notice.purposes.heading': 'Purposes and legal bases',
  'notice.purposes.text':
    'We process your personal data for the following purposes, each on the legal basis given:',
  'notice.purposes.purpose': 'Purpose',
  'notice.purposes.basis': 'Legal basis',
  'notice.purposes.data': 'Data concerned',
  'notice.basis.consent': 'Your consent, which you may withdraw at any time',
  'notice.basis.contract':
    'The performance of the contract with you or of steps taken at your request before it',
  'notice.basis.legalObligation': 'A legal obligation we are subject to',
  'notice.basis.vitalInterests':
    'The protection of your vital interests or those of another person',
  'notice.basis.publicTask': 'The performance of a task carried out in the public interest',
  'notice.basis.legitimateInterest': 'Our legitimate interest: {interest}',
  'notice.basis.none': 'Legal basis being determined',
  'notice.retention.heading': 'How long we keep your personal data',
  'notice.retention.text':
    'We manage your personal data in three phases: an active phase, where only the people who need them can reach them; an intermediate archive, with restricted access and for a limited time, when a legal reason requires it; then their deletion or anonymisation.',
  'notice.retention.processing': 'Processing',
  'notice.retention.active': 'Kept in the active base',
  'notice.retention.archive': 'Intermediate archive',
  'notice.retention.end': 'Then',
  'notice.retention.none': 'None',
  'notice.retention.endUnknown': 'Deletion or anonymisation',
  'notice.recipients.heading': 'Who receives your data',
  'notice.recipients.text':
    'Your personal data are available only to those who need them, among the following recipients. We never sell your data.',
  'notice.recipients.processors':
    'Our processors, bound to the same confidentiality as we are (GDPR Art. 28)',
  'notice.transfers.heading': 'Transfers outside the European Union',
  'notice.transfers.none': 'Your personal data are not transferred outside the European Union.',
  'notice.transfers.text':
    'Some data are transferred outside the European Union, with the following safeguards:',
  'notice.transfers.recipient': 'Recipient',
  'notice.transfers.country': 'Country',
  'notice.transfers.safeguard': 'Safeguard',
  'notice.rights.heading': 'Your rights and how to exercise them',
  'notice.rights.text': 'You have the following rights over your personal data:',
  'notice.rights.access':
    'a right of access: to know whether data about you are processed and to obtain a copy;',
  'notice.rights.rectification':
    'a right to rectification: to have inaccurate or incomplete data corrected or completed;',
  'notice.rights.erasure': 'a right to erasure, subject to the legal retention periods;',
  'notice.rights.restriction':
    'a right to restriction: to freeze the use of your data while a dispute is settled or to defend your rights;',
  'notice.rights.objection':
    'a right to object: to stop receiving direct marketing, at any time, or to stop a processing for reasons of your particular situation;',
  'notice.rights.portability':
    'a right to data portability: to receive the data you gave us in a structured, commonly used and machine-readable format;',
  'notice.rights.withdrawal':
    'the right to withdraw your consent at any time, without affecting the processing done before;',
  'notice.rights.human':
    'the right to obtain human intervention, to express your point of view and to contest an automated decision.',
  'notice.rights.how':
    'You can exercise these rights {channels}, giving your name and contact details and what you ask for.',
  'notice.rights.byEmail': 'by email to {email}',
  'notice.rights.byPost': 'by post to {address}',
  'notice.rights.or': ' or ',
  'notice.rights.delay':
    'We act on your verified request within one month of receiving it; this may be extended by two months for a complex request or many requests, and we then tell you so within the first month.',
  'notice.rights.identity':
    'We ask for a proof of identity only when we have a reasonable doubt about who you are.',
  'notice.complaint.heading': 'Complaint to the CNIL',
  'notice.complaint.text':
    'If, after contacting us, you consider that your rights are not respected, you may lodge a complaint with the French data protection authority (Commission nationale de l’informatique et des libertés, CNIL), 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France, www.cnil.fr.',
  'notice.automated.heading': 'Automated decisions',
  'notice.automated.none':
    'We take no decision based solely on automated processing that produces legal effects concerning you.',
  'notice.automated.text':
    'The following processing includes an automated decision; you may ask for a person to intervene, express your point of view and contest the decision:',
  'notice.page.title': 'Privacy notice',
  'notice.page.intro':
    'The personal data protection policy is generated from the register: the activities ticked “Concerns the public”, their purposes, recipients, transfers and retention periods. Write the introduction and the closing paragraph here.',
  'notice.page.paragraphs': 'Written paragraphs',
  'notice.page.introLabel': 'Introduction ({language})',
  'notice.page.closingLabel': 'Closing paragraph ({language})',
  'notice.page.hint': 'Left empty, the paragraph does not appear.',
  'notice.page.save': 'Save the paragraphs',
  'notice.page.saved': 'Paragraphs saved.',
  'notice.page.publish': 'Publish (HTML)',
  'notice.page.published':
    'Version {version} published and kept (SHA-256 {sha}…): put this file online, it is the reference from now on.',
  'notice.check.title':
    '{count, plural, one {# point to check before publishing} other {# points to check before publishing}}',
  'notice.check.transferWithoutSafeguard':
    'Transfer to {country} ({recipient}) without a documented safeguard: the notice will say « Not documented ».',
  'notice.check.ruleOverRecord':
    '{activity}, {category}: the retention rule « {rule} » ({rulePeriod}) is published, not the record’s own period ({recordPeriod}).',
  'notice.check.retentionUndetermined': '{activity}, {category}: retention period not determined.',
  'notice.check.cookie': '{cookie}: {warning}',
  'notice.check.englishWords':
    'What you typed (purposes, names, countries, written periods) stays in your words, in French: read the English version again before publishing it.',
  'notice.page.publishConfirmTitle': 'Publish despite the points to check?',
  'notice.page.publishConfirm':
    '{count, plural, one {# point is still to check} other {# points are still to check}}: the notice will be published as it stands and kept as a version.',
  'notice.page.publishAnyway': 'Publish anyway',
  'notice.page.cancel': 'Cancel',
  'notice.page.savePublished': 'Save the published file…',
  'notice.page.preview': 'Preview',
  'notice.page.files': 'Files of the policy',
  'notice.page.language': 'Language of the policy',
  'notice.page.saveAs': 'Save as {format}',
  'notice.page.fileSaved': 'File saved: {name}',
  'notice.page.noPublic':
    'No activity in force concerns the public: tick “Concerns the public” on the register records concerned.',
  'nav.notices': 'Privacy notice',
  'cli.noticeWritten':
    'Policy written: {file} ({format}, {sections, plural, one {# section} other {# sections}})',
};
