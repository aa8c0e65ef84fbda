import { translate, type Language } from '../i18n';
import { cnilAddress, placeholderNames } from './values';

/** Values for the template editor's live preview: what each placeholder would look like. */
export function sampleValues(language: Language): Record<string, string> {
  return Object.fromEntries(placeholderNames.map((name) => [name, sample(name, language)]));
}

function sample(name: string, language: Language): string {
  switch (name) {
    case 'request.reference':
      return 'DSR-2026-0042';
    case 'request.receivedOn':
      return language === 'fr' ? '2 novembre 2026' : '2 November 2026';
    case 'request.dueDate':
      return language === 'fr' ? '2 décembre 2026' : '2 December 2026';
    case 'request.rights':
      return language === 'fr' ? 'accès, effacement' : 'access, erasure';
    case 'requester.name':
      return 'Łukasz Żółć';
    case 'letter.salutation':
      return translate(language, 'letter.salutation.monsieur', { name: 'Łukasz Żółć' });
    case 'letter.closing':
      return translate(language, 'letter.closing.named', {
        salutation: translate(language, 'letter.salutation.monsieur', { name: 'Łukasz Żółć' }),
      });
    case 'dataSubject.concerning':
      return translate(language, 'letter.concerning.self');
    case 'request.mandate':
      return '';
    case 'request.answerPromise':
      return translate(language, 'letter.promise.due', {
        date: language === 'fr' ? '2 décembre 2026' : '2 December 2026',
      });
    case 'request.legalFramework':
      return translate(language, 'letter.framework.gdpr');
    case 'dpo.email':
      return 'rgpd@exemple.fr';
    case 'access.complaint':
    case 'rights.complaint':
      return translate(language, 'letter.complaintParagraph', { cnil: cnilAddress });
    case 'rights.judicialRemedy':
      return translate(language, 'letter.judicialRemedyParagraph');
    case 'access.purposes':
    case 'access.dataCategories':
    case 'access.recipients':
    case 'access.retention':
      return `- (${name}) …\n- …`;
    default:
      return `[${name}]`;
  }
}
