import { useState } from 'react';
import { dpo } from '../../api';
import type { Language } from '../../../../shared/i18n';
import {
  noticeFormats,
  type NoticeFormat,
  type NoticeKind,
} from '../../../../shared/notices/document';
import type { NoticePublication } from '../../../../shared/notices/publications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SelectField } from '../../components/Inputs';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n';

const languageChoices = [
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'English' },
];

const formatNames: Record<NoticeFormat, string> = {
  html: 'HTML',
  pdf: 'PDF',
  docx: 'Word (.docx)',
};

/** The language of the notice and its files: HTML for the website, PDF, .docx, via a save dialog. */
export function NoticeFiles(props: {
  kind: NoticeKind;
  language: Language;
  onLanguage: (language: Language) => void;
  ready: boolean;
  /** How many points are still to check: publishing then asks first. */
  checks: number;
}) {
  const { t } = useI18n();
  const [saving, setSaving] = useState<NoticeFormat | null>(null);
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<NoticePublication | null>(null);

  // Published as the website shows it: the HTML file, kept as a numbered version.
  const publish = async () => {
    setConfirming(false);
    setSaving('html');
    setMessage(null);
    setPublished(null);
    const result = await dpo.notices.publish({
      kind: props.kind,
      language: props.language,
      format: 'html',
    });
    setSaving(null);
    if (result.ok) setPublished(result.value);
    setMessage(
      result.ok
        ? {
            text: t('notice.page.published', {
              version: result.value.version,
              sha: result.value.sha256.slice(0, 12),
            }),
            warn: false,
          }
        : { text: result.error.message, warn: true },
    );
  };

  // The file just published, to put online: the very bytes kept with the version.
  const savePublished = async (publication: NoticePublication) => {
    const result = await dpo.noticeVersions.save({ id: publication.id });
    if (!result.ok) setMessage({ text: result.error.message, warn: true });
  };

  const save = async (format: NoticeFormat) => {
    setSaving(format);
    setMessage(null);
    const result = await dpo.notices.save({ kind: props.kind, language: props.language, format });
    setSaving(null);
    if (!result.ok) setMessage({ text: result.error.message, warn: true });
    else if (result.value.saved) {
      setMessage({ text: t('notice.page.fileSaved', { name: result.value.name }), warn: false });
    }
  };

  return (
    <section className="card" aria-labelledby="notice-files">
      <h2 id="notice-files">{t('notice.page.files')}</h2>
      <div className="toolbar">
        <SelectField
          name="notice-language"
          label={t('notice.page.language')}
          value={props.language}
          options={languageChoices}
          onChange={(value) => {
            props.onLanguage(value === 'en' ? 'en' : 'fr');
          }}
        />
        {noticeFormats.map((format) => (
          <button
            type="button"
            key={format}
            className={format === 'html' ? 'primary' : undefined}
            disabled={saving !== null || !props.ready}
            onClick={() => void save(format)}
          >
            {t('notice.page.saveAs', { format: formatNames[format] })}
          </button>
        ))}
        <button
          type="button"
          disabled={saving !== null || !props.ready}
          onClick={() => {
            if (props.checks > 0) setConfirming(true);
            else void publish();
          }}
        >
          {t('notice.page.publish')}
        </button>
        {published !== null ? (
          <button type="button" onClick={() => void savePublished(published)}>
            {t('notice.page.savePublished')}
          </button>
        ) : null}
      </div>
      {props.language === 'en' ? <p className="hint">{t('notice.check.englishWords')}</p> : null}
      <Notice text={message?.text ?? null} role="status" warn={message?.warn === true} />
      {confirming ? (
        <ConfirmDialog
          title={t('notice.page.publishConfirmTitle')}
          message={t('notice.page.publishConfirm', { count: props.checks })}
          confirmLabel={t('notice.page.publishAnyway')}
          cancelLabel={t('notice.page.cancel')}
          onConfirm={() => void publish()}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : null}
    </section>
  );
}
