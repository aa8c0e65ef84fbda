/**
 * French « de » before a phrase, with the article it takes: « du dernier contact », « de la fin
 * du contrat », « de l’enregistrement », « des images », « de son départ ». A retention rule's
 * start event is typed by the DPO without its article (« dernier contact actif »), so the gender
 * of a bare noun is guessed from its ending and a short list of words, masculine otherwise.
 */
const vowelStart = /^[aeiouyàâäéèêëîïôöùûüœh]/i;
// « h aspiré »: no elision (« de la hausse », « du hasard »).
const aspiratedH = /^(hausse|hasard|hauteur|haut|hiérarchie|honte|hors)\b/i;
const determiners =
  /^(mon|ton|son|notre|votre|leur|leurs|mes|tes|ses|nos|vos|ce|cet|cette|ces|chaque|tout|toute|tous|toutes|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[0-9])\b/i;
const feminineWords = new Set([
  'fin',
  'clôture',
  'date',
  'collecte',
  'signature',
  'résiliation',
  'rupture',
  'demande',
  'dernière',
  'première',
  'réception',
  'sortie',
  'livraison',
  'facture',
  'campagne',
  'relation',
  'période',
  'fermeture',
  'séance',
  'commande',
  'visite',
  'candidature',
  'transaction',
  'souscription',
  'cessation',
  'expiration',
  'mort',
  'naissance',
  'prise',
  'mise',
  'remise',
  'vente',
  'perte',
  'saisie',
  'rencontre',
  'dépose',
  'connexion',
  'fourniture',
  'prestation',
  'opération',
  'inscription',
  'embauche',
  'adhésion',
  'activité',
  'utilisation',
  'publication',
  'hausse',
  'base',
  'durée',
  'catégorie',
  'donnée',
  'source',
  'personne',
  'garantie',
  'phase',
  'finalité',
]);
const masculineWords = new Set(['dernier', 'premier', 'départ', 'passage', 'dépôt', 'contrat']);

function isFeminine(word: string): boolean {
  const lower = word.toLowerCase();
  if (feminineWords.has(lower)) return true;
  if (masculineWords.has(lower)) return false;
  return /(tion|sion|ure|ée|ette|ance|ence|ité|ière|ise)$/.test(lower);
}

export function fromPhrase(phrase: string): string {
  const text = phrase.trim();
  if (text === '') return '';
  const lower = text.toLowerCase();
  if (lower.startsWith('le ')) return `du ${text.slice(3)}`;
  if (lower.startsWith('les ')) return `des ${text.slice(4)}`;
  if (lower.startsWith('la ')) return `de la ${text.slice(3)}`;
  if (/^l['’]/.test(lower)) return `de l’${text.slice(2)}`;
  // Already carries its own preposition or determiner, or a name or a date: plain « de ».
  if (/^(au|aux|à|de|du|des|d['’])\s|^d['’]/i.test(text)) return text;
  if (determiners.test(lower) || /^[A-ZÀ-Ý]{2}/.test(text)) return `de ${text}`;
  if (vowelStart.test(lower) && !aspiratedH.test(lower)) return `de l’${text}`;
  const first = lower.split(/[\s,(]/)[0] ?? '';
  return isFeminine(first) ? `de la ${text}` : `du ${text}`;
}

/**
 * How a French adjective agrees with a phrase it follows (« Finalité ajoutée », « Destinataires
 * modifiés »): gender guessed from the first word as `fromPhrase` does, plural from its ending.
 */
export function agreementOf(phrase: string): 'm' | 'f' | 'mp' | 'fp' {
  const first =
    phrase
      .trim()
      .toLowerCase()
      .split(/[\s,(]/)[0] ?? '';
  const plural = first.length > 1 && /[sx]$/.test(first);
  const singular = plural ? first.slice(0, -1) : first;
  const feminine = isFeminine(singular);
  return `${feminine ? 'f' : 'm'}${plural ? 'p' : ''}` as const;
}
