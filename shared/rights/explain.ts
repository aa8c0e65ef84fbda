import { translate, type Language } from '../i18n';
import { splitDate } from './calendar';
import type { Deadline, DeadlineStep } from './deadline';

/** "dimanche 15 mars 2026": read as a calendar date, formatted in UTC so no zone can shift it. */
export function longDate(date: string, language: Language): string {
  const [year, month, day] = splitDate(date);
  const formatted = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
  // French writes the first of the month "1er".
  return language === 'fr' && day === 1 ? formatted.replace(/ 1 /, ' 1er ') : formatted;
}

export function explainStep(step: DeadlineStep, language: Language): string {
  const date = longDate(step.date, language);
  switch (step.kind) {
    case 'received':
      return translate(language, 'deadline.received', { date });
    case 'monthsAdded':
      return translate(language, 'deadline.monthsAdded', { months: step.months, date });
    case 'endOfMonthClipped':
      return translate(language, 'deadline.endOfMonthClipped', { day: step.missingDay, date });
    case 'suspensionAdded':
      return translate(language, 'deadline.suspensionAdded', { days: step.days, date });
    case 'weekendSkipped':
      return translate(language, 'deadline.weekendSkipped', {
        from: longDate(step.from, language),
        date,
      });
    case 'holidaySkipped':
      return translate(language, 'deadline.holidaySkipped', {
        from: longDate(step.from, language),
        holiday: translate(language, `holiday.${step.holiday}`),
        date,
      });
    case 'due':
      return translate(language, 'deadline.due', { date });
  }
}

export function explainDeadline(deadline: Deadline, language: Language): string[] {
  return deadline.steps.map((step) => explainStep(step, language));
}
