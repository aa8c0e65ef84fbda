import { useMemo } from 'react';
import type { ActivitySummary } from '../../../../../shared/schemas/activity';
import type { ProcessorSummary } from '../../../../../shared/schemas/processor';
import { Section } from '../../../components/Inputs';
import { Picker } from '../../../components/Picker';
import { parisTime, type SectionProps } from './kit';

/** The register's activities the breach touched, and the processors involved (Art. 33(2)). */
export function LinksSection(
  props: SectionProps & { activities: ActivitySummary[]; processors: ProcessorSummary[] },
) {
  const { kit } = props;
  const { t, label, set, value } = kit;
  const activityChoices = useMemo(
    () => props.activities.map((a) => ({ id: a.id, label: `${a.reference} ${a.name}` })),
    [props.activities],
  );
  const processorChoices = useMemo(
    () => props.processors.map((p) => ({ id: p.id, label: p.name })),
    [props.processors],
  );
  return (
    <Section id="section-links" title={t('section.breach.links')}>
      <Picker
        label={label('activityIds')}
        choices={activityChoices}
        chosen={value.activityIds}
        onChange={(ids) => {
          set(['activityIds'], ids);
        }}
        noChoicesText={t('processors.noActivities')}
      />
      <Picker
        label={label('processorIds')}
        choices={processorChoices}
        chosen={value.processorIds}
        onChange={(ids) => {
          set(['processorIds'], ids);
        }}
        noChoicesText={t('processors.empty')}
      />
      {value.processorIds.length > 0 ? parisTime(kit, 'processorToldAt') : null}
    </Section>
  );
}
