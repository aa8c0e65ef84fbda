/**
 * The breach register (Art. 33(5)) as the register documents show it: every breach, notified or
 * not, with its facts, effects and remedial action, and why it was not notified. Approximate
 * numbers of people only, never a person's name: the workbook and the PDF travel.
 */
import { parisShort } from '../../shared/breaches/display';
import { formatCalendarDate } from '../../shared/dates';
import { translate } from '../../shared/i18n';
import type { BreachView } from '../../shared/schemas/breach';
import type { RegisterData } from './registerData';

const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

export interface BreachRegisterRow {
  reference: string;
  title: string;
  awareAt: string;
  occurred: string;
  natures: string;
  cause: string;
  circumstances: string;
  data: string;
  people: string;
  activities: string;
  processors: string;
  consequences: string;
  measures: string;
  risk: string;
  due: string;
  state: string;
  notifications: string;
  delayReasons: string;
  communication: string;
  closedOn: string;
}

/** The French labels of the register's columns (the workbook's headers, the PDF's fields). */
export const breachRegisterLabels: Record<keyof BreachRegisterRow, string> = {
  reference: 'Référence',
  title: 'Intitulé',
  awareAt: 'Connaissance (heure de Paris)',
  occurred: 'Période de la violation',
  natures: 'Nature',
  cause: 'Origine',
  circumstances: 'Circonstances',
  data: 'Données concernées',
  people: 'Personnes et enregistrements (nombre approximatif)',
  activities: 'Activités du registre',
  processors: 'Sous-traitants',
  consequences: 'Conséquences probables',
  measures: 'Mesures prises et envisagées',
  risk: 'Risque et justification',
  due: 'Échéance CNIL (heure de Paris)',
  state: 'Situation',
  notifications: 'Notifications à la CNIL',
  delayReasons: 'Motifs du retard',
  communication: 'Information des personnes',
  closedOn: 'Clôturée le',
};

const joined = (values: readonly string[]) => values.filter((value) => value !== '').join(' ; ');

export function breachRegisterRows(data: RegisterData): BreachRegisterRow[] {
  const activities = new Map(data.activities.map((a) => [a.id, `${a.reference} — ${a.name}`]));
  const processors = new Map(data.processors.map((p) => [p.id, p.name]));
  const number = (value: number | null) =>
    value === null ? '?' : new Intl.NumberFormat('fr').format(value);
  return data.breaches.map(({ breach, deadline, state }: BreachView) => ({
    reference: breach.reference,
    title: breach.title,
    awareAt: parisShort(breach.awareAt),
    occurred:
      breach.occurredFrom === '' && breach.occurredTo === ''
        ? 'Inconnue'
        : `${parisShort(breach.occurredFrom) || '?'} → ${breach.ongoing ? 'en cours' : parisShort(breach.occurredTo) || '?'}`,
    natures: joined(breach.natures.map((nature) => t(`enum.breachNature.${nature}`))),
    cause: t(`enum.breachCause.${breach.cause}`),
    circumstances: breach.circumstances,
    data: joined([
      ...breach.dataCategories.map((kind) => t(`enum.dataCategory.${kind}`)),
      ...breach.specialData.map((kind) => t(`enum.breachSpecialData.${kind}`)),
    ]),
    people: joined([
      breach.peopleCategories,
      `${number(breach.peopleCount)} personnes, ${number(breach.recordsCount)} enregistrements`,
    ]),
    activities: joined(breach.activityIds.map((id) => activities.get(id) ?? '')),
    processors: joined(breach.processorIds.map((id) => processors.get(id) ?? '')),
    consequences: breach.consequences,
    measures: joined([breach.measuresTaken, breach.measuresProposed]),
    risk: joined([
      breach.riskLevel === null ? 'À évaluer' : t(`enum.riskLevel.${breach.riskLevel}`),
      breach.riskJustification,
    ]),
    due: parisShort(deadline.due.slice(0, 16)),
    state: t(`enum.breachState.${state}`),
    notifications: joined([
      ...breach.notifications.map(
        (phase, index) =>
          `${index === 0 ? 'Initiale' : `Complément ${String(index)}`} le ${parisShort(phase.on)}`,
      ),
      breach.cnilNumber === '' ? '' : `n° ${breach.cnilNumber}`,
    ]),
    delayReasons: breach.delayReasons,
    communication: joined([
      t(`enum.communicationMode.${breach.communicationMode}`),
      breach.communicationException === ''
        ? ''
        : t(`enum.communicationException.${breach.communicationException}`),
      breach.communicatedOn === '' ? '' : `le ${formatCalendarDate(breach.communicatedOn)}`,
      breach.communicationReason,
    ]),
    closedOn: breach.closedOn === '' ? '' : formatCalendarDate(breach.closedOn),
  }));
}
