import { safeguardText } from '../register/describe';
import { linkedProcessors, sameRecipient, transfersOf, uniqueNames } from '../register/transfers';
import { translate, type Language } from '../i18n';
import { fromEventText, periodText } from '../retention/periods';
import { splitDate } from '../rights/calendar';
import type { RequestDeadline } from '../rights/requestDeadline';
import type { Civility } from '../rights/vocabulary';
import type { ProcessingActivity } from '../schemas/activity';
import type { Processor } from '../schemas/processor';
import type { RightsRequest } from '../schemas/request';
import type { OrganisationSettings } from '../schemas/settings';
import type { LetterValues } from './render';

const monthsFr = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "22 novembre 2026" / "1er mars 2026" / "22 November 2026", from a calendar date. */
export function letterDate(date: string, language: Language): string {
  if (date === '') return '';
  const [year, month, day] = splitDate(date);
  if (language === 'fr')
    return `${day === 1 ? '1er' : String(day)} ${monthsFr[month - 1] ?? ''} ${String(year)}`;
  return `${String(day)} ${monthsEn[month - 1] ?? ''} ${String(year)}`;
}

export const cnilAddress =
  'Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 — www.cnil.fr';

/** The three titles Paramètres offers; an English letter prints its English equivalent. */
export const dpoTitlePresets = [
  'Délégué à la protection des données',
  'Déléguée à la protection des données',
  'Délégué(e) à la protection des données',
] as const;

export function dpoTitleFor(title: string, language: Language): string {
  const preset = (dpoTitlePresets as readonly string[]).includes(title);
  if (title.trim() === '') return translate(language, 'letter.dpoTitle');
  return preset && language === 'en' ? translate('en', 'letter.dpoTitle') : title;
}

export interface LetterSources {
  request: RightsRequest;
  deadline: RequestDeadline;
  organisation: OrganisationSettings | null;
  dpoTitle: string;
  /** The register activities the request concerns, whole. */
  activities: ProcessingActivity[];
  /** Every processor, to name the recipients of those activities. */
  processors: Processor[];
  /** Values the DPO typed for this letter (portability format...). */
  inputs: Readonly<Record<string, string>>;
  today: string;
}

function bullets(lines: readonly string[]): string {
  return [...new Set(lines.filter((line) => line.trim() !== ''))]
    .map((line) => `- ${line}`)
    .join('\n');
}

/** The templates end these sentences themselves. */
const withoutFinalStop = (text: string) => text.trim().replace(/[.\s]+$/, '');

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** « M. Henri Marchand » / « Mme Anne Roux » / « Henri Marchand ». */
export function namedPerson(name: string, civility: Civility, t: Translate): string {
  return civility === 'none' ? name : `${t(`letter.civility.${civility}`)} ${name}`;
}

/** Who the letter greets: a lawyer as « Maître », otherwise the civility recorded, or both. */
function salutation(request: RightsRequest, t: Translate): string {
  if (request.onBehalfOf && request.representativeKind === 'lawyer')
    return t('letter.salutation.lawyer');
  if (request.requesterCivility === 'none') return t('letter.salutation.none');
  return t(`letter.salutation.${request.requesterCivility}`, { name: request.requesterName });
}

/** The first line of the address block: « Maître Anne Leclerc », « Madame Sophie Lambert ». */
export function addresseeOf(request: RightsRequest, language: Language): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  if (request.onBehalfOf && request.representativeKind === 'lawyer')
    return t('letter.addressee.lawyer', { name: request.requesterName });
  if (request.requesterCivility === 'none') return request.requesterName;
  return t(`letter.addressee.${request.requesterCivility}`, { name: request.requesterName });
}

/** The greeting in the given language, for the email that carries the letter. */
export function salutationOf(request: RightsRequest, language: Language): string {
  return salutation(request, (key, params) => translate(language, key, params));
}

function closing(request: RightsRequest, t: Translate): string {
  const greeted = request.onBehalfOf && request.representativeKind === 'lawyer';
  const generic = !greeted && request.requesterCivility === 'none';
  return t(generic ? 'letter.closing.generic' : 'letter.closing.named', {
    salutation: salutation(request, t),
  });
}

/** The sentence that says who the data are about and on what footing a representative writes. */
function mandate(request: RightsRequest, t: Translate): string {
  if (!request.onBehalfOf) return '';
  const subject = namedPerson(request.dataSubjectName, request.dataSubjectCivility, t);
  const heirs = request.rights.includes('postMortem');
  const kind =
    request.representativeKind === 'lawyer' && heirs
      ? 'lawyerForHeirs'
      : request.representativeKind;
  const proof =
    request.mandateProof.trim() === ''
      ? ''
      : t('letter.mandate.proof', { proof: withoutFinalStop(request.mandateProof) });
  return t(`letter.mandate.${kind}`, { subject, proof });
}

