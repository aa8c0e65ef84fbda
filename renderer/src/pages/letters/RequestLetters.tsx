import { dpo, type ShownError } from '../../api';
import { useEffect, useState } from 'react';
import type {
  GeneratedLetterView,
  LetterChoicesView,
  LetterPreviewView,
  LetterRecordView,
} from '../../../../shared/api';
import { formatCalendarDate, localDateOf } from '../../../../shared/dates';
import { wordingText } from '../../../../shared/errors';
import { translate } from '../../../../shared/i18n';
import { refusalText, type LetterRefusal } from '../../../../shared/letters/rules';
import {
  letterDeliveries,
  type LetterDelivery,
  type LetterKind,
  type LetterLanguage,
} from '../../../../shared/letters/templates';
import { Field } from '../../components/Field';
import { FilterSelect } from '../../components/ListToolbar';
import { useI18n, useLanguageTable } from '../../i18n';
import { LinkButton } from '../../components/Inputs';
import { languageChoices } from './choices';
import { LetterParagraphs } from './LetterParagraphs';

function isRefusal(value: unknown): value is LetterRefusal {
  return (
    typeof value === 'object' &&
    value !== null &&
    'key' in value &&
    typeof value.key === 'string' &&
    'params' in value
  );
}

/**
 * From a request: the letters that fit its state (the others say why not), post or email, a live
 * preview, the PDF (and for email the .eml draft) kept with the request, and after the answer the
 * offer to record that it was sent.
 */
