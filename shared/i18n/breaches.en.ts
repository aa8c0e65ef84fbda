import type { breachesFr } from './breaches.fr';

/** English words of the breach register (part of en.ts). */
export const breachesEn: Record<keyof typeof breachesFr, string> = {
  'validation.parisLocalTime':
    'Invalid date and time (format YYYY-MM-DDTHH:MM, Paris time, for example 2026-03-27T14:25).',
  'cli.breachDue': 'Notification to the CNIL due: {due}',
  'validation.breachNature': 'Tick at least one kind: confidentiality, integrity or availability.',
  'validation.breachPhaseOrder':
    'A notification cannot come before awareness of the breach or before the previous notification.',
  'validation.breachOccurredOrder': 'The end of the breach cannot come before its start.',
  'validation.breachDiscoveredAfterAware':
    'Discovery cannot come after the organisation became aware.',
  'validation.breachJustification': 'Justify the risk level chosen.',
  'validation.breachDelayReasons':
    'Notified after the deadline: give the reasons for the delay (Art. 33(1)).',
  'validation.breachCommunicationReason':
    'High risk: say why the people are not told individually (Art. 34(3)).',
  'calendar.breachNotification': 'CNIL notification due at {time}: {reference}',
  'enum.calendarKind.breachNotification': 'Breaches',
  'cli.noBreach': 'No breach recorded.',
  'cli.breachDueShort': 'CNIL due: {due}',
  'enum.breachState.toAssess': 'To assess',
  'enum.breachState.documentedOnly': 'Documented only',
  'enum.breachState.toNotify': 'To notify',
  'enum.breachState.late': 'Late',
  'enum.breachState.notified': 'Notified',
  'enum.breachState.notifiedLate': 'Notified late',
  'error.breach.notFound': 'Breach not found.',
  'error.breach.changed': 'Breach {reference} was changed in the meantime: reload it.',
  'breach.clock.aware': 'Became aware of the breach: {at}.',
  'breach.clock.awareOnTheHour':
    'Became aware of the breach: {at}, exactly on the hour; it falls in the hour that begins at that moment.',
  'breach.clock.hourNotCounted':
    'The hour during which it occurs ({from} – {to}) is not counted (Regulation No 1182/71, Art. 3(1)).',
  'breach.clock.periodStarts':
    'The period starts at the beginning of the following hour: {at} (Art. 3(2)(a)).',
  'breach.clock.hoursCounted':
    '{hours} hours counted in a row, Saturdays, Sundays and public holidays included, never moved (Art. 3(3)): due {due}.',
  'breach.clock.hoursCountedElectronic':
    '{hours} hours for a provider of electronic communications services (Regulation No 611/2013), counted in a row, Saturdays, Sundays and public holidays included: due {due}.',
  'breach.clock.clockChanged':
    'The clocks change during the period: hours are counted as they pass, Paris time goes from {from} to {to}.',
  'breach.clock.at': '{date} at {time} (Paris time)',
};
