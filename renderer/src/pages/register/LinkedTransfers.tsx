import { linkedProcessors } from '../../../../shared/register/transfers';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import { useI18n } from '../../i18n';
import { processorHash } from '../../routes';

/**
 * The transfers outside the EU the activity makes through its linked processors and recipients:
 * recorded on their own pages, shown here because they are the activity's transfers too.
 */
export function LinkedTransfers(props: {
  activity: { id: string; processorIds: string[] };
  processors: readonly ProcessorSummary[];
}) {
  const { t } = useI18n();
  const rows = linkedProcessors(props.activity, props.processors).flatMap((processor) =>
    processor.transfers.map((transfer) => ({ processor, transfer })),
  );
  if (rows.length === 0) return null;
  return (
    <div className="field" data-testid="linked-transfers">
      <span className="field-label">{t('activity.linkedTransfers')}</span>
      <ul className="linked">
        {rows.map(({ processor, transfer }, index) => (
          <li key={`${processor.id}-${String(index)}`}>
            <a href={processorHash(processor.id)}>{processor.name}</a> ({transfer.country}) —{' '}
            {transfer.safeguard === null ? (
              <strong className="status-error">{t('enum.safeguard.none')}</strong>
            ) : (
              t(`enum.safeguard.${transfer.safeguard}`)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
