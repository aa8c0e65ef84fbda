import { useCallback, useState } from 'react';
import { dpo } from '../../api';
import type { NoticeKind } from '../../../../shared/notices/document';
import { emptyNoticeTexts, noticeParts, type NoticeTexts } from '../../../../shared/schemas/notice';
import { lengthHint, maxLength } from '../../../../shared/limits';
import { languages } from '../../../../shared/i18n';
import { FieldFrame } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';

const languageNames = { fr: 'Français', en: 'English' } as const;

/** The introduction and closing the DPO writes around the generated notice, in both languages. */
export function NoticeParagraphs({ kind }: { kind: NoticeKind }) {
  const { t, language: shown } = useI18n();
  const [texts, setTexts] = useState<NoticeTexts>(emptyNoticeTexts);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);

  useLiveLoad(
    ['notices'],
    useCallback(
      (isCurrent: () => boolean) => {
        // What the DPO is typing is not replaced by a reload.
        if (dirty) return;
        void dpo.notices.texts({ kind }).then((result) => {
          if (result.ok && isCurrent()) setTexts(result.value);
        });
      },
      [kind, dirty],
    ),
  );

  const save = async () => {
    setSaving(true);
    const result = await dpo.notices.saveTexts({ kind, texts });
    setSaving(false);
    if (!result.ok) {
      setMessage({ text: result.error.message, warn: true });
      return;
    }
    setTexts(result.value);
    setDirty(false);
    setMessage({ text: t('notice.page.saved'), warn: false });
  };

  return (
    <section className="card" aria-labelledby="notice-paragraphs">
      <h2 id="notice-paragraphs">{t('notice.page.paragraphs')}</h2>
      <p className="hint">{t('notice.page.hint')}</p>
      <div className="grid-2">
        {noticeParts.flatMap((part) =>
          languages.map((language) => (
            <FieldFrame
              key={`${part}-${language}`}
              label={t(part === 'intro' ? 'notice.page.introLabel' : 'notice.page.closingLabel', {
                language: languageNames[language],
              })}
              hint={lengthHint(texts[part][language].length, maxLength.freeText, shown, t)}
            >
              {(control) => (
                <textarea
                  {...control}
                  name={`${part}-${language}`}
                  lang={language}
                  rows={5}
                  maxLength={maxLength.freeText}
                  value={texts[part][language]}
                  onChange={(event) => {
                    const text = event.target.value;
                    setTexts((current) => ({
                      ...current,
                      [part]: { ...current[part], [language]: text },
                    }));
                    setDirty(true);
                    setMessage(null);
                  }}
                />
              )}
            </FieldFrame>
          )),
        )}
      </div>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={saving || !dirty}
          onClick={() => void save()}
        >
          {t('notice.page.save')}
        </button>
        <Notice text={message?.text ?? null} role="status" warn={message?.warn === true} />
      </div>
    </section>
  );
}
