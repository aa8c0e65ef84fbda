/**
 * The register as a person reads it: each Art. 30 item of a record written out as text, in the
 * CNIL model's order. The Excel workbook and the PDF register both print these, so that the two
 * documents never say different things.
 */
import { formatCalendarDate, localDateOf } from '../dates';
import type { ProcessingActivity } from '../schemas/activity';
import type { Client } from '../schemas/client';
import type { Processor } from '../schemas/processor';
import { fromEventText, periodText } from '../retention/periods';
import { isDpiaNeeded } from './completeness';
import { linkedProcessors, sameRecipient, transfersOf } from './transfers';
import { securityHeadings } from './vocabulary';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface RegisterLookups {
  processors: ReadonlyMap<
    string,
    Pick<Processor, 'id' | 'name' | 'role' | 'country' | 'activityIds' | 'transfers'>
  >;
  clients: ReadonlyMap<
    string,
    Pick<
      Client,
      'name' | 'address' | 'contactName' | 'contactEmail' | 'contactPhone' | 'dpoContact'
    >
  >;
}

/** One Art. 30 item of a record: its label and what the record says ('' = nothing). */
export interface RegisterItem {
  key: string;
  label: string;
  text: string;
}

export interface RegisterSection {
  title: string;
  items: RegisterItem[];
}

/** A transfer's Chapter V safeguard, or "none". */
export function safeguardText(safeguard: string | null, t: Translate): string {
  return safeguard === null ? t('enum.safeguard.none') : t(`enum.safeguard.${safeguard}`);
}

const lines = (values: readonly string[]) => values.filter((v) => v.trim() !== '').join('\n');

export function purposesText(activity: ProcessingActivity, t: Translate): string {
  return lines(
    activity.purposes.map((purpose) => {
      const basis =
        purpose.legalBasis === null
          ? t('describe.noLegalBasis')
          : t(`enum.legalBasis.${purpose.legalBasis}`);
      const interest =
        purpose.legalBasis === 'legitimateInterest' && purpose.legitimateInterest !== ''
          ? ` (${purpose.legitimateInterest})`
          : '';
      return `${purpose.description} — ${basis}${interest}`;
    }),
  );
}

export function dataCategoriesText(activity: ProcessingActivity, t: Translate): string {
  return lines(
    activity.dataCategories.map(
      (c) =>
        `${t(`enum.dataCategory.${c.kind}`)}${c.description === '' ? '' : ` : ${c.description}`}`,
    ),
  );
}

export function retentionText(activity: ProcessingActivity, t: Translate): string {
  return lines(
    activity.dataCategories.map((c) => {
      const label = t(`enum.dataCategory.${c.kind}`);
      if (c.retention.mode === 'duration' && c.retention.duration !== null) {
        const from =
          c.retention.startEvent === '' ? '' : ` ${fromEventText(c.retention.startEvent, t)}`;
        const period = periodText({ value: c.retention.duration, unit: c.retention.unit }, t);
        return `${label} : ${period}${from}`;
      }
      if (c.retention.mode === 'criteria') return `${label} : ${c.retention.criteria}`;
      return `${label} : ${t('describe.retentionUndetermined')}`;
    }),
  );
}

export function sensitiveText(activity: ProcessingActivity, t: Translate): string {
  if (activity.sensitiveData.length === 0) return t('describe.none');
  const kinds = activity.sensitiveData.map((k) => t(`enum.sensitive.${k}`)).join(', ');
  const exception =
    activity.sensitiveDataException === null
      ? t('describe.noException')
      : t(`enum.exception.${activity.sensitiveDataException}`);
  return `${kinds} — ${t('describe.exception')} : ${exception}`;
}

export function offencesText(activity: ProcessingActivity, t: Translate): string {
  return lines([
    activity.criminalData
      ? `${t('describe.criminal')}${activity.criminalDataDetails === '' ? '' : ` : ${activity.criminalDataDetails}`}`
      : '',
    activity.nir
      ? `${t('describe.nir')}${activity.nirDetails === '' ? '' : ` : ${activity.nirDetails}`}`
      : '',
  ]);
}

/**
 * Who receives the data: the recipients written on the record and the processors and recipients
 * linked to it, each named once (a recipient also linked as a processor is one line).
 */
