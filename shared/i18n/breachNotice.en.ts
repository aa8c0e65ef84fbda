import type { breachNoticeFr } from './breachNotice.fr';

/** English words of the CNIL notification and of the letters to the people (part of en.ts). */
export const breachNoticeEn: Record<keyof typeof breachNoticeFr, string> = {
  'notification.title': 'Personal data breach notification to the CNIL — {reference}',
  'notification.section.phase': 'Notification',
  'notification.section.organisation': 'Controller',
  'notification.section.nature':
    'a) Nature of the breach, data subjects and records concerned (Art. 33(3)(a))',
  'notification.section.contact': 'b) Data protection officer and contact point (Art. 33(3)(b))',
  'notification.section.consequences': 'c) Likely consequences (Art. 33(3)(c))',
  'notification.section.measures': 'd) Measures taken or proposed (Art. 33(3)(d))',
  'notification.section.people': 'Communication to the data subjects (Art. 34)',
  'notification.phase': 'Type of notification',
  'notification.phaseInitial': 'Initial notification',
  'notification.phaseComplementary': 'Complementary notification no. {number} (Art. 33(4))',
  'notification.deadline': 'Notification deadline',
  'notification.filedOn': 'Notified on',
  'notification.occurred': 'When the breach happened',
  'notification.occurredUnknown': 'Unknown',
  'notification.occurredRange': 'from {from} to {to}',
  'notification.unknown': 'unknown date',
  'notification.stillOngoing': 'still ongoing',
  'notification.severity': 'Severity (ENISA method)',
  'notification.notGiven': 'Not given',
  'notification.generatedOn': 'Prepared on {date} with DPO Desk',
  'notification.intro':
    'This document follows, item by item, what the CNIL’s online notification service (notifications.cnil.fr) asks. Copy each item into the online form, then record the date and the number the CNIL gives.',
  'notification.tab': 'CNIL notification',
  'notification.copyAll': 'Copy the whole text',
  'notification.copyItem': 'Copy “{label}”',
  'notification.copied': 'Copied to the clipboard.',
  'notification.savePdf': 'Save the PDF…',
  'notification.phaseChoice': 'Phase',
  'notification.pdfSaved': 'PDF saved: {name}',
  'people.tab': 'People concerned',
  'people.intro':
    'Art. 34: when the risk is high, tell the people without undue delay, in clear and plain language. Import their list (CSV: name; email; address), generate the letters or the email drafts, then erase the list once they have been told.',
  'people.import': 'Import a list (CSV)…',
  'people.erase': 'Erase the list',
  'people.eraseConfirm':
    'Erase for good the list of {count, plural, one {# person} other {# people}} of breach {reference}?',
  'people.erased': 'List erased.',
  'people.none': 'No list imported.',
  'people.count':
    '{count, plural, one {# person} other {# people}}: {withAddress} with a postal address, {withEmail} with an email',
  'people.importedOn': 'List imported on {date}: erase it as soon as the people have been told.',
  'people.imported': '{count, plural, one {# person imported} other {# people imported}}.',
  'people.letters': 'Letters to print (PDF)',
  'people.emails': 'Email drafts (.eml, ZIP archive)',
  'people.generate': 'Generate',
  'people.generated':
    '{count, plural, one {# document generated} other {# documents generated}}, {skipped, plural, =0 {nobody left out} one {# person left out} other {# people left out}}.',
  'people.skipped': '{name}: {reason}',
  'people.noAddress': 'no postal address',
  'people.noEmail': 'no email',
  'people.publicText': 'Text of the public communication (Art. 34(3)(c))',
  'people.preview': 'Letter preview',
  'people.column.name': 'Name',
  'people.column.email': 'Email',
  'people.column.address': 'Address',
  'people.csv.noName': 'line {row}: name missing',
  'people.csv.noContact': 'line {row}: neither email nor address',
  'people.csv.badEmail': 'line {row}: invalid email',
  'people.csv.tooLong': 'line {row}: text too long',
  'breachLetter.subject': 'A personal data breach concerning you — {reference}',
  'breachLetter.opening':
    'We are writing to tell you that a security incident has affected personal data about you. We want to explain what happened, what it may mean for you and what we are doing.',
  'breachLetter.what': 'What happened: {circumstances}',
  'breachLetter.when': 'We became aware of it on {date}.',
  'breachLetter.data': 'The data concerned are: {data}.',
  'breachLetter.consequences': 'What it may mean for you: {consequences}',
  'breachLetter.measuresTaken': 'What we have done: {measures}',
  'breachLetter.measuresProposed': 'What we will do: {measures}',
  'breachLetter.contact':
    'If you have any question, please contact {contact}, quoting reference {reference}.',
  'breachLetter.complaint': 'You may also lodge a complaint with the {cnil}.',
  'breachLetter.publicTitle': 'Information about a personal data breach',
  'breachLetter.publicOpening':
    '{organisation} informs the people concerned that a security incident has affected personal data. Telling each of them individually would involve disproportionate effort: this public communication informs them (GDPR Art. 34(3)(c)).',
  'breachLetter.peopleConcerned': 'People concerned: {people}.',
  'breachLetter.dpo': 'our data protection officer, {name} ({contact})',
  'breachLetter.kind': 'Communication to the data subjects (Art. 34)',
  'error.breachLetter.missing':
    'The letter to the people cannot be prepared: fill in {parts} (Art. 34(2)).',
  'error.breachLetter.notIndividual':
    'Choose “Individually” under “Communication to the people” before generating the letters.',
  'error.breachLetter.notPublic':
    'Choose “Public communication” under “Communication to the people” to prepare this text.',
  'error.breachLetter.noPeople': 'Import the list of the people to tell first.',
  'error.breachPeople.unreadable':
    'Unreadable file: choose a CSV file (separator “;” or “,”, UTF-8 or Windows-1252 encoding).',
  'error.breachPeople.noColumns':
    'Columns not found: the first line must name at least “name” and “email” or “address”.',
  'error.breachPeople.rejected':
    '{count, plural, one {# line refused} other {# lines refused}} ({problems}): nothing was imported. Correct the file.',
  'error.breachPeople.tooMany': 'List too long: at most 100,000 people per import.',
  'breachLetter.part.circumstances': 'the circumstances',
  'breachLetter.part.consequences': 'the likely consequences',
  'breachLetter.part.measures': 'the measures taken or proposed',
  'breachLetter.part.contact': 'the contact point (or the DPO in Settings)',
};
