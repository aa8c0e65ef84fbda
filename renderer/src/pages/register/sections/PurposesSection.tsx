import { maxLength } from '../../../../../shared/limits';
import { dataSubjectSuggestions, legalBases } from '../../../../../shared/register/vocabulary';
import type { ActivityFields } from '../../../../../shared/schemas/activity';
import { Field } from '../../../components/Field';
import { Section, SelectField } from '../../../components/Inputs';
import type { SectionProps } from './props';

/** Each purpose with its legal basis (Art. 6) and, for legitimate interest, what it is. */
export function PurposesSection({ kit }: SectionProps) {
  const { t, set, label, options, error, list } = kit;
  return (
    <Section id="section-purposes" title={t('section.purposes')}>
      {list(
        'purposes',
        () => ({ description: '', legalBasis: null, legitimateInterest: '' }),
        (purpose: ActivityFields['purposes'][number], index) => {
          const base = `purposes.${String(index)}`;
          return (
            <>
              <Field
                name={`${base}.description`}
                label={label('description')}
                value={purpose.description}
                maxLength={2000}
                multiline
                error={error(`${base}.description`)}
                onChange={(v) => {
                  set(['purposes', index, 'description'], v);
                }}
              />
              <SelectField
                name={`${base}.legalBasis`}
                label={label('legalBasis')}
                value={purpose.legalBasis ?? ''}
                options={[
                  { value: '', label: t('enum.legalBasis.none') },
                  ...options(legalBases, 'enum.legalBasis'),
                ]}
                error={error(`${base}.legalBasis`)}
                onChange={(v) => {
                  set(['purposes', index, 'legalBasis'], v === '' ? null : v);
                }}
              />
              {purpose.legalBasis === 'legitimateInterest' ? (
                <Field
                  name={`${base}.legitimateInterest`}
                  label={label('legitimateInterest')}
                  value={purpose.legitimateInterest}
                  maxLength={2000}
                  multiline
                  error={error(`${base}.legitimateInterest`)}
                  onChange={(v) => {
                    set(['purposes', index, 'legitimateInterest'], v);
                  }}
                />
              ) : null}
            </>
          );
        },
      )}
    </Section>
  );
}

/** The categories of people whose data is processed, with the usual ones suggested. */
export function DataSubjectsSection({ kit }: SectionProps) {
  const { t, set, label, error, list } = kit;
  return (
    <Section id="section-dataSubjects" title={t('section.dataSubjects')}>
      <datalist id="data-subject-suggestions">
        {dataSubjectSuggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      {list(
        'dataSubjects',
        () => '',
        (subject: string, index) => {
          const problem = error(`dataSubjects.${String(index)}`);
          return (
            <>
              <input
                aria-label={`${label('dataSubject')} ${String(index + 1)}`}
                aria-invalid={problem !== undefined ? true : undefined}
                list="data-subject-suggestions"
                value={subject}
                maxLength={maxLength.name}
                onChange={(event) => {
                  set(['dataSubjects', index], event.target.value);
                }}
              />
              {problem !== undefined ? (
                <p className="field-error" role="alert">
                  {problem}
                </p>
              ) : null}
            </>
          );
        },
        { layout: 'row', addName: label('dataSubject') },
      )}
    </Section>
  );
}
