import { maxLength } from '../../../../../shared/limits';
import { Section } from '../../../components/Inputs';
import type { SectionProps } from './kit';

/** What may follow for the people, what was done and what will be (Art. 33(3)(c) and (d)). */
export function ConsequencesSection({ kit }: SectionProps) {
  const { t, text } = kit;
  const long = { max: maxLength.freeText, multiline: true };
  return (
    <Section id="section-consequences" title={t('section.breach.consequences')}>
      {text('consequences', long)}
      {text('measuresTaken', long)}
      {text('measuresProposed', long)}
      {text('contactPoint', { max: maxLength.address })}
    </Section>
  );
}
