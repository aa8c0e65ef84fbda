/**
 * The privacy notice (GDPR Art. 13 and 14) as the register says it: built from the activities
 * marked as concerning the public and in force, the organisation's settings and the retention
 * rules, in the seed policy's order. Nothing here is typed twice: a retention period changed in
 * the register is the period the next notice prints.
 */
import { translate, type Language } from '../i18n';
import { formatCalendarDate } from '../dates';
import type { ProcessingActivity } from '../schemas/activity';
import type { Processor } from '../schemas/processor';
import type { RetentionRule } from '../schemas/retention';
import type { OrganisationSettingsFields } from '../schemas/settings';
import type { Translate } from '../register/describe';
import { safeguardText } from '../register/describe';
import { linkedProcessors, sameRecipient, transfersOf, uniqueNames } from '../register/transfers';
import { recipientKinds } from '../register/vocabulary';
import type { NoticeBlock, NoticeDocument, NoticeSection } from './document';
import { retentionRows } from './privacyRetention';

/** What the notice reads of a processor or recipient. */
export type NoticeProcessor = Pick<
  Processor,
  'id' | 'name' | 'category' | 'activityIds' | 'transfers' | 'role'
>;

/** The paragraphs the DPO writes around the generated parts, in the notice's language. */
export interface NoticeParagraphs {
  intro: string;
  closing: string;
}

export interface PrivacyNoticeSources {
  organisation: OrganisationSettingsFields | null;
  /** All the register: the notice keeps the public ones in force. */
  activities: readonly ProcessingActivity[];
  processors: readonly NoticeProcessor[];
  rules: readonly RetentionRule[];
  paragraphs: NoticeParagraphs;
  /** The date printed as the last update (YYYY-MM-DD). */
  today: string;
}

/** The activities the notice speaks of: marked as concerning the public, in force. */
export function publicActivities(activities: readonly ProcessingActivity[]): ProcessingActivity[] {
  return activities.filter(
    (a) => a.concernsPublic && a.status === 'active' && a.register === 'controller',
  );
}

const paragraph = (text: string, origin: 'generated' | 'edited' = 'generated'): NoticeBlock => ({
  kind: 'paragraph',
  text,
  origin,
});

/** A paragraph the DPO wrote, one block per paragraph (blank lines separate them). */
function edited(text: string): NoticeBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(part, 'edited'));
}

function controllerSection(org: OrganisationSettingsFields | null, t: Translate): NoticeSection {
  const name = org?.legalName ?? '';
  const items = [
    org === null || org.legalForm === ''
      ? ''
      : t('notice.controller.legalForm', { form: org.legalForm }),
    org === null || org.siren === '' ? '' : t('notice.controller.siren', { siren: org.siren }),
    org === null || org.address === ''
      ? ''
      : t('notice.controller.address', { address: org.address }),
    org === null || (org.email === '' && org.phone === '')
      ? ''
      : t('notice.controller.contact', {
          contact: [org.email, org.phone].filter((v) => v !== '').join(' — '),
        }),
  ].filter((item) => item !== '');
  return {
    id: 'controller',
    heading: t('notice.controller.heading'),
    blocks: [
      paragraph(t('notice.controller.text', { name })),
      ...(items.length === 0 ? [] : [{ kind: 'list' as const, items }]),
    ],
  };
}

function dpoSection(org: OrganisationSettingsFields | null, t: Translate): NoticeSection {
  const items =
    org === null
      ? []
      : [
          org.dpoName === '' ? '' : t('notice.dpo.name', { name: org.dpoName }),
          org.dpoEmail === '' ? '' : t('notice.dpo.email', { email: org.dpoEmail }),
          org.dpoPhone === '' ? '' : t('notice.dpo.phone', { phone: org.dpoPhone }),
          org.dpoAddress === '' ? '' : t('notice.dpo.address', { address: org.dpoAddress }),
        ].filter((item) => item !== '');
  return {
    id: 'dpo',
    heading: t('notice.dpo.heading'),
    blocks:
      items.length === 0
        ? [paragraph(t('notice.dpo.none'))]
        : [paragraph(t('notice.dpo.text')), { kind: 'list', items }],
  };
}

const categoriesOf = (activity: ProcessingActivity, t: Translate) =>
  uniqueLabels(activity.dataCategories.map((c) => t(`enum.dataCategory.${c.kind}`)));

function uniqueLabels(labels: readonly string[]): string[] {
  return [...new Set(labels.filter((label) => label !== ''))];
}

