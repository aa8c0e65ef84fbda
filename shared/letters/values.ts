import { safeguardText } from '../register/describe';
import { translate, type Language } from '../i18n';
import { splitDate } from '../rights/calendar';
import type { RequestDeadline } from '../rights/requestDeadline';
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

/** Every value a template may use; an empty string means "no value": the DPO is told. */
export function letterValues(sources: LetterSources, language: Language): LetterValues {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const { request, organisation, activities } = sources;
  const processorNames = (activity: ProcessingActivity) =>
    sources.processors.filter((p) => activity.processorIds.includes(p.id)).map((p) => p.name);

  const purposes = activities.flatMap((activity) =>
    activity.purposes.map((purpose) => {
      const basis = purpose.legalBasis === null ? '' : t(`enum.legalBasis.${purpose.legalBasis}`);
      const interest =
        purpose.legalBasis === 'legitimateInterest' && purpose.legitimateInterest !== ''
          ? ` (${purpose.legitimateInterest})`
          : '';
      return `${activity.name} : ${purpose.description}${basis === '' ? '' : ` — ${t('letter.legalBasis')} : ${basis}${interest}`}`;
    }),
  );
  const categories = activities.flatMap((activity) =>
    activity.dataCategories.map(
      (c) =>
        `${t(`enum.dataCategory.${c.kind}`)}${c.description === '' ? '' : ` : ${c.description}`}`,
    ),
  );
  const recipients = activities.flatMap((activity) => [
    ...activity.recipients.map((r) => `${r.name} (${t(`enum.recipient.${r.kind}`).toLowerCase()})`),
    ...processorNames(activity),
  ]);
  const retention = activities.flatMap((activity) =>
    activity.dataCategories.flatMap((c) => {
      const label = t(`enum.dataCategory.${c.kind}`);
      if (c.retention.mode === 'duration' && c.retention.duration !== null) {
        const from =
          c.retention.startEvent === '' ? '' : ` ${t('letter.from')} ${c.retention.startEvent}`;
        return [
          `${label} : ${String(c.retention.duration)} ${t(`enum.unit.${c.retention.unit}`)}${from}`,
        ];
      }
      if (c.retention.mode === 'criteria') return [`${label} : ${c.retention.criteria}`];
      return [];
    }),
  );
  const sourcesText = [
    ...(activities.some((a) => a.sourceDirect) ? [t('letter.source.direct')] : []),
    ...(activities.some((a) => a.sourceThirdParties) ? [t('letter.source.thirdParties')] : []),
    ...(activities.some((a) => a.sourcePublic) ? [t('letter.source.public')] : []),
    ...activities.map((a) => a.sourceDetails).filter((d) => d !== ''),
  ];
  const transfers = activities.flatMap((a) =>
    a.transfers.map((tr) => `${tr.recipient} (${tr.country}) — ${safeguardText(tr.safeguard, t)}`),
  );
  const automated = activities.filter((a) => a.automatedDecision);
  const reasons = request.outcomes
    .filter((o) => (o.outcome === 'refused' || o.outcome === 'partly') && o.reason !== '')
    .map((o) => `${t(`enum.right.${o.right}`)} : ${o.reason}`);
  const address = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(', ');

  return {
    'org.name': organisation?.legalName ?? '',
    'org.address': address(organisation?.address ?? ''),
    'org.representative': organisation?.representative ?? '',
    'dpo.name': organisation?.dpoName ?? '',
    'dpo.title': sources.dpoTitle,
    'dpo.email': organisation?.dpoEmail ?? '',
    'dpo.phone': organisation?.dpoPhone ?? '',
    'dpo.address': address(
      organisation?.dpoAddress !== undefined && organisation.dpoAddress !== ''
        ? organisation.dpoAddress
        : (organisation?.address ?? ''),
    ),
    'letter.place': organisation?.letterPlace ?? '',
    'letter.date': letterDate(sources.today, language),
    'request.reference': request.reference,
    'request.receivedOn': letterDate(request.receivedOn, language),
    'request.rights': request.rights
      .map((right) => t(`enum.right.${right}`).toLowerCase())
      .join(', '),
    'request.description': request.description,
    'request.dueDate': letterDate(sources.deadline.deadline.due, language),
    'request.firstMonthEnd': letterDate(sources.deadline.firstMonthDue, language),
    'request.extensionReason': request.extensionReason,
    'requester.name': request.requesterName,
    'requester.address': request.requesterAddress,
    'dataSubject.name': request.onBehalfOf ? request.dataSubjectName : request.requesterName,
    'outcome.reasons': reasons.join(' ; '),
    'access.purposes': bullets(purposes),
    'access.dataCategories': bullets(categories),
    'access.recipients':
      recipients.length === 0 && activities.length > 0
        ? `- ${t('letter.noRecipient')}`
        : bullets(recipients),
    'access.retention': bullets(retention),
    'access.source': activities.length === 0 ? '' : sourcesText.join(' ; '),
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
          : automated.map((a) => a.automatedDecisionLogic).join(' ; '),
    'access.rights': t('letter.rightsParagraph', { email: organisation?.dpoEmail ?? '' }),
    'access.complaint': t('letter.complaintParagraph', { cnil: cnilAddress }),
    'rights.complaint': t('letter.complaintParagraph', { cnil: cnilAddress }),
    'rights.judicialRemedy': t('letter.judicialRemedyParagraph'),
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
  'request.reference',
  'request.receivedOn',
  'request.rights',
  'request.description',
  'request.dueDate',
  'request.firstMonthEnd',
  'request.extensionReason',
  'requester.name',
  'requester.address',
  'dataSubject.name',
  'outcome.reasons',
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
  'portability.format',
  'humanIntervention.details',
] as const;

export const knownPlaceholders: ReadonlySet<string> = new Set(placeholderNames);
