import { useCallback, useState } from 'react';
import { dpo } from '../../api';
import type { Language } from '../../../../shared/i18n';
import type { NoticeDocument, NoticeKind } from '../../../../shared/notices/document';
import type { NoticeCheck } from '../../../../shared/notices/checks';
import type { NoticesOverview } from '../../../../shared/notices/publications';
import { Notice } from '../../components/Notice';
import { Tabs } from '../../components/Tabs';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { useAddressState } from '../../navigation';
import { NoticeVersions } from '../noticeVersions/NoticeVersions';
import { NoticeWarnings } from '../noticeVersions/NoticeWarnings';
import { NoticeChecks } from './NoticeChecks';
import { NoticeFiles } from './NoticeFiles';
import { NoticeParagraphs } from './NoticeParagraphs';
import { NoticePreview } from './NoticePreview';

/** No purpose at all: no activity in force is marked as concerning the public. */
function hasNoPurpose(doc: NoticeDocument): boolean {
  const purposes = doc.sections.find((s) => s.id === 'purposes');
  return purposes?.blocks.some((b) => b.kind === 'table' && b.rows.length === 0) === true;
}

/**
 * « Mentions d'information »: the privacy notice generated from the register, or the cookie
 * policy from the inventory (`?politique=cookies`), its files, the paragraphs the DPO writes
 * around the privacy notice, a preview, the published versions and whether the last one still
 * reflects the register.
 */
export function NoticesPage() {
  const { t, language: shown } = useI18n();
  const [kindText, setKind] = useAddressState('politique', 'privacy');
  const kind: NoticeKind = kindText === 'cookies' ? 'cookies' : 'privacy';
  // The notice in the language of the screen first; the other one is a choice away.
  const [language, setLanguage] = useState<Language>(shown);
  const [doc, setDoc] = useState<NoticeDocument | null>(null);
  const [overview, setOverview] = useState<NoticesOverview | null>(null);
  const [checks, setChecks] = useState<NoticeCheck[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  // The notice follows the register: any change to what it is made of redraws the preview.
  useLiveLoad(
    ['activities', 'processors', 'retention', 'settings', 'notices', 'cookies', 'documents'],
    useCallback(
      (isCurrent: () => boolean) => {
        void Promise.all([
          dpo.notices.preview({ kind, language }),
          dpo.noticeVersions.overview(),
          dpo.notices.checks({ kind }),
        ]).then(([result, status, found]) => {
          if (!isCurrent()) return;
          if (result.ok) setDoc(result.value);
          if (status.ok) setOverview(status.value);
          if (found.ok) setChecks(found.value);
          setProblem(result.ok ? null : result.error.message);
        });
      },
      [kind, language],
    ),
  );

  return (
    <section className="page page-wide">
      <h1>{t('notice.page.title')}</h1>
      <p className="hint">{t('notice.page.intro')}</p>
      <Tabs
        tabs={(['privacy', 'cookies'] as const).map((choice) => ({
          key: choice,
          label: t(`noticeVersions.kind.${choice}`),
          selected: kind === choice,
          onSelect: () => {
            setDoc(null);
            setKind(choice);
          },
        }))}
      />
      {overview !== null ? <NoticeWarnings overview={overview} kind={kind} /> : null}
      {/* Keyed by notice: a message about one notice's file does not stay on the other's tab. */}
      <NoticeFiles
        key={kind}
        kind={kind}
        language={language}
        onLanguage={setLanguage}
        ready={doc !== null}
        checks={checks.length}
      />
      <NoticeChecks checks={checks} />
      <Notice text={problem} role="alert" warn />
      {kind === 'privacy' && doc !== null && hasNoPurpose(doc) ? (
        <Notice text={t('notice.page.noPublic')} role="status" warn />
      ) : null}
      {kind === 'privacy' ? <NoticeParagraphs kind="privacy" /> : null}
      <section className="card" aria-labelledby="notice-preview-heading">
        <h2 id="notice-preview-heading">{t('notice.page.preview')}</h2>
        {doc === null ? null : (
          <NoticePreview doc={doc} updatedLabel={(date) => t('notice.updatedOn', { date })} />
        )}
      </section>
      <div className="card">
        <NoticeVersions kind={kind} />
      </div>
    </section>
  );
}
