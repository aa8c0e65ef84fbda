import type { ActivityFields } from '../../../../shared/schemas/activity';
import type { Client } from '../../../../shared/schemas/client';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import type { RetentionRule } from '../../../../shared/schemas/retention';
import { useFormKit } from '../../components/formKit';
import { DataCategoriesSection } from './sections/DataCategoriesSection';
import { DpiaSection, OtherSection, SecuritySection, SensitiveSection } from './sections/Details';
import { IdentitySection } from './sections/IdentitySection';
import { DataSubjectsSection, PurposesSection } from './sections/PurposesSection';
import { RecipientsSection, TransfersSection } from './sections/RecipientsSection';
import { Section } from '../../components/Inputs';
import { maxLength } from '../../../../shared/limits';

interface ActivityFormProps {
  value: ActivityFields;
  onChange: (next: ActivityFields) => void;
  /** Error message keys by field path (`purposes.0.legalBasis`). */
  errors: Record<string, string>;
  clients: Client[];
  onAddClient: (name: string) => Promise<void>;
  /** The processors and recipients the activity can be linked to. */
  processors: ProcessorSummary[];
  /** The saved record's id (null while new) and its retention rules from the Conservation page. */
  activityId: string | null;
  retentionRules: RetentionRule[];
}

/** The record in the CNIL model register's order, one component a section. */
export function ActivityForm(props: ActivityFormProps) {
  const kit = useFormKit(props.value, props.onChange, props.errors, 'field.activity');
  return (
    <div className="record-form">
      <IdentitySection kit={kit} clients={props.clients} onAddClient={props.onAddClient} />
      <PurposesSection kit={kit} />
      <DataSubjectsSection kit={kit} />
      <DataCategoriesSection
        kit={kit}
        activityId={props.activityId}
        retentionRules={props.retentionRules}
      />
      <SensitiveSection kit={kit} />
      <RecipientsSection kit={kit} processors={props.processors} />
      <TransfersSection kit={kit} activityId={props.activityId} processors={props.processors} />
      <SecuritySection kit={kit} />
      <OtherSection kit={kit} />
      <DpiaSection kit={kit} />
      <Section id="section-notes" title={kit.t('section.notes')}>
        {kit.text('notes', { max: maxLength.freeText, multiline: true })}
      </Section>
    </div>
  );
}
