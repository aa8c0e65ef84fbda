import type { ActivitySummary } from '../../../../shared/schemas/activity';
import type { BreachFields } from '../../../../shared/schemas/breach';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import { useFormKit } from '../../components/formKit';
import { ConsequencesSection } from './sections/ConsequencesSection';
import { DataSection } from './sections/DataSection';
import { FactsSection } from './sections/FactsSection';
import { LinksSection } from './sections/LinksSection';
import { NotificationSection } from './sections/NotificationSection';
import { ClosureSection, PeopleSection } from './sections/PeopleSection';
import { RiskSection } from './sections/RiskSection';

/** The breach record's sections, in the order of the CNIL's notification form. */
export function BreachForm(props: {
  value: BreachFields;
  onChange: (next: BreachFields) => void;
  errors: Record<string, string>;
  activities: ActivitySummary[];
  processors: ProcessorSummary[];
  now: Date;
}) {
  const kit = useFormKit(props.value, props.onChange, props.errors, 'field.breach');
  return (
    <div className="record-form">
      <FactsSection kit={kit} />
      <DataSection kit={kit} />
      <LinksSection kit={kit} activities={props.activities} processors={props.processors} />
      <ConsequencesSection kit={kit} />
      <RiskSection kit={kit} />
      <NotificationSection kit={kit} now={props.now} />
      <PeopleSection kit={kit} />
      <ClosureSection kit={kit} />
    </div>
  );
}
