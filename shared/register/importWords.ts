/**
 * The words of registers kept in spreadsheets, read into the register's vocabularies: the CNIL
 * model's row labels, legal bases, safeguards, countries by their French name (accents or not),
 * retention periods written in a sentence, dates typed as text. Pure: each function says what it
 * recognised, and the caller keeps the text as written when it did not.
 */
import { isCalendarDate } from '../dates';
import type { Retention } from '../schemas/activity';
import { foldForSearch } from '../text';
import type {
  DataCategoryKind,
  LegalBasis,
  RecipientKind,
  SecurityHeading,
  SensitiveDataKind,
  TransferSafeguard,
} from './vocabulary';

/** Lower case, no accents, one space, no end punctuation: how labels are compared. */
export function foldLabel(text: string): string {
  return foldForSearch(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*[:?*]+\s*$/, '')
    .trim();
}

const has = (text: string, ...words: string[]) => words.some((word) => text.includes(word));

export function dataCategoryOf(label: string): DataCategoryKind | 'nir' | null {
  const text = foldLabel(label);
  if (has(text, 'securite sociale') || /\bnir\b/.test(text)) return 'nir';
  if (has(text, 'etat civil', 'identite', 'identification')) return 'identity';
  if (has(text, 'vie personnelle')) return 'personalLife';
  if (has(text, 'vie professionnelle')) return 'professionalLife';
  // Bank details are the economic category's most usual words in a register (« RIB », « IBAN »).
  if (
    has(text, 'economique', 'financier', 'bancaire', 'bank details', 'bank account') ||
    /\b(?:rib|iban|bic)\b/.test(text)
  )
    return 'economic';
  if (has(text, 'connexion')) return 'connection';
  if (has(text, 'localisation')) return 'location';
  if (has(text, 'internet', 'cookie', 'traceur')) return 'internet';
  if (has(text, 'telephon', 'appel')) return 'telephony';
  if (/^autres?\b/.test(text)) return 'other';
  return null;
}

export function sensitiveKindOf(label: string): SensitiveDataKind | 'criminal' | null {
  const text = foldLabel(label);
  if (has(text, 'condamnation', 'infraction', 'penale')) return 'criminal';
  if (has(text, 'raciale', 'ethnique')) return 'racialOrEthnicOrigin';
  if (has(text, 'politique')) return 'politicalOpinions';
  if (has(text, 'religieuse', 'philosophique')) return 'religiousBeliefs';
  if (has(text, 'syndicale')) return 'tradeUnionMembership';
  if (has(text, 'genetique')) return 'genetic';
  if (has(text, 'biometrique')) return 'biometric';
  if (has(text, 'sante')) return 'health';
  if (has(text, 'sexuel')) return 'sexLifeOrOrientation';
  return null;
}

export function securityHeadingOf(label: string): SecurityHeading | null {
  const text = foldLabel(label);
  if (has(text, "controle d'acces", 'controle des acces', 'habilitation', 'authentification'))
    return 'accessControl';
  if (has(text, 'tracabilite', 'journalisation')) return 'traceability';
  if (has(text, 'logiciel', 'antivirus', 'correctif')) return 'softwareProtection';
  if (has(text, 'sauvegarde')) return 'backup';
  if (has(text, 'chiffrement', 'https', 'tls')) return 'encryption';
  if (has(text, 'sous-traitant', 'sous traitant')) return 'processorControl';
  if (has(text, 'locaux', 'physique')) return 'physicalSecurity';
  if (/^autres?\b/.test(text)) return 'other';
  return null;
}

export function recipientKindOf(label: string): RecipientKind | null {
  const text = foldLabel(label);
  if (has(text, 'sous-traitant', 'sous traitant', 'prestataire')) return 'processor';
  if (has(text, 'interne', 'service')) return 'internal';
  if (has(text, 'autorite', 'administration', 'organisme public', 'tribunal', 'police'))
    return 'authority';
  if (has(text, 'externe', 'partenaire', 'tiers', 'organisme')) return 'external';
  return null;
}

