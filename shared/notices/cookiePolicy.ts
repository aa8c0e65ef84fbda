/**
 * The cookie policy, generated from the inventory as the seed's policy is laid out: what a cookie
 * is, the controller, each category with its cookies (name, provider, purpose, lifetime, party),
 * consent and its withdrawal, the data collected, transfers, the rights and the CNIL.
 */
import { lifetimeText } from '../cookies/lifetime';
import { cookieCategories, type CookieCategory } from '../cookies/vocabulary';
import { translate, type Language } from '../i18n';
import type { ActivityTransfer } from '../register/transfers';
import type { CookieFields } from '../schemas/cookie';
import type { OrganisationSettingsFields } from '../schemas/settings';
import type { NoticeBlock, NoticeDocument, NoticeSection } from './document';
import { lazy } from '../lazy';

/** What the policy is made from: Paramètres, the inventory with its providers, the setting. */
export interface CookiePolicySources {
  organisation: Pick<
    OrganisationSettingsFields,
    'legalName' | 'address' | 'email' | 'dpoName' | 'dpoEmail'
  > | null;
  cookies: readonly {
    cookie: CookieFields;
    provider: { name: string } | null;
    transfers: readonly ActivityTransfer[];
  }[];
  /** How long a visitor's choice is kept before it is asked again (Paramètres). */
  consentChoiceMonths: number;
  /** YYYY-MM-DD. */
  updatedOn: string;
}

const byName = lazy(() => new Intl.Collator('fr', { sensitivity: 'base', numeric: true }));

const paragraph = (text: string): NoticeBlock => ({ kind: 'paragraph', text, origin: 'generated' });

export function cookiePolicy(sources: CookiePolicySources, language: Language): NoticeDocument {
  const t = (key: string, values?: Record<string, string | number>) =>
    translate(language, `cookiePolicy.${key}`, values);
  const list = (keys: readonly string[]): NoticeBlock => ({
    kind: 'list',
    items: keys.map((key) => t(key)),
  });
  const organisation = sources.organisation?.legalName.trim() ?? '';
  const contact =
    sources.organisation === null
      ? ''
      : sources.organisation.dpoEmail.trim() || sources.organisation.email.trim();

  const sections: NoticeSection[] = [
    {
      id: 'intro',
      heading: t('intro.heading'),
      blocks: [paragraph(t('intro.text', { organisation }))],
    },
    {
      id: 'whatIsACookie',
      heading: t('what.heading'),
      blocks: [
        paragraph(t('what.text')),
        list([
          'what.uses.run',
          'what.uses.preferences',
          'what.uses.audience',
          'what.uses.security',
          'what.uses.experience',
        ]),
      ],
    },
    { id: 'controller', heading: t('controller.heading'), blocks: controllerBlocks(sources, t) },
    ...cookieCategories.flatMap((category) => categorySection(category, sources, language, t)),
    {
      id: 'consent',
      heading: t('consent.heading'),
      blocks: [
        paragraph(t('consent.banner')),
        list(['consent.acceptAll', 'consent.refuseAll', 'consent.customise']),
        paragraph(t('consent.duration', { months: sources.consentChoiceMonths })),
      ],
    },
    {
      id: 'withdrawal',
      heading: t('withdraw.heading'),
      blocks: [
        paragraph(t('withdraw.text')),
        list(['withdraw.preferences', 'withdraw.consent', 'withdraw.browser']),
        paragraph(t('withdraw.effect')),
      ],
    },
    {
      id: 'dataCollected',
      heading: t('data.heading'),
      blocks: [
        paragraph(t('data.text')),
        list([
          'data.ip',
          'data.browsing',
          'data.browser',
          'data.device',
          'data.pages',
          'data.duration',
          'data.interactions',
        ]),
      ],
    },
    {
      id: 'transfers',
      heading: t('transfers.heading'),
      blocks: transferBlocks(sources, language, t),
    },
    {
      id: 'rights',
      heading: t('rights.heading'),
      blocks: [
        paragraph(t('rights.text')),
        list([
          'rights.access',
          'rights.rectification',
          'rights.erasure',
          'rights.objection',
          'rights.restriction',
          'rights.withdrawal',
        ]),
        ...(contact === '' ? [] : [paragraph(t('rights.contact', { contact }))]),
        paragraph(t('rights.cnil')),
      ],
    },
  ];
  return {
    kind: 'cookies',
    language,
    title: t('title'),
    organisation,
    updatedOn: sources.updatedOn,
    sections,
  };
}

