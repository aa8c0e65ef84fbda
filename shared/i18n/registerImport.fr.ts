/** French words of the import of a register kept in a spreadsheet (part of fr.ts). */
export const registerImportFr = {
  'error.registerImport.tooManyRows':
    'Fichier trop grand pour un registre : plus de {max} lignes remplies. Rien n’a été importé.',
  'error.registerImport.tooLarge':
    'Fichier trop volumineux (plus de {max} Mo) pour un registre. Rien n’a été importé.',
  'error.registerImport.unreadable':
    'Ce fichier ne peut pas être lu comme un tableur (.xlsx, .ods ou .csv) : {detail}. Rien n’a été importé.',
  'error.registerImport.passwordProtected':
    'Ce classeur est protégé par un mot de passe : ouvrez-le dans votre tableur, enregistrez-le sans mot de passe, puis recommencez. Rien n’a été importé.',
  'error.registerImport.oldXls':
    'Ancien format Excel (.xls) : enregistrez-le en .xlsx ou en .ods dans votre tableur, puis recommencez. Rien n’a été importé.',
  'error.registerImport.notSpreadsheet':
    'Ce fichier n’est pas un tableur (.xlsx, .ods ou .csv). Rien n’a été importé.',
  'error.registerImport.fileNotFound': 'Fichier introuvable ou illisible : {file} ({detail}).',
  'error.registerImport.notRecognised':
    'Ni le modèle de registre de la CNIL (une fiche avec « Nom du traitement » et « Finalité principale ») ni un tableau d’une ligne par activité (une colonne « Nom du traitement », ou une correspondance qui la désigne) n’ont été reconnus dans ce fichier. Rien n’a été importé.',
  'error.registerImport.fileChanged':
    'Le fichier a changé depuis l’aperçu : relancez l’aperçu avant d’importer. Rien n’a été importé.',
  'error.registerImport.badMapping':
    'Correspondance de colonnes illisible : {file} ({detail}). Attendu : { "columns": { "En-tête": "champ" } }.',
  'error.cli.layout': 'Disposition inconnue : « {layout} » (seule « cnil » existe).',
  'error.registerImport.tooLargeUnpacked':
    'Classeur trop grand pour un registre : ses feuilles dépassent {max} Mo une fois décompressées (de l’ordre de {rows} lignes remplies). Rien n’a été importé.',
  'dialog.registerImport': 'Registre à importer (.xlsx, .ods, .csv)',
  'dialog.processorImport': 'Liste de sous-traitants à importer (.xlsx, .ods, .csv)',
  'dialog.requestImport': 'Journal des demandes à importer (.xlsx, .ods, .csv)',
  'error.registerImport.previewExpired':
    'L’aperçu de cet import n’est plus disponible (un autre fichier a été choisi ou l’application a redémarré) : choisissez le fichier à nouveau. Rien n’a été importé.',
  'registerImport.title': 'Importer un registre',
  'registerImport.hint':
    'Un registre tenu dans un tableur (le modèle de la CNIL, ou un tableau d’une ligne par activité ; .xlsx, .ods ou .csv) : un aperçu d’abord, rien n’est écrit avant votre confirmation, et une sauvegarde est faite juste avant.',
  'registerImport.choose': 'Importer un registre…',
  'registerImport.preview': 'Aperçu de l’import',
  'registerImport.previewOf': 'Aperçu : {file}',
  'registerImport.column': 'Colonne {column} « {header} » :',
  'registerImport.change': 'Changement',
  'registerImport.activity': 'Activité',
  'registerImport.status': 'Statut',
  'registerImport.sheet': 'Feuille',
  'registerImport.fileDates': 'Dates de la fiche',
  'registerImport.problems': '{count, plural, one {# remarque} other {# remarques}}',
  'registerImport.confirm': 'Importer',
  'registerImport.cancel': 'Annuler',
  'registerImport.done':
    'Import terminé : {added, plural, one {# activité ajoutée} other {# activités ajoutées}}, {modified, plural, one {# modifiée} other {# modifiées}}. Sauvegarde faite avant : {backup}',
  'registerImport.mapping': 'Correspondance des colonnes',
  'registerImport.mappingHint':
    'Choisissez ce que remplit chaque colonne ; l’aperçu est recalculé. Une colonne laissée en « notes » est gardée telle qu’écrite.',
  'registerImport.mappingField': 'Colonne {column} « {header} »',
  'registerImport.mappingSource.proposed': 'proposée par l’application',
  'registerImport.mappingSource.chosen': 'votre choix',
  'registerImport.saveMapping': 'Enregistrer cette correspondance',
  'registerImport.resetMapping': 'Revenir à la proposition',
  'registerImport.mappingSaved':
    'Correspondance enregistrée : elle sera reprise pour les prochains fichiers aux mêmes en-têtes.',
  'processorImport.title': 'Importer des sous-traitants',
  'processorImport.hint':
    'Une liste de sous-traitants et destinataires tenue dans un tableur (une ligne par prestataire) : même aperçu, rien n’est écrit avant votre confirmation.',
  'processorImport.choose': 'Importer des sous-traitants…',
  'processorImport.processor': 'Sous-traitant ou destinataire',
  'processorImport.field.name': 'nom',
  'processorImport.field.role': 'rôle',
  'processorImport.field.category': 'catégorie',
  'processorImport.field.country': 'pays',
  'processorImport.field.address': 'adresse',
  'processorImport.field.contactName': 'contact',
  'processorImport.field.contactEmail': 'adresse mél',
  'processorImport.field.contactPhone': 'téléphone',
  'processorImport.field.services': 'prestations',
  'processorImport.field.contractStatus': 'statut du contrat',
  'processorImport.field.contractSignedOn': 'date de signature du contrat',
  'processorImport.field.contractReviewOn': 'date de révision du contrat',
  'processorImport.field.lastAuditOn': 'date du dernier audit',
  'processorImport.field.transferCountry': 'pays de transfert hors UE',
  'processorImport.field.transferSafeguard': 'garanties du transfert',
  'processorImport.field.notes': 'notes (gardées telles qu’écrites)',
  'processorImport.field.ignore': 'ignorer',
  'processorImport.done':
    'Import terminé : {added, plural, one {# sous-traitant ajouté} other {# sous-traitants ajoutés}}, {modified, plural, one {# modifié} other {# modifiés}}. Sauvegarde faite avant : {backup}',
  'importSection.row': 'Ligne',
  'requestImport.title': 'Importer des demandes',
  'requestImport.hint':
    'Un journal des demandes de droits tenu dans un tableur (une ligne par demande) : l’échéance de chaque demande est recalculée comme pour une demande saisie ; rien n’est écrit avant votre confirmation.',
  'requestImport.choose': 'Importer des demandes…',
  'requestImport.requester': 'Demandeur',
  'requestImport.receivedOn': 'Reçue le',
  'requestImport.dueOn': 'Échéance',
  'requestImport.done':
    'Import terminé : {added, plural, one {# demande ajoutée} other {# demandes ajoutées}}, {modified, plural, one {# modifiée} other {# modifiées}}. Sauvegarde faite avant : {backup}',
  'requestImport.field.reference': 'référence',
  'requestImport.field.receivedOn': 'date de réception',
  'requestImport.field.requesterName': 'demandeur',
  'requestImport.field.requesterEmail': 'adresse mél',
  'requestImport.field.requesterAddress': 'adresse postale',
  'requestImport.field.rights': 'droits exercés',
  'requestImport.field.status': 'statut',
  'requestImport.field.responseOn': 'date de réponse',
  'requestImport.field.outcome': 'suite donnée',
  'requestImport.field.notes': 'notes (gardées telles qu’écrites)',
  'requestImport.field.ignore': 'ignorer',
  'registerImport.field.name': 'nom du traitement',
  'registerImport.field.reference': 'référence',
  'registerImport.field.purpose': 'finalité',
  'registerImport.field.legalBasis': 'base légale',
  'registerImport.field.dataSubjects': 'personnes concernées',
  'registerImport.field.dataCategories': 'catégories de données',
  'registerImport.field.retention': 'durée de conservation',
  'registerImport.field.sensitiveData': 'données sensibles',
  'registerImport.field.recipients': 'destinataires',
  'registerImport.field.transferRecipient': 'destinataire hors UE',
  'registerImport.field.transferCountry': 'pays de transfert',
  'registerImport.field.transferSafeguard': 'garanties du transfert',
  'registerImport.field.security': 'mesures de sécurité',
  'registerImport.field.ownerService': 'service',
  'registerImport.field.software': 'logiciel',
  'registerImport.field.createdOn': 'date de création',
  'registerImport.field.updatedOn': 'date de mise à jour',
  'registerImport.field.notes': 'notes (gardé tel qu’écrit)',
  'registerImport.field.ignore': 'ignorer',
  'registerImport.path.name': 'nom du traitement',
  'registerImport.path.purposes': 'finalité',
  'registerImport.path.dataCategories': 'catégorie de données',
  'registerImport.path.transfers': 'transfert hors UE',
  'registerImport.path.recipients': 'destinataire',
  'registerImport.path.security': 'mesures de sécurité',
  'registerImport.path.sensitiveData': 'données sensibles',
  'registerImport.path.createdOn': 'date de création',
  'registerImport.path.updatedOn': 'date de mise à jour',
  'registerImport.path.receivedOn': 'date de réception',
  'registerImport.path.responseOn': 'date de réponse',
  'registerImport.path.requesterName': 'demandeur',
  'registerImport.path.requesterEmail': 'adresse mél du demandeur',
  'registerImport.path.requesterAddress': 'adresse du demandeur',
  'registerImport.path.rights': 'droits exercés',
  'registerImport.path.status': 'statut',
  'registerImport.path.outcomes': 'suite donnée',
  'registerImport.path.numbered': '{field} n° {position}',
  'registerImport.path.retention': 'durée de conservation',
  'registerImport.path.legalBasis': 'base légale',
  'registerImport.path.country': 'pays',
  'registerImport.path.safeguard': 'garantie',
  'registerImport.path.part': '{field}, {part}',
  'processorImport.summary':
    '{added, plural, one {# sous-traitant ou destinataire ajouté} other {# sous-traitants ou destinataires ajoutés}}, {modified, plural, one {# modifié} other {# modifiés}}, {unchanged, plural, one {# inchangé} other {# inchangés}}, {refused, plural, one {# refusé} other {# refusés}}.',
  'processorImport.change.added': 'ajouté',
  'processorImport.change.modified': 'modifié',
  'processorImport.change.unchanged': 'inchangé',
  'registerImport.level.error': 'Erreur',
  'registerImport.level.warning': 'Attention',
  'registerImport.line': '{level} — {where}{field} : {what}',
  'registerImport.where': 'feuille « {sheet} »',
  'registerImport.whereCell': 'feuille « {sheet} », cellule {cell}',
  'registerImport.problem.unreadableDate':
    'date illisible : « {text} » (attendu JJ/MM/AAAA) ; la date n’est pas reprise',
  'registerImport.problem.unknownLegalBasis':
    'base légale inconnue : « {text} » ; gardée dans les notes, la finalité reste sans base légale',
  'registerImport.problem.countryNotRecognised':
    'pays non reconnu : « {text} » ; gardé tel qu’écrit',
  'registerImport.problem.privacyShield':
    'garantie « {text} » : le Privacy Shield est invalide depuis le 16 juillet 2020 (arrêt Schrems II) ; le transfert est importé sans garantie, à documenter',
  'registerImport.problem.safeguardNotRecognised':
    'garantie non reconnue : « {text} » ; gardée dans la documentation du transfert',
  'registerImport.problem.retentionAsCriteria':
    'durée de conservation gardée comme critère : « {text} »',
  'registerImport.problem.categoryNotRecognised':
    'catégorie de données non reconnue : « {text} » ; importée en « Autres »',
  'registerImport.problem.sensitiveNotRecognised':
    'donnée sensible non reconnue : « {text} » ; gardée dans les notes',
  'registerImport.problem.recipientKindGuessed':
    'type de destinataire non reconnu : « {text} » ; importé comme organisme externe',
  'registerImport.problem.securityNotRecognised':
    'mesure de sécurité non reconnue : « {text} » ; importée en « Autres mesures »',
  'registerImport.problem.missingName': 'fiche sans « Nom du traitement » : non importée',
  'registerImport.problem.invalidField': 'valeur refusée ({reason}) : activité non importée',
  'registerImport.problem.duplicateInFile':
    '« {text} » figure deux fois dans le fichier : seule la première fiche est importée',
  'registerImport.problem.hiddenSheet': 'feuille masquée, importée comme les autres',
  'registerImport.problem.listedWithoutFiche':
    '« {text} » est dans la liste des traitements sans fiche : importé avec son nom et sa finalité',
  'registerImport.problem.rightNotRecognised':
    'droit non reconnu : « {text} » ; gardé dans les notes',
  'registerImport.problem.statusNotRecognised':
    'statut non reconnu : « {text} » ; la demande est importée « {reason} »',
  'registerImport.problem.missingRequester': 'ligne sans demandeur : demande non importée',
  'registerImport.problem.missingRights':
    'aucun droit reconnu dans « {text} » : demande non importée',
  'registerImport.problem.futureDate': 'date dans le futur : « {text} » ; demande non importée',
  'registerImport.problem.outcomeAssumed':
    'demande répondue sans suite donnée lisible dans le fichier : chaque droit est noté « Accordé », à vérifier',
  'registerImport.problem.requestRefused': 'valeur refusée ({reason}) : demande non importée',
  'requestImport.summary':
    '{added, plural, one {# demande ajoutée} other {# demandes ajoutées}}, {modified, plural, one {# modifiée} other {# modifiées}}, {unchanged, plural, one {# inchangée} other {# inchangées}}, {refused, plural, one {# refusée} other {# refusées}}.',
  'registerImport.change.added': 'ajoutée',
  'registerImport.change.modified': 'modifiée',
  'registerImport.change.unchanged': 'inchangée',
  'registerImport.summary':
    '{added, plural, one {# activité ajoutée} other {# activités ajoutées}}, {modified, plural, one {# modifiée} other {# modifiées}}, {unchanged, plural, one {# inchangée} other {# inchangées}}, {refused, plural, one {# refusée} other {# refusées}}.',
} as const;
