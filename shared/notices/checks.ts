/**
 * What to look at before publishing a notice: the points where the published text would say
 * something a DPO would not want to put online as it stands (« Non documentée » for a transfer's
 * safeguard, a cookie without its provider), or where the notice reads another source than the
 * DPO may think (a retention rule of « Conservation » taking precedence over the record's own
 * duration). Publishing stays possible: the page asks first.
 */
import type { CookieView, CookieWarning } from '../schemas/cookie';
import { transfersOf } from '../register/transfers';
import type { Period } from '../retention/periods';
import { publicActivities, type PrivacyNoticeSources } from './privacyNotice';

export type NoticeCheck =
  | { code: 'transferWithoutSafeguard'; subject: string; country: string }
  | {
      code: 'ruleOverRecord';
      subject: string;
      category: string;
      rule: string;
      rulePeriod: Period;
      recordPeriod: Period;
    }
  | { code: 'retentionUndetermined'; subject: string; category: string }
  | { code: 'cookie'; subject: string; warning: CookieWarning };

const samePeriod = (a: Period, b: Period) => a.value === b.value && a.unit === b.unit;

/** The privacy notice's points to check, activity by activity, then its transfers. */
export function privacyNoticeChecks(
  sources: Pick<PrivacyNoticeSources, 'activities' | 'processors' | 'rules'>,
): NoticeCheck[] {
  const checks: NoticeCheck[] = [];
  const shown = publicActivities(sources.activities);
  for (const activity of shown) {
    for (const category of activity.dataCategories) {
      const rule = sources.rules.find(
        (r) => r.activityId === activity.id && r.dataCategory === category.kind,
      );
      const retention = category.retention;
      if (rule !== undefined) {
        if (
          retention.mode === 'duration' &&
          retention.duration !== null &&
          !samePeriod(rule.activePeriod, { value: retention.duration, unit: retention.unit })
        ) {
          checks.push({
            code: 'ruleOverRecord',
            subject: activity.name,
            category: category.kind,
            rule: rule.label,
            rulePeriod: rule.activePeriod,
            recordPeriod: { value: retention.duration, unit: retention.unit },
          });
        }
      } else if (retention.mode === 'undetermined') {
        checks.push({
          code: 'retentionUndetermined',
          subject: activity.name,
          category: category.kind,
        });
      }
    }
  }
  for (const transfer of transfersOf(shown, sources.processors)) {
    if (transfer.safeguard === null) {
      checks.push({
        code: 'transferWithoutSafeguard',
        subject: transfer.recipient,
        country: transfer.country,
      });
    }
  }
  return checks;
}

/** The cookie policy's points to check: every warning of the inventory, cookie by cookie. */
export function cookiePolicyChecks(cookies: readonly CookieView[]): NoticeCheck[] {
  return cookies.flatMap((view) =>
    view.warnings.map((warning) => ({
      code: 'cookie' as const,
      subject: view.cookie.name,
      warning,
    })),
  );
}
