/**
 * The notification to the CNIL (Art. 33(3)), laid out as the CNIL's online form asks it: who
 * notifies, which phase, then (a) the nature of the breach, (b) the contact point, (c) the likely
 * consequences and (d) the measures. The same content makes the printable PDF and the text the DPO
 * copies into the online service, item by item.
 */
import { formatCalendarDate } from '../dates';
import { translate, type Language } from '../i18n';
import type { BreachView } from '../schemas/breach';
import type { OrganisationSettings } from '../schemas/settings';
import { formatSiren } from '../siren';
import { parisMoment } from './explain';

export const notificationSectionKeys = [
  'phase',
  'organisation',
  'nature',
  'contact',
  'consequences',
  'measures',
  'people',
] as const;
export type NotificationSectionKey = (typeof notificationSectionKeys)[number];

export interface NotificationItem {
  label: string;
  /** '' when the record does not say: shown as « Non renseigné », never left out. */
  value: string;
}

export interface NotificationSection {
  key: NotificationSectionKey;
  /** « Art. 33, § 3, a) » for the four items the law requires. */
  title: string;
  items: NotificationItem[];
}

export interface BreachNotification {
  title: string;
  /** The phase this document is for: 1 is the initial notification. */
  phase: number;
  sections: NotificationSection[];
}

export interface NotificationSources {
  view: BreachView;
  organisation: OrganisationSettings | null;
  activities: readonly { id: string; reference: string; name: string }[];
  processors: readonly { id: string; name: string }[];
}

/** A stored Paris time (`2026-03-27T14:25`) as the DPO reads it, or '' when not known. */
function moment(local: string, language: Language): string {
  return local === '' ? '' : parisMoment(local, language);
}

function count(value: number | null, language: Language): string {
  return value === null ? '' : new Intl.NumberFormat(language).format(value);
}

/**
 * The notification for one phase (Art. 33(4)): without `phase`, the next one to file (the initial
 * notification when none was recorded, else the next complement).
 */
