import type { NoticeKind } from '../../../../shared/notices/document';
import type { NoticesOverview } from '../../../../shared/notices/publications';
import {
  isStale,
  noticeVersionsLink,
  staleDetail,
  staleWarning,
} from '../../../../shared/notices/stale';
import { useI18n } from '../../i18n';

/**
 * « La politique … publiée le 13/05/2026 ne reflète plus le registre : 2 changements », one line
 * per notice and language the register moved away from; a quiet line for a notice never
 * published. `kind` keeps one notice's lines (its own page).
 */
export function NoticeWarnings({
  overview,
  kind,
}: {
  overview: NoticesOverview;
  kind?: NoticeKind;
}) {
  const { t, language } = useI18n();
  const stale = overview.statuses.filter(
    (status) => isStale(status) && (kind === undefined || status.kind === kind),
  );
  const never = overview.neverPublished.filter((k) => kind === undefined || k === kind);
  if (stale.length === 0 && never.length === 0) return null;
  return (
    <ul className="notice-warnings" aria-label={t('noticeVersions.dashboardTitle')}>
      {stale.map((status) => (
        <li
          key={`${status.kind}-${status.language}`}
          className="notice-warn"
          data-testid="notice-stale"
        >
          <a href={noticeVersionsLink(status.kind)}>{staleWarning(status, language)}</a>
          <span className="hint"> — {staleDetail(status, language)}</span>
          {kind !== undefined ? (
            <ul className="notice-changes" aria-label={t('noticeVersions.differences')}>
              {status.differences.map((difference, index) => (
                <li key={index}>{difference}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
      {never.map((k) => (
        <li key={k} className="hint" data-testid="notice-never">
          {t(`noticeVersions.neverPublished.${k}`)}
        </li>
      ))}
    </ul>
  );
}