/** The legal ground the request rests on: the GDPR, French law (post mortem), or both. */
function legalFramework(request: RightsRequest, t: Translate): string {
  const postMortem = request.rights.includes('postMortem');
  const gdpr = request.rights.some((right) => right !== 'postMortem');
  return t(
    postMortem && gdpr
      ? 'letter.framework.both'
      : postMortem
        ? 'letter.framework.frenchLaw'
        : 'letter.framework.gdpr',
  );
}

/**
 * What the acknowledgement promises, from the file: the current due date (the extended one when
 * an extension was notified), never a date already past, no suspended clock promised to run.
 */
function answerPromise(sources: LetterSources, language: Language, t: Translate): string {
  const { deadline, today, request } = sources;
  if (deadline.suspended) return t('letter.promise.suspended');
  const due = deadline.deadline.due;
  if (due < today) return t('letter.promise.late');
  const date = letterDate(due, language);
  if (deadline.extended)
    return t('letter.promise.extended', { date, months: request.extensionMonths });
  return t('letter.promise.due', { date });
}

/** Every value a template may use; an empty string means "no value": the DPO is told. */
export function letterValues(sources: LetterSources, language: Language): LetterValues {
  const t: Translate = (key, params) => translate(language, key, params);
  const { request, organisation, activities } = sources;
  const processorsOf = (activity: ProcessingActivity) =>
    linkedProcessors(activity, sources.processors);

  const purposes = activities.flatMap((activity) =>
    activity.purposes.map((purpose) => {
      const basis = purpose.legalBasis === null ? '' : t(`enum.legalBasis.${purpose.legalBasis}`);
      const interest =
        purpose.legalBasis === 'legitimateInterest' && purpose.legitimateInterest !== ''
          ? ` (${purpose.legitimateInterest})`
          : '';
      return `${activity.name}${t('letter.colon')}${purpose.description}${basis === '' ? '' : ` — ${t('letter.legalBasis')}${t('letter.colon')}${basis}${interest}`}`;
    }),
  );
  const categories = activities.flatMap((activity) =>
    activity.dataCategories.map(
      (c) =>
        `${t(`enum.dataCategory.${c.kind}`)}${c.description === '' ? '' : `${t('letter.colon')}${c.description}`}`,
    ),
  );
  const recipients = uniqueNames(
    activities.flatMap((activity) => [
      ...processorsOf(activity).map((p) => p.name),
      ...activity.recipients.map((r) => r.name),
    ]),
  );
  const recipientLines = recipients.map((name) => {
    const recorded = activities
      .flatMap((a) => a.recipients)
      .find((r) => sameRecipient(r.name, name));
    return recorded === undefined
      ? name
      : `${name} (${t(`enum.recipient.${recorded.kind}`).toLowerCase()})`;
  });
  const retention = activities.flatMap((activity) =>
    activity.dataCategories.flatMap((c) => {
      const label = t(`enum.dataCategory.${c.kind}`);
      if (c.retention.mode === 'duration' && c.retention.duration !== null) {
        const from =
          c.retention.startEvent === ''
            ? ''
            : ` ${fromEventText(c.retention.startEvent, t, 'letter.from')}`;
        const period = periodText({ value: c.retention.duration, unit: c.retention.unit }, t);
        return [`${label}${t('letter.colon')}${period}${from}`];
      }
      if (c.retention.mode === 'criteria')
        return [`${label}${t('letter.colon')}${c.retention.criteria}`];
      return [];
    }),
  );
  const sourcesText = [
    ...(activities.some((a) => a.sourceDirect) ? [t('letter.source.direct')] : []),
    ...(activities.some((a) => a.sourceThirdParties) ? [t('letter.source.thirdParties')] : []),
    ...(activities.some((a) => a.sourcePublic) ? [t('letter.source.public')] : []),
    ...activities.map((a) => a.sourceDetails).filter((d) => d !== ''),
  ];
  const transfers = transfersOf(activities, sources.processors).map(
    (tr) =>
      `${tr.recipient} (${tr.country}) — ${tr.safeguard === null ? t('letter.noSafeguard') : safeguardText(tr.safeguard, t)}`,
  );
  const automated = activities.filter((a) => a.automatedDecision);
  const reasons = request.outcomes
    .filter((o) => (o.outcome === 'refused' || o.outcome === 'partly') && o.reason !== '')
    .map((o) => `${t(`enum.right.${o.right}`)}${t('letter.colon')}${o.reason}`);
  const consentPurposes = activities.flatMap((activity) =>
    activity.purposes
      .filter((purpose) => purpose.legalBasis === 'consent')
      .map((purpose) => `${activity.name}${t('letter.colon')}${purpose.description}`),
  );
  const address = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(', ');
  const self = !request.onBehalfOf;
  const subjectName = self
    ? request.requesterName
    : namedPerson(request.dataSubjectName, request.dataSubjectCivility, t);

  return {
    'org.name': organisation?.legalName ?? '',
    'org.address': address(organisation?.address ?? ''),
    'org.representative': organisation?.representative ?? '',
    'dpo.name': organisation?.dpoName ?? '',
    'dpo.title': dpoTitleFor(sources.dpoTitle, language),
    'dpo.email': organisation?.dpoEmail ?? '',
    'dpo.phone': organisation?.dpoPhone ?? '',
    'dpo.address': address(
      organisation?.dpoAddress !== undefined && organisation.dpoAddress !== ''
        ? organisation.dpoAddress
        : (organisation?.address ?? ''),
    ),
    'letter.place': organisation?.letterPlace ?? '',
    'letter.date': letterDate(sources.today, language),
    'letter.salutation': salutation(request, t),
    'letter.closing': closing(request, t),
    'request.reference': request.reference,
    'request.receivedOn': letterDate(request.receivedOn, language),
    'request.rights': request.rights
      .map((right) => t(`enum.right.${right}`).toLowerCase())
      .join(', '),
    'request.description': request.description,
    'request.dueDate': letterDate(sources.deadline.deadline.due, language),
    'request.firstMonthEnd': letterDate(sources.deadline.firstMonthDue, language),
    'request.extensionReason': request.extensionReason,
    'request.answerPromise': answerPromise(sources, language, t),
    'request.legalFramework': legalFramework(request, t),
    'request.mandate': mandate(request, t),
    'requester.name': request.requesterName,
    'requester.address': request.requesterAddress,
    'requester.email': request.requesterEmail,
    'dataSubject.name': subjectName,
    'dataSubject.pronoun': t(
      `letter.pronoun.${self ? request.requesterCivility : request.dataSubjectCivility}`,
    ),
    'consent.whose': self
      ? t('letter.consentOf.self')
      : t('letter.consentOf.other', { name: subjectName }),
    'dataSubject.concerning': self
      ? t('letter.concerning.self')
      : t('letter.concerning.other', { name: subjectName }),
    'outcome.reasons': reasons.join(' ; '),
    'access.purposes': bullets(purposes),
    'access.dataCategories': bullets(categories),
    'access.recipients':
      recipients.length === 0 && activities.length > 0
        ? `- ${t('letter.noRecipient')}`
        : bullets(recipientLines),
    'access.retention': bullets(retention),
    'access.source': activities.length === 0 ? '' : withoutFinalStop(sourcesText.join(' ; ')),
    'access.transfers':
      activities.length === 0
        ? ''
        : transfers.length === 0
          ? t('letter.noTransfer')
          : transfers.join(' ; '),
    'access.automatedDecisions':
      activities.length === 0
        ? ''
        : automated.length === 0
          ? t('letter.noAutomatedDecision')
          : withoutFinalStop(automated.map((a) => a.automatedDecisionLogic).join(' ; ')),
    'access.rights': t('letter.rightsParagraph', { email: organisation?.dpoEmail ?? '' }),
    'access.complaint': t('letter.complaintParagraph', { cnil: cnilAddress }),
    'rights.complaint': t('letter.complaintParagraph', { cnil: cnilAddress }),
    'rights.judicialRemedy': t('letter.judicialRemedyParagraph'),
    'consent.processing':
      consentPurposes.length === 0 ? t('letter.consent.generic') : bullets(consentPurposes),
    'portability.format': sources.inputs['portability.format'] ?? '',
    'humanIntervention.details': sources.inputs['humanIntervention.details'] ?? '',
  };
}

