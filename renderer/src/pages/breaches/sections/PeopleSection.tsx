import { maxLength } from '../../../../../shared/limits';
import {
  communicationExceptions,
  communicationModes,
} from '../../../../../shared/breaches/vocabulary';
import { Section } from '../../../components/Inputs';
import type { SectionProps } from './kit';

/** How the people were told (Art. 34), or why not. */
export function PeopleSection({ kit }: SectionProps) {
  const { t, text, select, date } = kit;
  return (
    <Section id="section-people" title={t('section.breach.people')}>
      <div className="grid-2">
        {select('communicationMode', communicationModes, 'enum.communicationMode')}
        {select('communicationException', communicationExceptions, 'enum.communicationException', {
          label: t('common.none'),
          value: '',
        })}
      </div>
      {date('communicatedOn')}
      {text('communicationReason', { max: maxLength.freeText, multiline: true })}
      {text('peopleSummary', { max: maxLength.freeText, multiline: true })}
      {text('peopleAdvice', { max: maxLength.freeText, multiline: true })}
    </Section>
  );
}

/** When the file was closed. */
export function ClosureSection({ kit }: SectionProps) {
  return (
    <Section id="section-closure" title={kit.t('section.breach.closure')}>
      {kit.date('followUpOn')}
      {kit.date('closedOn')}
    </Section>
  );
}