/** Where the data come from (Art. 14 when not from the person), which are collected and required. */
function sourcesSection(activities: readonly ProcessingActivity[], t: Translate): NoticeSection {
  const blocks: NoticeBlock[] = [];
  if (activities.some((a) => a.sourceDirect)) blocks.push(paragraph(t('notice.sources.direct')));
  const indirect = activities.filter((a) => a.sourceThirdParties || a.sourcePublic);
  if (indirect.length > 0) {
    blocks.push(paragraph(t('notice.sources.indirect')));
    blocks.push({
      kind: 'list',
      items: indirect.map((a) => {
        const from = [
          a.sourceThirdParties ? t('notice.sources.thirdParties') : '',
          a.sourcePublic ? t('notice.sources.public') : '',
        ]
          .filter((v) => v !== '')
          .join(', ');
        const details = a.sourceDetails === '' ? '' : ` ${a.sourceDetails}`;
        const label = `${a.name} (${from})`;
        return `${t('notice.labelValue', { label, value: categoriesOf(a, t).join(' ; ') })}.${details}`;
      }),
    });
  }
  blocks.push(paragraph(t('notice.sources.categories')));
  blocks.push({ kind: 'list', items: uniqueLabels(activities.flatMap((a) => categoriesOf(a, t))) });
  const mandatory = uniqueLabels(activities.map((a) => a.mandatoryData.trim()));
  if (mandatory.length > 0) {
    blocks.push(paragraph(t('notice.sources.mandatory')));
    blocks.push({ kind: 'list', items: mandatory });
  }
  return { id: 'sources', heading: t('notice.sources.heading'), blocks };
}

export function legalBasisWords(
  purpose: ProcessingActivity['purposes'][number],
  t: Translate,
): string {
  if (purpose.legalBasis === null) return t('notice.basis.none');
  if (purpose.legalBasis === 'legitimateInterest') {
    return t('notice.basis.legitimateInterest', { interest: purpose.legitimateInterest });
  }
  return t(`notice.basis.${purpose.legalBasis}`);
}

function purposesSection(activities: readonly ProcessingActivity[], t: Translate): NoticeSection {
  const rows = activities.flatMap((a) =>
    a.purposes.map((purpose) => [
      purpose.description,
      legalBasisWords(purpose, t),
      categoriesOf(a, t).join(' ; '),
    ]),
  );
  return {
    id: 'purposes',
    heading: t('notice.purposes.heading'),
    blocks: [
      paragraph(t('notice.purposes.text')),
      {
        kind: 'table',
        columns: [
          t('notice.purposes.purpose'),
          t('notice.purposes.basis'),
          t('notice.purposes.data'),
        ],
        rows,
      },
    ],
  };
}

function retentionSection(
  activities: readonly ProcessingActivity[],
  rules: readonly RetentionRule[],
  t: Translate,
): NoticeSection {
  return {
    id: 'retention',
    heading: t('notice.retention.heading'),
    blocks: [
      paragraph(t('notice.retention.text')),
      {
        kind: 'table',
        columns: [
          t('notice.retention.processing'),
          t('notice.retention.active'),
          t('notice.retention.archive'),
          t('notice.retention.end'),
        ],
        rows: activities.flatMap((a) => retentionRows(a, rules, t)),
      },
    ],
  };
}

/** Recipients by kind (internal services, external bodies, authorities), processors by category. */
function recipientsSection(
  activities: readonly ProcessingActivity[],
  processors: readonly NoticeProcessor[],
  t: Translate,
): NoticeSection {
  const items: string[] = [];
  const linkedAll = activities.flatMap((a) => linkedProcessors(a, processors));
  // Only processors act on our behalf (Art. 28); auditors, lawyers, joint controllers and
  // authorities linked to an activity are recipients of their own, named by their role.
  const isProcessor = (p: NoticeProcessor) => p.role === 'processor' || p.role === 'subProcessor';
  const linked = linkedAll.filter(isProcessor);
  const categories = uniqueLabels(linked.map((p) => p.category));
  const processorLines = categories.map((category) => {
    const names = uniqueNames(linked.filter((p) => p.category === category).map((p) => p.name));
    return t('notice.labelValue', {
      label: t(`enum.category.${category}`),
      value: names.join(', '),
    });
  });
  // Processors written on a record only count where the record links none of its own: there they
  // are the categories the linked ones already name.
  const namedProcessors = uniqueNames(
    activities
      .filter((a) => !linkedProcessors(a, processors).some(isProcessor))
      .flatMap((a) => a.recipients.filter((r) => r.kind === 'processor').map((r) => r.name)),
  ).filter((name) => !linked.some((p) => sameRecipient(p.name, name)));
  const others = linkedAll.filter((p) => !isProcessor(p));
  for (const kind of recipientKinds) {
    if (kind === 'processor') continue;
    const names = uniqueNames(
      activities.flatMap((a) => a.recipients.filter((r) => r.kind === kind).map((r) => r.name)),
    );
    if (names.length > 0) {
      items.push(
        t('notice.labelValue', { label: t(`enum.recipient.${kind}`), value: names.join(', ') }),
      );
    }
  }
  for (const role of ['independentRecipient', 'jointController', 'authority'] as const) {
    const names = uniqueNames(others.filter((p) => p.role === role).map((p) => p.name)).filter(
      (name) => !items.some((item) => item.includes(name)),
    );
    if (names.length > 0) {
      items.push(
        t('notice.labelValue', { label: t(`enum.role.${role}`), value: names.join(', ') }),
      );
    }
  }
  const blocks: NoticeBlock[] = [paragraph(t('notice.recipients.text'))];
  if (items.length > 0) blocks.push({ kind: 'list', items });
  if (processorLines.length > 0 || namedProcessors.length > 0) {
    blocks.push(paragraph(t('notice.recipients.processors')));
    blocks.push({ kind: 'list', items: [...processorLines, ...namedProcessors] });
  }
  return { id: 'recipients', heading: t('notice.recipients.heading'), blocks };
}

