/**
 * The words of a requests log kept in a spreadsheet, French or English, read into the tracker's
 * vocabulary: the rights a cell names (often several: « accès, effacement ») and the status.
 */
import { foldLabel } from '../register/importWords';
import type { IdentityStatus, Outcome, RequestChannel, RequestStatus, Right } from './vocabulary';

const has = (text: string, ...words: string[]) => words.some((word) => text.includes(word));

/** One right named in words, or null. The more precise wordings are tried first. */
export function rightOf(words: string): Right | null {
  const text = foldLabel(words);
  if (text === '') return null;
  if (has(text, 'prospection', 'marketing', 'demarchage')) return 'objectionMarketing';
  if (has(text, 'opposition', 'objection', 'object')) return 'objection';
  if (has(text, 'post mortem', 'post-mortem', 'deces', 'directive')) return 'postMortem';
  if (has(text, 'consentement', 'consent')) return 'consentWithdrawal';
  if (has(text, 'intervention humaine', 'human', 'decision automatisee', 'automated'))
    return 'humanIntervention';
  if (has(text, 'portabilite', 'portability')) return 'portability';
  if (has(text, 'rectif', 'correction')) return 'rectification';
  if (has(text, 'effacement', 'suppression', 'oubli', 'erasure', 'deletion', 'delete'))
    return 'erasure';
  if (has(text, 'limitation', 'restriction')) return 'restriction';
  if (has(text, 'acces', 'access', 'copie', 'communication')) return 'access';
  return null;
}

/** The rights a cell names, each once, and the words it holds that name none. */
export function rightsOf(cell: string): { rights: Right[]; unknown: string[] } {
  const rights: Right[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/\s*(?:[,;/+\n•]|\bet\b|\band\b)\s*/i)) {
    const words = part.trim();
    if (words === '') continue;
    const right = rightOf(words);
    if (right === null) unknown.push(words);
    else if (!rights.includes(right)) rights.push(right);
  }
  return { rights, unknown };
}

/** What was done with the rights, in words (« Accordée », « Refusée : … »), or null. */
export function outcomeOf(words: string): Outcome | null {
  const text = foldLabel(words);
  if (has(text, 'partiel', 'partly', 'partial')) return 'partly';
  if (has(text, 'refus', 'rejet', 'refused', 'denied')) return 'refused';
  if (has(text, 'sans objet', 'aucune donnee', 'not applicable', 'no data')) return 'notApplicable';
  if (has(text, 'accord', 'fait', 'effectu', 'satisf', 'granted', 'done', 'oui')) return 'granted';
  return null;
}

/** A status in words, or null when none is recognised. */
export function requestStatusOf(words: string): RequestStatus | null {
  const text = foldLabel(words);
  if (has(text, 'justificatif', 'identite', 'awaiting', 'identity')) return 'awaitingIdentity';
  if (has(text, 'retir', 'abandon', 'withdrawn', 'desist')) return 'withdrawn';
  if (has(text, 'a traiter', 'non traite')) return 'received';
  if (has(text, 'en cours', 'in progress', 'instruction')) return 'inProgress';
  if (has(text, 'clotur', 'close', 'classe', 'archiv')) return 'closed';
  if (has(text, 'repondu', 'reponse envoyee', 'traite', 'termine', 'answered', 'done'))
    return 'answered';
  if (has(text, 'recu', 'nouvelle', 'received', 'new', 'open')) return 'received';
  return null;
}

/** How the request came in, in words (« Courrier », « formulaire web »), or null. */
export function channelOf(words: string): RequestChannel | null {
  const text = foldLabel(words);
  if (text === '') return null;
  if (has(text, 'formulaire', 'site', 'web', 'form', 'en ligne', 'online')) return 'webForm';
  if (has(text, 'courriel', 'mail', 'mel')) return 'email';
  if (has(text, 'courrier', 'lettre', 'postal', 'post', 'recommande', 'letter')) return 'post';
  if (has(text, 'telephone', 'appel', 'phone', 'call')) return 'phone';
  if (has(text, 'guichet', 'accueil', 'sur place', 'en personne', 'in person', 'visite'))
    return 'inPerson';
  return null;
}

/**
 * What a log says of the proof of identity: not needed, asked, received or verified; null when
 * its words say none of these.
 */
export function identityOf(words: string): IdentityStatus | null {
  const text = foldLabel(words);
  if (text === '') return null;
  if (/^(?:non|no|aucun|sans objet|inutile|n\/a|-)\b/.test(text) || has(text, 'not needed'))
    return 'notNeeded';
  if (has(text, 'verifi', 'controle', 'valide', 'checked', 'verified')) return 'verified';
  if (has(text, 'recu', 'fourni', 'received', 'provided')) return 'received';
  if (has(text, 'demande', 'attente', 'asked', 'requested', 'awaiting')) return 'asked';
  if (/^(?:oui|yes)\b/.test(text)) return 'verified';
  return null;
}
