import { translate, type Language } from '../i18n';
import { longDate } from '../rights/explain';
import type { BreachClockStep } from './clock';

/** `vendredi 27 mars 2026 à 14:25 (heure de Paris)` from `2026-03-27T14:25+01:00`. */
export function parisMoment(iso: string, language: Language): string {
  return translate(language, 'breach.clock.at', {
    date: longDate(iso.slice(0, 10), language),
    time: iso.slice(11, 16),
  });
}

/** One step of "Comment l'échéance est calculée", in the reader's language. */
export function explainClockStep(step: BreachClockStep, language: Language): string {
  switch (step.kind) {
    case 'aware':
      return translate(
        language,
        step.onTheHour ? 'breach.clock.awareOnTheHour' : 'breach.clock.aware',
        { at: parisMoment(step.at, language) },
      );
    case 'hourNotCounted':
      return translate(language, 'breach.clock.hourNotCounted', {
        from: step.hourFrom.slice(11, 16),
        to: step.hourTo.slice(11, 16),
      });
    case 'periodStarts':
      return translate(language, 'breach.clock.periodStarts', {
        at: parisMoment(step.at, language),
      });
    case 'hoursCounted':
      return translate(
        language,
        step.regime === 'standard'
          ? 'breach.clock.hoursCounted'
          : 'breach.clock.hoursCountedElectronic',
        { hours: step.hours, due: parisMoment(step.due, language) },
      );
    case 'clockChanged':
      return translate(language, 'breach.clock.clockChanged', {
        from: step.fromOffset,
        to: step.toOffset,
      });
    case 'cautious':
      return translate(language, 'breach.clock.cautious', {
        hours: step.hours,
        at: parisMoment(step.at, language),
      });
  }
}
