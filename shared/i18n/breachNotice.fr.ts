/** French words of the CNIL notification and of the letters to the people (part of fr.ts). */
export const breachNoticeFr = {
  'notification.title': 'Notification de violation de données à la CNIL — {reference}',
  'notification.section.phase': 'Notification',
  'notification.section.organisation': 'Organisme responsable du traitement',
  'notification.section.nature':
    'a) Nature de la violation, personnes et enregistrements concernés (art. 33, § 3, a)',
  'notification.section.contact':
    'b) Délégué à la protection des données et point de contact (art. 33, § 3, b)',
  'notification.section.consequences': 'c) Conséquences probables (art. 33, § 3, c)',
  'notification.section.measures': 'd) Mesures prises ou envisagées (art. 33, § 3, d)',
  'notification.section.people': 'Information des personnes concernées (art. 34)',
  'notification.phase': 'Type de notification',
  'notification.phaseInitial': 'Notification initiale',
  'notification.phaseComplementary': 'Notification complémentaire n° {number} (art. 33, § 4)',
  'notification.deadline': 'Échéance de notification',
  'notification.filedOn': 'Notifiée le',
  'notification.occurred': 'Période de la violation',
  'notification.occurredUnknown': 'Inconnue',
  'notification.occurredRange': 'du {from} au {to}',
  'notification.unknown': 'date inconnue',
  'notification.stillOngoing': 'toujours en cours',
  'notification.severity': 'Gravité (méthode ENISA)',
  'notification.notGiven': 'Non renseigné',
  'notification.generatedOn': 'Document établi le {date} par DPO Desk',
  'notification.intro':
    'Ce document reprend, rubrique par rubrique, ce que demande le téléservice de notification de la CNIL (notifications.cnil.fr). Copiez chaque rubrique dans le formulaire en ligne, puis enregistrez la date et le numéro attribué.',
  'notification.tab': 'Notification CNIL',
  'notification.copyAll': 'Copier tout le texte',
  'notification.copyItem': 'Copier « {label} »',
  'notification.copied': 'Copié dans le presse-papiers.',
  'notification.savePdf': 'Enregistrer le PDF…',
  'notification.phaseChoice': 'Phase',
  'notification.pdfSaved': 'PDF enregistré : {name}',
  'people.tab': 'Personnes concernées',
  'people.intro':
    'Art. 34 : en cas de risque élevé, informez les personnes sans tarder, en termes clairs et simples. Importez leur liste (CSV : nom ; courriel ; adresse), générez les courriers ou les brouillons de courriel, puis effacez la liste une fois l’information faite.',
  'people.import': 'Importer une liste (CSV)…',
  'people.erase': 'Effacer la liste',
  'people.eraseConfirm':
    'Effacer définitivement la liste des {count, plural, one {# personne} other {# personnes}} de la violation {reference} ?',
  'people.erased': 'Liste effacée.',
  'people.none': 'Aucune liste importée.',
  'people.count':
    '{count, plural, one {# personne} other {# personnes}} : {withAddress} avec adresse postale, {withEmail} avec courriel',
  'people.importedOn':
    'Liste importée le {date} : effacez-la dès que les personnes sont informées.',
  'people.imported': '{count, plural, one {# personne importée} other {# personnes importées}}.',
  'people.letters': 'Courriers à imprimer (PDF)',
  'people.emails': 'Brouillons de courriel (.eml, archive ZIP)',
  'people.generate': 'Générer',
  'people.generated':
    '{count, plural, one {# document généré} other {# documents générés}}, {skipped, plural, =0 {aucune personne écartée} one {# personne écartée} other {# personnes écartées}}.',
  'people.skipped': '{name} : {reason}',
  'people.noAddress': 'pas d’adresse postale',
  'people.noEmail': 'pas de courriel',
  'people.publicText': 'Texte de la communication publique (art. 34, § 3, c)',
  'people.preview': 'Aperçu du courrier',
  'people.column.name': 'Nom',
  'people.column.email': 'Courriel',
  'people.column.address': 'Adresse',
  'people.csv.noName': 'ligne {row} : nom manquant',
  'people.csv.noContact': 'ligne {row} : ni courriel ni adresse',
  'people.csv.badEmail': 'ligne {row} : courriel invalide',
  'people.csv.tooLong': 'ligne {row} : texte trop long',
  'breachLetter.subject': 'Violation de données vous concernant — {reference}',
  'breachLetter.opening':
    'Nous vous informons qu’un incident de sécurité a touché des données personnelles vous concernant. Nous tenons à vous en expliquer la nature, ses conséquences possibles et ce que nous faisons.',
  'breachLetter.what': 'Ce qui s’est passé : {circumstances}',
  'breachLetter.when': 'Nous en avons eu connaissance le {date}.',
  'breachLetter.data': 'Les données concernées sont : {data}.',
  'breachLetter.consequences': 'Conséquences possibles pour vous : {consequences}',
  'breachLetter.measuresTaken': 'Ce que nous avons fait : {measures}',
  'breachLetter.measuresProposed': 'Ce que nous allons faire : {measures}',
  'breachLetter.contact':
    'Pour toute question, vous pouvez contacter {contact}, en rappelant la référence {reference}.',
  'breachLetter.complaint': 'Vous pouvez également adresser une réclamation à la {cnil}.',
  'breachLetter.publicTitle': 'Information sur une violation de données personnelles',
  'breachLetter.publicOpening':
    '{organisation} informe les personnes concernées qu’un incident de sécurité a touché des données personnelles. Informer chacune d’elles individuellement exigerait des efforts disproportionnés : cette communication publique les en informe (art. 34, § 3, c, du RGPD).',
  'breachLetter.peopleConcerned': 'Personnes concernées : {people}.',
  'breachLetter.dpo': 'notre délégué à la protection des données, {name} ({contact})',
  'breachLetter.kind': 'Information des personnes (art. 34)',
  'error.breachLetter.missing':
    'Le courrier aux personnes ne peut être établi : complétez {parts} (art. 34, § 2).',
  'error.breachLetter.notIndividual':
    'Choisissez « Individuellement » dans « Information des personnes » avant de générer les courriers.',
  'error.breachLetter.notPublic':
    'Choisissez « Communication publique » dans « Information des personnes » pour établir ce texte.',
  'error.breachLetter.noPeople': 'Importez d’abord la liste des personnes à informer.',
  'error.breachPeople.unreadable':
    'Fichier illisible : choisissez un fichier CSV (séparateur « ; » ou « , », encodage UTF-8 ou Windows-1252).',
  'error.breachPeople.noColumns':
    'Colonnes introuvables : la première ligne doit nommer au moins « nom » et « courriel » ou « adresse ».',
  'error.breachPeople.rejected':
    '{count, plural, one {# ligne refusée} other {# lignes refusées}} ({problems}) : rien n’a été importé. Corrigez le fichier.',
  'error.breachPeople.tooMany': 'Liste trop longue : 100 000 personnes au plus par import.',
  'breachLetter.part.circumstances': 'les circonstances',
  'breachLetter.part.consequences': 'les conséquences probables',
  'breachLetter.part.measures': 'les mesures prises ou envisagées',
  'breachLetter.part.contact': 'le point de contact (ou le DPO dans Paramètres)',
} as const;
