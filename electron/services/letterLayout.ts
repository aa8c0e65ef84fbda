import { translate } from '../../shared/i18n';
import { formatSiren } from '../../shared/siren';
import { addressLines } from '../../shared/letters/delivery';
import type { LetterDelivery, LetterLanguage } from '../../shared/letters/templates';
import { addresseeOf, letterDate, salutationOf } from '../../shared/letters/values';
import type { OrganisationSettings } from '../../shared/schemas/settings';
import type { RightsRequest } from '../../shared/schemas/request';
import type { LetterLayout } from '../documents/letterPdf';

/**
 * The legal mentions of a French company's business letters (Code de commerce R123-237): legal
 * name, legal form and share capital, « RCS » with the registry town and the SIREN.
 */
export function legalFooter(
  organisation: OrganisationSettings | null,
  language: LetterLanguage,
): string {
  if (organisation === null) return '';
  const t = (key: string, params?: Record<string, string>) => translate(language, key, params);
  const form = [
    organisation.legalForm,
    organisation.shareCapital === ''
      ? ''
      : t('letter.footer.capital', { capital: organisation.shareCapital }),
  ]
    .filter((part) => part !== '')
    .join(' ');
  const siren = formatSiren(organisation.siren);
  const registry =
    organisation.siren === ''
      ? ''
      : organisation.rcsTown === ''
        ? t('letter.footer.siren', { siren })
        : t('letter.footer.rcs', { town: organisation.rcsTown, siren });
  return [organisation.legalName, form, registry].filter((part) => part !== '').join(' — ');
}

/** Who a letter is addressed to, whatever it answers: a request, a breach (Art. 34). */
export interface Addressee {
  name: string;
  email: string;
  address: string;
  salutation: string;
  reference: string;
}

/** What the letterhead, the address block and the signature show for this request. */
export function letterLayout(
  request: RightsRequest,
  sources: LayoutSources,
  options: LayoutOptions,
): LetterLayout {
  return addressedLayout(
    {
      name: addresseeOf(request, options.language),
      email: request.requesterEmail,
      address: request.requesterAddress,
      salutation: salutationOf(request, options.language),
      reference: request.reference,
    },
    sources,
    options,
  );
}

interface LayoutSources {
  organisation: OrganisationSettings | null;
  logo: Uint8Array | null;
  signature: Uint8Array | null;
}

interface LayoutOptions {
  language: LetterLanguage;
  today: string;
  delivery: LetterDelivery;
  dpoTitle: string;
}

/** The letterhead, the address block (post) or the email line, and the DPO's signature. */
export function addressedLayout(
  addressee: Addressee,
  sources: LayoutSources,
  options: LayoutOptions,
): LetterLayout {
  const { language } = options;
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const organisation = sources.organisation;
  return {
    organisation: {
      name: organisation?.legalName ?? '',
      address: organisation?.address ?? '',
      footer: legalFooter(organisation, language),
    },
    sender: { email: organisation?.dpoEmail ?? '' },
    salutation: addressee.salutation,
    placeAndDate: t('letter.placeDate', {
      place: organisation?.letterPlace ?? '',
      date: letterDate(options.today, language),
    }),
    referenceLine: t('letter.reference', { reference: addressee.reference }),
    subjectLabel: t('letter.subject'),
    recipient:
      options.delivery === 'post'
        ? { kind: 'window', lines: addressLines(addressee.name, addressee.address) }
        : {
            kind: 'email',
            lines: [
              // « À l’attention d’Isabelle Moreau », « de Madame Isabelle Moreau ».
              t(
                /^[aeiouyàâéèêëîïôöûüh]/i.test(addressee.name)
                  ? 'letter.emailToElided'
                  : 'letter.emailTo',
                { name: addressee.name },
              ),
              t('letter.byEmail', { email: addressee.email }),
            ],
          },
    signature: {
      name: organisation?.dpoName ?? '',
      title: options.dpoTitle,
      image: sources.signature,
    },
    logo: sources.logo,
    pageLabel: (page, pages) => t('letter.page', { page, pages }),
  };
}
