import { useCallback, useState } from 'react';
import { dpo } from '../../api';
import type { Language } from '../../../../shared/i18n';
import type { NoticeDocument } from '../../../../shared/notices/document';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { NoticeFiles } from './NoticeFiles';
import { NoticeParagraphs } from './NoticeParagraphs';
import { NoticePreview } from './NoticePreview';

/** No purpose at all: no activity in force is marked as concerning the public. */
function hasNoPurpose(doc: NoticeDocument): boolean {
  const purposes = doc.sections.find((s) => s.id === 'purposes');
  return purposes?.blocks.some((b) => b.kind === 'table' && b.rows.length === 0) === true;
}

/**
 * « Mentions d'information »: the privacy notice generated from the register, its files, the
 * paragraphs the DPO writes around it, and a preview. Each part is a component of its own, so
 * that publishing and the versions can join the page beside them.
 */
export function NoticesPage() {
  const { t, language: shown } = useI18n();
  // The notice in the language of the screen first; the other one is a choice away.
  const [language, setLanguage] = useState<Language>(shown);
  const [doc, setDoc] = useState<NoticeDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // The notice follows the register: any change to what it is made of redraws the preview.
  useLiveLoad(
    ['activities', 'processors', 'retention', 'settings', 'notices'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.notices.preview({ kind: 'privacy', language }).then((result) => {
          if (!isCurrent()) return;
          if (result.ok) setDoc(result.value);
          setProblem(result.ok ? null : result.error.message);
        });
      },
      [language],
    ),
  );

  return (
    <section className="page page-wide">
      <h1>{t('notice.page.title')}</h1>
      <p className="hint">{t('notice.page.intro')}</p>
      <NoticeFiles
        kind="privacy"
        language={language}
        onLanguage={setLanguage}
        ready={doc !== null}
      />
      <Notice text={problem} role="alert" warn />
      {doc !== null && hasNoPurpose(doc) ? (
        <Notice text={t('notice.page.noPublic')} role="status" warn />
      ) : null}
      <NoticeParagraphs kind="privacy" />
      <section className="card" aria-labelledby="notice-preview-heading">
        <h2 id="notice-preview-heading">{t('notice.page.preview')}</h2>
        {doc === null ? null : (
          <NoticePreview doc={doc} updatedLabel={(date) => t('notice.updatedOn', { date })} />
        )}
      </section>
    </section>
  );
}
