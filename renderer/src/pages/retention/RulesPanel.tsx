import { dpo } from '../../api';
import { useCallback, useEffect, useState } from 'react';
import type { ActivitySummary, ProcessingActivity } from '../../../../shared/schemas/activity';
import { dataCategoryKinds } from '../../../../shared/register/vocabulary';
import { finalActions, periodUnits, startEvents } from '../../../../shared/retention/vocabulary';
import { periodText } from '../../../../shared/retention/periods';
import {
  retentionRuleInputSchema,
  type RetentionRule,
  type RetentionRuleFields,
} from '../../../../shared/schemas/retention';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Inputs';
import { PeriodField } from '../../components/PeriodField';
import { setIn } from '../../forms';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { useErrorsClearedOnEdit } from '../../components/useRecordPage';
import { useInPageEditor } from '../../components/useInPageEditor';
import { EditorActions } from '../../components/FormActions';

const emptyRule = (): RetentionRuleFields => ({
  activityId: null,
  dataCategory: 'identity',
  label: '',
  startEvent: 'endOfContract',
  startEventText: '',
  activePeriod: { value: 3, unit: 'years' },
  archivePeriod: { value: 0, unit: 'years' },
  finalAction: 'delete',
  legalSource: '',
});

/** A new rule asked for from the register: its activity and data category. */
export interface RuleDraft {
  activityId: string;
  dataCategory: string;
}

/** The rule a register category asks for, its durations taken from what the record says. */
function ruleFromActivity(activity: ProcessingActivity, dataCategory: string): RetentionRuleFields {
  const category = activity.dataCategories.find((c) => c.kind === dataCategory);
  const kind = (dataCategoryKinds as readonly string[]).includes(dataCategory)
    ? (dataCategory as RetentionRuleFields['dataCategory'])
    : 'identity';
  const retention = category?.retention;
  return {
    ...emptyRule(),
    activityId: activity.id,
    dataCategory: kind,
    label: activity.name,
    ...(retention?.mode === 'duration' && retention.duration !== null
      ? { activePeriod: { value: retention.duration, unit: retention.unit } }
      : {}),
    ...(retention !== undefined && retention.startEvent !== ''
      ? { startEvent: 'other' as const, startEventText: retention.startEvent }
      : {}),
    ...(retention?.mode === 'criteria' ? { legalSource: retention.criteria } : {}),
  };
}

