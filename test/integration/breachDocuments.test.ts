import { simpleParser } from 'mailparser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { importPeopleLines } from '../../electron/services/breachPeople';
import { dispatch } from '../../electron/services/dispatch';
import type { BatchStatusView, BreachCommunicationView } from '../../shared/api';
import type { BreachNotification } from '../../shared/breaches/notification';
import { errorText } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { ActivitySummary } from '../../shared/schemas/activity';
import { emptyBreach, type BreachFields, type BreachView } from '../../shared/schemas/breach';
import type { BreachPeopleView } from '../../shared/schemas/breachPeople';
import type { OrganisationSettings } from '../../shared/schemas/settings';
import { chosen } from '../helpers/files';
import { useLetterContext } from '../helpers/letters';
import { flat, readPdf } from '../helpers/pdf';
import { refused, value } from '../helpers/result';

// Monday 30 March 2026, 10:00 in Paris.
const { open } = useLetterContext(new Date('2026-03-30T08:00:00Z'));

const hacked = (activityIds: string[]): BreachFields => ({
  ...emptyBreach('2026-03-27T14:25'),
  title: 'Serveur de numérotation piraté',
  occurredFrom: '2026-03-26T22:00',
  discoveredAt: '2026-03-27T09:40',
  howFound: 'Alerte de l’outil de supervision sur des exports inhabituels',
  natures: ['confidentiality', 'availability'],
  cause: 'hacking',
  circumstances: 'Un attaquant a exporté la base des prospects par un compte de service compromis.',
  dataCategories: ['identity', 'economic'],
  specialData: ['financialData'],
  peopleCategories: 'Prospects de la campagne Énergie',
  peopleCount: 12500,
  recordsCount: 40000,
  activityIds,
  consequences: 'Hameçonnage ciblé et tentatives de fraude au prélèvement.',
  measuresTaken: 'Compte de service désactivé, mots de passe changés, serveur isolé.',
  measuresProposed: 'Authentification à deux facteurs sur tous les comptes de service.',
  contactPoint: 'Jérôme Lefèvre, DPO, rgpd@exemple.fr, 04 65 71 00 01',
  riskLevel: 'highRisk',
  riskJustification: 'Données bancaires de nombreux prospects, intention malveillante.',
  communicationMode: 'individual',
  peopleAdvice: 'Surveillez vos relevés bancaires et contestez tout prélèvement inconnu.',
});

async function recordHacked(ctx: Parameters<typeof dispatch>[0]) {
  const [activity] = value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}));
  return value<BreachView>(
    await dispatch(ctx, 'breaches.create', {
      createId: newId(),
      breach: hacked(activity ? [activity.id] : []),
    }),
  );
}

