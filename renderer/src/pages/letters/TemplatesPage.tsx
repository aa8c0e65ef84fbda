import { dpo } from '../../api';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LetterTemplate } from '../../../../shared/letters/templates';
import {
  isBlockKind,
  mandatoryContent,
  optionalPlaceholders,
  templateKinds,
  type LetterLanguage,
  type TemplateKind,
} from '../../../../shared/letters/templates';
import { translate } from '../../../../shared/i18n';
import { letterText, renderLetter } from '../../../../shared/letters/render';
import { sampleValues } from '../../../../shared/letters/sample';
import { knownPlaceholders, placeholderNames } from '../../../../shared/letters/values';
import { useLeaveGuard } from '../../components/useRecordPage';
import { FilterSelect } from '../../components/ListToolbar';
import { useI18n, useLanguageTable } from '../../i18n';
import { languageChoices } from './choices';
import { LetterParagraphs } from './LetterParagraphs';

/** The template editor: subject and text, the placeholder list, a live preview, save and restore. */
export function TemplatesPage() {
  const { t } = useI18n();
  const [templates, setTemplates] = useState<LetterTemplate[]>([]);
  const [kind, setKind] = useState<TemplateKind>('acknowledgement');
  const [language, setLanguage] = useState<LetterLanguage>('fr');
  useLanguageTable(language);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const shown = templates.find((tpl) => tpl.kind === kind && tpl.language === language);
  const dirty = shown !== undefined && (subject !== shown.subject || body !== shown.body);
  useLeaveGuard(dirty);

  /** Shows a template in the editor; unsaved edits of the one shown are lost only if agreed. */
  const show = (list: LetterTemplate[], nextKind: TemplateKind, nextLanguage: LetterLanguage) => {
    if (dirty && !window.confirm(t('common.leaveUnsaved'))) return;
    const found = list.find((tpl) => tpl.kind === nextKind && tpl.language === nextLanguage);
    setKind(nextKind);
    setLanguage(nextLanguage);
    setSubject(found?.subject ?? '');
    setBody(found?.body ?? '');
    setStatus(null);
  };

  useEffect(() => {
    void dpo.letters.templates().then((result) => {
      if (!result.ok) return;
      setTemplates(result.value);
      const first = result.value.find(
        (tpl) => tpl.kind === 'acknowledgement' && tpl.language === 'fr',
      );
      setSubject(first?.subject ?? '');
      setBody(first?.body ?? '');
    });
  }, []);

  const preview = useMemo(
    () =>
      renderLetter(
        { subject, body },
        sampleValues(language),
        knownPlaceholders,
        optionalPlaceholders,
      ),
    [subject, body, language],
  );
  const problems = useMemo(() => {
    const source = `${subject}\n${body}`;
    const text = letterText(preview);
    return [
      ...mandatoryContent[kind].filter((r) => !r.test(source, text)).map((r) => t(r.key)),
      ...preview.unknown.map((name) => `{{${name}}} ?`),
    ];
  }, [kind, subject, body, preview, t]);

  const replace = (template: LetterTemplate) => {
    setTemplates((list) =>
      list.map((tpl) =>
        tpl.kind === template.kind && tpl.language === template.language ? template : tpl,
      ),
    );
    setSubject(template.subject);
    setBody(template.body);
  };
  const save = async () => {
    const result = await dpo.letters.saveTemplate({ kind, language, subject, body });
    if (result.ok) {
      replace(result.value);
      setStatus(t('letters.templateSaved'));
    } else setStatus(result.error.message);
  };
  const restore = async () => {
    const result = await dpo.letters.restoreTemplate({ kind, language });
    if (result.ok) {
      replace(result.value);
      setStatus(t('letters.templateRestored'));
    } else setStatus(result.error.message);
  };
  const insert = (name: string) => {
    const area = bodyRef.current;
    const token = `{{${name}}}`;
    if (area === null) {
      setBody(body + token);
      return;
    }
    const start = area.selectionStart;
    setBody(body.slice(0, start) + token + body.slice(area.selectionEnd));
  };

  return (
    <section className="page page-wide">
      <h1>{t('letters.templates')}</h1>
      <p>{t('letters.templatesIntro')}</p>
      <div className="toolbar">
        <FilterSelect
          label={t('letters.template')}
          value={kind}
          options={templateKinds.map((k) => ({
            value: k,
            label:
              (isBlockKind(k) ? `${t('letters.block')} — ` : '') +
              t(`letter.kind.${k}`) +
              (templates.find((tpl) => tpl.kind === k && tpl.language === language)?.edited === true
                ? ` (${t('letters.edited')})`
                : ''),
          }))}
          onChange={(next) => {
            show(templates, next, language);
          }}
        />
        <FilterSelect
          label={t('letters.language')}
          value={language}
          options={languageChoices}
          onChange={(next) => {
            show(templates, kind, next);
          }}
        />
      </div>
      <div className="template-editor">
        <div>
          {isBlockKind(kind) ? (
            <p className="muted">{t('letters.blockIntro')}</p>
          ) : (
            <div className="field">
              <label htmlFor="template-subject">{t('letters.subject')}</label>
              <input
                id="template-subject"
                value={subject}
                maxLength={500}
                onChange={(e) => {
                  setSubject(e.target.value);
                }}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor="template-body">{t('letters.body')}</label>
            <textarea
              id="template-body"
              ref={bodyRef}
              rows={22}
              value={body}
              maxLength={20000}
              onChange={(e) => {
                setBody(e.target.value);
              }}
            />
          </div>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void save()}>
              {t('letters.saveTemplate')}
            </button>
            <button type="button" onClick={() => void restore()}>
              {t('letters.restore')}
            </button>
            <span role="status" className="status">
              {status ?? ''}
            </span>
          </div>
          <p className="field-label">{t('letters.placeholders')}</p>
          <div className="placeholders">
            {placeholderNames.map((name) => (
              <button
                key={name}
                type="button"
                className="chip"
                onClick={() => {
                  insert(name);
                }}
              >
                {`{{${name}}}`}
              </button>
            ))}
          </div>
        </div>
        <div>
          <p className="field-label">{t('letters.livePreview')}</p>
          {problems.length === 0 ? (
            <p className="notice">{t('letters.mandatoryOk')}</p>
          ) : (
            <div className="notice notice-warn" role="alert">
              {t('letters.problems')}
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <LetterParagraphs
            subjectLabel={translate(language, 'letter.subject')}
            subject={preview.subject}
            paragraphs={preview.paragraphs}
          />
        </div>
      </div>
    </section>
  );
}
