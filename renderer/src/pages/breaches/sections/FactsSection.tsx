import { maxLength } from '../../../../../shared/limits';
import { breachCauses, breachNatures } from '../../../../../shared/breaches/vocabulary';
import { Section } from '../../../components/Inputs';
import { parisTime, type SectionProps } from './kit';

/** What happened, when, and how the organisation came to know. */
export function FactsSection({ kit }: SectionProps) {
  const { t, text, check, checks, choices, select } = kit;
  return (
    <Section id="section-facts" title={t('section.breach.facts')}>
      {text('title', { required: true })}
      <div className="grid-2">
        {parisTime(kit, 'occurredFrom')}
        {parisTime(kit, 'occurredTo')}
        {parisTime(kit, 'discoveredAt')}
        {parisTime(kit, 'awareAt', true)}
      </div>
      {check('ongoing')}
      {text('howFound', { max: maxLength.freeText, multiline: true })}
      {checks('natures', choices(breachNatures, 'enum.breachNature'))}
      {select('cause', breachCauses, 'enum.breachCause')}
      {text('circumstances', { max: maxLength.freeText, multiline: true })}
    </Section>
  );
}
