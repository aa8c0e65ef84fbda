/**
 * The retention table of the privacy notice, in the seed policy's three phases: how long in the
 * active base and from which event, how long in the intermediate archive, what happens then.
 * The retention rules linked to an activity say it best; without them, the retention written on
 * its data categories (a duration from an event, or the criteria).
 */
import type { ProcessingActivity, Retention } from '../schemas/activity';
import type { RetentionRule } from '../schemas/retention';
import type { Translate } from '../register/describe';
import { fromEventText, periodText } from '../retention/periods';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function fromEvent(event: string, t: Translate): string {
  return event.trim() === '' ? '' : ` ${fromEventText(event, t)}`;
}

function ruleCells(rule: RetentionRule, t: Translate): string[] {
  const event =
    rule.startEvent === 'other'
      ? rule.startEventText
      : lowerFirst(t(`enum.startEvent.${rule.startEvent}`));
  const none = t('notice.retention.none');
  return [
    rule.activePeriod.value === 0
      ? none
      : `${periodText(rule.activePeriod, t)}${fromEvent(event, t)}`,
    periodText(rule.archivePeriod, t, none),
    t(`enum.finalAction.${rule.finalAction}`),
  ];
}

function categoryCells(retention: Retention, t: Translate): string[] {
  if (retention.mode === 'duration' && retention.duration !== null) {
    const period = periodText({ value: retention.duration, unit: retention.unit }, t);
    return [
      `${period}${fromEvent(retention.startEvent, t)}`,
      t('notice.retention.none'),
      t('notice.retention.endUnknown'),
    ];
  }
  if (retention.mode === 'criteria') {
    return [retention.criteria, t('notice.retention.none'), t('notice.retention.endUnknown')];
  }
  return [t('describe.retentionUndetermined'), '—', '—'];
}

/**
 * The rows of one activity: its name first (the row's key), with the data category when the
 * activity keeps its categories for different times.
 */
export function retentionRows(
  activity: ProcessingActivity,
  rules: readonly RetentionRule[],
  t: Translate,
): string[][] {
  const own = rules.filter((rule) => rule.activityId === activity.id);
  const rows: { kind: string; cells: string[] }[] =
    own.length > 0
      ? own.map((rule) => ({ kind: rule.dataCategory, cells: ruleCells(rule, t) }))
      : activity.dataCategories.map((c) => ({
          kind: c.kind,
          cells: categoryCells(c.retention, t),
        }));
  // The same periods for several categories read as one row.
  const distinct: { kinds: string[]; cells: string[] }[] = [];
  for (const row of rows) {
    const same = distinct.find((d) => d.cells.join('\u0000') === row.cells.join('\u0000'));
    if (same === undefined) distinct.push({ kinds: [row.kind], cells: row.cells });
    else if (!same.kinds.includes(row.kind)) same.kinds.push(row.kind);
  }
  if (distinct.length <= 1) {
    return distinct.map((d) => [activity.name, ...d.cells]);
  }
  return distinct.map((d) => [
    t('notice.labelValue', {
      label: activity.name,
      value: d.kinds.map((kind) => t(`enum.dataCategory.${kind}`)).join(' ; '),
    }),
    ...d.cells,
  ]);
}