type Words = (key: string, values?: Record<string, string | number>) => string;

function controllerBlocks(sources: CookiePolicySources, t: Words): NoticeBlock[] {
  const o = sources.organisation;
  if (o === null) return [paragraph(t('controller.text'))];
  const lines = [
    o.legalName.trim(),
    o.address.trim().replace(/\s*\n\s*/g, ', '),
    o.email.trim() === '' ? '' : t('controller.email', { email: o.email.trim() }),
    o.dpoName.trim() === ''
      ? ''
      : t('controller.dpo', {
          dpo: [o.dpoName.trim(), o.dpoEmail.trim()].filter(Boolean).join(', '),
        }),
  ].filter((line) => line !== '');
  return [paragraph(t('controller.text')), ...lines.map(paragraph)];
}

/** A category's section, when the inventory holds cookies of it: its words, then its table. */
function categorySection(
  category: CookieCategory,
  sources: CookiePolicySources,
  language: Language,
  t: Words,
): NoticeSection[] {
  const entries = sources.cookies
    .filter((entry) => entry.cookie.category === category)
    .sort((a, b) => byName().compare(a.cookie.name, b.cookie.name));
  if (entries.length === 0) return [];
  const consents = new Set(entries.map((entry) => entry.cookie.consent));
  const consentWords =
    consents.size > 1 ? t('consent.mixed') : t(`consent.${[...consents][0] ?? 'required'}`);
  const organisation = sources.organisation?.legalName.trim() ?? '';
  const columns = ['name', 'provider', 'purpose', 'lifetime', 'party'];
  if (consents.size > 1) columns.push('consent');
  return [
    {
      id: `category.${category}`,
      heading: t('category.heading', {
        category: translate(language, `enum.cookieCategory.${category}`),
      }),
      blocks: [
        paragraph(t(`category.${category}`)),
        // The strictly necessary cookies' words already say they need no consent.
        ...(category === 'strictlyNecessary' && consents.size === 1 && consents.has('exempt')
          ? []
          : [paragraph(consentWords)]),
        {
          kind: 'table',
          columns: columns.map((column) => t(`col.${column}`)),
          rows: entries.map(({ cookie, provider }) => {
            const row = [
              cookie.name,
              provider?.name ?? (cookie.party === 'first' ? organisation : ''),
              cookie.purpose,
              lifetimeText(language, cookie.lifetime),
              t(`party.${cookie.party}`),
            ];
            if (consents.size > 1) {
              row.push(translate(language, `enum.cookieConsent.${cookie.consent}`));
            }
            return row;
          }),
        },
      ],
    },
  ];
}

/** Each provider's transfers once: provider, country, safeguard. */
function transferBlocks(sources: CookiePolicySources, language: Language, t: Words): NoticeBlock[] {
  const rows: string[][] = [];
  for (const { transfers } of sources.cookies) {
    for (const transfer of transfers) {
      if (
        rows.some(([name, country]) => name === transfer.recipient && country === transfer.country)
      )
        continue;
      const safeguard =
        transfer.safeguard === null
          ? t('transfers.undocumented')
          : [
              translate(language, `enum.safeguard.${transfer.safeguard}`),
              transfer.documentation.trim(),
            ]
              .filter(Boolean)
              .join(' — ');
      rows.push([transfer.recipient, transfer.country, safeguard]);
    }
  }
  if (rows.length === 0) return [paragraph(t('transfers.none'))];
  rows.sort((a, b) => byName().compare(a[0] ?? '', b[0] ?? ''));
  return [
    paragraph(t('transfers.text')),
    {
      kind: 'table',
      columns: ['provider', 'country', 'safeguard'].map((c) => t(`col.${c}`)),
      rows,
    },
  ];
}
