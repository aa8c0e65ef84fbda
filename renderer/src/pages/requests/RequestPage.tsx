import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatCalendarDate, localCalendarDate } from '../../../../shared/dates';
import { isMessageKey } from '../../../../shared/i18n';
import { explainDeadline, longDate } from '../../../../shared/rights/explain';
import { requestDeadline } from '../../../../shared/rights/requestDeadline';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import { toFieldIssues } from '../../../../shared/schemas/common';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import {
  emptyRequest,
  requestFieldsOf,
  requestInputSchema,
  type RequestEvent,
  type RequestFields,
  type RequestView,
} from '../../../../shared/schemas/request';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import {
  FormActions,
  useSaveOnce,
  useSaveShortcut,
  type FormStatus,
} from '../../components/FormActions';
import { issuesByPath } from '../../forms';
import { formatInstant, useI18n } from '../../i18n';
import { navigate, replaceLocation, setLeaveGuard } from '../../navigation';
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

/** One rights request: receipt, requester, rights, identity, deadline, answer, Art. 19, timeline. */
export function RequestPage({ id }: { id: string | null }) {
  const { t, language } = useI18n();
  const today = localCalendarDate(new Date());
  const [current, setCurrent] = useState<RequestView | null>(null);
  const [value, setValue] = useState<RequestFields>(() => emptyRequest(today));
  const [saved, setSaved] = useState<RequestFields>(() => emptyRequest(today));
  const [activities, setActivities] = useState<ActivitySummary[]>([]);
  const [processors, setProcessors] = useState<ProcessorSummary[]>([]);
  const [alsaceMoselle, setAlsaceMoselle] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<FormStatus>(null);
  const [explain, setExplain] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [loaded, setLoaded] = useState(id === null);
  const nothingToKeep = useRef(false);

  const dirty = useMemo(() => JSON.stringify(value) !== JSON.stringify(saved), [value, saved]);
  // The deadline follows the form as it is typed; the service computes it the same way.
  const deadline = useMemo(
    () => requestDeadline(value, today, alsaceMoselle),
    [value, today, alsaceMoselle],
  );

  useEffect(() => {
    void window.dpo.activities.list({}).then((result) => {
      if (result.ok) setActivities(result.value);
    });
    void window.dpo.processors.list().then((result) => {
      if (result.ok) setProcessors(result.value);
    });
    void window.dpo.preferences.get().then((result) => {
      if (result.ok) setAlsaceMoselle(result.value.alsaceMoselle);
    });
    if (id === null) return;
    void window.dpo.requests.get({ id }).then((result) => {
      if (result.ok) {
        setCurrent(result.value);
        setValue(requestFieldsOf(result.value.request));
        setSaved(requestFieldsOf(result.value.request));
      } else {
        setStatus({ kind: 'error', text: result.error.message });
      }
      setLoaded(true);
    });
  }, [id]);

  useEffect(() => {
    if (!dirty) return;
    return setLeaveGuard(() => nothingToKeep.current || window.confirm(t('common.leaveUnsaved')));
  }, [dirty, t]);

  const accept = useCallback(
    (next: RequestView, message: string) => {
      setCurrent(next);
      setValue(requestFieldsOf(next.request));
      setSaved(requestFieldsOf(next.request));
      setErrors({});
      const notices = next.notices.filter(isMessageKey).map((key) => t(key));
      setStatus({ kind: 'ok', text: [message, ...notices].join(' ') });
    },
    [t],
  );

  const save = useCallback(async () => {
    const local = requestInputSchema.safeParse(value);
    if (!local.success) {
      setErrors(issuesByPath(toFieldIssues(local.error)));
      setStatus({ kind: 'error', text: t('common.notSaved') });
      return;
    }
    const result =
      current === null
        ? await window.dpo.requests.create({ request: value })
        : await window.dpo.requests.update({
            id: current.request.id,
            expectedUpdatedAt: current.request.updatedAt,
            request: value,
          });
    if (!result.ok) {
      setErrors(issuesByPath(result.error.details?.fields ?? [], 'request.'));
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    const created = current === null;
    accept(
      result.value,
      created
        ? t('requests.created', { reference: result.value.request.reference })
        : t('common.saved'),
    );
    if (created) replaceLocation(requestHash(result.value.request.id));
  }, [current, value, t, accept]);

  const { run: saveOnce, saving } = useSaveOnce(save);
  useSaveShortcut(saveOnce);

  const attach = async (kind: 'idDocument' | 'other') => {
    if (current === null) return;
    const result = await window.dpo.requests.attach({ id: current.request.id, kind });
    if (!result.ok) setStatus({ kind: 'error', text: result.error.message });
    else if (result.value !== null) accept(result.value, t('common.saved'));
  };

  const remove = async () => {
    if (current === null) return;
    const result = await window.dpo.requests.delete({ id: current.request.id });
    setConfirmDelete(false);
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    nothingToKeep.current = true;
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
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void window.dpo.requests.openAttachment({
                    id: request.id,
                    attachmentId: attachment.id,
                  })
                }
              >
                {t('processors.openDocument')}
              </button>
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
      <p>
        <a href={requestsHash()}>← {t('requests.back')}</a>
      </p>
      <div className="page-head">
        <h1>{title}</h1>
        {request !== null ? (
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirmDelete(true);
              }}
            >
              {t('activity.delete')}
            </button>
          </div>
        ) : null}
      </div>
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          void saveOnce();
        }}
      >
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
              void window.dpo.requests.get({ id: current.request.id }).then((result) => {
                if (result.ok) {
                  setCurrent(result.value);
                  setSaved(requestFieldsOf(result.value.request));
                  setValue(requestFieldsOf(result.value.request));
                }
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
        <FormActions
          saving={saving}
          dirty={dirty}
          status={status}
          saveLabel={t('common.save')}
          unsavedLabel={t('common.unsaved')}
          sticky
        />
      </form>
      {confirmDelete && request !== null ? (
        <ConfirmDialog
          title={t('requests.deleteTitle')}
          message={t('requests.deleteConfirm', {
            reference: request.reference,
            name: request.requesterName,
          })}
          confirmLabel={t('activity.deleteButton')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirmDelete(false);
          }}
        />
      ) : null}
    </section>
  );
}
