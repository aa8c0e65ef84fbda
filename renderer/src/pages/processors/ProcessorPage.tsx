import { dpo } from '../../api';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatCalendarDate, localCalendarDate, localDateOf } from '../../../../shared/dates';
import { processorWarnings } from '../../../../shared/processors/warnings';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import {
  emptyProcessor,
  processorFieldsOf,
  processorInputSchema,
  type Processor,
  type ProcessorFields,
  type ProcessorSummary,
} from '../../../../shared/schemas/processor';
import { RecordForm } from '../../components/RecordForm';
import { RecordHeader, RecordTabs } from '../../components/RecordHeader';
import { useRecordPage } from '../../components/useRecordPage';
import { useI18n } from '../../i18n';
import { LinkButton } from '../../components/Inputs';
import { useLiveLoad } from '../../live';
import { navigate, replaceLocation } from '../../navigation';
import { processorHash, processorsHash } from '../../routes';
import { ProcessorForm } from './ProcessorForm';

function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} o`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} Ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} Mo`;
}

/** Lines typed in the certifications box become a clean list. */
function cleaned(value: ProcessorFields): ProcessorFields {
  return {
    ...value,
    certifications: value.certifications.map((line) => line.trim()).filter((line) => line !== ''),
  };
}

/** One processor or recipient: identity, services, transfers, Art. 28 contract, links, history. */
export function ProcessorPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const [activities, setActivities] = useState<ActivitySummary[]>([]);
  const [processors, setProcessors] = useState<ProcessorSummary[]>([]);
  const [loaded, setLoaded] = useState(id === null);

  const page = useRecordPage<Processor, ProcessorFields>({
    topics: ['processors'],
    initial: emptyProcessor,
    fieldsOf: processorFieldsOf,
    reload: (processor) => dpo.processors.get({ id: processor.id }),
    save: async (form) => {
      const input = cleaned(form.value);
      if (!form.check(processorInputSchema, input)) return;
      const before = form.record;
      const result = await dpo.processors.save(
        before === null
          ? { createId: form.createId, processor: input }
          : { id: before.id, expectedUpdatedAt: before.updatedAt, processor: input },
      );
      if (!result.ok) {
        form.refuse(result.error, 'processor.');
        return;
      }
      form.accept(result.value, before === null ? t('processors.created') : t('common.saved'));
      if (before === null) replaceLocation(processorHash(result.value.id));
    },
  });
  const { record, value, setValue, errors, setStatus, dirty, accept } = page;
  const warnings = useMemo(
    () => processorWarnings(cleaned(value), localCalendarDate(new Date())),
    [value],
  );

  // The activities and other processors shown beside the record, as they are now.
  useLiveLoad(
    ['activities', 'processors'],
    useCallback((isCurrent: () => boolean) => {
      void dpo.activities.list({}).then((result) => {
        if (result.ok && isCurrent()) setActivities(result.value);
      });
      void dpo.processors.list().then((result) => {
        if (result.ok && isCurrent()) setProcessors(result.value);
      });
    }, []),
  );

  useEffect(() => {
    if (id === null) return;
    void dpo.processors.get({ id }).then((result) => {
      if (result.ok) {
        accept(result.value);
      } else {
        setStatus({ kind: 'error', text: result.error.message });
      }
      setLoaded(true);
    });
  }, [id, accept, setStatus]);

  const attach = async () => {
    if (record === null) return;
    if (dirty) {
      setStatus({ kind: 'error', text: t('common.unsaved') });
      return;
    }
    const result = await dpo.processors.attachContract({ id: record.id });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    if (result.value === null) return;
    accept(
      result.value,
      t('processors.attached', { name: result.value.contractDocument?.fileName ?? '' }),
    );
  };

  const openDocument = async () => {
    if (record === null) return;
    const result = await dpo.processors.openContract({ id: record.id });
    if (!result.ok) setStatus({ kind: 'error', text: result.error.message });
  };

  const removeDocument = async () => {
    if (record === null) return;
    const result = await dpo.processors.removeContract({ id: record.id });
    if (result.ok) accept(result.value, t('common.saved'));
    else setStatus({ kind: 'error', text: result.error.message });
  };

  const remove = async () => {
    if (record === null) return;
    const result = await dpo.processors.delete({ id: record.id, confirmLinked: true });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    page.release();
    navigate(processorsHash);
  };

  if (!loaded) return <p className="page">{t('common.loading')}</p>;

  const document = record?.contractDocument ?? null;
  const usedBy = activities
    .filter((activity) => record?.activityIds.includes(activity.id) === true)
    .map((activity) => `${activity.reference} ${activity.name}`);
  const contractDocument = (
    <div className="field document" role="group" aria-label={t('processors.contractDocument')}>
      <span className="field-label">{t('processors.contractDocument')}</span>
      {record === null ? (
        <p className="field-hint">{t('processors.saveFirst')}</p>
      ) : document === null ? (
        <p className="field-hint">{t('processors.noDocument')}</p>
      ) : (
        <p data-testid="contract-document">
          {t('processors.documentInfo', {
            name: document.fileName,
            size: sizeLabel(document.size),
            date: formatCalendarDate(localDateOf(document.attachedAt)),
            sha: document.sha256.slice(0, 16),
          })}
        </p>
      )}
      {record !== null ? (
        <div className="actions">
          <button type="button" onClick={() => void attach()}>
            {document === null ? t('processors.attach') : t('processors.replace')}
          </button>
          {document !== null ? (
            <>
              <button type="button" onClick={() => void openDocument()}>
                {t('processors.openDocument')}
              </button>
              <LinkButton onClick={() => void removeDocument()}>
                {t('processors.removeDocument')}
              </LinkButton>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );

  const title = record === null ? t('processors.newTitle') : record.name;
  return (
    <section className="page page-wide">
      <RecordHeader
        backHref={processorsHash}
        backLabel={t('processors.back')}
        title={title}
        saved={record !== null}
        deleteTitle={t('processors.deleteTitle')}
        deleteMessage={
          record === null
            ? ''
            : usedBy.length > 0
              ? t('processors.deleteLinked', { name: record.name, usedBy: usedBy.join(', ') })
              : t('processors.deleteConfirm', { name: record.name })
        }
        onDelete={remove}
      />
      <RecordTabs kind="processors" record={record}>
        <RecordForm
          page={page}
          label={title}
          check={{
            label: 'warnings',
            okText: t('processors.noWarnings'),
            title: t('processors.warningsTitle', { count: warnings.length }),
            items: warnings.map((warning) => ({
              key: `${warning.code}-${String(warning.position ?? 0)}`,
              text:
                t(`warning.${warning.code}`) +
                (warning.position !== undefined ? ` (${String(warning.position)})` : ''),
            })),
          }}
        >
          <ProcessorForm
            id={record?.id ?? null}
            value={value}
            onChange={setValue}
            errors={errors}
            activities={activities}
            processors={processors}
            contractDocument={contractDocument}
          />
        </RecordForm>
      </RecordTabs>
    </section>
  );
}
