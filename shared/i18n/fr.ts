/** French: the reference language. Every key here must exist in en.ts (checked by its type). */
export const fr = {
  'app.name': 'DPO Desk',
  'app.tagline': 'Le bureau du DPO',

  'nav.dashboard': 'Tableau de bord',
  'nav.register': 'Registre',
  'nav.processors': 'Sous-traitants',
  'nav.requests': 'Demandes',
  'nav.retention': 'Conservation',
  'nav.documents': 'Documents',
  'nav.settings': 'Paramètres',

  'page.dashboard.intro':
    'Le tableau de bord rassemblera les échéances du jour : demandes à traiter avant leur date limite, purges et archivages dus, contrats et analyses d’impact à revoir.',
  'page.register.intro':
    'Le registre des activités de traitement (article 30 du RGPD) : une fiche par activité, dans l’ordre du modèle de la CNIL, et le registre des traitements effectués pour le compte de vos clients.',
  'page.processors.intro':
    'Les sous-traitants et destinataires (commissaires aux comptes, experts-comptables, infogérance, sécurité, paiement, mesure d’audience, investisseurs…) avec leurs contrats article 28 et les transferts hors UE.',
  'page.requests.intro':
    'Le suivi des demandes d’exercice des droits (accès, rectification, effacement, opposition…) avec leur date limite de réponse calculée selon la loi.',
  'page.retention.intro':
    'Les durées de conservation (base active, archivage intermédiaire, suppression ou anonymisation) et le calendrier des purges.',
  'page.documents.intro':
    'Les documents remis : le registre en classeur Excel chaque trimestre et en PDF, et l’historique des exports conservés comme preuves.',
  'page.notBuilt': 'Cette page n’est pas encore disponible. Elle contiendra :',

  'settings.title': 'Paramètres',
  'settings.organisation': 'Organisation (responsable du traitement)',
  'settings.dpo': 'Délégué à la protection des données (DPO)',
  'settings.letters': 'Courriers',
  'settings.language': 'Langue de l’interface',
  'settings.database': 'Base de données',
  'settings.databasePath': 'Fichier',
  'settings.schemaVersion': 'Version du schéma',
  'settings.appVersion': 'Version de l’application',
  'settings.save': 'Enregistrer',
  'settings.saved': 'Paramètres enregistrés.',
  'settings.notSaved': 'Rien n’a été enregistré : corrigez les champs signalés.',
  'settings.lastSaved': 'Dernier enregistrement :',
  'settings.unsaved': 'Modifications non enregistrées',
  'settings.empty':
    'Renseignez l’organisation et son DPO : ces informations figurent en tête du registre et sur chaque courrier.',

  'field.legalName': 'Raison sociale',
  'field.legalForm': 'Forme juridique',
  'field.siren': 'SIREN',
  'field.address': 'Adresse du siège',
  'field.representative': 'Représentant légal',
  'field.dpoName': 'Nom du DPO',
  'field.dpoEmail': 'Courriel du DPO',
  'field.dpoPhone': 'Téléphone du DPO',
  'field.dpoAddress': 'Adresse postale du DPO',
  'field.dpoCnilNumber': 'Numéro de désignation CNIL',
  'field.letterPlace': 'Lieu imprimé sur les courriers (« Fait à … »)',
  'hint.siren': '9 chiffres, espaces autorisés (ex. 732 829 320).',
  'hint.letterPlace': 'Par exemple : Castelnau-le-Lez',

  'validation.required': 'Ce champ est obligatoire.',
  'validation.tooLong': 'Ce texte est trop long.',
  'validation.siren':
    'SIREN invalide : il faut 9 chiffres dont le dernier est la clé de contrôle (algorithme de Luhn).',
  'validation.email': 'Adresse électronique invalide.',
  'validation.phone': 'Numéro de téléphone invalide : chiffres, espaces, +, ., - et parenthèses.',
  'validation.invalid': 'Valeur invalide.',
  'validation.unexpected': 'Champ non attendu.',

  'error.VALIDATION': 'Certaines valeurs sont invalides.',
  'error.NOT_FOUND': 'Élément introuvable.',
  'error.CONFLICT': 'Conflit : l’élément a été modifié entre-temps.',
  'error.UNKNOWN_CALL': 'Opération inconnue.',
  'error.NEWER_DATABASE':
    'Cette base de données a été écrite par une version plus récente de DPO Desk. Elle n’a pas été modifiée. Mettez l’application à jour pour l’ouvrir.',
  'error.DATABASE_UNAVAILABLE': 'La base de données ne peut pas être ouverte.',
  'error.UNAUTHORIZED': 'Accès refusé.',
  'error.INTERNAL': 'Erreur interne inattendue. Rien n’a été enregistré.',

  'common.loading': 'Chargement…',
  'common.yes': 'Oui',
  'common.no': 'Non',
} as const;

export type MessageKey = keyof typeof fr;
