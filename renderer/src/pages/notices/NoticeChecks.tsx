import type { NoticeCheck } from '../../../../shared/notices/checks';
import { periodText } from '../../../../shared/retention/periods';
import { useI18n } from '../../i18n';
import { warningText } from '../cookies/warningText';

/** One point to check, in the DPO's words. */
function checkText(check: NoticeCheck, t: ReturnType<typeof useI18n>['t']): string {
  switch (check.code) {
    case 'transferWithoutSafeguard':
      return t('notice.check.transferWithoutSafeguard', {
        recipient: check.subject,
        country: check.country,
      });
    case 'ruleOverRecord':
      return t('notice.check.ruleOverRecord', {
        activity: check.subject,
        category: t(`enum.dataCategory.${check.category}`),
        rule: check.rule,
        rulePeriod: periodText(check.rulePeriod, t),
        recordPeriod: periodText(check.recordPeriod, t),
      });
    case 'retentionUndetermined':
      return t('notice.check.retentionUndetermined', {
        activity: check.subject,
        category: t(`enum.dataCategory.${check.category}`),
      });
    case 'cookie':
      return t('notice.check.cookie', {
        cookie: check.subject,
        warning: warningText(t, check.warning),
      });
  }
}

/**
 * « À vérifier avant de publier »: what the notice would put online as it stands (a transfer
 * « Non documentée », a cookie without its provider) or reads from another place than the DPO may
 * think (a retention rule over the record's own duration).
 */
export function NoticeChecks({ checks }: { checks: NoticeCheck[] }) {
  const { t } = useI18n();
  if (checks.length === 0) return null;
  return (
    <section className="card notice-checks" aria-labelledby="notice-checks-heading">
      <h2 id="notice-checks-heading">{t('notice.check.title', { count: checks.length })}</h2>
      <ul>
        {checks.map((check, index) => (
          <li key={index}>{checkText(check, t)}</li>
        ))}
      </ul>
    </section>
  );
}