/** Every placeholder a template may use (the values above, listed for the editor and checks). */
export const placeholderNames = [
  'org.name',
  'org.address',
  'org.representative',
  'dpo.name',
  'dpo.title',
  'dpo.email',
  'dpo.phone',
  'dpo.address',
  'letter.place',
  'letter.date',
  'letter.salutation',
  'letter.closing',
  'request.reference',
  'request.receivedOn',
  'request.rights',
  'request.description',
  'request.dueDate',
  'request.firstMonthEnd',
  'request.extensionReason',
  'request.answerPromise',
  'request.legalFramework',
  'request.mandate',
  'requester.name',
  'requester.address',
  'requester.email',
  'dataSubject.name',
  'dataSubject.concerning',
  'dataSubject.pronoun',
  'outcome.reasons',
  'outcome.right',
  'outcome.reason',
  'art19.operation',
  'art19.recipients',
  'answer.paragraphs',
  'access.purposes',
  'access.dataCategories',
  'access.recipients',
  'access.retention',
  'access.source',
  'access.transfers',
  'access.automatedDecisions',
  'access.rights',
  'access.complaint',
  'rights.complaint',
  'rights.judicialRemedy',
  'consent.processing',
  'consent.whose',
  'portability.format',
  'humanIntervention.details',
] as const;

export const knownPlaceholders: ReadonlySet<string> = new Set(placeholderNames);
