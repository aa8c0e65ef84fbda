import { maxLength } from '../../../../../shared/limits';
import { breachSpecialData } from '../../../../../shared/breaches/vocabulary';
import { dataCategoryKinds } from '../../../../../shared/register/vocabulary';
import { Section } from '../../../components/Inputs';
import { countField, type SectionProps } from './kit';

/** Which data and whose, roughly how many (Art. 33(3)(a)). */
export function DataSection({ kit }: SectionProps) {
  const { t, text, checks, choices } = kit;
  return (
    <Section id="section-data" title={t('section.breach.data')}>
      {checks('dataCategories', choices(dataCategoryKinds, 'enum.dataCategory'))}
      {checks('specialData', choices(breachSpecialData, 'enum.breachSpecialData'))}
      {text('peopleCategories', { max: maxLength.freeText, multiline: true })}
      <div className="grid-2">
        {countField(kit, 'peopleCount')}
        {countField(kit, 'recordsCount')}
      </div>
    </Section>
  );
}
