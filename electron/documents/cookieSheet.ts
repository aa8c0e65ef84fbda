import { lifetimeText } from '../../shared/cookies/lifetime';
import { translate } from '../../shared/i18n';
import type { CookieView } from '../../shared/schemas/cookie';
import type { Column } from './xlsxCells';

const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

/** The workbook's « Cookies et traceurs » sheet: one row per tracker, every field, its warnings. */
export function cookieColumns(): Column<CookieView>[] {
  return [
    { header: 'Nom', width: 22, value: (v) => v.cookie.name },
    { header: 'Fournisseur', width: 30, value: (v) => v.provider?.name ?? '' },
    {
      header: 'Catégorie',
      width: 20,
      value: (v) => t(`enum.cookieCategory.${v.cookie.category}`),
    },
    { header: 'Finalité', width: 40, value: (v) => v.cookie.purpose },
    {
      header: 'Consentement',
      width: 18,
      value: (v) => t(`enum.cookieConsent.${v.cookie.consent}`),
    },
    {
      header: 'Conserve le choix de consentement',
      width: 14,
      value: (v) => (v.cookie.keepsConsentChoice ? 'Oui' : 'Non'),
    },
    { header: 'Durée de vie', width: 14, value: (v) => lifetimeText('fr', v.cookie.lifetime) },
    { header: 'Domaine', width: 24, value: (v) => v.cookie.domain },
    { header: 'Dépôt', width: 14, value: (v) => t(`enum.cookieParty.${v.cookie.party}`) },
    {
      header: 'Activité du registre',
      width: 34,
      value: (v) => (v.activity === null ? '' : `${v.activity.reference} ${v.activity.name}`),
    },
    {
      header: 'Transferts hors UE',
      width: 34,
      value: (v) =>
        v.transfers
          .map(
            (tr) =>
              `${tr.country} : ${t(`enum.safeguard.${tr.safeguard ?? 'none'}`)}${tr.documentation === '' ? '' : ` (${tr.documentation})`}`,
          )
          .join('\n'),
    },
    {
      header: 'Alertes',
      width: 40,
      value: (v) =>
        v.warnings
          .map((w) => t(`cookieWarning.${w.code}`, { country: w.country ?? '' }))
          .join('\n'),
    },
    { header: 'Notes', width: 30, value: (v) => v.cookie.notes },
  ];
}
