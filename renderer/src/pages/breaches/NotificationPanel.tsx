import { dpo } from '../../api';
import { useCallback, useState } from 'react';
import type { BreachNotification } from '../../../../shared/breaches/notification';
import type { Language } from '../../../../shared/i18n';
import type { BreachView } from '../../../../shared/schemas/breach';
import { FilterSelect } from '../../components/ListToolbar';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { useAddressState } from '../../navigation';
import { languageChoices } from '../letters/choices';

/** Puts a text on the clipboard; says so, or says why not. */
export function useCopy() {
  const { t } = useI18n();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = (text: string) => {
    void navigator.clipboard.writeText(text).then(
      () => {
        setCopied(t('notification.copied'));
      },
      (error: unknown) => {
        setCopied(error instanceof Error ? error.message : String(error));
      },
    );
  };
  return { copy, copied };
}

/**
 * The language the breach's documents are prepared in, kept in the address (`langue=en`): the
 * same on every tab of the record, and after a reload.
 */
export function useDocumentLanguage(): [Language, (language: Language) => void] {
  const [text, setText] = useAddressState('langue', 'fr');
  return [text === 'en' ? 'en' : 'fr', setText];
}

/**
 * The notification to the CNIL, item by item as its online service asks: each item copied in one
 * click, the whole text, or the PDF to keep with the file. A complement is prepared once the
 * phase before it is recorded on the record.
 */
export function NotificationPanel({ view }: { view: BreachView }) {
  const { t, language: uiLanguage } = useI18n();
  const id = view.breach.id;
  const recorded = view.breach.notifications.length;
  const [phase, setPhase] = useState(String(recorded + 1));
  const [language, setLanguage] = useDocumentLanguage();
  const [shown, setShown] = useState<{ notification: BreachNotification; text: string } | null>(
    null,
  );
  const [message, setMessage] = useState<string | null>(null);
  const { copy, copied } = useCopy();

  useLiveLoad(
    ['breaches', 'settings', 'activities', 'processors'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.breaches.notification({ id, phase: Number(phase), language }).then((result) => {
          if (!isCurrent()) return;
          if (result.ok) setShown(result.value);
          else setMessage(result.error.message);
        });
      },
      [id, phase, language],
    ),
  );

  const savePdf = async () => {
    const result = await dpo.breaches.saveNotificationPdf({ id, phase: Number(phase), language });
    if (!result.ok) setMessage(result.error.message);
    else if (result.value.saved)
      setMessage(t('notification.pdfSaved', { name: result.value.name }));
  };

  const phases = Array.from({ length: recorded + 1 }, (_, index) => ({
    value: String(index + 1),
    label:
      index === 0
        ? t('notification.phaseInitial')
        : t('notification.phaseComplementary', { number: index }),
  }));
  const notGiven = t('notification.notGiven');
  return (
    <section className="notification" aria-label={t('notification.tab')}>
      <p className="hint">{t('notification.intro')}</p>
      <div className="toolbar">
        <FilterSelect
          label={t('notification.phaseChoice')}
          value={phase}
          options={phases}
          onChange={setPhase}
        />
        <FilterSelect
          label={t('letters.language')}
          value={language}
          options={languageChoices}
          onChange={setLanguage}
        />
        <button
          type="button"
          disabled={shown === null}
          onClick={() => {
            if (shown !== null) copy(shown.text);
          }}
        >
          {t('notification.copyAll')}
        </button>
        <button type="button" className="primary" onClick={() => void savePdf()}>
          {t('notification.savePdf')}
        </button>
      </div>
      <Notice text={copied} role="status" />
      <Notice text={message} role="status" />
      {shown === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        shown.notification.sections.map((section) => (
          <section key={section.key} className="notification-section" lang={language}>
            <h2>{section.title}</h2>
            <dl className="copy-list">
              {section.items.map((item) => (
                <div key={item.label} className="copy-item">
                  <dt>{item.label}</dt>
                  <dd className={item.value === '' ? 'muted' : undefined}>
                    {item.value === '' ? notGiven : item.value}
                  </dd>
                  <dd>
                    {item.value === '' ? null : (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('notification.copyItem', { label: item.label })}
                        onClick={() => {
                          copy(item.value);
                        }}
                        lang={uiLanguage}
                      >
                        {t('common.copy')}
                      </button>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))
      )}
    </section>
  );
}