export function legalBasisOf(label: string): LegalBasis | null {
  const text = foldLabel(label);
  if (has(text, 'consentement', 'consent', '6.1.a', '6(1)(a)')) return 'consent';
  if (has(text, 'contrat', 'contract', 'precontractuel')) return 'contract';
  if (has(text, 'obligation legale', 'legal obligation', 'obligation reglementaire'))
    return 'legalObligation';
  if (has(text, 'interets vitaux', 'interet vital', 'vital interest')) return 'vitalInterests';
  if (has(text, 'interet public', 'mission de service public', 'public task')) return 'publicTask';
  if (has(text, 'interet legitime', 'legitimate interest')) return 'legitimateInterest';
  return null;
}

export interface SafeguardReading {
  safeguard: TransferSafeguard | null;
  /** « Privacy Shield »: invalidated by the CJEU (Schrems II) on 16 July 2020. */
  privacyShield: boolean;
}

export function safeguardOf(label: string): SafeguardReading {
  const text = foldLabel(label);
  if (has(text, 'privacy shield', 'bouclier')) return { safeguard: null, privacyShield: true };
  const safeguard: TransferSafeguard | null = has(
    text,
    'clauses contractuelles',
    'cct',
    'scc',
    'standard contractual',
  )
    ? 'standardContractualClauses'
    : has(text, "regles d'entreprise", 'bcr', 'binding corporate')
      ? 'bindingCorporateRules'
      : has(text, 'adequation', 'adequacy', 'data privacy framework', 'dpf')
        ? 'adequacyDecision'
        : has(text, 'derogation', 'article 49', 'art. 49')
          ? 'derogation'
          : null;
  return { safeguard, privacyShield: false };
}

/** French names of the countries a register names most, written as the register writes them. */
const countryNames = [
  'Afrique du Sud',
  'Albanie',
  'Algérie',
  'Allemagne',
  'Andorre',
  'Arabie saoudite',
  'Argentine',
  'Arménie',
  'Australie',
  'Autriche',
  'Belgique',
  'Bénin',
  'Biélorussie',
  'Bosnie-Herzégovine',
  'Brésil',
  'Bulgarie',
  'Burkina Faso',
  'Cameroun',
  'Canada',
  'Chili',
  'Chine',
  'Chypre',
  'Colombie',
  'Corée du Sud',
  'Côte d’Ivoire',
  'Croatie',
  'Danemark',
  'Égypte',
  'Émirats arabes unis',
  'Espagne',
  'Estonie',
  'États-Unis',
  'Finlande',
  'France',
  'Gabon',
  'Géorgie',
  'Ghana',
  'Grèce',
  'Guernesey',
  'Hong Kong',
  'Hongrie',
  'Île de Man',
  'Inde',
  'Indonésie',
  'Irlande',
  'Islande',
  'Israël',
  'Italie',
  'Japon',
  'Jersey',
  'Kenya',
  'Lettonie',
  'Liban',
  'Liechtenstein',
  'Lituanie',
  'Luxembourg',
  'Macédoine du Nord',
  'Madagascar',
  'Malaisie',
  'Mali',
  'Malte',
  'Maroc',
  'Maurice',
  'Mexique',
  'Moldavie',
  'Monaco',
  'Monténégro',
  'Niger',
  'Nigeria',
  'Norvège',
  'Nouvelle-Zélande',
  'Pakistan',
  'Pays-Bas',
  'Pérou',
  'Philippines',
  'Pologne',
  'Portugal',
  'Qatar',
  'République tchèque',
  'Roumanie',
  'Royaume-Uni',
  'Russie',
  'Sénégal',
  'Serbie',
  'Singapour',
  'Slovaquie',
  'Slovénie',
  'Suède',
  'Suisse',
  'Taïwan',
  'Thaïlande',
  'Togo',
  'Tunisie',
  'Turquie',
  'Ukraine',
  'Uruguay',
  'Viêt Nam',
  'Îles Féroé',
] as const;

