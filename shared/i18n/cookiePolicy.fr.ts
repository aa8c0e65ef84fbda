/** French text of the generated cookie policy, after the seed's structure (part of fr.ts). */
export const cookiePolicyFr = {
  'cookiePolicy.title': 'Politique de cookies',
  'cookiePolicy.intro.heading': 'Préambule',
  'cookiePolicy.intro.text':
    'La présente politique informe les utilisateurs du site de {organisation} de l’utilisation des cookies et autres traceurs lors de leur navigation. Elle est conforme au Règlement général sur la protection des données (RGPD), à la directive ePrivacy et aux recommandations de la CNIL.',
  'cookiePolicy.what.heading': 'Qu’est-ce qu’un cookie ?',
  'cookiePolicy.what.text':
    'Un cookie est un fichier texte déposé sur le terminal de l’utilisateur (ordinateur, tablette, smartphone) lors de la consultation d’un site internet. Les autres traceurs (pixels, stockage local, identifiants) fonctionnent de la même façon. Les cookies permettent notamment :',
  'cookiePolicy.what.uses.run': 'd’assurer le fonctionnement du site ;',
  'cookiePolicy.what.uses.preferences': 'de mémoriser des préférences ;',
  'cookiePolicy.what.uses.audience': 'de mesurer l’audience ;',
  'cookiePolicy.what.uses.security': 'de sécuriser les connexions ;',
  'cookiePolicy.what.uses.experience': 'd’améliorer l’expérience utilisateur.',
  'cookiePolicy.controller.heading': 'Responsable du traitement',
  'cookiePolicy.controller.text':
    'Les cookies et traceurs utilisés sur le site sont mis en œuvre par :',
  'cookiePolicy.controller.email': 'Courriel : {email}',
  'cookiePolicy.controller.dpo': 'Délégué à la protection des données : {dpo}',
  'cookiePolicy.category.heading': 'Cookies : {category}',
  'cookiePolicy.category.strictlyNecessary':
    'Ces cookies sont indispensables au fonctionnement du site : authentification, sécurisation des connexions, gestion des sessions, équilibrage de charge, sauvegarde des préférences essentielles. Ils ne nécessitent pas de consentement préalable.',
  'cookiePolicy.category.audienceMeasurement':
    'Ces cookies permettent d’analyser la fréquentation du site, de mesurer ses performances et de comprendre l’utilisation des services, afin de les améliorer.',
  'cookiePolicy.category.functional':
    'Ces cookies permettent de mémoriser certaines préférences, d’améliorer l’ergonomie et d’adapter l’affichage du site.',
  'cookiePolicy.category.security':
    'Ces cookies permettent de prévenir les accès frauduleux, de détecter les comportements suspects et de protéger les comptes des utilisateurs.',
  'cookiePolicy.category.thirdPartyAdvertising':
    'Le site intègre des services tiers susceptibles de déposer des cookies (vidéos, support client, communication, publicité ou marketing). Ces tiers sont responsables de leurs cookies : consultez leurs politiques de confidentialité.',
  'cookiePolicy.consent.required': 'Ces cookies ne sont déposés qu’après votre consentement.',
  'cookiePolicy.consent.exempt': 'Ces cookies sont exemptés de consentement.',
  'cookiePolicy.consent.mixed':
    'Les cookies marqués « consentement requis » ne sont déposés qu’après votre consentement ; les autres en sont exemptés.',
  'cookiePolicy.col.name': 'Cookie',
  'cookiePolicy.col.provider': 'Fournisseur',
  'cookiePolicy.col.purpose': 'Finalité',
  'cookiePolicy.col.lifetime': 'Durée de vie',
  'cookiePolicy.col.party': 'Dépôt',
  'cookiePolicy.col.consent': 'Consentement',
  'cookiePolicy.party.first': 'Site',
  'cookiePolicy.party.third': 'Tiers',
  'cookiePolicy.provider.own': '{organisation}',
  'cookiePolicy.consent.heading': 'Consentement',
  'cookiePolicy.consent.banner':
    'Lors de votre première visite, un bandeau vous informe de l’utilisation des cookies. Vous pouvez :',
  'cookiePolicy.consent.acceptAll': 'accepter tous les cookies ;',
  'cookiePolicy.consent.refuseAll':
    'refuser les cookies non essentiels, aussi simplement que les accepter ;',
  'cookiePolicy.consent.customise': 'personnaliser vos choix, finalité par finalité.',
  'cookiePolicy.consent.duration':
    'Votre choix, acceptation ou refus, est conservé {months} mois ; il vous est ensuite redemandé. Un consentement vaut 13 mois au plus.',
  'cookiePolicy.withdraw.heading': 'Retirer son consentement et gérer les cookies',
  'cookiePolicy.withdraw.text':
    'Vous pouvez à tout moment, aussi simplement que vous l’avez donné :',
  'cookiePolicy.withdraw.preferences':
    'modifier vos préférences depuis le lien « Gestion des cookies » du site ;',
  'cookiePolicy.withdraw.consent': 'retirer votre consentement ;',
  'cookiePolicy.withdraw.browser':
    'supprimer les cookies depuis les paramètres de votre navigateur.',
  'cookiePolicy.withdraw.effect':
    'La désactivation de certains cookies peut affecter le fonctionnement du site ou de certaines fonctionnalités.',
  'cookiePolicy.data.heading': 'Données collectées par les cookies',
  'cookiePolicy.data.text': 'Les informations collectées par les cookies peuvent comprendre :',
  'cookiePolicy.data.ip': 'l’adresse IP ;',
  'cookiePolicy.data.browsing': 'les données de navigation ;',
  'cookiePolicy.data.browser': 'le type de navigateur ;',
  'cookiePolicy.data.device': 'l’appareil utilisé ;',
  'cookiePolicy.data.pages': 'les pages consultées ;',
  'cookiePolicy.data.duration': 'la durée de navigation ;',
  'cookiePolicy.data.interactions': 'les interactions avec le site.',
  'cookiePolicy.transfers.heading': 'Transferts hors de l’Union européenne',
  'cookiePolicy.transfers.text':
    'Certains fournisseurs traitent ces données hors de l’Union européenne, avec les garanties suivantes :',
  'cookiePolicy.transfers.none':
    'Les données collectées par les cookies ne sont pas transférées hors de l’Union européenne.',
  'cookiePolicy.transfers.undocumented': 'Garantie en cours de documentation',
  'cookiePolicy.col.country': 'Pays',
  'cookiePolicy.col.safeguard': 'Garantie',
  'cookiePolicy.rights.heading': 'Vos droits',
  'cookiePolicy.rights.text':
    'Les données collectées par les cookies sont traitées conformément à notre politique de confidentialité. Vous disposez des droits suivants :',
  'cookiePolicy.rights.access': 'droit d’accès ;',
  'cookiePolicy.rights.rectification': 'droit de rectification ;',
  'cookiePolicy.rights.erasure': 'droit à l’effacement ;',
  'cookiePolicy.rights.objection': 'droit d’opposition ;',
  'cookiePolicy.rights.restriction': 'droit à la limitation du traitement ;',
  'cookiePolicy.rights.withdrawal': 'droit de retirer votre consentement à tout moment.',
  'cookiePolicy.rights.contact': 'Toute demande peut être adressée à : {contact}',
  'cookiePolicy.rights.cnil':
    'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (Commission nationale de l’informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 ; www.cnil.fr).',
} as const;
