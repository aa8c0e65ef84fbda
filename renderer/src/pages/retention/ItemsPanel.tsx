import { dpo } from '../../api';
import { useCallback, useState } from 'react';
import { formatCalendarDate, localCalendarDate } from '../../../../shared/dates';
import { toFieldIssues } from '../../../../shared/schemas/common';
import {
  consentValidityMonths,
  isPeriodic,
  periodUnits,
  purgeMethods,
  retentionActionKinds,
  trackedKinds,
} from '../../../../shared/retention/vocabulary';
import {
  retentionActionInputSchema,
  trackedItemInputSchema,
  type RetentionActionFields,
  type RetentionRule,
  type TrackedItem,
  type TrackedItemFields,
} from '../../../../shared/schemas/retention';
import { Field } from '../../components/Field';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/Inputs';
import { PeriodField } from '../../components/PeriodField';
import { issuesByPath, setIn } from '../../forms';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { useEditorGuard, useErrorsClearedOnEdit } from '../../components/useRecordPage';
import { EditorActions } from '../../components/FormActions';
import { itemDates } from './itemDates';

/** The datasets and reviews followed, their dates, and the proof that each purge was done. */
export function ItemsPanel({
  focus,
  onChange,
}: {
  focus: string | undefined;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const today = localCalendarDate(new Date());
  const [items, setItems] = useState<TrackedItem[]>([]);
  const [rules, setRules] = useState<RetentionRule[]>([]);
  const [editing, setEditing] = useState<TrackedItemFields | null>(null);
  useEditorGuard(editing);
  const [recording, setRecording] = useState<RetentionActionFields | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  useErrorsClearedOnEdit(editing, setErrors);
  useErrorsClearedOnEdit(recording, setErrors);

  useLiveLoad(
    ['retention'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.retention.items().then((result) => {
          if (result.ok && isCurrent()) setItems(result.value);
        });
        void dpo.retention.rules().then((result) => {
          if (result.ok && isCurrent()) setRules(result.value);
        });
      },
      // A write made here reloads at once, before its announcement arrives.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [reloads],
    ),
  );

  const error = (path: string) => (errors[path] !== undefined ? t(errors[path]) : undefined);
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

  const saveItem = async () => {
    if (editing === null) return;
    const local = trackedItemInputSchema.safeParse(editing);
    if (!local.success) {
      setErrors(issuesByPath(toFieldIssues(local.error)));
      setStatus(t('common.notSaved'));
      return;
    }
    const result = await dpo.retention.saveItem({ item: editing });
    if (!result.ok) {
      setErrors(issuesByPath(result.error.details?.fields ?? [], 'item.'));
      setStatus(result.error.message);
      return;
    }
    setEditing(null);
    setErrors({});
    setStatus(t('retention.itemSaved'));
    setReloads((n) => n + 1);
    onChange();
  };

  const record = async () => {
    if (recording === null) return;
    const local = retentionActionInputSchema.safeParse(recording);
    if (!local.success) {
      setErrors(issuesByPath(toFieldIssues(local.error)));
      setStatus(t('common.notSaved'));
      return;
    }
    const result = await dpo.retention.record(recording);
    if (!result.ok) {
      setErrors(issuesByPath(result.error.details?.fields ?? []));
      setStatus(result.error.message);
      return;
    }
    setRecording(null);
    setErrors({});
    setStatus(t('retention.recorded'));
    setReloads((n) => n + 1);
    onChange();
  };

  return (
    <section aria-label={t('retention.tab.items')}>
      <div className="page-head">
        <span />
        <button
          type="button"
          className="primary"
          disabled={rules.length === 0}
          onClick={() => {
            setEditing({
              ruleId: rules[0]?.id ?? '',
              kind: 'dataset',
              name: '',
              referenceDate: today,
              reviewPeriod: null,
              archiveOnOverride: '',
              deleteOnOverride: '',
              notes: '',
            });
            setErrors({});
          }}
        >
          {t('retention.newItem')}
        </button>
      </div>
      {status !== null ? <p role="status">{status}</p> : null}
      {editing !== null ? (
        <form
          className="client-form"
          aria-label={t('retention.newItem')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void saveItem();
          }}
        >
          <div className="grid-2">
            <SelectField
              name="ruleId"
              label={t('field.retention.ruleId')}
              value={editing.ruleId}
              options={rules.map((r) => ({ value: r.id, label: r.label }))}
              onChange={(v) => {
                setEditing(setIn(editing, ['ruleId'], v));
              }}
            />
            <SelectField
              name="kind"
              label={t('field.retention.kind')}
              value={editing.kind}
              options={options(trackedKinds, 'enum.trackedKind')}
              onChange={(v) => {
                setEditing({
                  ...editing,
                  kind: v as TrackedItemFields['kind'],
                  reviewPeriod:
                    v === 'consentRenewal'
                      ? { value: consentValidityMonths, unit: 'months' }
                      : v === 'review'
                        ? { value: 3, unit: 'months' }
                        : null,
                });
              }}
            />
            <Field
              name="name"
              label={t('field.retention.name')}
              value={editing.name}
              maxLength={200}
              required
              error={error('name')}
              onChange={(v) => {
                setEditing(setIn(editing, ['name'], v));
              }}
            />
            <DateField
              name="referenceDate"
              label={t('field.retention.referenceDate')}
              value={editing.referenceDate}
              error={error('referenceDate')}
              onChange={(v) => {
                setEditing(setIn(editing, ['referenceDate'], v));
              }}
            />
          </div>
          {editing.reviewPeriod !== null ? (
            <div className="grid-2">
              <PeriodField
                name="reviewPeriod"
                label={t('field.retention.reviewPeriod')}
                amount={editing.reviewPeriod.value}
                unit={editing.reviewPeriod.unit}
                units={periodUnits}
                error={error('reviewPeriod')}
                onChange={(amount, unit) => {
                  setEditing(setIn(editing, ['reviewPeriod'], { value: amount ?? 0, unit }));
                }}
              />
            </div>
          ) : (
            <div className="grid-2">
              <DateField
                name="archiveOnOverride"
                label={t('field.retention.archiveOnOverride')}
                value={editing.archiveOnOverride}
                error={error('archiveOnOverride')}
                onChange={(v) => {
                  setEditing(setIn(editing, ['archiveOnOverride'], v));
                }}
              />
              <DateField
                name="deleteOnOverride"
                label={t('field.retention.deleteOnOverride')}
                value={editing.deleteOnOverride}
                error={error('deleteOnOverride')}
                onChange={(v) => {
                  setEditing(setIn(editing, ['deleteOnOverride'], v));
                }}
              />
            </div>
          )}
          <Field
            name="notes"
            label={t('field.retention.notes')}
            value={editing.notes}
            maxLength={20000}
            multiline
            onChange={(v) => {
              setEditing(setIn(editing, ['notes'], v));
            }}
          />
          <EditorActions
            onCancel={() => {
              setEditing(null);
            }}
          />
        </form>
      ) : null}
      <ul className="tracked">
        {items.map((item) => (
          <li
            key={item.id}
            id={`suivi-${item.id}`}
            className={item.id === focus ? 'tracked-focus' : undefined}
          >
            {/* Named inside the list item: a group in place of the item would break the list. */}
            <div role="group" aria-label={item.name}>
              <div className="tracked-head">
                <strong>{item.name}</strong>
                <span className="muted">{rules.find((r) => r.id === item.ruleId)?.label}</span>
              </div>
              <ul className="tracked-dates">
                {itemDates(item, today, t).map((part) => (
                  <li key={part.text} className={part.late ? 'late' : undefined}>
                    {part.text}
                  </li>
                ))}
              </ul>
              <details>
                <summary>
                  {t('retention.proofs')} ({item.actions.length})
                </summary>
                {item.actions.length === 0 ? (
                  <p className="muted">{t('retention.noProof')}</p>
                ) : null}
                <ul>
                  {item.actions.map((action) => (
                    <li key={action.id}>
                      {formatCalendarDate(action.doneOn)} —{' '}
                      {t(`enum.retentionAction.${action.action}`)} — {action.what} —{' '}
                      {String(action.records)} — {t(`enum.purgeMethod.${action.method}`)} (
                      {action.actor}){action.note !== '' ? ` — ${action.note}` : ''}
                    </li>
                  ))}
                </ul>
              </details>
              {recording?.trackedItemId === item.id ? (
                <form
                  className="record-form-inline"
                  aria-label={t('retention.record')}
                  noValidate
                  onSubmit={(e) => {
                    e.preventDefault();
                    void record();
                  }}
                >
                  <div className="grid-4">
                    <SelectField
                      name="action"
                      label={t('field.retention.action')}
                      value={recording.action}
                      options={options(retentionActionKinds, 'enum.retentionAction')}
                      onChange={(v) => {
                        setRecording(setIn(recording, ['action'], v));
                      }}
                    />
                    <DateField
                      name="doneOn"
                      label={t('field.retention.doneOn')}
                      value={recording.doneOn}
                      notAfter={today}
                      error={error('doneOn')}
                      onChange={(v) => {
                        setRecording(setIn(recording, ['doneOn'], v));
                      }}
                    />
                    <Field
                      name="records"
                      label={t('field.retention.records')}
                      value={String(recording.records)}
                      maxLength={10}
                      error={error('records')}
                      onChange={(v) => {
                        setRecording(
                          setIn(recording, ['records'], Number(v.replace(/\D/g, '')) || 0),
                        );
                      }}
                    />
                    <SelectField
                      name="method"
                      label={t('field.retention.method')}
                      value={recording.method}
                      options={options(purgeMethods, 'enum.purgeMethod')}
                      onChange={(v) => {
                        setRecording(setIn(recording, ['method'], v));
                      }}
                    />
                  </div>
                  <Field
                    name="what"
                    label={t('field.retention.what')}
                    value={recording.what}
                    maxLength={200}
                    required
                    error={error('what')}
                    onChange={(v) => {
                      setRecording(setIn(recording, ['what'], v));
                    }}
                  />
                  <Field
                    name="note"
                    label={t('field.retention.note')}
                    value={recording.note}
                    maxLength={20000}
                    multiline
                    onChange={(v) => {
                      setRecording(setIn(recording, ['note'], v));
                    }}
                  />
                  <EditorActions
                    onCancel={() => {
                      setRecording(null);
                    }}
                  />
                </form>
              ) : item.purgedOn !== '' && !isPeriodic(item.kind) ? null : (
                <button
                  type="button"
                  onClick={() => {
                    setRecording({
                      trackedItemId: item.id,
                      action: isPeriodic(item.kind)
                        ? 'review'
                        : item.archiveOn !== '' && item.archivedOn === ''
                          ? 'archive'
                          : 'purge',
                      doneOn: today,
                      records: 0,
                      method: item.kind === 'consentRenewal' ? 'review' : 'deletion',
                      what: item.name,
                      note: '',
                    });
                    setErrors({});
                  }}
                >
                  {t('retention.record')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
