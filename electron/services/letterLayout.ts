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

/** What the letterhead, the address block and the signature show for this request. */
export function letterLayout(
  request: RightsRequest,
  sources: {
    organisation: OrganisationSettings | null;
    logo: Uint8Array | null;
    signature: Uint8Array | null;
  },
  options: { language: LetterLanguage; today: string; delivery: LetterDelivery; dpoTitle: string },
): LetterLayout {
  const { language } = options;
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const organisation = sources.organisation;
  const addressee = addresseeOf(request, language);
  return {
    organisation: {
      name: organisation?.legalName ?? '',
      address: organisation?.address ?? '',
      footer: legalFooter(organisation, language),
    },
    sender: { email: organisation?.dpoEmail ?? '' },
    salutation: salutationOf(request, language),
    placeAndDate: t('letter.placeDate', {
      place: organisation?.letterPlace ?? '',
      date: letterDate(options.today, language),
    }),
    referenceLine: t('letter.reference', { reference: request.reference }),
    subjectLabel: t('letter.subject'),
    recipient:
      options.delivery === 'post'
        ? { kind: 'window', lines: addressLines(addressee, request.requesterAddress) }
        : {
            kind: 'email',
            lines: [
              // « À l’attention d’Isabelle Moreau », « de Madame Isabelle Moreau ».
              t(
                /^[aeiouyàâéèêëîïôöûüh]/i.test(addressee)
                  ? 'letter.emailToElided'
                  : 'letter.emailTo',
                {
                  name: addressee,
                },
              ),
              t('letter.byEmail', { email: request.requesterEmail }),
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