/** The retention rules: one per activity and data category, and the rule of the request files. */
export function RulesPanel({
  onChange,
  draft,
}: {
  onChange: () => void;
  draft?: RuleDraft | undefined;
}) {
  const { t } = useI18n();
  const [rules, setRules] = useState<RetentionRule[]>([]);
  const [activities, setActivities] = useState<ActivitySummary[]>([]);
  const editor = useInPageEditor<RetentionRuleFields>();
  const { editing, setEditing, open, errors, setErrors, reloads } = editor;
  const { message: status, setMessage: setStatus } = editor;
  useErrorsClearedOnEdit(editing?.value ?? null, setErrors);

  useLiveLoad(
    ['retention', 'activities'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.retention.rules().then((result) => {
          if (result.ok && isCurrent()) setRules(result.value);
        });
        void dpo.activities.list({}).then((result) => {
          if (result.ok && isCurrent()) setActivities(result.value);
        });
      },
      // A write made here reloads at once, before its announcement arrives.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [reloads],
    ),
  );

  const draftActivity = draft?.activityId;
  const draftCategory = draft?.dataCategory;
  useEffect(() => {
    if (draftActivity === undefined || draftCategory === undefined) return;
    void dpo.activities.get({ id: draftActivity }).then((result) => {
      if (result.ok) setEditing({ id: null, value: ruleFromActivity(result.value, draftCategory) });
      else setStatus(result.error.message);
    });
    // The setters are React state setters, the same at every render.
  }, [draftActivity, draftCategory, setEditing, setStatus]);

  const activityName = (id: string | null) =>
    id === null ? t('retention.requestFiles') : (activities.find((a) => a.id === id)?.name ?? '?');

  const save = async () => {
    const saved = await editor.save({
      schema: retentionRuleInputSchema,
      send: ({ id, value }) =>
        dpo.retention.saveRule(id === null ? { rule: value } : { id, rule: value }),
      prefix: 'rule.',
      savedText: t('retention.ruleSaved'),
      refusedText: t('common.notSaved'),
    });
    if (saved) onChange();
  };

  const set = (path: (string | number)[], leaf: unknown) => {
    if (editing !== null) setEditing({ ...editing, value: setIn(editing.value, path, leaf) });
  };
  const error = (path: string) => (errors[path] !== undefined ? t(errors[path]) : undefined);
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const select = (
    field: 'dataCategory' | 'startEvent' | 'finalAction',
    values: readonly string[],
    prefix: string,
  ) =>
    editing === null ? null : (
      <SelectField
        name={field}
        label={t(`field.retention.${field}`)}
        value={editing.value[field]}
        options={options(values, prefix)}
        onChange={(v) => {
          set([field], v);
        }}
      />
    );
  const period = (field: 'activePeriod' | 'archivePeriod') =>
    editing === null ? null : (
      <div className="grid-2">
        <PeriodField
          name={field}
          label={t(`field.retention.${field}`)}
          amount={editing.value[field].value}
          unit={editing.value[field].unit}
          units={periodUnits}
          error={error(`${field}.value`)}
          onChange={(amount, unit) => {
            set([field], { value: amount ?? 0, unit });
          }}
        />
      </div>
    );

  return (
    <section aria-label={t('retention.tab.rules')}>
      <div className="page-head">
        <span />
        <button
          type="button"
          className="primary"
          onClick={() => {
            open({ id: null, value: emptyRule() });
          }}
        >
          {t('retention.newRule')}
        </button>
      </div>
      {status !== null ? <p role="status">{status}</p> : null}
      <table className="plain-table">
        <thead>
          <tr>
            <th>{t('field.retention.label')}</th>
            <th>{t('field.retention.activityId')}</th>
            <th>{t('field.retention.startEvent')}</th>
            <th>{t('field.retention.activePeriod')}</th>
            <th>{t('field.retention.archivePeriod')}</th>
            <th>{t('field.retention.finalAction')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr
              key={rule.id}
              className="clickable"
              onClick={() => {
                const { id, createdAt: _c, updatedAt: _u, ...value } = rule;
                open({ id, value });
              }}
            >
              <td className="cell-strong">{rule.label}</td>
              <td>{activityName(rule.activityId)}</td>
              <td>
                {rule.startEvent === 'other'
                  ? rule.startEventText
                  : t(`enum.startEvent.${rule.startEvent}`)}
              </td>
              <td>{periodText(rule.activePeriod, t)}</td>
              <td>{periodText(rule.archivePeriod, t)}</td>
              <td>{t(`enum.finalAction.${rule.finalAction}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing !== null ? (
        <form
          className="client-form"
          aria-label={t('retention.newRule')}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <SelectField
            name="activityId"
            label={t('field.retention.activityId')}
            value={editing.value.activityId ?? ''}
            options={[
              { value: '', label: t('retention.requestFiles') },
              ...activities.map((a) => ({ value: a.id, label: `${a.reference} ${a.name}` })),
            ]}
            onChange={(v) => {
              set(['activityId'], v === '' ? null : v);
            }}
          />
          <div className="grid-2">
            <Field
              name="label"
              label={t('field.retention.label')}
              value={editing.value.label}
              maxLength={200}
              required
              error={error('label')}
              onChange={(v) => {
                set(['label'], v);
              }}
            />
            {select('dataCategory', dataCategoryKinds, 'enum.dataCategory')}
            {select('startEvent', startEvents, 'enum.startEvent')}
            {editing.value.startEvent === 'other' ? (
              <Field
                name="startEventText"
                label={t('field.retention.startEventText')}
                value={editing.value.startEventText}
                maxLength={200}
                error={error('startEventText')}
                onChange={(v) => {
                  set(['startEventText'], v);
                }}
              />
            ) : null}
          </div>
          {period('activePeriod')}
          {period('archivePeriod')}
          {select('finalAction', finalActions, 'enum.finalAction')}
          <Field
            name="legalSource"
            label={t('field.retention.legalSource')}
            value={editing.value.legalSource}
            maxLength={2000}
            multiline
            onChange={(v) => {
              set(['legalSource'], v);
            }}
          />
          <EditorActions
            onCancel={() => {
              setEditing(null);
            }}
          />
        </form>
      ) : null}
    </section>
  );
}
