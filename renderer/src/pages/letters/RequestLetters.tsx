import { useEffect, useState } from 'react';
import type { LetterPreviewView, LetterRecordView } from '../../../../shared/api';
import { formatCalendarDate } from '../../../../shared/dates';
import {
  letterInputs,
  letterKinds,
  letterLanguages,
  type LetterKind,
  type LetterLanguage,
} from '../../../../shared/letters/templates';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n';
import { LetterParagraphs } from './LetterParagraphs';

/** From a request: choose a template, preview it, generate the PDF, open or save the letters kept. */
export function RequestLetters(props: {
  requestId: string;
  dirty: boolean;
  onGenerated: () => void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const [kind, setKind] = useState<LetterKind>('acknowledgement');
  const [language, setLanguage] = useState<LetterLanguage>(uiLanguage);
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<LetterPreviewView | null>(null);
  const [letters, setLetters] = useState<LetterRecordView[]>([]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    void window.dpo.letters.list({ id: props.requestId }).then((result) => {
      if (result.ok) setLetters(result.value);
    });
  }, [props.requestId, reloads]);

  const input = { requestId: props.requestId, kind, language, inputs };
  const showPreview = async () => {
    const result = await window.dpo.letters.preview(input);
    if (result.ok) setPreview(result.value);
    else setStatus({ kind: 'error', text: result.error.message });
  };
  const generate = async () => {
    if (props.dirty) {
      setStatus({ kind: 'error', text: t('letters.saveRequestFirst') });
      return;
    }
    const result = await window.dpo.letters.generate(input);
    if (result.ok) {
      setStatus({ kind: 'ok', text: t('letters.generated', { name: result.value.fileName }) });
      setReloads((n) => n + 1);
      props.onGenerated();
    } else {
      setStatus({ kind: 'error', text: result.error.message });
      await showPreview();
    }
  };

  return (
    <section className="section letters" aria-label={t('letters.title')}>
      <h2>{t('letters.title')}</h2>
      <div className="toolbar">
        <label className="filter">
          <span>{t('letters.template')}</span>
          <select
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as LetterKind);
              setPreview(null);
            }}
          >
            {letterKinds.map((k) => (
              <option key={k} value={k}>
                {t(`letter.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('letters.language')}</span>
          <select
            value={language}
            onChange={(event) => {
              setLanguage(event.target.value as LetterLanguage);
              setPreview(null);
            }}
          >
            {letterLanguages.map((l) => (
              <option key={l} value={l}>
                {l === 'fr' ? 'Français' : 'English'}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void showPreview()}>
          {t('letters.preview')}
        </button>
        <button type="button" className="primary" onClick={() => void generate()}>
          {t('letters.generate')}
        </button>
      </div>
      {(letterInputs[kind] ?? []).map((name) => (
        <Field
          key={name}
          name={name}
          label={t(`letters.input.${name}`)}
          value={inputs[name] ?? ''}
          maxLength={2000}
          onChange={(v) => {
            setInputs({ ...inputs, [name]: v });
          }}
        />
      ))}
      {status !== null ? (
        <p role="status" className={status.kind === 'error' ? 'status status-error' : 'status'}>
          {status.text}
        </p>
      ) : null}
      {preview !== null ? (
        <div className="letter-check">
          {preview.settingsMissing.length > 0 ? (
            <p className="notice notice-warn">
              {t('letters.settingsMissing')}{' '}
              {preview.settingsMissing.map((key) => t(key)).join(', ')}
            </p>
          ) : null}
          {preview.problems.length > 0 ? (
            <div className="notice notice-warn">
              {t('letters.problems')}
              <ul>
                {preview.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.missing.length > 0 ? (
            <div className="notice notice-warn" data-testid="letter-missing">
              {t('letters.missing')}
              <ul>
                {preview.missing.map((name) => (
                  <li key={name}>{`{{${name}}}`}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <LetterParagraphs subject={preview.subject} paragraphs={preview.paragraphs} />
        </div>
      ) : null}
      {letters.length === 0 ? (
        <p className="muted">{t('letters.none')}</p>
      ) : (
        <ul className="linked" data-testid="letters">
          {letters.map((letter) => (
            <li key={letter.id}>
              {formatCalendarDate(letter.createdAt.slice(0, 10))} —{' '}
              {t(`letter.kind.${letter.kind}`)} — {letter.fileName}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void window.dpo.letters.open({ requestId: props.requestId, letterId: letter.id })
                }
              >
                {t('letters.open')}
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void window.dpo.letters.saveAs({
                    requestId: props.requestId,
                    letterId: letter.id,
                  })
                }
              >
                {t('letters.saveAs')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
