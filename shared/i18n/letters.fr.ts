/** French words of the letters and of the rules that say which letter fits (part of fr.ts). */
export const lettersFr = {
  'event.emailDraftWritten':
    'Brouillon de courriel écrit pour {to} : {fileName} (SHA-256 {sha256})',
  'event.responseRecorded': 'Réponse enregistrée : envoyée le {on}',
  'letters.generatedEmail':
    'Courrier généré : {name}, et son brouillon de courriel {eml} (ouvert dans votre messagerie, prêt à envoyer).',
  'letters.generateEmail': 'Générer le PDF et le courriel',
  'letters.delivery': 'Envoi',
  'letters.deliveryChoice':
    'Demande reçue par téléphone ou en personne : choisissez l’envoi par courrier postal ou par courriel.',
  'letters.notApplicable': '{name} (ne s’applique pas)',
  'letters.recordResponseOffer': 'Réponse générée, à envoyer {channel}. Une fois envoyée :',
  'letters.sentBy.post': 'par courrier postal',
  'letters.sentBy.email': 'par courriel',
  'letters.recordResponse': 'Enregistrer la réponse envoyée aujourd’hui',
  'letters.responseRecorded': 'Réponse enregistrée : envoyée le {date}.',
  'letters.openEmail': 'Ouvrir le courriel',
  'letters.block': 'Paragraphe',
  'letters.blockIntro':
    'Paragraphe de la réponse : il est inséré dans le courrier « Réponse à la demande » lorsque la suite enregistrée pour un droit le demande.',
  'field.shareCapital': 'Capital social',
  'hint.shareCapital': 'Imprimé au pied des courriers, par exemple : 100 000 €',
  'field.rcsTown': 'Ville du greffe (RCS)',
  'hint.rcsTown': 'Imprimé au pied des courriers : « RCS Montpellier 552 100 554 »',
  'settings.dpoTitleOther': 'Autre (texte libre)…',
  'settings.dpoTitleFree': 'Titre libre sous la signature',
  'letter.noSafeguard': 'sans garantie documentée à ce jour',
  'field.request.requesterCivility': 'Civilité',
  'field.request.dataSubjectCivility': 'Civilité de la personne concernée',
  'enum.civility.none': 'Aucune (« Madame, Monsieur »)',
  'enum.civility.madame': 'Madame',
  'enum.civility.monsieur': 'Monsieur',
  'requests.erasurePending':
    'Demande supprimée. Un export ou une autre lecture en cours garde encore une copie de travail de ses données : l’effacement sera terminé dès qu’elle sera finie (au plus tard à la fermeture de l’application).',
  'letter.addressee.lawyer': 'Maître {name}',
  'letter.addressee.madame': 'Madame {name}',
  'letter.addressee.monsieur': 'Monsieur {name}',
  'letter.emailToElided': 'À l’attention d’{name}',
  'letter.pronoun.none': 'le ou la',
  'letter.pronoun.madame': 'la',
  'letter.pronoun.monsieur': 'le',
  'validation.outcomeRequired':
    'Indiquez la suite donnée à ce droit avant de marquer la demande comme répondue.',
  'backups.failing': 'Les sauvegardes échouent :',
  'letter.colon': ' : ',
  'letter.and': ' et ',
  'letter.dpoTitle': 'Délégué à la protection des données',
  'letter.civility.madame': 'Mme',
  'letter.civility.monsieur': 'M.',
  'letter.salutation.lawyer': 'Maître',
  'letter.salutation.none': 'Madame, Monsieur',
  'letter.salutation.madame': 'Madame',
  'letter.salutation.monsieur': 'Monsieur',
  'letter.closing.generic':
    'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
  'letter.closing.named':
    'Nous vous prions d’agréer, {salutation}, l’expression de nos salutations distinguées.',
  'letter.concerning.self': 'vous concernant',
  'letter.concerning.other': 'de {name}',
  'letter.mandate.representative':
    'Vous agissez pour le compte de {subject}, en vertu du mandat que vous nous avez communiqué{proof}.',
  'letter.mandate.other':
    'Vous agissez pour le compte de {subject}, en vertu du mandat que vous nous avez communiqué{proof}.',
  'letter.mandate.parent':
    'Vous agissez en qualité de titulaire de l’autorité parentale sur {subject}{proof}.',
  'letter.mandate.lawyer': 'Vous agissez en qualité de conseil de {subject}{proof}.',
  'letter.mandate.lawyerForHeirs':
    'Vous agissez en qualité de conseil des ayants droit de {subject}, dont le décès nous a été signalé{proof}.',
  'letter.mandate.heir':
    'Vous agissez en qualité d’ayant droit de {subject}, dont le décès nous a été signalé{proof}.',
  'letter.mandate.proof': ' (justificatif : {proof})',
  'letter.framework.gdpr': 'le règlement général sur la protection des données (RGPD)',
  'letter.framework.frenchLaw':
    'l’article 85 de la loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés',
  'letter.framework.both':
    'le règlement général sur la protection des données (RGPD) et l’article 85 de la loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés',
  'letter.promise.due':
    'Conformément à l’article 12 du RGPD, nous vous répondrons dans les meilleurs délais et au plus tard le {date}. Si la complexité ou le nombre de demandes l’exigeait, ce délai pourrait être prolongé de deux mois ; nous vous en informerions alors, avec nos motifs, avant cette date.',
  'letter.promise.extended':
    'Le délai de réponse ayant été prolongé de {months} mois pour les motifs que nous vous avons indiqués (article 12.3 du RGPD), nous vous répondrons au plus tard le {date}.',
  'letter.promise.suspended':
    'Le délai de réponse est suspendu dans l’attente du justificatif que nous vous avons demandé ; il reprendra son cours dès sa réception.',
  'letter.promise.late':
    'Nous vous répondrons dans les plus brefs délais et vous prions de nous excuser du temps déjà écoulé.',
  'letter.rightPhrase.access': 'votre demande d’accès',
  'letter.rightPhrase.rectification': 'votre demande de rectification',
  'letter.rightPhrase.erasure': 'votre demande d’effacement',
  'letter.rightPhrase.restriction': 'votre demande de limitation du traitement',
  'letter.rightPhrase.portability': 'votre demande de portabilité',
  'letter.rightPhrase.objection': 'votre opposition au traitement',
  'letter.rightPhrase.objectionMarketing': 'votre opposition à la prospection commerciale',
  'letter.rightPhrase.humanIntervention': 'votre demande d’intervention humaine',
  'letter.rightPhrase.consentWithdrawal': 'votre retrait de consentement',
  'letter.rightPhrase.postMortem': 'votre demande relative aux directives post mortem',
  'letter.art19.rectification': 'de cette rectification',
  'letter.art19.erasure': 'de cet effacement',
  'letter.art19.restriction': 'de cette limitation',
  'letter.art19.none':
    'Ces données n’avaient été communiquées à aucun destinataire externe : aucune notification n’était nécessaire au titre de l’article 19 du RGPD.',
  'letter.notApplicable.default': 'nous ne détenons aucune donnée concernée.',
  'letter.consent.generic': '- les traitements fondés sur ce consentement',
  'letter.consentOf.self': 'de votre consentement',
  'letter.consentOf.other': 'du consentement de {name}',
  'letter.emailTo': 'À l’attention de {name}',
  'letter.byEmail': 'Par courriel : {email}',
  'letter.footer.capital': 'au capital de {capital}',
  'letter.footer.rcs': 'RCS {town} {siren}',
  'letter.footer.siren': 'SIREN {siren}',
  'letter.email.body':
    '{salutation},\n\nVeuillez trouver ci-joint, au format PDF, notre courrier relatif à votre demande (réf. {reference}).\n\n{closing}\n\n{name}\n{dpoTitle}\n{org}',
  'letter.kind.answer': 'Réponse à la demande',
  'letter.kind.art19Recipients': 'Destinataires informés (art. 19)',
  'letter.kind.objectionApplied': 'Opposition (art. 21.1)',
  'letter.kind.objectionMarketingApplied': 'Opposition à la prospection (art. 21.2)',
  'letter.kind.suppressionListed': 'Inscription sur la liste d’opposition',
  'letter.kind.consentWithdrawn': 'Retrait du consentement',
  'letter.kind.postMortemApplied': 'Directives post mortem (loi Informatique et Libertés)',
  'letter.kind.rightPartly': 'Droit accordé en partie',
  'letter.kind.rightRefused': 'Droit refusé',
  'letter.kind.rightNotApplicable': 'Droit sans objet',
  'letter.kind.remedies': 'Voies de recours',
  'letter.delivery.post': 'Par courrier postal',
  'letter.delivery.email': 'Par courriel (PDF et brouillon .eml)',
  'letterRule.withdrawn': 'La demande a été retirée : aucun courrier ne s’y applique.',
  'letterRule.acknowledgementAnswered':
    'La demande a déjà reçu sa réponse (le {date}) : l’accusé de réception ne s’applique plus.',
  'letterRule.closed': 'La demande n’est plus en cours : ce courrier ne s’applique plus.',
  'letterRule.identityReceived':
    'Le justificatif d’identité a déjà été reçu : la demande de justificatif ne s’applique plus.',
  'letterRule.noExtension':
    'Aucune prolongation motivée n’est enregistrée dans la demande : le courrier de prolongation ne s’applique pas.',
  'letterRule.extensionLate':
    'Le premier mois a pris fin le {date} : la prolongation ne peut plus être notifiée (article 12.3 du RGPD) et la demande est en retard.',
  'letterRule.outcomesPending':
    'Aucune suite n’est enregistrée pour : {rights}. Indiquez la suite donnée à chaque droit avant de répondre.',
  'letterRule.art19Pending':
    'Destinataires pas encore informés (article 19) : {names}. Cochez-les dans la demande avant de répondre.',
  'letterRule.nothingRefused':
    'Aucun droit n’est refusé dans cette demande : le courrier de refus ne s’applique pas.',
  'letterRule.notAllRefused':
    'Certains droits sont accordés : utilisez la réponse, qui comporte le refus, ses motifs et les voies de recours.',
  'letterRule.noAddress':
    'La demande ne comporte pas d’adresse postale : un courrier postal ne peut pas être préparé (choisissez l’envoi par courriel ou complétez l’adresse).',
  'letterRule.addressTooManyLines':
    'L’adresse compte {count} lignes avec le nom : {max} au plus (norme NF Z10-011). Raccourcissez-la dans la demande.',
  'letterRule.addressLineTooLong':
    'La ligne {line} de l’adresse (« {text} ») dépasse {max} caractères (norme NF Z10-011). Raccourcissez-la dans la demande.',
  'letterRule.addressLastLine':
    'La dernière ligne de l’adresse (« {text} ») doit être le code postal et la localité, par exemple « 34170 CASTELNAU-LE-LEZ » (norme NF Z10-011).',
  'letterRule.noEmail':
    'La demande ne comporte pas d’adresse électronique : la réponse par courriel n’est pas possible (choisissez le courrier postal ou complétez l’adresse).',
  'letterRule.unknownInput': 'Ce courrier n’utilise pas la valeur « {name} ».',
} as const;
