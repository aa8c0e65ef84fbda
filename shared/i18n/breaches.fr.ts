/** French words of the breach register (part of fr.ts). */
export const breachesFr = {
  'validation.parisLocalTime':
    'Date et heure invalides (format AAAA-MM-JJTHH:MM, heure de Paris, par exemple 2026-03-27T14:25).',
  'cli.breachDue': 'Échéance de notification à la CNIL : {due}',
  'validation.breachNature':
    'Cochez au moins une nature : confidentialité, intégrité ou disponibilité.',
  'validation.breachPhaseOrder':
    'Une notification ne peut précéder la connaissance de la violation ni la notification précédente.',
  'validation.breachOccurredOrder': 'La fin de la violation ne peut précéder son début.',
  'validation.breachDiscoveredAfterAware':
    'La découverte ne peut être postérieure à la prise de connaissance par l’organisme.',
  'validation.breachJustification': 'Justifiez le niveau de risque retenu.',
  'validation.breachDelayReasons':
    'Notification après l’échéance : indiquez les motifs du retard (art. 33, § 1).',
  'validation.breachCommunicationReason':
    'Risque élevé : dites pourquoi les personnes ne sont pas informées individuellement (art. 34, § 3).',
  'calendar.breachNotification': 'Notification CNIL due à {time} : {reference}',
  'enum.calendarKind.breachNotification': 'Violations',
  'cli.noBreach': 'Aucune violation enregistrée.',
  'cli.breachDueShort': 'échéance CNIL : {due}',
  'enum.breachState.toAssess': 'À évaluer',
  'enum.breachState.documentedOnly': 'Documentée seulement',
  'enum.breachState.toNotify': 'À notifier',
  'enum.breachState.late': 'En retard',
  'enum.breachState.notified': 'Notifiée',
  'enum.breachState.notifiedLate': 'Notifiée en retard',
  'error.breach.notFound': 'Violation introuvable.',
  'error.breach.changed': 'La violation {reference} a été modifiée entre-temps : rechargez-la.',
  'breach.clock.aware': 'Connaissance de la violation : {at}.',
  'breach.clock.awareOnTheHour':
    'Connaissance de la violation : {at}, à l’heure pile ; elle tombe dans l’heure qui commence à cet instant.',
  'breach.clock.hourNotCounted':
    'L’heure au cours de laquelle elle survient ({from} – {to}) n’est pas comptée (règlement n° 1182/71, art. 3, § 1).',
  'breach.clock.periodStarts':
    'Le délai commence au début de l’heure suivante : {at} (art. 3, § 2, a).',
  'breach.clock.hoursCounted':
    '{hours} heures comptées de suite, samedis, dimanches et jours fériés compris, sans report (art. 3, § 3) : échéance le {due}.',
  'breach.clock.hoursCountedElectronic':
    '{hours} heures pour un fournisseur de services de communications électroniques (règlement n° 611/2013), comptées de suite, samedis, dimanches et jours fériés compris : échéance le {due}.',
  'breach.clock.clockChanged':
    'Changement d’heure pendant le délai : les heures sont comptées telles qu’elles s’écoulent, l’heure de Paris passe de {from} à {to}.',
  'breach.clock.at': '{date} à {time} (heure de Paris)',
} as const;