async function finished(ctx: Parameters<typeof dispatch>[0], id: string) {
  for (;;) {
    const status = value<BatchStatusView>(await dispatch(ctx, 'letters.batchStatus', { id }));
    if (status.finished) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const lines = (rows: string[][]) => rows.map((cells, index) => ({ line: index + 1, cells }));

describe('the CNIL notification', () => {
  it('prints every item of Art. 33(3) (a) to (d), the organisation and its SIREN, and the phase', async () => {
    const { ctx, dialogs } = await open();
    const view = await recordHacked(ctx);
    value(
      await dispatch(ctx, 'breaches.saveNotificationPdf', { id: view.breach.id, language: 'fr' }),
    );
    const saved = dialogs.state.saved.at(-1);
    expect(saved?.fileName).toBe(`notification-cnil-${view.breach.reference}-phase-1.pdf`);
    const pdf = await readPdf(saved?.content ?? new Uint8Array());
    const text = pdf.pages.map(flat).join(' ');
    for (const expected of [
      'Notification initiale',
      'CALLIMEDIA',
      'SIREN',
      '(art. 33, § 3, a)',
      'Confidentialité',
      'Piratage',
      'Un attaquant a exporté la base des prospects',
      'Prospects de la campagne Énergie',
      '12 500',
      '40 000',
      '(art. 33, § 3, b)',
      'Jérôme Lefèvre, DPO, rgpd@exemple.fr',
      '(art. 33, § 3, c)',
      'Hameçonnage ciblé et tentatives de fraude',
      'Risque élevé',
      '(art. 33, § 3, d)',
      'Compte de service désactivé',
      'Authentification à deux facteurs',
      'lundi 30 mars 2026 à 16:00 (heure de Paris)',
    ]) {
      expect(text.replace(/\u202f|\u00a0/g, ' ')).toContain(expected);
    }
  });

  it('prepares the complementary notification once the initial one is recorded, with the CNIL number', async () => {
    const { ctx } = await open();
    const view = await recordHacked(ctx);
    const { id: _id, reference: _r, createdAt: _c, updatedAt, ...fields } = view.breach;
    value(
      await dispatch(ctx, 'breaches.update', {
        id: view.breach.id,
        expectedUpdatedAt: updatedAt,
        breach: {
          ...fields,
          notifications: [{ on: '2026-03-28T10:00', summary: 'Initiale' }],
          cnilNumber: 'NOT-2026-009999',
        },
      }),
    );
    const { notification, text } = value<{ notification: BreachNotification; text: string }>(
      await dispatch(ctx, 'breaches.notification', { id: view.breach.id, language: 'en' }),
    );
    expect(notification.phase).toBe(2);
    expect(text).toContain('Type of notification: Complementary notification no. 1');
    expect(text).toContain('CNIL notification number: NOT-2026-009999');
    expect(text).toContain(
      'Nature of the breach: Confidentiality (disclosure, unauthorised access); Availability (loss, destruction)',
    );
    expect(text).toContain('c) Likely consequences (Art. 33(3)(c))'.toLocaleUpperCase('en'));
    // A phase beyond the next one is refused: no gap in the timeline.
    refused(
      await dispatch(ctx, 'breaches.notification', {
        id: view.breach.id,
        phase: 4,
        language: 'fr',
      }),
      'VALIDATION',
    );
  });
});

describe('telling the people (Art. 34)', () => {
  it('imports a list, prints one letter per person with an address and leaves out the others, by name', async () => {
    const { ctx, dialogs } = await open();
    const view = await recordHacked(ctx);
    const people = await importPeopleLines(
      ctx,
      view.breach.id,
      lines([
        ['Nom', 'Courriel', 'Adresse', 'Code postal', 'Ville'],
        ['Anne Roux', 'anne.roux@exemple.fr', '8 rue des Écoles', '34000', 'Montpellier'],
        ['Łukasz Żółć', 'lukasz@exemple.pl', '', '', ''],
        ['Élodie Martin', '', '12 avenue de Toulouse', '34070', 'Montpellier'],
      ]),
    );
    expect(people).toMatchObject({ count: 3, withEmail: 2, withAddress: 2 });
    const started = value<BatchStatusView>(
      await dispatch(ctx, 'breaches.startLetters', {
        id: view.breach.id,
        language: 'fr',
        delivery: 'post',
      }),
    );
    const status = await finished(ctx, started.id);
    expect(status.error).toBeNull();
    expect(status.skipped.map((skip) => skip.reference)).toEqual(['Łukasz Żółć']);
    value(await dispatch(ctx, 'letters.saveBatch', { id: started.id }));
    const pdf = await readPdf(dialogs.state.saved.at(-1)?.content ?? new Uint8Array());
    const pages = pdf.pages.map(flat);
    // One sheet per person: the signature stays on the letter's page.
    expect(pages).toHaveLength(2);
    expect(pages.filter((page) => page.includes('Anne Roux'))).toHaveLength(1);
    expect(pages.some((page) => page.includes('Élodie Martin'))).toBe(true);
    const anne = pages.find((page) => page.includes('Anne Roux')) ?? '';
    for (const expected of [
      'Violation de données vous concernant',
      'Ce qui s’est passé : Un attaquant a exporté',
      'Conséquences possibles pour vous : Hameçonnage ciblé',
      'Ce que nous avons fait : Compte de service désactivé',
      'Jérôme Lefèvre, DPO, rgpd@exemple.fr',
      'réclamation',
    ]) {
      expect(anne).toContain(expected);
    }
    // The journal says how many, never who.
    const journal = JSON.stringify(
      await listAuditEntries(ctx.db, { entity: 'breach', entityId: view.breach.id }),
    );
    expect(journal).toContain('"peopleToTell":3');
    expect(journal).not.toContain('Anne Roux');
  });

  it('makes one email draft per person with an email, read back by a MIME parser', async () => {
    const { ctx, dialogs } = await open();
    const view = await recordHacked(ctx);
    await importPeopleLines(
      ctx,
      view.breach.id,
      lines([
        ['name', 'email', 'address'],
        ['Anne Roux', 'anne.roux@exemple.fr', ''],
        ['Paul Petit', '', '3 place de la Comédie\n34000 Montpellier'],
      ]),
    );
    const started = value<BatchStatusView>(
      await dispatch(ctx, 'breaches.startLetters', {
        id: view.breach.id,
        language: 'en',
        delivery: 'email',
      }),
    );
    const status = await finished(ctx, started.id);
    expect(status.skipped).toEqual([
      { reference: 'Paul Petit', reason: { code: 'VALIDATION', key: 'people.noEmail' } },
    ]);
    value(await dispatch(ctx, 'letters.saveBatch', { id: started.id }));
    const saved = dialogs.state.saved.at(-1);
    expect(saved?.mimeType).toBe('application/zip');
    const zip = await JSZip.loadAsync(saved?.content ?? new Uint8Array());
    const names = Object.keys(zip.files);
    expect(names).toEqual(['00001-Anne Roux.eml']);
    const mail = await simpleParser(await (zip.file(names[0] ?? '')?.async('nodebuffer') ?? ''));
    expect(mail.to).toMatchObject({
      value: [{ address: 'anne.roux@exemple.fr', name: 'Anne Roux' }],
    });
    expect(mail.subject).toBe(`A personal data breach concerning you — ${view.breach.reference}`);
    expect(mail.text).toContain('What it may mean for you: Hameçonnage ciblé');
    expect(mail.headers.get('x-unsent')).toBe('1');
  });

  it('reads the list from a CSV chosen in the dialog, in Windows-1252 with « ; » as Excel writes it in France', async () => {
    const { ctx, dialogs } = await open();
    const view = await recordHacked(ctx);
    const csv =
      'Prénom;Nom;Adresse mél;Adresse;CP;Ville\r\nÉlodie;Lefèvre;elodie@exemple.fr;"5, rue de l\'Étang";34000;Montpellier\r\n;;;;;\r\nZoé;Crémieux;;1 rue Haute;34170;Castelnau-le-Lez\r\n';
    const bytes = new Uint8Array(Buffer.from(csv, 'latin1'));
    dialogs.state.next = chosen('personnes.csv', bytes);
    const people = value<BreachPeopleView>(
      await dispatch(ctx, 'breaches.importPeople', { id: view.breach.id }),
    );
    expect(people).toMatchObject({ count: 2, withEmail: 1, withAddress: 2 });
    expect(people.firstPeople).toEqual([
      {
        name: 'Élodie Lefèvre',
        email: 'elodie@exemple.fr',
        address: "5, rue de l'Étang\n34000 Montpellier",
      },
      { name: 'Zoé Crémieux', email: '', address: '1 rue Haute\n34170 Castelnau-le-Lez' },
    ]);
    dialogs.state.next = null;
    expect(value(await dispatch(ctx, 'breaches.importPeople', { id: view.breach.id }))).toBeNull();
  });

  it('refuses a list with a bad line, naming it, and keeps nothing of it', async () => {
    const { ctx } = await open();
    const view = await recordHacked(ctx);
    const attempt = importPeopleLines(
      ctx,
      view.breach.id,
      lines([
        ['Nom', 'Courriel'],
        ['Anne Roux', 'anne.roux@exemple.fr'],
        ['', 'sans.nom@exemple.fr'],
        ['Paul Petit', 'pas-un-courriel'],
      ]),
    );
    await expect(attempt).rejects.toMatchObject({ key: 'error.breachPeople.rejected' });
    const error = await attempt.catch((caught: unknown) => caught);
    expect(errorText('fr', error as Parameters<typeof errorText>[1])).toBe(
      '2 lignes refusées (ligne 3 : nom manquant ; ligne 4 : courriel invalide) : rien n’a été importé. Corrigez le fichier.',
    );
    expect(
      value<BreachPeopleView>(await dispatch(ctx, 'breaches.people', { id: view.breach.id })).count,
    ).toBe(0);
  });

  it('erases the list for good, and refuses letters without a list or before the mode is individual', async () => {
    const { ctx } = await open();
    const view = await recordHacked(ctx);
    await importPeopleLines(
      ctx,
      view.breach.id,
      lines([
        ['Nom', 'Courriel'],
        ['Anne Roux', 'a@b.fr'],
      ]),
    );
    const erased = value<BreachPeopleView>(
      await dispatch(ctx, 'breaches.erasePeople', { id: view.breach.id }),
    );
    expect(erased).toMatchObject({ count: 0, importedAt: null });
    const left = await ctx.db.selectFrom('breach_person').selectAll().execute();
    expect(left).toEqual([]);
    expect(
      refused(
        await dispatch(ctx, 'breaches.startLetters', {
          id: view.breach.id,
          language: 'fr',
          delivery: 'post',
        }),
        'VALIDATION',
      ).key,
    ).toBe('error.breachLetter.noPeople');
    const { id: _id, reference: _r, createdAt: _c, updatedAt, ...fields } = view.breach;
    value(
      await dispatch(ctx, 'breaches.update', {
        id: view.breach.id,
        expectedUpdatedAt: updatedAt,
        breach: {
          ...fields,
          communicationMode: 'public',
          communicationException: 'disproportionateEffort',
          communicationReason: 'Adresses inconnues de la plupart des prospects.',
          consequences: '',
        },
      }),
    );
    const blocked = value<BreachCommunicationView>(
      await dispatch(ctx, 'breaches.communication', { id: view.breach.id, language: 'fr' }),
    );
    expect(blocked.refusal?.key).toBe('error.breachLetter.missing');
    expect(errorText('fr', blocked.refusal ?? { key: 'error.unexpected' })).toContain(
      'les conséquences probables',
    );
  });

  it('tells the people in their own words when the record has them, with what they can do, and never from nobody', async () => {
    const { ctx } = await open();
    const view = await recordHacked(ctx);
    const { id: _id, reference: _r, createdAt: _c, updatedAt, ...fields } = view.breach;
    value(
      await dispatch(ctx, 'breaches.update', {
        id: view.breach.id,
        expectedUpdatedAt: updatedAt,
        breach: {
          ...fields,
          peopleSummary: 'Des personnes malveillantes ont copié la liste de nos prospects.',
          peopleAdvice: 'Surveillez vos relevés bancaires et contestez tout prélèvement inconnu.',
        },
      }),
    );
    const shown = value<BreachCommunicationView>(
      await dispatch(ctx, 'breaches.communication', { id: view.breach.id, language: 'fr' }),
    );
    const text = shown.letter?.paragraphs.join('\n') ?? '';
    expect(text).toContain(
      'Ce qui s’est passé : Des personnes malveillantes ont copié la liste de nos prospects.',
    );
    expect(text).not.toContain('compte de service compromis');
    expect(text).toContain(
      'Ce que vous pouvez faire : Surveillez vos relevés bancaires et contestez tout prélèvement inconnu.',
    );
    // Without the DPO who signs, no letter.
    const settings = value<OrganisationSettings>(await dispatch(ctx, 'settings.get', {}));
    const { updatedAt: _settingsUpdatedAt, ...organisation } = settings;
    value(await dispatch(ctx, 'settings.save', { ...organisation, dpoName: '' }));
    const unsigned = value<BreachCommunicationView>(
      await dispatch(ctx, 'breaches.communication', { id: view.breach.id, language: 'fr' }),
    );
    expect(errorText('fr', unsigned.refusal ?? { key: 'error.unexpected' })).toContain(
      'la raison sociale et le nom du DPO (Paramètres)',
    );
    // Email drafts need the address they are sent from.
    value(await dispatch(ctx, 'settings.save', { ...organisation, dpoEmail: '' }));
    await importPeopleLines(
      ctx,
      view.breach.id,
      lines([
        ['Nom', 'Courriel'],
        ['Anne Roux', 'a@b.fr'],
      ]),
    );
    expect(
      refused(
        await dispatch(ctx, 'breaches.startLetters', {
          id: view.breach.id,
          language: 'fr',
          delivery: 'email',
        }),
        'VALIDATION',
      ).key,
    ).toBe('error.breachLetter.noSender');
  });

  it('writes the public communication when letters would take disproportionate effort', async () => {
    const { ctx } = await open();
    const view = await recordHacked(ctx);
    const { id: _id, reference: _r, createdAt: _c, updatedAt, ...fields } = view.breach;
    value(
      await dispatch(ctx, 'breaches.update', {
        id: view.breach.id,
        expectedUpdatedAt: updatedAt,
        breach: {
          ...fields,
          communicationMode: 'public',
          communicationException: 'disproportionateEffort',
          communicationReason: 'Adresses inconnues de la plupart des prospects.',
        },
      }),
    );
    const shown = value<BreachCommunicationView>(
      await dispatch(ctx, 'breaches.communication', { id: view.breach.id, language: 'fr' }),
    );
    expect(shown.letter).toBeNull();
    expect(shown.publicText).toContain('Information sur une violation de données personnelles');
    expect(shown.publicText).toContain('efforts disproportionnés');
    expect(shown.publicText).toContain('Personnes concernées : Prospects de la campagne Énergie.');
    expect(shown.publicText).toContain(
      'Ce que nous allons faire : Authentification à deux facteurs',
    );
  });
});
