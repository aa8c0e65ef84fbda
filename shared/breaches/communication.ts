/**
 * Telling the people (Art. 34): the letter each person receives and the public communication
 * used instead when letters would take disproportionate effort (Art. 34(3)(c)). Both say, in
 * plain words, what Art. 34(2) requires: the nature of the breach, the contact point, the likely
 * consequences and the measures. One rule says when they can be made, asked by every path.
 */
import type { Wording } from '../errors';
import type { MessageKey } from '../i18n';
import { translate, type Language } from '../i18n';
import type { RenderedLetter } from '../letters/render';
import { cnilAddress } from '../letters/values';
import type { BreachFields } from '../schemas/breach';
import type { OrganisationSettings } from '../schemas/settings';
import { parisMoment } from './explain';

export type CommunicationKind = 'individual' | 'public';

type Sources = {
  breach: BreachFields & { reference: string };
  organisation: OrganisationSettings | null;
};

/** Who the people write to: the breach's contact point, else the DPO from Paramètres. */
function contactOf(sources: Sources, language: Language): string {
  const { breach, organisation } = sources;
  if (breach.contactPoint.trim() !== '') return breach.contactPoint.trim();
  if (organisation === null || organisation.dpoName === '') return '';
  const reach = [organisation.dpoEmail, organisation.dpoPhone, organisation.dpoAddress]
    .filter((part) => part !== '')
    .join(', ');
  return translate(language, 'breachLetter.dpo', { name: organisation.dpoName, contact: reach });
}

/**
 * Why the letters (or the public text) cannot be made yet: the mode chosen on the record, then
 * each item of Art. 34(2) left empty. null: they can.
 */
export function communicationRefusal(
  sources: Sources,
  kind: CommunicationKind,
): { key: MessageKey; parts?: Record<string, Wording[]> } | null {
  const { breach } = sources;
  if (kind === 'individual' && breach.communicationMode !== 'individual') {
    return { key: 'error.breachLetter.notIndividual' };
  }
  if (kind === 'public' && breach.communicationMode !== 'public') {
    return { key: 'error.breachLetter.notPublic' };
  }
  const missing: Wording[] = [];
  if (whatHappened(breach) === '') missing.push({ key: 'breachLetter.part.circumstances' });
  if (breach.consequences.trim() === '') missing.push({ key: 'breachLetter.part.consequences' });
  if (breach.measuresTaken.trim() === '' && breach.measuresProposed.trim() === '') {
    missing.push({ key: 'breachLetter.part.measures' });
  }
  if (contactOf(sources, 'fr') === '') missing.push({ key: 'breachLetter.part.contact' });
  // A letter from nobody cannot be sent: the organisation and the DPO who signs it.
  if (
    (sources.organisation?.legalName ?? '') === '' ||
    (sources.organisation?.dpoName ?? '') === ''
  ) {
    missing.push({ key: 'breachLetter.part.organisation' });
  }
  return missing.length === 0
    ? null
    : { key: 'error.breachLetter.missing', parts: { parts: missing } };
}

/** The people's own account of what happened, else the record's circumstances. */
function whatHappened(breach: BreachFields): string {
  return (breach.peopleSummary.trim() || breach.circumstances).trim();
}

function dataConcerned(breach: BreachFields, language: Language): string {
  return [
    ...breach.dataCategories.map((kind) => translate(language, `enum.dataCategory.${kind}`)),
    ...breach.specialData.map((kind) => translate(language, `enum.breachSpecialData.${kind}`)),
  ].join(', ');
}

/** The body shared by the letter and the public text, after their own opening. */
function bodyOf(sources: Sources, language: Language): string[] {
  const { breach } = sources;
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const data = dataConcerned(breach, language);
  return [
    t('breachLetter.what', { circumstances: whatHappened(breach) }),
    ...(data === '' ? [] : [t('breachLetter.data', { data })]),
    t('breachLetter.consequences', { consequences: breach.consequences.trim() }),
    ...(breach.measuresTaken.trim() === ''
      ? []
      : [t('breachLetter.measuresTaken', { measures: breach.measuresTaken.trim() })]),
    ...(breach.measuresProposed.trim() === ''
      ? []
      : [t('breachLetter.measuresProposed', { measures: breach.measuresProposed.trim() })]),
    ...(breach.peopleAdvice.trim() === ''
      ? []
      : [t('breachLetter.advice', { advice: breach.peopleAdvice.trim() })]),
    t('breachLetter.contact', {
      contact: contactOf(sources, language),
      reference: breach.reference,
      cnil: cnilAddress,
    }),
  ];
}

/** The letter to one person: salutation and closing come from the letters' own words. */
export function communicationLetter(sources: Sources, language: Language): RenderedLetter {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  return {
    subject: t('breachLetter.subject', { reference: sources.breach.reference }),
    paragraphs: [
      `${t('letter.salutation.none')},`,
      t('breachLetter.opening', { date: parisMoment(sources.breach.awareAt, language) }),
      ...bodyOf(sources, language),
      t('letter.closing.generic'),
    ],
    missing: [],
    unknown: [],
  };
}

/** The public communication (a notice for the website or the press), as plain text. */
export function publicCommunication(sources: Sources, language: Language): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const people = sources.breach.peopleCategories.trim();
  return [
    t('breachLetter.publicTitle'),
    t('breachLetter.publicOpening', { organisation: sources.organisation?.legalName ?? '' }),
    ...(people === '' ? [] : [t('breachLetter.peopleConcerned', { people })]),
    t('breachLetter.when', { date: parisMoment(sources.breach.awareAt, language) }),
    ...bodyOf(sources, language),
  ].join('\n\n');
}
