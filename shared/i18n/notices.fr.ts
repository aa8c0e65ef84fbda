/** French words of the privacy notice and its page (part of fr.ts). */
export const noticesFr = {
  'field.activity.concernsPublic':
    'Concerne le public (figure dans la politique de confidentialité)',
  'register.filter.public': 'Public',
  'register.filter.publicOnly': 'Concernant le public',
  'register.filter.internalOnly': 'Internes',
  'notice.labelValue': '{label} : {value}',
  'notice.pageWord': 'Page ',
  'notice.privacy.title': 'Politique de protection des données personnelles',
  'notice.updatedOn': 'Dernière mise à jour : {date}',
  'notice.intro.heading': 'Notre philosophie et nos engagements',
  'notice.closing.heading': 'Informations complémentaires',
  'notice.controller.heading': 'Votre responsable de traitement',
  'notice.controller.text':
    '{name} est le responsable du traitement de vos données personnelles ; elle est désignée par son nom ou « Nous » dans la présente politique.',
  'notice.controller.legalForm': 'Forme juridique : {form}',
  'notice.controller.siren': 'SIREN : {siren}',
  'notice.controller.address': 'Adresse : {address}',
  'notice.controller.contact': 'Contact : {contact}',
  'notice.dpo.heading': 'Notre délégué à la protection des données',
  'notice.dpo.text':
    'Notre délégué à la protection des données est à votre disposition pour toute question sur vos données personnelles :',
  'notice.dpo.name': 'Nom : {name}',
  'notice.dpo.email': 'Courriel : {email}',
  'notice.dpo.phone': 'Téléphone : {phone}',
  'notice.dpo.address': 'Adresse postale : {address}',
  'notice.dpo.none':
    'Vous pouvez nous écrire à l’adresse du responsable de traitement indiquée ci-dessus pour toute question sur vos données personnelles.',
  'notice.sources.heading': 'Vos données personnelles et leur collecte',
  'notice.sources.direct': 'Nous collectons vos données directement auprès de vous.',
  'notice.sources.indirect':
    'Certaines données ne sont pas collectées auprès de vous ; elles proviennent des sources suivantes :',
  'notice.sources.thirdParties': 'de tiers ou partenaires',
  'notice.sources.public': 'de sources publiques',
  'notice.sources.categories': 'Nous traitons les catégories de données suivantes :',
  'notice.sources.mandatory':
    'Certaines données sont obligatoires ; à défaut, nous ne pourrions pas répondre à votre demande ou exécuter le service :',
  'notice.sources.optional':
    'Les données signalées comme facultatives lors de la collecte peuvent ne pas être fournies, sans conséquence pour vous.',
  'notice.purposes.heading': 'Finalités et fondements des traitements',
  'notice.purposes.text':
    'Nous traitons vos données personnelles pour les finalités suivantes, chacune sur le fondement indiqué :',
  'notice.purposes.purpose': 'Finalité',
  'notice.purposes.basis': 'Fondement',
  'notice.purposes.data': 'Données concernées',
  'notice.basis.consent': 'Votre consentement, que vous pouvez retirer à tout moment',
  'notice.basis.contract':
    'L’exécution du contrat conclu avec vous ou de mesures précontractuelles',
  'notice.basis.legalObligation': 'Une obligation légale à laquelle nous sommes soumis',
  'notice.basis.vitalInterests':
    'La sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne',
  'notice.basis.publicTask': 'L’exécution d’une mission d’intérêt public',
  'notice.basis.legitimateInterest': 'Notre intérêt légitime : {interest}',
  'notice.basis.none': 'Fondement en cours de détermination',
  'notice.retention.heading': 'Durées de conservation de vos données personnelles',
  'notice.retention.text':
    'Nous gérons vos données personnelles selon trois phases : une phase active, où elles ne sont accessibles qu’aux personnes qui en ont besoin ; une phase d’archivage intermédiaire, à accès restreint et pour une durée limitée, lorsqu’un motif légal le justifie ; enfin leur suppression ou leur anonymisation.',
  'notice.retention.processing': 'Traitement',
  'notice.retention.active': 'Conservation en base active',
  'notice.retention.archive': 'Archivage intermédiaire',
  'notice.retention.end': 'À l’issue',
  'notice.retention.none': 'Aucun',
  'notice.retention.endUnknown': 'Suppression ou anonymisation',
  'notice.recipients.heading': 'Destinataires de vos données',
  'notice.recipients.text':
    'Vos données personnelles sont accessibles aux seules personnes qui en ont besoin, parmi les destinataires suivants. Nous ne faisons aucun commerce de vos données.',
  'notice.recipients.processors':
    'Nos sous-traitants, tenus de garantir la même confidentialité que nous (art. 28 du RGPD)',
  'notice.transfers.heading': 'Transferts hors de l’Union européenne',
  'notice.transfers.none':
    'Vos données personnelles ne sont pas transférées hors de l’Union européenne.',
  'notice.transfers.text':
    'Certaines données sont transférées hors de l’Union européenne, avec les garanties suivantes :',
  'notice.transfers.recipient': 'Destinataire',
  'notice.transfers.country': 'Pays',
  'notice.transfers.safeguard': 'Garantie',
  'notice.rights.heading': 'Vos droits et comment les exercer',
  'notice.rights.text': 'Vous disposez des droits suivants sur vos données personnelles :',
  'notice.rights.access':
    'un droit d’accès : savoir si des données vous concernant sont traitées et en obtenir une copie ;',
  'notice.rights.rectification':
    'un droit de rectification : faire corriger ou compléter des données inexactes ou incomplètes ;',
  'notice.rights.erasure':
    'un droit d’effacement, sous réserve des durées légales de conservation ;',
  'notice.rights.restriction':
    'un droit à la limitation : geler l’usage de vos données le temps d’une contestation ou pour la défense de vos droits ;',
  'notice.rights.objection':
    'un droit d’opposition : ne plus recevoir de prospection, à tout moment, ou faire cesser un traitement pour des raisons tenant à votre situation particulière ;',
  'notice.rights.portability':
    'un droit à la portabilité : recevoir les données que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine ;',
  'notice.rights.withdrawal':
    'le droit de retirer votre consentement à tout moment, sans remettre en cause les traitements faits avant ce retrait ;',
  'notice.rights.human':
    'le droit d’obtenir une intervention humaine, d’exprimer votre point de vue et de contester une décision automatisée.',
  'notice.rights.how':
    'Vous pouvez exercer ces droits {channels}, en indiquant vos nom, prénom et coordonnées ainsi que l’objet de votre demande.',
  'notice.rights.byEmail': 'par courriel à {email}',
  'notice.rights.byPost': 'par courrier à {address}',
  'notice.rights.or': ' ou ',
  'notice.rights.delay':
    'Nous donnons suite à votre demande vérifiée dans un délai d’un mois à compter de sa réception ; ce délai peut être prolongé de deux mois si la demande est complexe ou si nous en recevons de nombreuses, et nous vous en informons alors dans le premier mois.',
  'notice.rights.identity':
    'Nous ne vous demandons un justificatif d’identité qu’en cas de doute raisonnable sur votre identité.',
  'notice.complaint.heading': 'Réclamation auprès de la CNIL',
  'notice.complaint.text':
    'Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL), 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr.',
  'notice.automated.heading': 'Décisions automatisées',
  'notice.automated.none':
    'Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques à votre égard.',
  'notice.automated.text':
    'Les traitements suivants comportent une décision automatisée ; vous pouvez demander l’intervention d’une personne, exprimer votre point de vue et contester la décision :',
  'notice.page.title': 'Mentions d’information',
  'notice.page.intro':
    'La politique de protection des données personnelles est générée depuis le registre : les activités cochées « Concerne le public », leurs finalités, destinataires, transferts et durées de conservation. Écrivez ici l’introduction et la conclusion.',
  'notice.page.paragraphs': 'Paragraphes rédigés',
  'notice.page.introLabel': 'Introduction ({language})',
  'notice.page.closingLabel': 'Conclusion ({language})',
  'notice.page.hint': 'Laissé vide, le paragraphe n’apparaît pas.',
  'notice.page.save': 'Enregistrer les paragraphes',
  'notice.page.saved': 'Paragraphes enregistrés.',
  'notice.page.publish': 'Publier (HTML)',
  'notice.page.published':
    'Version {version} publiée et conservée (SHA-256 {sha}…) : mettez ce fichier en ligne, il servira de référence.',
  'notice.check.title':
    '{count, plural, one {# point à vérifier avant de publier} other {# points à vérifier avant de publier}}',
  'notice.check.transferWithoutSafeguard':
    'Transfert vers {country} ({recipient}) sans garantie documentée : la politique écrira « Non documentée ».',
  'notice.check.ruleOverRecord':
    '{activity}, {category} : la règle de conservation « {rule} » ({rulePeriod}) est publiée, pas la durée de la fiche ({recordPeriod}).',
  'notice.check.retentionUndetermined':
    '{activity}, {category} : durée de conservation non déterminée.',
  'notice.check.cookie': '{cookie} : {warning}',
  'notice.check.englishWords':
    'Ce que vous avez saisi (finalités, noms, pays, durées écrites) reste dans vos mots, en français : relisez la version anglaise avant de la publier.',
  'notice.page.publishConfirmTitle': 'Publier malgré les points à vérifier ?',
  'notice.page.publishConfirm':
    '{count, plural, one {# point reste à vérifier} other {# points restent à vérifier}} : la politique sera publiée telle quelle et conservée comme version.',
  'notice.page.publishAnyway': 'Publier quand même',
  'notice.page.cancel': 'Annuler',
  'notice.page.savePublished': 'Enregistrer le fichier publié…',
  'notice.page.preview': 'Aperçu',
  'notice.page.files': 'Fichiers de la politique',
  'notice.page.language': 'Langue de la politique',
  'notice.page.saveAs': 'Enregistrer en {format}',
  'notice.page.fileSaved': 'Fichier enregistré : {name}',
  'notice.page.noPublic':
    'Aucune activité en vigueur ne concerne le public : cochez « Concerne le public » sur les fiches du registre concernées.',
  'nav.notices': 'Mentions d’information',
  'cli.noticeWritten':
    'Politique écrite : {file} ({format}, {sections, plural, one {# rubrique} other {# rubriques}})',
} as const;