const countryAliases: Record<string, string> = {
  usa: 'États-Unis',
  'etats unis': 'États-Unis',
  "etats-unis d'amerique": 'États-Unis',
  "etats unis d'amerique": 'États-Unis',
  'united states': 'États-Unis',
  us: 'États-Unis',
  'royaume uni': 'Royaume-Uni',
  'grande-bretagne': 'Royaume-Uni',
  'united kingdom': 'Royaume-Uni',
  uk: 'Royaume-Uni',
  'pays bas': 'Pays-Bas',
  tchequie: 'République tchèque',
  'ile maurice': 'Maurice',
  vietnam: 'Viêt Nam',
  coree: 'Corée du Sud',
  "cote d'ivoire": 'Côte d’Ivoire',
  'nouvelle zelande': 'Nouvelle-Zélande',
};

const countryIndex = new Map<string, string>([
  ...countryNames.map((name) => [foldLabel(name), name] as [string, string]),
  ...Object.entries(countryAliases),
]);

/** The country's French name as the register writes it, or null when not recognised. */
export function countryOf(text: string): string | null {
  return countryIndex.get(foldLabel(text).replace(/\.$/, '')) ?? null;
}

const numberWords: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
};

/** « à compter du versement de la paie » -> « le versement de la paie » (worded back the same). */
function startEventOf(rest: string): string | null {
  const text = rest.trim().replace(/\.$/, '').trim();
  if (text === '') return '';
  const match = /^(?:a compter|a partir|apres|suivant|a l'issue|des)\b\s*(.*)$/i.exec(
    foldForSearch(text),
  );
  if (match === null) return null;
  // Cut the original text (accents kept) at the same place as the folded one.
  const kept = text.slice(text.length - (match[1] ?? '').length).trim();
  const lower = kept.toLowerCase();
  if (lower.startsWith('du ')) return `le ${kept.slice(3)}`;
  if (lower.startsWith('des ')) return `les ${kept.slice(4)}`;
  if (lower.startsWith('de la ')) return `la ${kept.slice(6)}`;
  if (/^de l['’]/.test(lower)) return `l’${kept.slice(5)}`;
  if (/^d['’]/.test(lower)) return kept.slice(2);
  if (lower.startsWith('de ')) return kept.slice(3);
  return kept;
}

/**
 * A retention written in a sentence: « 5 ans à compter du versement de la paie » is a duration
 * and its start event; anything else is kept whole as criteria (`parsed` false).
 */
export function parseRetention(text: string): { retention: Retention; parsed: boolean } {
  const written = text.trim();
  const criteria: Retention = {
    mode: written === '' ? 'undetermined' : 'criteria',
    duration: null,
    unit: 'years',
    startEvent: '',
    criteria: written.slice(0, 2_000),
  };
  const folded = foldForSearch(written);
  const match = /^(\d{1,3}|[a-z]+)\s+(ans?|annees?|mois|jours?)\b(.*)$/s.exec(folded);
  if (match === null) return { retention: criteria, parsed: false };
  const amount = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : numberWords[match[1] ?? ''];
  if (amount === undefined || amount < 1 || amount > 1_000)
    return { retention: criteria, parsed: false };
  const unitWord = match[2] ?? '';
  const unit = unitWord.startsWith('mois')
    ? 'months'
    : unitWord.startsWith('jour')
      ? 'days'
      : 'years';
  const rest = written.slice(written.length - (match[3] ?? '').length);
  const startEvent = startEventOf(rest);
  if (startEvent === null) return { retention: criteria, parsed: false };
  return {
    retention: {
      mode: 'duration',
      duration: amount,
      unit,
      startEvent: startEvent.slice(0, 200),
      criteria: '',
    },
    parsed: true,
  };
}

/**
 * A date typed as text: 15/03/2024 (the French order), 2024-03-15, and 03/15/2024 when the
 * second number cannot be a month (the CNIL's own example is in the American order). `ambiguous`
 * never: a date that reads both ways is read the French way.
 */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
  if (match === null) return null;
  let day = Number(match[1]);
  let month = Number(match[2]);
  const rawYear = Number(match[3]);
  const year = (match[3] ?? '').length === 2 ? 2000 + rawYear : rawYear;
  if (month > 12 && day <= 12) [day, month] = [month, day];
  const iso = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}
