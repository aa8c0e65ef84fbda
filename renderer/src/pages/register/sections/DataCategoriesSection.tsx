import { maxLength } from '../../../../../shared/limits';
import { dataCategoryKinds, retentionUnits } from '../../../../../shared/register/vocabulary';
import { periodText } from '../../../../../shared/retention/periods';
import type { ActivityFields } from '../../../../../shared/schemas/activity';
import type { RetentionRule } from '../../../../../shared/schemas/retention';
import { Field } from '../../../components/Field';
import { Section, SelectField } from '../../../components/Inputs';
import type { LinkingSectionProps } from './props';
import { PeriodField } from '../../../components/PeriodField';
import { useI18n } from '../../../i18n';
import { newRetentionRuleHash } from '../../../routes';

/** Each category of data with how long it is kept, and the rules the Conservation page holds. */
export function DataCategoriesSection({
  kit,
  activityId,
  retentionRules,
}: LinkingSectionProps & { retentionRules: RetentionRule[] }) {
  const { t, set, label, options, error, list } = kit;
  return (
    <Section id="section-dataCategories" title={t('section.dataCategories')}>
      {list(
        'dataCategories',
        () => ({
          kind: 'identity' as const,
          description: '',
          retention: {
            mode: 'undetermined' as const,
            duration: null,
            unit: 'years' as const,
            startEvent: '',
            criteria: '',
          },
        }),
        (category: ActivityFields['dataCategories'][number], index) => {
          const base = `dataCategories.${String(index)}`;
          const at = (...path: string[]) => ['dataCategories', index, ...path];
          const { retention } = category;
          return (
            <>
              <SelectField
                name={`${base}.kind`}
                label={label('kind')}
                value={category.kind}
                options={options(dataCategoryKinds, 'enum.dataCategory')}
                onChange={(v) => {
                  set(at('kind'), v);
                }}
              />
              <Field
                name={`${base}.description`}
                label={label('description')}
                value={category.description}
                maxLength={2000}
                error={error(`${base}.description`)}
                onChange={(v) => {
                  set(at('description'), v);
                }}
              />
              <div className="grid-4">
                <SelectField
                  name={`${base}.retention.mode`}
                  label={label('mode')}
                  value={retention.mode}
                  options={options(['duration', 'criteria', 'undetermined'], 'enum.retentionMode')}
                  onChange={(v) => {
                    set(at('retention', 'mode'), v);
                  }}
                />
                {retention.mode === 'duration' ? (
                  <>
                    <PeriodField
                      name={`${base}.retention.duration`}
                      label={label('duration')}
                      amount={retention.duration}
                      unit={retention.unit}
                      units={retentionUnits}
                      error={error(`${base}.retention.duration`)}
                      onChange={(duration, unit) => {
                        set(at('retention'), { ...retention, duration, unit });
                      }}
                    />
                    <Field
                      name={`${base}.retention.startEvent`}
                      label={label('startEvent')}
                      value={retention.startEvent}
                      maxLength={maxLength.name}
                      onChange={(v) => {
                        set(at('retention', 'startEvent'), v);
                      }}
                    />
                  </>
                ) : null}
              </div>
              {retention.mode === 'criteria' ? (
                <Field
                  name={`${base}.retention.criteria`}
                  label={label('criteria')}
                  value={retention.criteria}
                  maxLength={2000}
                  multiline
                  error={error(`${base}.retention.criteria`)}
                  onChange={(v) => {
                    set(at('retention', 'criteria'), v);
                  }}
                />
              ) : null}
              <RetentionRulesOf
                rules={retentionRules.filter((rule) => rule.dataCategory === category.kind)}
                newRuleHref={
                  activityId === null ? null : newRetentionRuleHash(activityId, category.kind)
                }
              />
            </>
          );
        },
      )}
    </Section>
  );
}

/** The retention rules the Conservation page holds for one data category of the record. */
function RetentionRulesOf({
  rules,
  newRuleHref,
}: {
  rules: RetentionRule[];
  newRuleHref: string | null;
}) {
  const { t } = useI18n();
  return (
    <div className="retention-rules" role="group" aria-label={t('retention.rulesOfCategory')}>
      <span className="field-label">{t('retention.rulesOfCategory')}</span>
      {rules.length > 0 ? (
        <ul>
          {rules.map((rule) => (
            <li key={rule.id}>
              <a href="#/conservation/regles">{rule.label}</a> :{' '}
              {t('retention.ruleSummary', {
                start:
                  rule.startEvent === 'other'
                    ? rule.startEventText
                    : t(`enum.startEvent.${rule.startEvent}`),
                active: periodText(rule.activePeriod, t),
                archive: periodText(rule.archivePeriod, t),
                action: t(`enum.finalAction.${rule.finalAction}`).toLocaleLowerCase(),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('retention.noRuleForCategory')}</p>
      )}
      {newRuleHref !== null ? (
        <a href={newRuleHref}>{t('retention.addRuleForCategory')}</a>
      ) : (
        <p className="hint">{t('retention.saveFirstForRule')}</p>
      )}
    </div>
  );
}