export function RequestLetters(props: {
  requestId: string;
  /** Changes when the request was saved: the letters that fit are asked again. */
  version: string;
  dirty: boolean;
  onGenerated: () => void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const [choices, setChoices] = useState<LetterChoicesView | null>(null);
  const [kind, setKind] = useState<LetterKind | null>(null);
  const [language, setLanguage] = useState<LetterLanguage>(uiLanguage);
  useLanguageTable(language);
  const [delivery, setDelivery] = useState<LetterDelivery | null>(null);
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<LetterPreviewView | null>(null);
  const [letters, setLetters] = useState<LetterRecordView[]>([]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [answered, setAnswered] = useState<GeneratedLetterView | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    void dpo.letters.list({ id: props.requestId }).then((result) => {
      if (current && result.ok) setLetters(result.value);
    });
    void dpo.letters.choices({ requestId: props.requestId }).then((result) => {
      if (!current || !result.ok) return;
      setChoices(result.value);
      setDelivery((chosen) => chosen ?? result.value.delivery);
      setKind(
        (chosen) =>
          chosen ?? result.value.letters.find((l) => l.refusal === null)?.kind ?? 'acknowledgement',
      );
    });
    return () => {
      current = false;
    };
  }, [props.requestId, props.version, reloads]);

  const input =
    kind === null || delivery === null
      ? null
      : { requestId: props.requestId, kind, language, inputs, delivery };
  const inputKey = JSON.stringify(input);
  useEffect(() => {
    if (input === null) return;
    let current = true;
    void dpo.letters.preview(input).then((result) => {
      if (!current) return;
      if (result.ok) setPreview(result.value);
      else setStatus({ kind: 'error', text: result.error.message });
    });
    return () => {
      current = false;
    };
    // The input is compared by value: a new object with the same content asks nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputKey, props.version]);

  const errorText = (error: ShownError) =>
    isRefusal(error.details?.refusal)
      ? refusalText(error.details.refusal, uiLanguage)
      : error.message;

  const generate = async () => {
    if (input === null || busy) return;
    if (props.dirty) {
      setStatus({ kind: 'error', text: t('letters.saveRequestFirst') });
      return;
    }
    setBusy(true);
    try {
      const result = await dpo.letters.generate(input);
      if (!result.ok) {
        setStatus({ kind: 'error', text: errorText(result.error) });
        return;
      }
      const { letter, email } = result.value;
      setStatus({
        kind: 'ok',
        text:
          email === null
            ? t('letters.generated', { name: letter.fileName })
            : t('letters.generatedEmail', { name: letter.fileName, eml: email.fileName }),
      });
      if (email !== null) {
        // The mail program opens the draft (the browser downloads it), ready to send.
        await dpo.letters.open({ requestId: props.requestId, letterId: email.id });
      }
      // Offered once: an answer already recorded as sent keeps its date.
      const isAnswer = input.kind === 'answer' || input.kind === 'refusal';
      setAnswered(isAnswer && choices?.answeredOn === '' ? result.value : null);
      setReloads((n) => n + 1);
      props.onGenerated();
    } finally {
      setBusy(false);
    }
  };

  const recordResponse = async (sent: GeneratedLetterView) => {
    const result = await dpo.letters.recordResponse({
      requestId: props.requestId,
      delivery: sent.delivery,
    });
    if (result.ok) {
      setAnswered(null);
      setStatus({
        kind: 'ok',
        text: t('letters.responseRecorded', { date: formatCalendarDate(result.value.responseOn) }),
      });
      props.onGenerated();
    } else setStatus({ kind: 'error', text: errorText(result.error) });
  };

  const selected = choices?.letters.find((l) => l.kind === kind) ?? null;
  const refusal = preview?.refusal ?? selected?.refusal ?? null;
  const blocked =
    refusal !== null ||
    (preview !== null &&
      (preview.missing.length > 0 ||
        preview.problems.length > 0 ||
        preview.settingsMissing.length > 0));

  return (
    <section className="section letters" aria-label={t('letters.title')}>
      <h2>{t('letters.title')}</h2>
      <div className="toolbar">
        <FilterSelect
          label={t('letters.template')}
          value={kind ?? ''}
          options={(choices?.letters ?? []).map((choice) => ({
            value: choice.kind,
            label:
              choice.refusal === null
                ? t(`letter.kind.${choice.kind}`)
                : t('letters.notApplicable', { name: t(`letter.kind.${choice.kind}`) }),
          }))}
          onChange={(next) => {
            setKind(next);
            setInputs({});
            setStatus(null);
          }}
        />
        <FilterSelect
          label={t('letters.delivery')}
          value={delivery ?? ''}
          options={letterDeliveries.map((d) => ({ value: d, label: t(`letter.delivery.${d}`) }))}
          onChange={setDelivery}
        />
        <FilterSelect
          label={t('letters.language')}
          value={language}
          options={languageChoices}
          onChange={setLanguage}
        />
        <button
          type="button"
          className="primary"
          disabled={blocked || busy}
          onClick={() => void generate()}
        >
          {delivery === 'email' ? t('letters.generateEmail') : t('letters.generate')}
        </button>
      </div>
      {choices?.deliveryIsChoice === true ? (
        <p className="muted">{t('letters.deliveryChoice')}</p>
      ) : null}
      {refusal !== null ? (
        <p className="notice notice-warn" data-testid="letter-refusal">
          {refusalText(refusal, uiLanguage)}
        </p>
      ) : null}
      {(preview?.inputs ?? []).map((name) => (
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
      {answered !== null ? (
        <p className="notice" data-testid="record-response">
          {t('letters.recordResponseOffer', { channel: t(`letters.sentBy.${answered.delivery}`) })}{' '}
          <button type="button" onClick={() => void recordResponse(answered)}>
            {t('letters.recordResponse')}
          </button>
        </p>
      ) : null}
      {preview !== null && refusal === null ? (
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
                  <li key={p.key}>{wordingText(uiLanguage, p)}</li>
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
          <LetterParagraphs
            subjectLabel={translate(language, 'letter.subject')}
            subject={preview.subject}
            paragraphs={preview.paragraphs}
          />
        </div>
      ) : null}
      {letters.length === 0 ? (
        <p className="muted">{t('letters.none')}</p>
      ) : (
        <ul className="linked" data-testid="letters">
          {letters.map((letter) => (
            <li key={letter.id}>
              {formatCalendarDate(localDateOf(letter.createdAt))} —{' '}
              {t(`letter.kind.${letter.kind}`)} — {letter.fileName}{' '}
              <LinkButton
                onClick={() =>
                  void dpo.letters.open({ requestId: props.requestId, letterId: letter.id })
                }
              >
                {letter.fileName.endsWith('.eml') ? t('letters.openEmail') : t('letters.open')}
              </LinkButton>
              <LinkButton
                onClick={() =>
                  void dpo.letters.saveAs({
                    requestId: props.requestId,
                    letterId: letter.id,
                  })
                }
              >
                {t('letters.saveAs')}
              </LinkButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