export function recipientsText(
  activity: ProcessingActivity,
  t: Translate,
  lookups: RegisterLookups,
): string {
  const named: string[] = [];
  const once = (name: string, text: string) => {
    if (named.some((known) => sameRecipient(known, name))) return [];
    named.push(name);
    return [text];
  };
  return lines([
    ...linkedProcessors(activity, [...lookups.processors.values()]).flatMap((processor) =>
      once(processor.name, `${processor.name} — ${t(`enum.role.${processor.role}`).toLowerCase()}`),
    ),
    ...activity.recipients.flatMap((r) =>
      once(r.name, `${r.name} (${t(`enum.recipient.${r.kind}`).toLowerCase()})`),
    ),
  ]);
}

/** The transfers outside the EU: the record's and its linked processors', with their safeguards. */
export function transfersText(
  activity: ProcessingActivity,
  t: Translate,
  lookups: RegisterLookups,
): string {
  const transfers = transfersOf([activity], [...lookups.processors.values()]);
  if (transfers.length === 0) return t('describe.noTransfer');
  return lines(
    transfers.map(
      (tr) =>
        `${tr.recipient} (${tr.country}) — ${safeguardText(tr.safeguard, t)}${tr.documentation === '' ? '' : ` : ${tr.documentation}`}`,
    ),
  );
}

export function securityText(activity: ProcessingActivity, t: Translate): string {
  return lines(
    securityHeadings
      .filter((heading) => activity.security[heading].applied)
      .map((heading) => {
        const description = activity.security[heading].description;
        return `${t(`enum.security.${heading}`)}${description === '' ? '' : ` : ${description}`}`;
      }),
  );
}

export function sourcesText(activity: ProcessingActivity, t: Translate): string {
  return lines([
    activity.sourceDirect ? t('describe.sourceDirect') : '',
    activity.sourceThirdParties ? t('describe.sourceThirdParties') : '',
    activity.sourcePublic ? t('describe.sourcePublic') : '',
    activity.sourceDetails,
  ]);
}

export function automatedText(activity: ProcessingActivity, t: Translate): string {
  if (!activity.automatedDecision) return t('describe.none');
  return `${t('describe.yes')}${activity.automatedDecisionLogic === '' ? '' : ` : ${activity.automatedDecisionLogic}`}`;
}

export function dpiaText(activity: ProcessingActivity, t: Translate): string {
  const criteria = activity.dpiaCriteria.map((c) => t(`enum.dpiaCriterion.${c}`));
  return lines([
    `${t(`enum.dpiaStatus.${activity.dpiaStatus}`)}${isDpiaNeeded(activity) ? ` — ${t('describe.dpiaNeeded')}` : ''}`,
    criteria.length === 0
      ? ''
      : `${t('describe.dpiaCriteria', { count: criteria.length })} : ${criteria.join(', ')}`,
    activity.dpiaDate === '' ? '' : `${t('describe.dpiaDate')} : ${frenchDate(activity.dpiaDate)}`,
    activity.dpiaNextReview === ''
      ? ''
      : `${t('describe.dpiaNextReview')} : ${frenchDate(activity.dpiaNextReview)}`,
  ]);
}

/** Each client controller with its address and contacts, as Art. 30(2)(a) asks. */
export function clientsText(
  activity: ProcessingActivity,
  t: Translate,
  lookups: RegisterLookups,
): string {
  return lines(
    activity.clientIds.flatMap((id) => {
      const client = lookups.clients.get(id);
      if (client === undefined) return [];
      const joined = (values: readonly string[]) =>
        values.filter((v) => v.trim() !== '').join(', ');
      const contact = joined([client.contactName, client.contactEmail, client.contactPhone]);
      return [
        [
          client.name,
          joined(client.address.split('\n')),
          contact === '' ? '' : `${t('describe.clientContact')} : ${contact}`,
          client.dpoContact === '' ? '' : `${t('describe.clientDpo')} : ${client.dpoContact}`,
        ]
          .filter((part) => part !== '')
          .join(' — '),
      ];
    }),
  );
}

/** What is done for the clients: the purposes' descriptions, without a legal basis (the client chooses it). */
export function processingCategoriesText(activity: ProcessingActivity): string {
  return lines(activity.purposes.map((purpose) => purpose.description));
}

export function subProcessorsText(
  activity: ProcessingActivity,
  t: Translate,
  lookups: RegisterLookups,
): string {
  return lines(
    activity.processorIds.flatMap((id) => {
      const processor = lookups.processors.get(id);
      return processor === undefined
        ? []
        : [
            `${processor.name}${processor.country === '' ? '' : ` (${processor.country})`} — ${t(`enum.role.${processor.role}`).toLowerCase()}`,
          ];
    }),
  );
}

