import { dpo } from '../../api';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatCalendarDate, isCalendarDate, localCalendarDate } from '../../../../shared/dates';
import { isMessageKey } from '../../../../shared/i18n';
import { explainDeadline, longDate } from '../../../../shared/rights/explain';
import { requestDeadline } from '../../../../shared/rights/requestDeadline';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import {
  emptyRequest,
  requestFieldsOf,
  requestInputSchema,
  type RequestEvent,
  type RequestFields,
  type RequestView,
} from '../../../../shared/schemas/request';
import { RecordForm } from '../../components/RecordForm';
import { RecordHeader } from '../../components/RecordHeader';
import { useRecordPage } from '../../components/useRecordPage';
import { formatInstant, useI18n } from '../../i18n';
import { LinkButton } from '../../components/Inputs';
import { useLiveLoad } from '../../live';
import { navigate, replaceLocation } from '../../navigation';
import { requestHash, requestsHash } from '../../routes';
import { RequestLetters } from '../letters/RequestLetters';
import { leaveNotice } from '../../notices';
import { RequestForm } from './RequestForm';

type T = (key: string, params?: Record<string, string | number>) => string;

function eventText(event: RequestEvent, t: T, processors: ProcessorSummary[]): string {
  const data: Record<string, string | number> = {};
  for (const [key, raw] of Object.entries(event.data)) {
    const value = String(raw);
    data[key] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value) : value;
  }
  if (event.kind === 'statusChanged') {
    data.from = t(`enum.requestStatus.${String(event.data.from)}`);
    data.to = t(`enum.requestStatus.${String(event.data.to)}`);
  }
  const text = t(`event.${event.kind}`, data);
  if (event.kind === 'art19Notified') {
    const name = processors.find((p) => p.id === event.data.processorId)?.name;
    return name === undefined ? text : `${text} : ${name}`;
  }
  return text;
}

/**
 * The form with the dates the deadline can read: a date field holds the text as typed until it is
 * a date, and that text counts as not given (the receipt, always given, as today).
 */
function readableDates(value: RequestFields, today: string): RequestFields {
  const readable = (date: string) => (isCalendarDate(date) ? date : '');
  return {
    ...value,
    receivedOn: isCalendarDate(value.receivedOn) ? value.receivedOn : today,
    identityAskedOn: readable(value.identityAskedOn),
    identityReceivedOn: readable(value.identityReceivedOn),
    extensionNotifiedOn: readable(value.extensionNotifiedOn),
    responseOn: readable(value.responseOn),
  };
}

