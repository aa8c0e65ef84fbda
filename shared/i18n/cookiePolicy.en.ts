import type { cookiePolicyFr } from './cookiePolicy.fr';

/** English text of the generated cookie policy (part of en.ts). */
export const cookiePolicyEn: Record<keyof typeof cookiePolicyFr, string> = {
  'cookiePolicy.title': 'Cookie policy',
  'cookiePolicy.intro.heading': 'Preamble',
  'cookiePolicy.intro.text':
    'This policy tells the users of {organisation}’s website how cookies and other trackers are used while they browse it. It complies with the General Data Protection Regulation (GDPR), the ePrivacy directive and the recommendations of the CNIL, the French data protection authority.',
  'cookiePolicy.what.heading': 'What is a cookie?',
  'cookiePolicy.what.text':
    'A cookie is a text file placed on the user’s device (computer, tablet, smartphone) when a website is visited. Other trackers (pixels, local storage, identifiers) work the same way. Cookies are used in particular:',
  'cookiePolicy.what.uses.run': 'to make the website work;',
  'cookiePolicy.what.uses.preferences': 'to remember preferences;',
  'cookiePolicy.what.uses.audience': 'to measure the audience;',
  'cookiePolicy.what.uses.security': 'to secure connections;',
  'cookiePolicy.what.uses.experience': 'to improve the user experience.',
  'cookiePolicy.controller.heading': 'Controller',
  'cookiePolicy.controller.text': 'The cookies and trackers used on the website are set by:',
  'cookiePolicy.controller.email': 'Email: {email}',
  'cookiePolicy.controller.dpo': 'Data protection officer: {dpo}',
  'cookiePolicy.category.heading': 'Cookies: {category}',
  'cookiePolicy.category.strictlyNecessary':
    'These cookies are essential to the website: authentication, secure connections, sessions, load balancing, essential preferences. They need no prior consent.',
  'cookiePolicy.category.audienceMeasurement':
    'These cookies analyse the website’s traffic, measure its performance and show how the services are used, so as to improve them.',
  'cookiePolicy.category.functional':
    'These cookies remember some preferences, make the website easier to use and adapt its display.',
  'cookiePolicy.category.security':
    'These cookies prevent fraudulent access, detect suspicious behaviour and protect users’ accounts.',
  'cookiePolicy.category.thirdPartyAdvertising':
    'The website includes third-party services that may set cookies (videos, customer support, communication, advertising or marketing). These third parties are responsible for their cookies: see their privacy policies.',
  'cookiePolicy.consent.required': 'These cookies are set only after your consent.',
  'cookiePolicy.consent.exempt': 'These cookies are exempt from consent.',
  'cookiePolicy.consent.mixed':
    'Cookies marked “consent required” are set only after your consent; the others are exempt.',
  'cookiePolicy.col.name': 'Cookie',
  'cookiePolicy.col.provider': 'Provider',
  'cookiePolicy.col.purpose': 'Purpose',
  'cookiePolicy.col.lifetime': 'Lifetime',
  'cookiePolicy.col.party': 'Party',
  'cookiePolicy.col.consent': 'Consent',
  'cookiePolicy.party.first': 'First party',
  'cookiePolicy.party.third': 'Third party',
  'cookiePolicy.provider.own': '{organisation}',
  'cookiePolicy.consent.heading': 'Consent',
  'cookiePolicy.consent.banner':
    'On your first visit, a banner tells you how cookies are used. You may:',
  'cookiePolicy.consent.acceptAll': 'accept all cookies;',
  'cookiePolicy.consent.refuseAll': 'refuse non-essential cookies, as easily as accepting them;',
  'cookiePolicy.consent.customise': 'customise your choices, purpose by purpose.',
  'cookiePolicy.consent.duration':
    'Your choice, acceptance or refusal, is kept for {months, plural, one {# month} other {# months}}; you are then asked again. A consent lasts 13 months at most.',
  'cookiePolicy.withdraw.heading': 'Withdrawing consent and managing cookies',
  'cookiePolicy.withdraw.text': 'At any time, as easily as you gave it, you may:',
  'cookiePolicy.withdraw.preferences':
    'change your preferences through the website’s “Cookie settings” link;',
  'cookiePolicy.withdraw.consent': 'withdraw your consent;',
  'cookiePolicy.withdraw.browser': 'delete cookies in your browser’s settings.',
  'cookiePolicy.withdraw.effect':
    'Turning some cookies off may affect how the website or some of its features work.',
  'cookiePolicy.data.heading': 'Data collected through cookies',
  'cookiePolicy.data.text': 'The information collected through cookies may include:',
  'cookiePolicy.data.ip': 'the IP address;',
  'cookiePolicy.data.browsing': 'browsing data;',
  'cookiePolicy.data.browser': 'the type of browser;',
  'cookiePolicy.data.device': 'the device used;',
  'cookiePolicy.data.pages': 'the pages viewed;',
  'cookiePolicy.data.duration': 'the length of the visit;',
  'cookiePolicy.data.interactions': 'interactions with the website.',
  'cookiePolicy.transfers.heading': 'Transfers outside the European Union',
  'cookiePolicy.transfers.text':
    'Some providers process these data outside the European Union, with the following safeguards:',
  'cookiePolicy.transfers.none':
    'The data collected through cookies are not transferred outside the European Union.',
  'cookiePolicy.transfers.undocumented': 'Safeguard being documented',
  'cookiePolicy.col.country': 'Country',
  'cookiePolicy.col.safeguard': 'Safeguard',
  'cookiePolicy.rights.heading': 'Your rights',
  'cookiePolicy.rights.text':
    'The data collected through cookies are processed under our privacy policy. You have the following rights:',
  'cookiePolicy.rights.access': 'right of access;',
  'cookiePolicy.rights.rectification': 'right to rectification;',
  'cookiePolicy.rights.erasure': 'right to erasure;',
  'cookiePolicy.rights.objection': 'right to object;',
  'cookiePolicy.rights.restriction': 'right to restriction of processing;',
  'cookiePolicy.rights.withdrawal': 'right to withdraw your consent at any time.',
  'cookiePolicy.rights.contact': 'Any request may be sent to: {contact}',
  'cookiePolicy.rights.cnil':
    'If you consider that your rights are not respected, you may lodge a complaint with the CNIL (Commission nationale de l’informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France; www.cnil.fr).',
};
