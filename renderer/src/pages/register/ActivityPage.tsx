import { dpo } from '../../api';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { missingItems } from '../../../../shared/register/completeness';
import type { RetentionRule } from '../../../../shared/schemas/retention';
import type { RegisterKind } from '../../../../shared/register/vocabulary';
import {
  activityFieldsOf,
  activityInputSchema,
  emptyActivity,
  type ActivityFields,
  type ProcessingActivity,
} from '../../../../shared/schemas/activity';
import { emptyClient, type Client } from '../../../../shared/schemas/client';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import { RecordForm } from '../../components/RecordForm';
import { RecordHeader, RecordTabs } from '../../components/RecordHeader';
import { useRecordPage } from '../../components/useRecordPage';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { navigate, replaceLocation } from '../../navigation';
import { activityHash, registerHash } from '../../routes';
import { ActivityForm } from './ActivityForm';

/** One activity: its record in CNIL order, what is still missing, its history and its actions. */
export function ActivityPage({ id, register }: { id: string | null; register: RegisterKind }) {
  const { t } = useI18n();
  const [clients, setClients] = useState<Client[]>([]);
  const [processors, setProcessors] = useState<ProcessorSummary[]>([]);
  const [retentionRules, setRetentionRules] = useState<RetentionRule[]>([]);
  const [loaded, setLoaded] = useState(id === null);

  const page = useRecordPage<ProcessingActivity, ActivityFields>({
    topics: ['activities'],
    initial: () => emptyActivity(register),
    fieldsOf: activityFieldsOf,
    reload: (activity) => dpo.activities.get({ id: activity.id }),
    save: async (form) => {
      if (!form.check(activityInputSchema, form.value)) return;
      const before = form.record;
      const result =
        before === null
          ? await dpo.activities.create({ createId: form.createId, activity: form.value })
          : await dpo.activities.update({
              id: before.id,
              expectedUpdatedAt: before.updatedAt,
              activity: form.value,
            });
      if (!result.ok) {
        form.refuse(result.error, 'activity.');
        return;
      }
      form.accept(
        result.value,
        before === null
          ? t('activity.created', { reference: result.value.reference })
          : t('common.saved'),
      );
      // The address now names the new record.
      if (before === null) replaceLocation(activityHash(result.value.id));
    },
  });
  const { record, value, setValue, errors, setStatus, accept } = page;
  const missing = useMemo(() => missingItems(value, processors), [value, processors]);

  // What the form offers to link, kept as it is now in the database.
  useLiveLoad(
    ['clients', 'processors', 'retention'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.clients.list().then((result) => {
          if (result.ok && isCurrent()) setClients(result.value);
        });
        void dpo.processors.list().then((result) => {
          if (result.ok && isCurrent()) setProcessors(result.value);
        });
        if (id === null) return;
        void dpo.retention.rules().then((result) => {
          if (result.ok && isCurrent()) {
            setRetentionRules(result.value.filter((rule) => rule.activityId === id));
          }
        });
      },
      [id],
    ),
  );

  useEffect(() => {
    if (id === null) return;
    void dpo.activities.get({ id }).then((result) => {
      if (result.ok) {
        accept(result.value);
      } else {
        setStatus({ kind: 'error', text: result.error.message });
      }
      setLoaded(true);
    });
  }, [id, accept, setStatus]);

  const act = async (action: 'duplicate' | 'archive' | 'restore') => {
    if (record === null) return;
    const result = await dpo.activities[action]({ id: record.id });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    if (action === 'duplicate') {
      navigate(activityHash(result.value.id));
      return;
    }
    accept(result.value, t(action === 'archive' ? 'activity.archived' : 'activity.restored'));
  };

  const remove = async () => {
    if (record === null) return;
    const result = await dpo.activities.delete({ id: record.id });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    page.release();
    navigate(registerHash(record.register));
  };

  const addClient = async (name: string) => {
    const result = await dpo.clients.save({ client: { ...emptyClient, name } });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    setClients((list) => [...list, result.value].sort((a, b) => a.name.localeCompare(b.name)));
    setValue((current) => ({ ...current, clientIds: [...current.clientIds, result.value.id] }));
  };

  if (!loaded) return <p className="page">{t('common.loading')}</p>;

  const title = record === null ? t('activity.newTitle') : `${record.reference} — ${record.name}`;
  return (
    <section className="page page-wide">
      <RecordHeader
        backHref={registerHash(record?.register ?? register)}
        backLabel={t('activity.back')}
        title={title}
        badge={
          record === null
            ? undefined
            : { text: t(`enum.status.${record.status}`), className: record.status }
        }
        saved={record !== null}
        actions={
          record === null ? null : (
            <>
              <button type="button" onClick={() => void act('duplicate')}>
                {t('activity.duplicate')}
              </button>
              {record.status === 'archived' ? (
                <button type="button" onClick={() => void act('restore')}>
                  {t('activity.restore')}
                </button>
              ) : (
                <button type="button" onClick={() => void act('archive')}>
                  {t('activity.archive')}
                </button>
              )}
            </>
          )
        }
        deleteTitle={t('activity.deleteTitle')}
        deleteMessage={
          record === null
            ? ''
            : t('activity.deleteConfirm', { reference: record.reference, name: record.name })
        }
        onDelete={remove}
      />
      <RecordTabs kind="activities" record={record}>
        <RecordForm
          page={page}
          label={title}
          check={{
            label: 'completeness',
            okText: t('activity.complete'),
            title: t('activity.missingTitle', { count: missing.length }),
            items: missing.map((item) => ({
              key: `${item.code}-${item.path}`,
              text: t(`missing.${item.code}`, {
                position: item.position ?? '',
                name: item.name ?? '',
              }),
            })),
          }}
        >
          <ActivityForm
            value={value}
            onChange={setValue}
            errors={errors}
            clients={clients}
            onAddClient={addClient}
            processors={processors}
            activityId={record?.id ?? null}
            retentionRules={retentionRules}
          />
        </RecordForm>
      </RecordTabs>
    </section>
  );
}
