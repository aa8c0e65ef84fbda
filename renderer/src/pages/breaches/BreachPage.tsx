import { dpo } from '../../api';
import { useEffect, useMemo, useState } from 'react';
import { parisWallTime } from '../../../../shared/breaches/parisTime';
import { breachIssues } from '../../../../shared/breaches/state';
import {
  breachInputSchema,
  emptyBreach,
  type Breach,
  type BreachFields,
  type BreachView,
} from '../../../../shared/schemas/breach';
import { RecordForm } from '../../components/RecordForm';
import { RecordHeader, RecordTabs } from '../../components/RecordHeader';
import { useLinkableRecords } from '../../components/useLinkableRecords';
import { useRecordPage } from '../../components/useRecordPage';
import { issuesByPath } from '../../forms';
import { useI18n } from '../../i18n';
import { navigate, replaceLocation } from '../../navigation';
import { breachHash, breachesHash } from '../../routes';
import { BreachForm } from './BreachForm';
import { NotificationPanel } from './NotificationPanel';
import { PeoplePanel } from './PeoplePanel';
import { useNow } from './useNow';

function fieldsOf(view: BreachView): BreachFields {
  const {
    id: _id,
    reference: _reference,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  }: Breach = view.breach;
  return fields;
}

/** A new breach: aware now, on the Paris clock (the DPO corrects it to when they were told). */
function newBreach(): BreachFields {
  const wall = parisWallTime(new Date());
  return emptyBreach(`${wall.date}T${wall.time}`);
}

/**
 * What the service will check (dates in the past and in order, justification, reasons for a late
 * notification), checked as the DPO types. Half-typed dates are no instant yet: nothing to say.
 */
function liveIssues(value: BreachFields, now: Date): Record<string, string> {
  try {
    return issuesByPath(breachIssues(value, now));
  } catch {
    return {};
  }
}

/** One breach: facts, data, risk, the CNIL's clock and notification, the people, closure. */
export function BreachPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const now = useNow();
  const { activities, processors } = useLinkableRecords();
  const [loaded, setLoaded] = useState(id === null);

  const page = useRecordPage<BreachView, BreachFields>({
    topics: ['breaches'],
    initial: newBreach,
    fieldsOf,
    reload: (view) => dpo.breaches.get({ id: view.breach.id }),
    save: async (form) => {
      if (!form.check(breachInputSchema, form.value)) return;
      const before = form.record?.breach ?? null;
      const result =
        before === null
          ? await dpo.breaches.create({ createId: form.createId, breach: form.value })
          : await dpo.breaches.update({
              id: before.id,
              expectedUpdatedAt: before.updatedAt,
              breach: form.value,
            });
      if (!result.ok) {
        form.refuse(result.error, 'breach.');
        return;
      }
      form.accept(result.value, before === null ? t('breaches.created') : t('common.saved'));
      if (before === null) replaceLocation(breachHash(result.value.breach.id));
    },
  });
  const { record, value, setValue, errors, setStatus, accept } = page;
  const shownErrors = useMemo(
    () => ({ ...liveIssues(value, now), ...errors }),
    [value, now, errors],
  );

  useEffect(() => {
    if (id === null) return;
    void dpo.breaches.get({ id }).then((result) => {
      if (result.ok) accept(result.value);
      else setStatus({ kind: 'error', text: result.error.message });
      setLoaded(true);
    });
  }, [id, accept, setStatus]);

  const remove = async () => {
    if (record === null) return;
    const result = await dpo.breaches.delete({ id: record.breach.id });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    page.release();
    navigate(breachesHash);
  };

  if (!loaded) return <p className="page">{t('common.loading')}</p>;

  const breach = record?.breach ?? null;
  const title = breach === null ? t('breaches.newTitle') : `${breach.reference} — ${breach.title}`;
  return (
    <section className="page page-wide">
      <RecordHeader
        backHref={breachesHash}
        backLabel={t('breaches.back')}
        title={title}
        badge={
          record === null
            ? undefined
            : { text: t(`enum.breachState.${record.state}`), className: `breach-${record.state}` }
        }
        saved={breach !== null}
        deleteTitle={t('breaches.deleteTitle')}
        deleteMessage={
          breach === null
            ? ''
            : t('breaches.deleteConfirm', { reference: breach.reference, title: breach.title })
        }
        onDelete={remove}
      />
      <RecordTabs
        kind="breaches"
        record={breach}
        more={
          record === null
            ? []
            : [
                {
                  key: 'notification',
                  label: t('notification.tab'),
                  content: <NotificationPanel view={record} />,
                },
                { key: 'people', label: t('people.tab'), content: <PeoplePanel view={record} /> },
              ]
        }
      >
        <RecordForm page={page} label={title}>
          <BreachForm
            value={value}
            onChange={setValue}
            errors={shownErrors}
            activities={activities}
            processors={processors}
            now={now}
          />
        </RecordForm>
      </RecordTabs>
    </section>
  );
}