export function breachNotification(
  sources: NotificationSources,
  language: Language,
  phase?: number,
): BreachNotification {
  const { view, organisation } = sources;
  const breach = view.breach;
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const item = (labelKey: string, value: string): NotificationItem => ({
    label: t(labelKey),
    value,
  });
  // « a ; b » in French, « a; b » in English.
  const separator = language === 'fr' ? ' ; ' : '; ';
  const listOf = (values: readonly string[], prefix: string) =>
    values.map((value) => t(`${prefix}.${value}`)).join(separator);
  const chosenPhase = phase ?? breach.notifications.length + 1;
  const recorded = breach.notifications[chosenPhase - 1];
  const activityNames = breach.activityIds.map((id) => {
    const activity = sources.activities.find((candidate) => candidate.id === id);
    return activity === undefined ? id : `${activity.reference} — ${activity.name}`;
  });
  const processorNames = breach.processorIds.map(
    (id) => sources.processors.find((candidate) => candidate.id === id)?.name ?? id,
  );
  const occurred =
    breach.occurredFrom === '' && breach.occurredTo === ''
      ? t('notification.occurredUnknown')
      : t('notification.occurredRange', {
          from: moment(breach.occurredFrom, language) || t('notification.unknown'),
          to: breach.ongoing
            ? t('notification.stillOngoing')
            : moment(breach.occurredTo, language) || t('notification.unknown'),
        });
  const late = recorded === undefined ? view.timeLeft.level === 'late' : false;
  const sections: NotificationSection[] = [
    {
      key: 'phase',
      title: t('notification.section.phase'),
      items: [
        item(
          'notification.phase',
          chosenPhase === 1
            ? t('notification.phaseInitial')
            : t('notification.phaseComplementary', { number: chosenPhase - 1 }),
        ),
        item('field.breach.cnilNumber', breach.cnilNumber),
        // A complement follows the initial notification: its date, not the deadline, matters.
        chosenPhase === 1
          ? item('notification.deadline', parisMoment(view.deadline.due, language))
          : item('notification.initialOn', moment(breach.notifications[0]?.on ?? '', language)),
        ...(recorded === undefined
          ? []
          : [item('notification.filedOn', moment(recorded.on, language))]),
        ...(late || breach.delayReasons !== ''
          ? [item('field.breach.delayReasons', breach.delayReasons)]
          : []),
      ],
    },
    {
      key: 'organisation',
      title: t('notification.section.organisation'),
      items: [
        item('field.legalName', organisation?.legalName ?? ''),
        item('field.siren', formatSiren(organisation?.siren ?? '')),
        item('field.address', organisation?.address ?? ''),
        item('field.organisationPhone', organisation?.phone ?? ''),
        item('field.organisationEmail', organisation?.email ?? ''),
      ],
    },
    {
      key: 'nature',
      title: t('notification.section.nature'),
      items: [
        item('field.breach.title', breach.title),
        item('notification.occurred', occurred),
        item('field.breach.discoveredAt', moment(breach.discoveredAt, language)),
        item('field.breach.awareAt', moment(breach.awareAt, language)),
        item('field.breach.howFound', breach.howFound),
        item('field.breach.natures', listOf(breach.natures, 'enum.breachNature')),
        item('field.breach.cause', t(`enum.breachCause.${breach.cause}`)),
        item('field.breach.circumstances', breach.circumstances),
        item('field.breach.dataCategories', listOf(breach.dataCategories, 'enum.dataCategory')),
        item('field.breach.specialData', listOf(breach.specialData, 'enum.breachSpecialData')),
        item('field.breach.peopleCategories', breach.peopleCategories),
        item('field.breach.peopleCount', count(breach.peopleCount, language)),
        item('field.breach.recordsCount', count(breach.recordsCount, language)),
        item('field.breach.activityIds', activityNames.join(separator)),
        item('field.breach.processorIds', processorNames.join(separator)),
        ...(breach.processorToldAt === ''
          ? []
          : [item('field.breach.processorToldAt', moment(breach.processorToldAt, language))]),
      ],
    },
    {
      key: 'contact',
      title: t('notification.section.contact'),
      items: [
        item('field.dpoName', organisation?.dpoName ?? ''),
        item('field.dpoEmail', organisation?.dpoEmail ?? ''),
        item('field.dpoPhone', organisation?.dpoPhone ?? ''),
        item('field.dpoAddress', organisation?.dpoAddress ?? ''),
        item('field.dpoCnilNumber', organisation?.dpoCnilNumber ?? ''),
        item('field.breach.contactPoint', breach.contactPoint),
      ],
    },
    {
      key: 'consequences',
      title: t('notification.section.consequences'),
      items: [
        item('field.breach.consequences', breach.consequences),
        item(
          'field.breach.riskLevel',
          breach.riskLevel === null ? '' : t(`enum.riskLevel.${breach.riskLevel}`),
        ),
        item('field.breach.riskJustification', breach.riskJustification),
        ...(view.severity === null
          ? []
          : [
              item(
                'notification.severity',
                new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(view.severity),
              ),
            ]),
      ],
    },
    {
      key: 'measures',
      title: t('notification.section.measures'),
      items: [
        item('field.breach.measuresTaken', breach.measuresTaken),
        item('field.breach.measuresProposed', breach.measuresProposed),
      ],
    },
    {
      key: 'people',
      title: t('notification.section.people'),
      items: [
        item(
          'field.breach.communicationMode',
          t(`enum.communicationMode.${breach.communicationMode}`),
        ),
        ...(breach.communicationException === ''
          ? []
          : [
              item(
                'field.breach.communicationException',
                t(`enum.communicationException.${breach.communicationException}`),
              ),
            ]),
        item(
          'field.breach.communicatedOn',
          breach.communicatedOn === '' ? '' : formatCalendarDate(breach.communicatedOn),
        ),
        item('field.breach.communicationReason', breach.communicationReason),
      ],
    },
  ];
  return {
    title: t('notification.title', { reference: breach.reference }),
    phase: chosenPhase,
    sections,
  };
}

/** The whole notification as plain text, to paste or to keep: one « label : value » per line. */
export function notificationText(notification: BreachNotification, language: Language): string {
  const empty = translate(language, 'notification.notGiven');
  const lines = [notification.title, ''];
  for (const section of notification.sections) {
    lines.push(section.title.toLocaleUpperCase(language));
    for (const entry of section.items) {
      lines.push(
        translate(language, 'common.labelled', {
          label: entry.label,
          value: entry.value === '' ? empty : entry.value,
        }),
      );
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
