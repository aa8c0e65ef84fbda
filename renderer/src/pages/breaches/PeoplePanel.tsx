import { dpo } from '../../api';
import { useCallback, useState } from 'react';
import type { BreachCommunicationView } from '../../../../shared/api';
import { formatCalendarDate, localCalendarDate } from '../../../../shared/dates';
import { errorText } from '../../../../shared/errors';
import type { BreachView } from '../../../../shared/schemas/breach';
import type { BreachPeopleView } from '../../../../shared/schemas/breachPeople';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FilterSelect } from '../../components/ListToolbar';
import { Notice } from '../../components/Notice';
import { formatInstant, useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { BatchProgress, useBatch } from '../letters/BatchProgress';
import { languageChoices } from '../letters/choices';
import { useCopy, useDocumentLanguage } from './NotificationPanel';

/**
 * Telling the people (Art. 34): their list (imported, kept only until they are told, then
 * erased), the letter they receive, the batch of letters or email drafts; or, when the record
 * says letters would take disproportionate effort, the public communication to publish.
 */
export function PeoplePanel({ view }: { view: BreachView }) {
  const { t, language: uiLanguage } = useI18n();
  const id = view.breach.id;
  const [language, setLanguage] = useDocumentLanguage();
  const [delivery, setDelivery] = useState<'post' | 'email'>('post');
  const [people, setPeople] = useState<BreachPeopleView | null>(null);
  const [communication, setCommunication] = useState<BreachCommunicationView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'erase' | 'replace' | null>(null);
  const { status, setStatus, running } = useBatch();
  const { copy, copied } = useCopy();

  useLiveLoad(
    ['breaches', 'settings'],
    useCallback(
      (isCurrent: () => boolean) => {
        void Promise.all([
          dpo.breaches.people({ id }),
          dpo.breaches.communication({ id, language }),
        ]).then(([list, shown]) => {
          if (!isCurrent()) return;
          if (list.ok) setPeople(list.value);
          if (shown.ok) setCommunication(shown.value);
          const failed = !list.ok ? list.error : !shown.ok ? shown.error : null;
          if (failed !== null) setMessage(failed.message);
        });
      },
      [id, language],
    ),
  );

  const importList = async () => {
    setConfirming(null);
    setMessage(null);
    const result = await dpo.breaches.importPeople({ id });
    if (!result.ok) setMessage(result.error.message);
    else if (result.value !== null) {
      setPeople(result.value);
      setMessage(t('people.imported', { count: result.value.count }));
    }
  };
  const erase = async () => {
    setConfirming(null);
    const result = await dpo.breaches.erasePeople({ id });
    if (!result.ok) setMessage(result.error.message);
    else {
      setPeople(result.value);
      setStatus(null);
      setMessage(t('people.erased'));
    }
  };
  // Once the letters are out, the date the people were told goes on the record in one click.
  const today = localCalendarDate(new Date());
  const recordTold = async () => {
    const { id: breachId, reference: _r, createdAt: _c, updatedAt, ...fields } = view.breach;
    const result = await dpo.breaches.update({
      id: breachId,
      expectedUpdatedAt: updatedAt,
      breach: { ...fields, communicatedOn: today },
    });
    setMessage(
      result.ok
        ? t('people.toldRecorded', { date: formatCalendarDate(today) })
        : result.error.message,
    );
  };
  const generate = async () => {
    setMessage(null);
    const result = await dpo.breaches.startLetters({ id, language, delivery });
    if (result.ok) setStatus(result.value);
    else setMessage(result.error.message);
  };

  const count = people?.count ?? 0;
  const letter = communication?.letter ?? null;
  const publicText = communication?.publicText ?? null;
  const refusal = communication?.refusal ?? null;
  return (
    <section className="people" aria-label={t('people.tab')}>
      <p className="field-hint">{t('people.intro')}</p>
      <div className="toolbar">
        <button
          type="button"
          onClick={() => {
            // A list already there is replaced, never silently.
            if ((people?.count ?? 0) > 0) setConfirming('replace');
            else void importList();
          }}
        >
          {t('people.import')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={count === 0}
          onClick={() => {
            setConfirming('erase');
          }}
        >
          {t('people.erase')}
        </button>
        <FilterSelect
          label={t('letters.language')}
          value={language}
          options={languageChoices}
          onChange={setLanguage}
        />
      </div>
      <Notice text={message} role="status" />
      <Notice text={copied} role="status" />
      {people === null ? null : people.count === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <>
          <p>
            {t('people.count', {
              count: people.count,
              withAddress: people.withAddress,
              withEmail: people.withEmail,
            })}
          </p>
          {people.importedAt === null ? null : (
            <Notice
              text={t('people.importedOn', { date: formatInstant(people.importedAt, uiLanguage) })}
              role="status"
              warn
            />
          )}
          <div className="table-scroll">
            <table className="plain-table">
              <thead>
                <tr>
                  <th>{t('people.column.name')}</th>
                  <th>{t('people.column.email')}</th>
                  <th>{t('people.column.address')}</th>
                </tr>
              </thead>
              <tbody>
                {people.firstPeople.map((person, index) => (
                  <tr key={index}>
                    <td>{person.name}</td>
                    <td>{person.email}</td>
                    <td className="pre-line">{person.address}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {refusal !== null ? (
        <Notice text={errorText(uiLanguage, refusal)} role="status" warn />
      ) : null}
      {letter !== null ? (
        <>
          <div className="toolbar">
            {(['post', 'email'] as const).map((value) => (
              <label className="check" key={value}>
                <input
                  type="radio"
                  name="people-delivery"
                  checked={delivery === value}
                  onChange={() => {
                    setDelivery(value);
                  }}
                />
                <span>{t(value === 'post' ? 'people.letters' : 'people.emails')}</span>
              </label>
            ))}
            <button
              type="button"
              className="primary"
              disabled={running || count === 0}
              onClick={() => void generate()}
            >
              {t('people.generate')}
            </button>
          </div>
          {status === null ? null : (
            <BatchProgress
              status={status}
              label={t('people.generate')}
              saveLabel={t('people.saveFile')}
              doneKey="people.batchDone"
              skippedText={(skipped) =>
                t('people.skipped', {
                  name: skipped.reference,
                  reason: errorText(uiLanguage, skipped.reason),
                })
              }
              onMessage={setMessage}
            />
          )}
          {status?.finished === true && view.breach.communicatedOn === '' ? (
            <p>
              <button type="button" onClick={() => void recordTold()}>
                {t('people.recordTold', { date: formatCalendarDate(today) })}
              </button>
            </p>
          ) : null}
          <section className="letter-preview" aria-label={t('people.preview')} lang={language}>
            <h2>{t('people.preview')}</h2>
            <p>
              <strong>{letter.subject}</strong>
            </p>
            {letter.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        </>
      ) : null}
      {publicText !== null ? (
        <section className="letter-preview" aria-label={t('people.publicText')} lang={language}>
          <h2>{t('people.publicText')}</h2>
          <button
            type="button"
            onClick={() => {
              copy(publicText);
            }}
          >
            {t('notification.copyAll')}
          </button>
          {publicText.split('\n\n').map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      ) : null}
      {confirming === null ? null : (
        <ConfirmDialog
          title={t(confirming === 'erase' ? 'people.erase' : 'people.replace')}
          message={
            confirming === 'erase'
              ? t('people.eraseConfirm', { count, reference: view.breach.reference })
              : t('people.replaceConfirm', { count })
          }
          confirmLabel={t(confirming === 'erase' ? 'people.erase' : 'people.replace')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void (confirming === 'erase' ? erase() : importList())}
          onCancel={() => {
            setConfirming(null);
          }}
        />
      )}
    </section>
  );
}