/** `2026-11-22` as `22/11/2026`, '' as ''. */
export function frenchDate(date: string): string {
  return date === '' ? '' : formatCalendarDate(date);
}

/** The record of the controller's register (Art. 30(1)), section by section in the CNIL order. */
export function controllerSections(
  activity: ProcessingActivity,
  t: Translate,
  lookups: RegisterLookups,
): RegisterSection[] {
  const item = (key: string, label: string, text: string): RegisterItem => ({ key, label, text });
  const field = (name: string) => t(`field.activity.${name}`);
  return [
    {
      title: t('section.identity'),
      items: [
        item('status', field('status'), t(`enum.status.${activity.status}`)),
        item('ownerService', field('ownerService'), activity.ownerService),
        item('ownerContact', field('ownerContact'), activity.ownerContact),
        item(
          'jointController',
          field('jointController'),
          lines([activity.jointController, activity.jointControllerContact]),
        ),
        item('software', field('software'), activity.software),
        item('createdAt', t('describe.createdAt'), frenchDate(localDateOf(activity.createdAt))),
        item('updatedAt', t('describe.updatedAt'), frenchDate(localDateOf(activity.updatedAt))),
      ],
    },
    {
      title: t('section.purposes'),
      items: [item('purposes', t('section.purposes'), purposesText(activity, t))],
    },
    {
      title: t('section.dataSubjects'),
      items: [item('dataSubjects', t('section.dataSubjects'), lines(activity.dataSubjects))],
    },
    {
      title: t('section.dataCategories'),
      items: [
        item('dataCategories', field('dataCategories'), dataCategoriesText(activity, t)),
        item('retention', t('describe.retention'), retentionText(activity, t)),
      ],
    },
    {
      title: t('section.sensitive'),
      items: [
        item('sensitive', field('sensitiveData'), sensitiveText(activity, t)),
        item('offences', t('describe.offences'), offencesText(activity, t)),
      ],
    },
    {
      title: t('section.recipients'),
      items: [item('recipients', t('section.recipients'), recipientsText(activity, t, lookups))],
    },
    {
      title: t('section.transfers'),
      items: [item('transfers', t('section.transfers'), transfersText(activity, t, lookups))],
    },
    {
      title: t('section.security'),
      items: [item('security', t('section.security'), securityText(activity, t))],
    },
    {
      title: t('section.other'),
      items: [
        item('sources', t('describe.sources'), sourcesText(activity, t)),
        item('information', field('informationNotice'), activity.informationNotice),
        item('mandatory', field('mandatoryData'), activity.mandatoryData),
        item('automated', t('describe.automated'), automatedText(activity, t)),
      ],
    },
    {
      title: t('section.dpia'),
      items: [item('dpia', t('section.dpia'), dpiaText(activity, t))],
    },
    {
      title: t('section.notes'),
      items: [item('notes', t('section.notes'), activity.notes)],
    },
  ];
}

/** The record of the processor's register (Art. 30(2)). */
export function processorSections(
  activity: ProcessingActivity,
  t: Translate,
  lookups: RegisterLookups,
): RegisterSection[] {
  const item = (key: string, label: string, text: string): RegisterItem => ({ key, label, text });
  // One item sections are titled by their item; numbered in the order of Art. 30(2).
  const single = (key: string, title: string, text: string): RegisterSection => ({
    title,
    items: [item(key, title, text)],
  });
  return [
    {
      title: t('section.art302.identity'),
      items: [
        item('status', t('field.activity.status'), t(`enum.status.${activity.status}`)),
        item('createdAt', t('describe.createdAt'), frenchDate(localDateOf(activity.createdAt))),
        item('updatedAt', t('describe.updatedAt'), frenchDate(localDateOf(activity.updatedAt))),
      ],
    },
    single('clients', t('section.art302.clients'), clientsText(activity, t, lookups)),
    single('categories', t('section.art302.categories'), processingCategoriesText(activity)),
    single(
      'subProcessors',
      t('section.art302.subProcessors'),
      subProcessorsText(activity, t, lookups),
    ),
    single('transfers', t('section.art302.transfers'), transfersText(activity, t, lookups)),
    single('security', t('section.art302.security'), securityText(activity, t)),
    single('notes', t('section.art302.notes'), activity.notes),
  ];
}
