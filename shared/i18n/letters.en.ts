import type { lettersFr } from './letters.fr';

/** English words of the letters and of the letter rules (part of en.ts). */
export const lettersEn: Record<keyof typeof lettersFr, string> = {
  'event.emailDraftWritten': 'Email draft written for {to}: {fileName} (SHA-256 {sha256})',
  'event.responseRecorded': 'Answer recorded: sent on {on}',
  'letters.generatedEmail':
    'Letter generated: {name}, with its email draft {eml} (opened in your mail program, ready to send).',
  'letters.generateEmail': 'Generate the PDF and the email',
  'letters.delivery': 'Delivery',
  'letters.deliveryChoice': 'Request made by phone or in person: choose post or email.',
  'letters.notApplicable': '{name} (does not apply)',
  'letters.recordResponseOffer': 'Answer generated, to be sent {channel}. Once sent:',
  'letters.sentBy.post': 'by post',
  'letters.sentBy.email': 'by email',
  'letters.recordResponse': 'Record the answer as sent today',
  'letters.responseRecorded': 'Answer recorded: sent on {date}.',
  'letters.openEmail': 'Open the email',
  'letters.block': 'Paragraph',
  'letters.blockIntro':
    'A paragraph of the answer: it is inserted in the “Answer to the request” letter when the outcome recorded for a right calls for it.',
  'field.shareCapital': 'Share capital',
  'hint.shareCapital': 'Printed at the foot of letters, for example: 100 000 €',
  'field.rcsTown': 'Trade registry town (RCS)',
  'hint.rcsTown': 'Printed at the foot of letters: “RCS Montpellier 552 100 554”',
  'settings.dpoTitleOther': 'Other (free text)…',
  'settings.dpoTitleFree': 'Your own title under the signature',
  'letter.noSafeguard': 'with no safeguard documented to date',
  'field.request.requesterCivility': 'Title',
  'field.request.dataSubjectCivility': 'Title of the data subject',
  'enum.civility.none': 'None (“Dear Sir or Madam”)',
  'enum.civility.madame': 'Ms',
  'enum.civility.monsieur': 'Mr',
  'requests.erasurePending':
    'Request deleted. An export or another read under way still holds a working copy of its data: the erasure will be finished as soon as it ends (at the latest when the app closes).',
  'letter.addressee.lawyer': '{name}',
  'letter.addressee.madame': 'Ms {name}',
  'letter.addressee.monsieur': 'Mr {name}',
  'letter.emailToElided': 'For the attention of {name}',
  'letter.pronoun.none': 'them',
  'letter.pronoun.madame': 'her',
  'letter.pronoun.monsieur': 'him',
  'validation.outcomeRequired':
    'Record the outcome of this right before marking the request as answered.',
  'backups.failing': 'Backups are failing:',
  'letter.colon': ': ',
  'letter.and': ' and ',
  'letter.dpoTitle': 'Data Protection Officer',
  'letter.civility.madame': 'Ms',
  'letter.civility.monsieur': 'Mr',
  'letter.salutation.lawyer': 'Dear Counsel',
  'letter.salutation.none': 'Dear Sir or Madam',
  'letter.salutation.madame': 'Dear Ms {name}',
  'letter.salutation.monsieur': 'Dear Mr {name}',
  'letter.closing.generic': 'Yours faithfully,',
  'letter.closing.named': 'Yours sincerely,',
  'letter.concerning.self': 'about you',
  'letter.concerning.other': 'of {name}',
  'letter.mandate.representative':
    'You are acting on behalf of {subject}, under the mandate you sent us{proof}.',
  'letter.mandate.other':
    'You are acting on behalf of {subject}, under the mandate you sent us{proof}.',
  'letter.mandate.parent':
    'You are acting as the holder of parental authority over {subject}{proof}.',
  'letter.mandate.lawyer': 'You are acting as counsel for {subject}{proof}.',
  'letter.mandate.lawyerForHeirs':
    'You are acting as counsel for the heirs of {subject}, whose death has been reported to us{proof}.',
  'letter.mandate.heir':
    'You are acting as an heir of {subject}, whose death has been reported to us{proof}.',
  'letter.mandate.proof': ' (proof: {proof})',
  'letter.framework.gdpr': 'the General Data Protection Regulation (GDPR)',
  'letter.framework.frenchLaw':
    'Article 85 of French law no. 78-17 of 6 January 1978 on information technology, data files and civil liberties',
  'letter.framework.both':
    'the General Data Protection Regulation (GDPR) and Article 85 of French law no. 78-17 of 6 January 1978 on information technology, data files and civil liberties',
  'letter.promise.due':
    'Under Article 12 GDPR, we will answer without undue delay and by {date} at the latest. Should the complexity or number of requests require it, this time limit could be extended by two months; we would then tell you so, with our reasons, before that date.',
  'letter.promise.extended':
    'As the time limit has been extended by {months, plural, one {# month} other {# months}} for the reasons we gave you (Article 12(3) GDPR), we will answer by {date} at the latest.',
  'letter.promise.suspended':
    'The time limit for answering is suspended until we receive the proof we asked you for; it will resume as soon as we receive it.',
  'letter.promise.late':
    'We will answer as soon as possible and apologise for the time already taken.',
  'letter.rightPhrase.access': 'your request for access',
  'letter.rightPhrase.rectification': 'your request for rectification',
  'letter.rightPhrase.erasure': 'your request for erasure',
  'letter.rightPhrase.restriction': 'your request for restriction of processing',
  'letter.rightPhrase.portability': 'your request for portability',
  'letter.rightPhrase.objection': 'your objection to processing',
  'letter.rightPhrase.objectionMarketing': 'your objection to direct marketing',
  'letter.rightPhrase.humanIntervention': 'your request for human intervention',
  'letter.rightPhrase.consentWithdrawal': 'your withdrawal of consent',
  'letter.rightPhrase.postMortem': 'your request on post-mortem directives',
  'letter.art19.rectification': 'this rectification',
  'letter.art19.erasure': 'this erasure',
  'letter.art19.restriction': 'this restriction',
  'letter.art19.none':
    'These data had not been disclosed to any external recipient: no notification was needed under Article 19 GDPR.',
  'letter.notApplicable.default': 'we hold no data concerned.',
  'letter.consent.generic': '- the processing based on that consent',
  'letter.consentOf.self': 'of your consent',
  'letter.consentOf.other': 'of the consent given by {name}',
  'letter.emailTo': 'For the attention of {name}',
  'letter.byEmail': 'By email: {email}',
  'letter.footer.capital': 'with a share capital of {capital}',
  'letter.footer.rcs': 'RCS {town} {siren}',
  'letter.footer.siren': 'SIREN {siren}',
  'letter.email.body':
    '{salutation},\n\nPlease find attached our letter about your request (ref. {reference}), as a PDF.\n\n{closing}\n\n{name}\n{dpoTitle}\n{org}',
  'letter.kind.answer': 'Answer to the request',
  'letter.kind.art19Recipients': 'Recipients informed (Art. 19)',
  'letter.kind.objectionApplied': 'Objection (Art. 21(1))',
  'letter.kind.objectionMarketingApplied': 'Objection to direct marketing (Art. 21(2))',
  'letter.kind.suppressionListed': 'Entry on the suppression list',
  'letter.kind.consentWithdrawn': 'Consent withdrawn',
  'letter.kind.postMortemApplied': 'Post-mortem directives (French law)',
  'letter.kind.rightPartly': 'Right partly granted',
  'letter.kind.rightRefused': 'Right refused',
  'letter.kind.rightNotApplicable': 'Right without object',
  'letter.kind.remedies': 'Remedies',
  'letter.delivery.post': 'By post',
  'letter.delivery.email': 'By email (PDF and .eml draft)',
  'letterRule.withdrawn': 'The request was withdrawn: no letter applies to it.',
  'letterRule.acknowledgementAnswered':
    'The request has already been answered (on {date}): the acknowledgement no longer applies.',
  'letterRule.closed': 'The request is no longer in progress: this letter no longer applies.',
  'letterRule.identityReceived':
    'The proof of identity has already been received: the request for proof no longer applies.',
  'letterRule.noExtension':
    'No extension with its reasons is recorded in the request: the extension notice does not apply.',
  'letterRule.extensionLate':
    'The first month ended on {date}: the extension can no longer be notified (Article 12(3) GDPR) and the request is late.',
  'letterRule.outcomesPending':
    'No outcome is recorded for: {rights}. Record the outcome of every right before answering.',
  'letterRule.art19Pending':
    'Recipients not yet informed (Article 19): {names}. Tick them in the request before answering.',
  'letterRule.nothingRefused':
    'No right is refused in this request: the refusal letter does not apply.',
  'letterRule.notAllRefused':
    'Some rights are granted: use the answer, which carries the refusal, its reasons and the remedies.',
  'letterRule.noAddress':
    'The request has no postal address: a postal letter cannot be prepared (choose email or complete the address).',
  'letterRule.addressTooManyLines':
    'The address has {count} lines with the name: {max} at most (French standard NF Z10-011). Shorten it in the request.',
  'letterRule.addressLineTooLong':
    'Line {line} of the address (“{text}”) is longer than {max} characters (French standard NF Z10-011). Shorten it in the request.',
  'letterRule.addressLastLine':
    'The last line of the address (“{text}”) must be the postcode and town, for example “34170 CASTELNAU-LE-LEZ” (French standard NF Z10-011).',
  'letterRule.noEmail':
    'The request has no email address: an answer by email is not possible (choose post or complete the address).',
  'letterRule.unknownInput': 'This letter does not use the value “{name}”.',
};