/** One rights request: receipt, requester, rights, identity, deadline, answer, Art. 19, timeline. */
export function RequestPage({ id }: { id: string | null }) {
  const { t, language } = useI18n();
  const today = localCalendarDate(new Date());
  const [activities, setActivities] = useState<ActivitySummary[]>([]);
  const [processors, setProcessors] = useState<ProcessorSummary[]>([]);
  const [alsaceMoselle, setAlsaceMoselle] = useState(false);
  const [explain, setExplain] = useState(false);
  const [loaded, setLoaded] = useState(id === null);

  /** The saved message, with what the service noticed on the way (Art. 19 to notify...). */
  const savedText = (next: RequestView, message: string) =>
    [message, ...next.notices.filter(isMessageKey).map((key) => t(key))].join(' ');

  const page = useRecordPage<RequestView, RequestFields>({
    topics: ['requests'],
    initial: () => emptyRequest(today),
    fieldsOf: (view) => requestFieldsOf(view.request),
    reload: (view) => dpo.requests.get({ id: view.request.id }),
    save: async (form) => {
      if (!form.check(requestInputSchema, form.value)) return;
      const before = form.record;
      const result =
        before === null
          ? await dpo.requests.create({ createId: form.createId, request: form.value })
          : await dpo.requests.update({
              id: before.request.id,
              expectedUpdatedAt: before.request.updatedAt,
              request: form.value,
            });
      if (!result.ok) {
        form.refuse(result.error, 'request.');
        return;
      }
      const reference = result.value.request.reference;
      form.accept(
        result.value,
        savedText(
          result.value,
          before === null ? t('requests.created', { reference }) : t('common.saved'),
        ),
      );
      if (before === null) replaceLocation(requestHash(result.value.request.id));
    },
  });
  const { record: current, value, setValue, errors, setStatus, dirty, accept } = page;
  // The deadline follows the form as it is typed; the service computes it the same way.
  const deadline = useMemo(
    () => requestDeadline(readableDates(value, today), today, alsaceMoselle),
    [value, today, alsaceMoselle],
  );

  // The activities, processors and calendar setting the form uses, as they are now.
  useLiveLoad(
    ['activities', 'processors', 'settings'],
    useCallback((isCurrent: () => boolean) => {
      void dpo.activities.list({}).then((result) => {
        if (result.ok && isCurrent()) setActivities(result.value);
      });
      void dpo.processors.list().then((result) => {
        if (result.ok && isCurrent()) setProcessors(result.value);
      });
      void dpo.preferences.get().then((result) => {
        if (result.ok && isCurrent()) setAlsaceMoselle(result.value.alsaceMoselle);
      });
    }, []),
  );

  useEffect(() => {
    if (id === null) return;
    void dpo.requests.get({ id }).then((result) => {
      if (result.ok) {
        accept(result.value);
      } else {
        setStatus({ kind: 'error', text: result.error.message });
      }
      setLoaded(true);
    });
  }, [id, accept, setStatus]);

  const attach = async (kind: 'idDocument' | 'other') => {
    if (current === null) return;
    const result = await dpo.requests.attach({ id: current.request.id, kind });
    if (!result.ok) setStatus({ kind: 'error', text: result.error.message });
    else if (result.value !== null) page.accept(result.value, t('common.saved'));
  };

  const remove = async () => {
    if (current === null) return;
    const result = await dpo.requests.delete({ id: current.request.id });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    page.release();
    if (!result.value.erasureComplete) leaveNotice('requests.erasurePending');
    navigate(requestsHash());
  };

  if (!loaded) return <p className="page">{t('common.loading')}</p>;

  const request = current?.request ?? null;
  const deadlinePanel = (
    <div className={`deadline deadline-${deadline.level}`} data-testid="deadline">
      <p className="deadline-due">
        {t('requests.deadline.due', { date: longDate(deadline.deadline.due, language) })}
        {deadline.level === 'overdue' && deadline.daysLeft !== null ? (
          <strong> — {t('requests.deadline.overdue', { days: -deadline.daysLeft })}</strong>
        ) : deadline.daysLeft !== null ? (
          <strong> — {t('requests.deadline.left', { days: deadline.daysLeft })}</strong>
        ) : null}
      </p>
      {deadline.suspended ? (
        <p>
          {t('requests.deadline.suspended', {
            date: formatCalendarDate(value.identityAskedOn),
            days: deadline.suspendedDays,
          })}
        </p>
      ) : null}
      {deadline.level === 'done' ? <p>{t('requests.deadline.done')}</p> : null}
      {deadline.extensionNotice === 'toSend' ? (
        <p className="notice notice-warn" role="alert">
          {t('requests.extensionToSend', { date: formatCalendarDate(deadline.firstMonthDue) })}
        </p>
      ) : null}
      {deadline.extensionNotice === 'late' ? (
        <p className="notice notice-warn" role="alert">
          {t('requests.extensionLate', { date: formatCalendarDate(deadline.firstMonthDue) })}
        </p>
      ) : null}
      <button
        type="button"
        className="link-button"
        aria-expanded={explain}
        onClick={() => {
          setExplain(!explain);
        }}
      >
        {t('requests.deadline.explain')}
      </button>
      {explain ? (
        <ol className="deadline-steps">
          {explainDeadline(deadline.deadline, language).map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );

  const attachments = (
    <div className="field" role="group" aria-label={t('requests.attachments')}>
      <span className="field-label">{t('requests.attachments')}</span>
      <p className="field-hint">{t('requests.idDocumentHint')}</p>
      {request === null ? (
        <p className="field-hint">{t('requests.saveFirst')}</p>
      ) : request.attachments.length === 0 ? (
        <p className="field-hint">{t('requests.noAttachments')}</p>
      ) : (
        <ul className="linked">
          {request.attachments.map((attachment) => (
            <li key={attachment.id}>
              {attachment.fileName} (
              {attachment.kind === 'idDocument'
                ? t('enum.identity.received')
                : t('requests.attachments')}
              ){' '}
              <LinkButton
                onClick={() =>
                  void dpo.requests.openAttachment({
                    id: request.id,
                    attachmentId: attachment.id,
                  })
                }
              >
                {t('processors.openDocument')}
              </LinkButton>
            </li>
          ))}
        </ul>
      )}
      {request !== null ? (
        <div className="actions">
          <button type="button" onClick={() => void attach('idDocument')}>
            {t('requests.attachId')}
          </button>
          <button type="button" onClick={() => void attach('other')}>
            {t('requests.attachOther')}
          </button>
        </div>
      ) : null}
    </div>
  );

  const title =
    request === null ? t('requests.newTitle') : `${request.reference} — ${request.requesterName}`;
  return (
    <section className="page page-wide">
      <RecordHeader
        backHref={requestsHash()}
        backLabel={t('requests.back')}
        title={title}
        badge={
          request === null
            ? undefined
            : { text: t(`enum.requestStatus.${request.status}`), className: 'request' }
        }
        saved={request !== null}
        deleteTitle={t('requests.deleteTitle')}
        deleteMessage={
          request === null
            ? ''
            : t('requests.deleteConfirm', {
                reference: request.reference,
                name: request.requesterName,
              })
        }
        onDelete={remove}
      />
      <RecordForm page={page} label={title}>
        <RequestForm
          value={value}
          onChange={setValue}
          errors={errors}
          activities={activities}
          processors={processors}
          deadline={deadlinePanel}
          attachments={attachments}
        />
        {current !== null ? (
          <RequestLetters
            requestId={current.request.id}
            version={current.request.updatedAt}
            dirty={dirty}
            onGenerated={() => {
              void dpo.requests.get({ id: current.request.id }).then((result) => {
                if (result.ok) page.accept(result.value);
              });
            }}
          />
        ) : null}
        {current !== null ? (
          <section className="section timeline" aria-label={t('requests.timeline')}>
            <h2>{t('requests.timeline')}</h2>
            <ol>
              {[...current.events].reverse().map((event, index) => (
                <li key={index}>
                  <span className="muted">{formatInstant(event.at, language)}</span> —{' '}
                  {eventText(event, t, processors)} <span className="muted">({event.actor})</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </RecordForm>
    </section>
  );
}
