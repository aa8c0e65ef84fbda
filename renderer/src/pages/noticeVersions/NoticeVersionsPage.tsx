import { useCallback, useState } from 'react';
import type { NoticeKind } from '../../../../shared/notices/document';
import type { NoticesOverview } from '../../../../shared/notices/publications';
import { dpo } from '../../api';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { NoticeVersions } from './NoticeVersions';
import { NoticeWarnings } from './NoticeWarnings';

/**
 * One notice's versions on a page of their own (`#/documents/versions/<kind>`), where the stale
 * warning leads, until the notice's own page holds them.
 */
export function NoticeVersionsPage({ kind }: { kind: NoticeKind }) {
  const { t } = useI18n();
  const [overview, setOverview] = useState<NoticesOverview | null>(null);
  useLiveLoad(
    'all',
    useCallback((isCurrent: () => boolean) => {
      void dpo.noticeVersions.overview().then((result) => {
        if (result.ok && isCurrent()) setOverview(result.value);
      });
    }, []),
  );
  return (
    <section className="page page-wide">
      <h1>{t(`noticeVersions.kind.${kind}`)}</h1>
      {overview !== null ? <NoticeWarnings overview={overview} kind={kind} /> : null}
      <NoticeVersions kind={kind} />
    </section>
  );
}
