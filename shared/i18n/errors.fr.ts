/**
 * French words of errors and of the letters' mandatory content (part of fr.ts): what a service
 * refuses travels as one of these keys with its values, worded by whoever shows it.
 */
export const errorsFr = {
  'error.notSaved': '{reason} Rien n’a été enregistré.',
  'error.storage.diskFull':
    'Le disque est plein : rien n’a été enregistré, les données déjà enregistrées sont intactes. Libérez de la place puis recommencez.',
  'error.storage.readOnly':
    'La base de données est en lecture seule (droits du fichier ou du dossier) : rien n’a été enregistré.',
  'error.storage.busy':
    'La base de données est occupée par un autre programme : rien n’a été enregistré, recommencez dans un instant.',
  'error.unknownCall': 'Opération inconnue : {name}',
  'error.invalidInput': 'Certaines valeurs sont invalides. Rien n’a été enregistré.',
  'error.internal': 'Erreur interne inattendue. Rien n’a été enregistré.',
  'error.app.untrustedSender': 'Appel refusé.',
  'error.host.tooLarge': 'Requête trop volumineuse.',
  'error.host.badJson': 'Corps JSON invalide.',
  'error.host.badUpload': 'Envoi de fichier mal formé.',
  'error.host.internal': 'Erreur interne inattendue.',
  'error.host.unreachable': 'Le service ne répond pas : {detail}',
  'error.batch.noPdf': 'Aucun PDF prêt pour ce lot.',
  'error.batch.notFound': 'Lot de courriers introuvable.',
  'error.readOnly': 'Lecture seule.',
  'error.retention.unknownActivity': 'Activité inconnue.',
  'error.retention.unknownRule': 'Règle de conservation inconnue.',
  'error.retention.futurePurge': 'Une purge ne peut pas être enregistrée dans le futur.',
  'error.retention.beforeReference': 'Cette date précède la date de référence du suivi.',
  'error.retention.ruleNotFound': 'Règle introuvable.',
  'error.retention.itemNotFound': 'Suivi introuvable.',
  'error.retention.itemLost': 'Suivi introuvable après enregistrement.',
  'error.retention.ruleInUse': 'La règle « {rule} » sert encore à : {items}.',
  'error.files.noDialog': 'Aucune boîte de dialogue de fichier ici.',
  'error.files.noViewer': 'Aucun visualiseur de documents ici.',
  'error.files.noSaveDialog': 'Aucune boîte de dialogue d’enregistrement ici.',
  'error.files.openFailed': 'Le document n’a pas pu être ouvert : {detail}',
  'error.export.notFound': 'Export introuvable.',
  'error.export.noDocument': 'Aucun document prêt pour cet export.',
  'error.client.notFound': 'Client introuvable.',
  'error.client.inUse':
    'Le client « {name} » est encore lié à : {activities}. Retirez-le de ces activités d’abord.',
  'error.example.notEmpty':
    'Le registre contient déjà des activités : l’exemple ne se charge que dans une base vide.',
  'error.import.notEmpty':
    'Import refusé, rien n’a été écrit : la base n’est pas vide. Utilisez --replace pour la remplacer (une sauvegarde est faite avant).',
  'letterContent.complaint':
    'le droit d’introduire une réclamation auprès de la CNIL (avec son adresse)',
  'letterContent.judicialRemedy': 'le droit de former un recours juridictionnel',
  'letterContent.answerParagraphs': 'les paragraphes de la réponse',
  'letterContent.answerPromise': 'la date limite de réponse',
  'letterContent.suspended':
    'la mention que le délai de réponse est suspendu dans l’attente du justificatif',
  'letterContent.extensionReason': 'les motifs de la prolongation',
  'letterContent.dueDate': 'la nouvelle date limite',
  'letterContent.purposes': 'les finalités (art. 15.1.a)',
  'letterContent.dataCategories': 'les catégories de données (art. 15.1.b)',
  'letterContent.recipients': 'les destinataires (art. 15.1.c)',
  'letterContent.retention': 'la durée de conservation (art. 15.1.d)',
  'letterContent.rights':
    'les droits de rectification, d’effacement, de limitation et d’opposition (art. 15.1.e)',
  'letterContent.accessComplaint': 'le droit d’introduire une réclamation (art. 15.1.f)',
  'letterContent.source': 'la source des données (art. 15.1.g)',
  'letterContent.automatedDecisions': 'l’existence d’une décision automatisée (art. 15.1.h)',
  'letterContent.transfers': 'les garanties des transferts hors UE (art. 15.2)',
  'letterContent.art19Recipients': 'les destinataires informés (art. 19)',
  'letterContent.portabilityFormat': 'le format des données transmises',
  'letterContent.suppressionList': 'l’inscription sur la liste d’opposition',
  'letterContent.humanIntervention': 'les modalités de l’intervention humaine',
  'letterContent.consentProcessing': 'les traitements qui cessent',
  'letterContent.article85': 'la référence à l’article 85 de la loi Informatique et Libertés',
  'letterContent.partlyReason': 'les motifs du refus partiel',
  'letterContent.refusedReason': 'les motifs du refus',
  'error.unexpected': 'Erreur inattendue : {detail}',
  'error.host.badHost': 'Hôte refusé.',
  'error.host.badOrigin': 'Origine refusée.',
  'error.host.badMethod': 'Méthode refusée.',
  'error.host.badToken': 'Jeton absent ou invalide.',
  'error.host.badSession': 'Session absente ou invalide.',
  'error.file.badType':
    '« {name} » n’est pas d’un type accepté ({types}). Rien n’a été enregistré.',
  'error.file.tooLarge':
    '« {name} » pèse {size} Mo : la limite est de {limit} Mo. Rien n’a été enregistré.',
  'error.file.overLimit': '« {name} » dépasse la limite de {limit} Mo. Rien n’a été enregistré.',
  'error.file.unreadable': '« {name} » ne peut pas être lu ({detail}). Rien n’a été enregistré.',
  'error.file.contentTooLarge': 'Le fichier dépasse {limit} Mo. Rien n’a été enregistré.',
  'error.file.notImage':
    '« {name} » : une image PNG ou JPEG est attendue. Rien n’a été enregistré.',
  'error.processor.notFound': 'Sous-traitant ou destinataire introuvable.',
  'error.processor.changed':
    '« {name} » a été modifié entre-temps : rechargez la fiche avant d’enregistrer.',
  'error.processor.noContract': 'Aucun contrat joint à ce sous-traitant.',
  'error.processor.unknownActivity': 'Activité inconnue.',
  'error.processor.selfParent': 'Un sous-traitant ne peut pas dépendre de lui-même.',
  'error.processor.unknownParent': 'Sous-traitant parent inconnu.',
  'error.request.notFound': 'Demande introuvable.',
  'error.request.changed': 'La demande {reference} a été modifiée entre-temps : rechargez-la.',
  'error.request.attachmentNotFound': 'Pièce jointe introuvable.',
  'error.request.notSuppressed': 'Cette personne n’est pas sur la liste d’opposition.',
  'error.request.outcomeRequired':
    'Indiquez la suite donnée à chaque droit avant de marquer la demande comme répondue.',
  'error.request.unknownActivity': 'Activité inconnue.',
  'error.request.unknownProcessor': 'Sous-traitant inconnu.',
  'error.activity.futureDpia': 'La date de l’AIPD réalisée est dans le futur.',
  'error.processor.future.contractSignedOn': 'La date de signature du contrat est dans le futur.',
  'error.processor.future.lastAuditOn': 'La date du dernier audit est dans le futur.',
  'error.request.future.art19NotifiedOn':
    'La date de notification d’un destinataire (art. 19) est dans le futur.',
  'error.request.future.receivedOn': 'La date de réception est dans le futur.',
  'error.request.future.identityAskedOn': 'La date de demande du justificatif est dans le futur.',
  'error.request.future.identityReceivedOn':
    'La date de réception du justificatif est dans le futur.',
  'error.request.future.identityVerifiedOn':
    'La date de vérification de l’identité est dans le futur.',
  'error.request.future.extensionNotifiedOn':
    'La date de notification de la prolongation est dans le futur.',
  'error.request.future.responseOn': 'La date d’envoi de la réponse est dans le futur.',
  'error.file.unreadableImage': '« {name} » ne peut pas être lu ({detail}).',
  'error.file.imageTooLarge': '« {name} » dépasse 2 Mo. Rien n’a été enregistré.',
  'error.template.unknownPlaceholder':
    'Champ de fusion inconnu : {names}. Rien n’a été enregistré.',
  'error.activity.notFound': 'Activité introuvable ({id}).',
  'error.activity.unknownClient': 'Client inconnu : rien n’a été enregistré.',
  'error.activity.unknownProcessor': 'Sous-traitant inconnu : rien n’a été enregistré.',
  'error.activity.changed':
    'L’activité {reference} a été modifiée entre-temps : rechargez-la avant d’enregistrer.',
  'error.activity.hasTrackedItems':
    'L’activité {reference} ne peut pas être supprimée : ses règles de conservation ({rules}) servent encore aux suivis {items}. Supprimez ou rattachez d’abord ces suivis dans Conservation › Suivis et purges.',
  'error.backup.diskFull':
    'La sauvegarde n’a pas pu être écrite : le disque est plein ({folder}). Libérez de la place ; la base elle-même n’a pas changé.',
  'error.backup.folderUnwritable':
    'La sauvegarde n’a pas pu être écrite dans {folder} (dossier protégé en écriture ou inaccessible). La base elle-même n’a pas changé.',
  'error.backup.notBackup': '{path} n’est pas une sauvegarde DPO Desk.',
  'error.backup.notFound': 'Aucune sauvegarde nommée {name}.',
  'error.backup.damaged': 'La sauvegarde {path} est illisible ou endommagée : {detail}',
  'error.backup.exists': 'La sauvegarde {path} existe déjà.',
  'error.database.reopenFailed':
    'La base n’a pas pu être rouverte après la restauration : {detail}',
  'error.database.restoreFailed': 'La restauration a échoué, la base est inchangée : {detail}',
  'error.database.lockFailed': 'Le verrou de la base ({path}) n’a pas pu être créé : {detail}',
  'error.database.heldByUnknown': 'La base est ouverte par un autre programme : fermez-le d’abord.',
  'error.database.heldBy':
    'La base est ouverte par {program} (PID {pid}) : fermez l’application d’abord.',
  'error.export.outOfMemory':
    'L’export a dépassé la mémoire qui lui est réservée ; rien n’a été enregistré.',
  'error.export.failed': 'L’export a échoué : {detail}',
  'error.export.stopped': 'L’export s’est arrêté (code {code}).',
  'error.workerMissing': '{file} introuvable près de {folder}.',
  'error.database.notDatabase':
    'Le fichier {file} ne peut pas être lu comme une base DPO Desk : {detail}',
  'error.database.readOnlyFile':
    'La base {file} est en lecture seule (droits du fichier) : DPO Desk ne peut rien y enregistrer. Elle n’a pas été modifiée.',
  'error.database.readOnlyFolder':
    'La base {file} est en lecture seule (droits du dossier, où SQLite écrit son journal) : DPO Desk ne peut rien y enregistrer. Elle n’a pas été modifiée.',
  'error.database.newer':
    'La base {file} a été écrite par une version plus récente de DPO Desk (schéma {version}, cette version connaît le schéma {supported}). Elle n’a pas été modifiée : mettez DPO Desk à jour pour l’ouvrir.',
  'error.database.notReady': 'La base {file} n’est pas prête à être lue.',
  'error.database.openFailed': 'La base {file} ne peut pas être ouverte : {detail}',
  'error.database.migrationFailed':
    'La mise à jour du schéma de {file} a échoué, rien n’a été modifié par l’étape en échec : {detail}',
  'error.cli.inputPair': '--input : « champ=valeur » attendu, reçu « {pair} ».',
  'error.cli.unwritable': '{option} : {reason} ; rien n’a été généré ni conservé avec la demande.',
  'error.cli.notFolder': '« {path} » n’est pas un dossier',
  'error.cli.noFolder': 'le dossier « {path} » n’existe pas',
  'error.cli.folderProtected': 'le dossier « {path} » est protégé en écriture',
  'error.cli.isFolder': '« {path} » est un dossier',
  'error.cli.delivery': '--delivery : post ou email.',
  'error.cli.emlWithPost': '--eml ne va pas avec --delivery post : choisissez l’un des deux.',
  'error.cli.letterOptions':
    '--request, --template et --out sont nécessaires (ou --list-templates).',
  'error.cli.unknownTemplate': '--template : courrier inconnu « {name} » (voir --list-templates).',
  'error.cli.language': '--language : fr ou en.',
  'error.cli.noticeKind': '--kind : privacy (protection des données) ou cookies.',
  'error.cli.noticeFormat': '--format : html, pdf ou docx.',
  'error.cli.noticeUnwritable': '{option} : {reason} ; rien n’a été écrit.',
  'error.cli.requestNotFound': 'Demande {reference} introuvable dans {file}.',
  'error.cli.letterLost': 'Le courrier généré est introuvable.',
  'error.cli.option': '{option} : {reason}',
  'error.cli.within': '--within : un nombre de jours entre 0 et 366.',
  'error.cli.days': '--days : un nombre de jours entre 1 et 3660.',
  'error.cli.quarter': '--quarter : un trimestre au format 2026-T4 est attendu.',
  'error.cli.unreadableFile': 'Fichier illisible : {file} ({detail})',
  'error.cli.backupNotFound': 'Sauvegarde introuvable : {path}',
  'error.import.outOfMemory':
    'L’import a manqué de mémoire et n’a rien écrit : fermez d’autres programmes puis recommencez.',
  'error.import.failed': 'L’import a échoué et n’a rien écrit : {detail}',
  'error.import.stopped': 'L’import s’est arrêté (code {code}) et n’a rien écrit.',
  'error.import.refused': 'Import refusé, rien n’a été écrit : {reason}',
  'error.letter.notFound': 'Courrier introuvable.',
  'error.letter.refused': 'Courrier non généré ({reference}) : {reason}',
  'error.letter.settingsMissing':
    'Courrier non généré : renseignez d’abord dans Paramètres : {fields}.',
  'error.letter.templateIncomplete':
    'Courrier non généré ({reference}) : le modèle ne contient pas {problems}. Corrigez le modèle ou restaurez l’original.',
  'error.letter.missingValues':
    'Courrier non généré ({reference}) : valeur manquante pour {names}.',
  'error.letter.rightToLeft':
    'Courrier non généré ({reference}) : « {text} » s’écrit de droite à gauche, ce que le courrier ne sait pas imprimer (les lettres sortiraient inversées). Écrivez-le en caractères latins dans la demande.',
  'error.letter.noGlyph':
    'Courrier non généré ({reference}) : « {text} » ne peut pas être imprimé (il sortirait comme un carré vide). Retirez-le ou écrivez-le autrement dans la demande.',
  'letterContent.unknownPlaceholder': 'champ de fusion inconnu {name}',
  'error.noticeVersion.notFound': 'Cette version publiée n’existe pas (ou plus).',
  'error.noticeVersion.altered':
    'Le fichier de la version {version} a été modifié depuis sa publication (SHA-256 différent) : il n’est pas servi. Restaurez une sauvegarde.',
  'error.noticeVersion.mismatch':
    'Le texte publié ne correspond pas à ce qui est demandé (type ou langue différents).',
  'error.noticeVersion.otherKind':
    'Seules deux versions du même texte et de la même langue se comparent.',
} as const;