function transfersSection(
  activities: readonly ProcessingActivity[],
  processors: readonly NoticeProcessor[],
  t: Translate,
): NoticeSection {
  const transfers = transfersOf(activities, processors);
  return {
    id: 'transfers',
    heading: t('notice.transfers.heading'),
    blocks:
      transfers.length === 0
        ? [paragraph(t('notice.transfers.none'))]
        : [
            paragraph(t('notice.transfers.text')),
            {
              kind: 'table',
              columns: [
                t('notice.transfers.recipient'),
                t('notice.transfers.country'),
                t('notice.transfers.safeguard'),
              ],
              rows: transfers.map((tr) => [
                tr.recipient,
                tr.country,
                safeguardText(tr.safeguard, t),
              ]),
            },
          ],
  };
}

/** A list whose items end with « ; » ends with a full stop. */
function endedList(items: readonly string[]): string[] {
  return items.map((item, index) =>
    index === items.length - 1 ? item.replace(/\s*;$/, '.') : item,
  );
}

function rightsSection(
  activities: readonly ProcessingActivity[],
  org: OrganisationSettingsFields | null,
  t: Translate,
): NoticeSection {
  const consent = activities.some((a) => a.purposes.some((p) => p.legalBasis === 'consent'));
  const automated = activities.some((a) => a.automatedDecision);
  const rights = [
    'access',
    'rectification',
    'erasure',
    'restriction',
    'objection',
    'portability',
    ...(consent ? ['withdrawal'] : []),
    ...(automated ? ['human'] : []),
  ];
  const email = org === null ? '' : org.dpoEmail !== '' ? org.dpoEmail : org.email;
  const address = org === null ? '' : org.dpoAddress !== '' ? org.dpoAddress : org.address;
  const channels = [
    email === '' ? '' : t('notice.rights.byEmail', { email }),
    address === '' ? '' : t('notice.rights.byPost', { address }),
  ].filter((c) => c !== '');
  const blocks: NoticeBlock[] = [
    paragraph(t('notice.rights.text')),
    { kind: 'list', items: endedList(rights.map((right) => t(`notice.rights.${right}`))) },
  ];
  if (channels.length > 0) {
    blocks.push(
      paragraph(t('notice.rights.how', { channels: channels.join(t('notice.rights.or')) })),
    );
  }
  blocks.push(paragraph(t('notice.rights.delay')), paragraph(t('notice.rights.identity')));
  return { id: 'rights', heading: t('notice.rights.heading'), blocks };
}

function automatedSection(activities: readonly ProcessingActivity[], t: Translate): NoticeSection {
  const automated = activities.filter((a) => a.automatedDecision);
  return {
    id: 'automated',
    heading: t('notice.automated.heading'),
    blocks:
      automated.length === 0
        ? [paragraph(t('notice.automated.none'))]
        : [
            paragraph(t('notice.automated.text')),
            {
              kind: 'list',
              items: automated.map((a) =>
                a.automatedDecisionLogic === ''
                  ? a.name
                  : t('notice.labelValue', { label: a.name, value: a.automatedDecisionLogic }),
              ),
            },
          ],
  };
}

export function privacyNotice(sources: PrivacyNoticeSources, language: Language): NoticeDocument {
  const t: Translate = (key, params) => translate(language, key, params);
  const activities = publicActivities(sources.activities);
  const org = sources.organisation;
  const intro = edited(sources.paragraphs.intro);
  const closing = edited(sources.paragraphs.closing);
  const sections: NoticeSection[] = [
    ...(intro.length === 0
      ? []
      : [{ id: 'intro', heading: t('notice.intro.heading'), blocks: intro }]),
    controllerSection(org, t),
    dpoSection(org, t),
    sourcesSection(activities, t),
    purposesSection(activities, t),
    retentionSection(activities, sources.rules, t),
    recipientsSection(activities, sources.processors, t),
    transfersSection(activities, sources.processors, t),
    rightsSection(activities, org, t),
    {
      id: 'complaint',
      heading: t('notice.complaint.heading'),
      blocks: [paragraph(t('notice.complaint.text'))],
    },
    automatedSection(activities, t),
    ...(closing.length === 0
      ? []
      : [{ id: 'closing', heading: t('notice.closing.heading'), blocks: closing }]),
  ];
  return {
    kind: 'privacy',
    language,
    title: t('notice.privacy.title'),
    organisation: org?.legalName ?? '',
    updatedOn: sources.today,
    sections,
  };
}

/** « Dernière mise à jour : 06/12/2026 », as every format prints it under the title. */
export function updatedOnText(doc: NoticeDocument): string {
  return translate(doc.language, 'notice.updatedOn', { date: formatCalendarDate(doc.updatedOn) });
}
