import { errorText } from '../../shared/errors';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { getAttachment } from '../../db/attachments';
import { runCli } from '../../electron/cli/cli';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import type {
  BatchStatusView,
  GeneratedLetterView,
  LetterChoicesView,
  LetterRecordView,
} from '../../shared/api';
import type { LetterKind } from '../../shared/letters/templates';
import {
  requestFieldsOf,
  type RequestPage,
  type RequestView,
  type SuppressionEntry,
} from '../../shared/schemas/request';
import { activityId, answered, useLetterContext } from '../helpers/letters';
import { flat, readPdf } from '../helpers/pdf';
import { value } from '../helpers/result';

const { tempDir, clock, open, close, newRequest, letterPdf } = useLetterContext(
  new Date('2026-11-22T09:00:00'),
);

type Ctx = Awaited<ReturnType<typeof open>>['ctx'];

async function generate(
  ctx: Ctx,
  request: RequestView,
  kind: LetterKind,
  extra: Record<string, unknown> = {},
) {
  return dispatch(ctx, 'letters.generate', {
    requestId: request.request.id,
    kind,
    language: 'fr',
    ...extra,
  });
}

async function letterText(ctx: Ctx, request: RequestView, kind: LetterKind, extra = {}) {
  const { letter } = value<GeneratedLetterView>(await generate(ctx, request, kind, extra));
  return flat((await readPdf(await letterPdf(ctx, letter))).text);
}

async function refusalOf(ctx: Ctx, request: RequestView, kind: LetterKind): Promise<string> {
  const result = await generate(ctx, request, kind);
  expect(result.ok).toBe(false);
  return result.ok ? '' : errorText('fr', result.error);
}

async function reload(ctx: Ctx, request: RequestView): Promise<RequestView> {
  return value<RequestView>(await dispatch(ctx, 'requests.get', { id: request.request.id }));
}

describe('letters follow the request’s state', () => {
  it('answers an email request by email: the .eml parses back with the stored PDF attached byte for byte', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      channel: 'email',
      requesterEmail: 'lukasz.zolc@exemple.pl',
      requesterAddress: '',
      requesterCivility: 'monsieur',
    });
    const generated = value<GeneratedLetterView>(await generate(ctx, request, 'acknowledgement'));
    expect(generated.delivery).toBe('email');
    expect(generated.email).not.toBeNull();
    const pdf = await getAttachment(ctx.db, generated.letter.id);
    const eml = await getAttachment(ctx.db, generated.email?.id ?? '');
    expect(eml?.mimeType).toBe('message/rfc822');
    expect(generated.email?.sha256).toBe(
      createHash('sha256')
        .update(eml?.content ?? new Uint8Array())
        .digest('hex'),
    );

    const mail = await simpleParser(Buffer.from(eml?.content ?? new Uint8Array()));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : '').toBe(
      'lukasz.zolc@exemple.pl',
    );
    expect(mail.from?.value[0]?.address).toBe('rgpd@callimedia.example');
    expect(mail.subject).toContain(request.request.reference);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.text).toContain('Monsieur,');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.contentType).toBe('application/pdf');
    expect(
      Buffer.compare(
        mail.attachments[0]?.content ?? Buffer.alloc(0),
        Buffer.from(pdf?.content ?? []),
      ),
    ).toBe(0);

    // The PDF is addressed to the person and their email: no window-envelope block.
    const text = flat((await readPdf(pdf?.content ?? new Uint8Array())).text);
    expect(text).toContain('À l’attention de Monsieur Łukasz Żółć');
    expect(text).toContain('Par courriel : lukasz.zolc@exemple.pl');
    expect(text).toContain('Monsieur,');
    const view = await reload(ctx, request);
    expect(view.events.find((e) => e.kind === 'emailDraftWritten')?.data).toMatchObject({
      sha256: generated.email?.sha256,
      to: 'lukasz.zolc@exemple.pl',
    });
    const letters = value<LetterRecordView[]>(
      await dispatch(ctx, 'letters.list', { id: request.request.id }),
    );
    expect(letters.map((l) => l.fileName.slice(-4)).sort()).toEqual(['.eml', '.pdf']);
  });

  it('composes one answer to access granted and erasure refused, each with its paragraph', async () => {
    const { ctx } = await open();
    const request = await newRequest(
      ctx,
      answered([
        ['access', 'granted', ''],
        ['erasure', 'refused', 'Factures à conserver dix ans (Code de commerce, L123-22).'],
      ]),
    );
    const text = await letterText(ctx, request, 'answer');
    expect(text).toContain('portant sur : accès, effacement');
    expect(text).toContain('Vous avez souhaité accéder aux données personnelles vous concernant');
    expect(text).toContain('Source des données : collectées directement auprès de vous');
    expect(text).toContain(
      'Nous ne sommes pas en mesure de faire droit à votre demande d’effacement, pour la raison suivante : Factures à conserver dix ans (Code de commerce, L123-22).',
    );
    expect(text).toContain('3 place de Fontenoy');
    expect(text).toContain('tribunal judiciaire');
    expect(text).not.toContain('ont été effacées');
    // The refusal letter is for a request refused whole.
    expect(await refusalOf(ctx, request, 'refusal')).toContain('Certains droits sont accordés');
  });

  it('refuses the refusal letter when nothing is refused, and a partial grant carries its reasons and remedies', async () => {
    const { ctx } = await open();
    const granted = await newRequest(ctx, answered([['access', 'granted', '']]));
    expect(await refusalOf(ctx, granted, 'refusal')).toContain(
      'Aucun droit n’est refusé dans cette demande : le courrier de refus ne s’applique pas.',
    );
    const partly = await newRequest(
      ctx,
      answered([['access', 'partly', 'Enregistrements de plus de six mois supprimés.']]),
    );
    expect(await refusalOf(ctx, partly, 'refusal')).toContain('Certains droits sont accordés');
    const text = await letterText(ctx, partly, 'answer');
    expect(text).toContain('Nous avons fait droit en partie à votre demande d’accès');
    // The CNIL complaint of the access items and of the remedies, said once.
    expect(text.split('vous pouvez introduire une réclamation').length - 1).toBe(1);
    expect(text).toContain('Enregistrements de plus de six mois supprimés.');
    expect(text).toContain('3 place de Fontenoy');
    // Pending outcomes: no answer yet.
    const pending = await newRequest(ctx, { rights: ['access', 'erasure'] });
    expect(await refusalOf(ctx, pending, 'answer')).toContain(
      'Aucune suite n’est enregistrée pour : accès, effacement.',
    );
  });

  it('refuses an extension notice after the first month, records nothing and keeps the request late', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      receivedOn: '2026-10-01',
      extensionMonths: 2,
      extensionReason: 'Données dispersées dans plusieurs outils.',
    });
    expect(request.deadline.deadline.due).toBe('2026-11-02');
    expect(request.deadline.level).toBe('overdue');
    expect(await refusalOf(ctx, request, 'extension')).toContain(
      'Le premier mois a pris fin le 02/11/2026 : la prolongation ne peut plus être notifiée',
    );
    const after = await reload(ctx, request);
    expect(after.request.extensionNotifiedOn).toBe('');
    expect(after.request.updatedAt).toBe(request.request.updatedAt);
    expect(after.deadline.deadline.due).toBe('2026-11-02');
    expect(after.deadline.level).toBe('overdue');
    expect(await dispatch(ctx, 'letters.list', { id: request.request.id })).toEqual({
      ok: true,
      value: [],
    });
    // Saved by hand with a late notification date, the due date does not move either.
    const late = value<RequestView>(
      await dispatch(ctx, 'requests.update', {
        id: request.request.id,
        expectedUpdatedAt: after.request.updatedAt,
        request: { ...requestFieldsOf(after.request), extensionNotifiedOn: '2026-11-20' },
      }),
    );
    expect(late.deadline.deadline.due).toBe('2026-11-02');
    expect(late.deadline.extensionNotice).toBe('late');
    const overdue = value<RequestPage>(await dispatch(ctx, 'requests.list', { overdue: true }));
    expect(overdue.rows.map((r) => r.id)).toContain(request.request.id);
  });

  it('gives the current due date in an acknowledgement, the extended one once notified, and never a past date', async () => {
    const { ctx } = await open();
    const extended = await newRequest(ctx, {
      extensionMonths: 2,
      extensionReason: 'Volume exceptionnel de demandes.',
      extensionNotifiedOn: '2026-11-20',
    });
    const text = await letterText(ctx, extended, 'acknowledgement');
    expect(text).toContain('prolongé de 2 mois');
    expect(text).toContain('au plus tard le 10 février 2027');
    expect(text).not.toContain('pourrait être prolongé');
    // A notice sent in time can be printed again, even after the first month.
    clock.now = new Date('2026-12-20T09:00:00');
    const copy = await letterText(ctx, extended, 'extension');
    expect(copy).toContain('au plus tard le 10 février 2027');
    expect((await reload(ctx, extended)).request.extensionNotifiedOn).toBe('2026-11-20');
    const late = await newRequest(ctx, { receivedOn: '2026-09-01' });
    const lateText = await letterText(ctx, late, 'acknowledgement');
    expect(lateText).not.toContain('au plus tard');
    expect(lateText).toContain('dans les plus brefs délais');
  });

  it('records the date proof was asked and the awaiting status when the identity-proof letter is made', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {});
    await letterText(ctx, request, 'identityProof');
    const after = await reload(ctx, request);
    expect(after.request).toMatchObject({
      identityStatus: 'asked',
      identityAskedOn: '2026-11-22',
      status: 'awaitingIdentity',
    });
    expect(after.deadline.suspended).toBe(true);
    expect(after.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['identityAsked', 'letterGenerated']),
    );
    const acknowledgement = await letterText(ctx, after, 'acknowledgement');
    expect(acknowledgement).toContain('suspendu dans l’attente du justificatif');
    expect(acknowledgement).not.toContain('au plus tard');
    const received = value<RequestView>(
      await dispatch(ctx, 'requests.update', {
        id: request.request.id,
        expectedUpdatedAt: (await reload(ctx, request)).request.updatedAt,
        request: {
          ...requestFieldsOf(after.request),
          identityStatus: 'received',
          identityReceivedOn: '2026-11-22',
          status: 'inProgress',
        },
      }),
    );
    expect(await refusalOf(ctx, received, 'identityProof')).toContain(
      'Le justificatif d’identité a déjà été reçu',
    );
  });

  it('names the country of a linked processor’s transfer in the access answer', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      ...answered([['access', 'granted', '']]),
      activityIds: [await activityId(ctx, 'Prospection commerciale')],
    });
    const text = await letterText(ctx, request, 'answer');
    expect(text).toContain(
      'Campagnes Marketing Plus (exemple) (Maroc) — sans garantie documentée à ce jour',
    );
    expect(text).not.toContain('aucun transfert hors de l’Union européenne');
  });

  it('confirms a withdrawn consent in the words of who wrote: the person, or a representative for them', async () => {
    const { ctx } = await open();
    const own = await newRequest(ctx, answered([['consentWithdrawal', 'granted', '']]));
    const ownText = await letterText(ctx, own, 'answer');
    expect(ownText).toContain('le retrait de votre consentement');
    const parent = await newRequest(ctx, {
      requesterName: 'Claire Dubois',
      requesterCivility: 'madame',
      onBehalfOf: true,
      representativeKind: 'parent',
      dataSubjectName: 'Léo Dubois',
      dataSubjectCivility: 'monsieur',
      mandateProof: 'Livret de famille',
      ...answered([['consentWithdrawal', 'granted', '']]),
    });
    const text = await letterText(ctx, parent, 'answer');
    expect(text).toContain('le retrait du consentement de M. Léo Dubois');
    expect(text).not.toContain('votre consentement');
  });

  it('answers a lawyer writing for the heirs as « Maître », names the deceased and speaks French law', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      requesterName: 'Anne Leclerc',
      requesterCivility: 'madame',
      onBehalfOf: true,
      representativeKind: 'lawyer',
      dataSubjectName: 'Henri Marchand',
      dataSubjectCivility: 'monsieur',
      mandateProof: 'Mandat des héritiers et acte de décès',
      ...answered([['postMortem', 'granted', '']]),
    });
    const text = await letterText(ctx, request, 'answer');
    expect(text).toContain('Maître,');
    // The address block, as La Poste reads it.
    expect(text).toContain('Maître Anne Leclerc Ελένη Παπαδοπούλου c/o Дмитрий Иванов');
    expect(text).toContain('les données qui le concernent');
    expect(text).toContain('Nous vous prions d’agréer, Maître, l’expression');
    expect(text).not.toContain('Madame, Monsieur');
    expect(text).toContain(
      'Vous agissez en qualité de conseil des ayants droit de M. Henri Marchand, dont le décès nous a été signalé (justificatif : Mandat des héritiers et acte de décès).',
    );
    expect(text).toContain('données personnelles de M. Henri Marchand');
    expect(text).toContain('article 85 de la loi n° 78-17 du 6 janvier 1978');
    expect(text).toContain('le décès de M. Henri Marchand');
    expect(text).not.toContain('vous concernant');
    expect(text).not.toContain('Rectification effectuée');
    const acknowledgement = await letterText(
      ctx,
      await newRequest(ctx, {
        onBehalfOf: true,
        representativeKind: 'heir',
        dataSubjectName: 'Henri Marchand',
        rights: ['postMortem'],
      }),
      'acknowledgement',
    );
    expect(acknowledgement).toContain('Elle s’appuie sur l’article 85 de la loi n° 78-17');
    expect(acknowledgement).not.toContain('règlement général');
    expect(acknowledgement).toContain('Vous agissez en qualité d’ayant droit de Henri Marchand');
  });

  it('says Art. 21(1) and Art. 21(2) apart, the suppression list only when the person is on it', async () => {
    const { ctx } = await open();
    const general = await newRequest(ctx, answered([['objection', 'granted', '']]));
    const generalText = await letterText(ctx, general, 'answer');
    expect(generalText).toContain('article 21.1 du RGPD');
    expect(generalText).not.toContain('prospection');
    expect(generalText).not.toContain('liste d’opposition');

    const marketing = await newRequest(ctx, answered([['objectionMarketing', 'granted', '']]));
    expect(await letterText(ctx, marketing, 'answer')).toContain('notre liste d’opposition');
    const entry = value<SuppressionEntry[]>(await dispatch(ctx, 'suppression.list', {})).find(
      (e) => e.sourceReference === marketing.request.reference,
    );
    value(await dispatch(ctx, 'suppression.erase', { id: entry?.id ?? '' }));
    const after = await letterText(ctx, marketing, 'answer');
    expect(after).toContain('article 21.2 du RGPD');
    expect(after).not.toContain('liste d’opposition');
  });

  it('waits for the Art. 19 notifications, then names the recipients told', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      ...answered([['erasure', 'granted', '']]),
      activityIds: [await activityId(ctx, 'Relation client et suivi clientèle')],
    });
    const refused = await refusalOf(ctx, request, 'answer');
    expect(refused).toContain('Destinataires pas encore informés (article 19)');
    const processors = value<{ id: string; name: string }[]>(
      await dispatch(ctx, 'processors.list', {}),
    );
    const named = refused.split(' : ')[2]?.split('. Cochez')[0]?.split(', ') ?? [];
    expect(named.length).toBeGreaterThan(0);
    const notified = value<RequestView>(
      await dispatch(ctx, 'requests.update', {
        id: request.request.id,
        expectedUpdatedAt: request.request.updatedAt,
        request: {
          ...requestFieldsOf(request.request),
          art19Notifications: processors
            .filter((p) => named.includes(p.name))
            .map((p) => ({ processorId: p.id, notifiedOn: '2026-11-21' })),
        },
      }),
    );
    const text = await letterText(ctx, notified, 'answer');
    expect(text).toContain('nous avons informé de cet effacement les destinataires');
    for (const name of named) expect(text).toContain(name);
  });

  it('refuses a postal address that La Poste cannot read, naming the line, and cuts nothing', async () => {
    const { ctx } = await open();
    const sevenLines = await newRequest(ctx, {
      requesterAddress:
        'Résidence Les Pins\nBâtiment B\nEscalier 3\nAppartement 12\n8 rue des Écoles\n34000 Montpellier',
    });
    expect(await refusalOf(ctx, sevenLines, 'acknowledgement')).toContain(
      'L’adresse compte 7 lignes avec le nom : 6 au plus (norme NF Z10-011)',
    );
    const long = await newRequest(ctx, {
      requesterAddress: 'Résidence des Grands Chênes et des Tilleuls\n34000 Montpellier',
    });
    expect(await refusalOf(ctx, long, 'acknowledgement')).toContain(
      'La ligne 2 de l’adresse (« Résidence des Grands Chênes et des Tilleuls ») dépasse 38 caractères',
    );
    const noTown = await newRequest(ctx, { requesterAddress: '8 rue des Écoles\nMontpellier' });
    expect(await refusalOf(ctx, noTown, 'acknowledgement')).toContain(
      'La dernière ligne de l’adresse (« Montpellier ») doit être le code postal et la localité',
    );
    for (const request of [sevenLines, long, noTown])
      expect(
        value<LetterRecordView[]>(await dispatch(ctx, 'letters.list', { id: request.request.id })),
      ).toEqual([]);
    // Abroad: postcode and town, then the country.
    const abroad = await newRequest(ctx, {
      requesterAddress: 'ul. Długa 5\n80-827 Gdańsk\nPologne',
    });
    expect((await generate(ctx, abroad, 'acknowledgement')).ok).toBe(true);
  });

  it('offers the letters that fit, and the batch asks the same rule', async () => {
    const { ctx } = await open();
    const plain = await newRequest(ctx, {});
    const choices = value<LetterChoicesView>(
      await dispatch(ctx, 'letters.choices', { requestId: plain.request.id }),
    );
    expect(choices.delivery).toBe('post');
    expect(choices.letters.filter((l) => l.refusal === null).map((l) => l.kind)).toEqual([
      'acknowledgement',
      'identityProof',
    ]);
    expect(choices.letters.find((l) => l.kind === 'extension')?.refusal?.key).toBe(
      'letterRule.noExtension',
    );
    const started = value<BatchStatusView>(
      await dispatch(ctx, 'letters.startBatch', {
        requestIds: [plain.request.id],
        kind: 'extension',
        language: 'fr',
        mode: 'perRequest',
      }),
    );
    let status = started;
    for (let i = 0; i < 200 && !status.finished; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = value<BatchStatusView>(
        await dispatch(ctx, 'letters.batchStatus', { id: started.id }),
      );
    }
    expect(status.skipped.map((s) => s.reference)).toEqual([plain.request.reference]);
    expect(status.skipped[0]?.reason.key).toBe('error.letter.refused');
    expect(errorText('fr', status.skipped[0]?.reason ?? { key: 'app.name' })).toContain(
      'Aucune prolongation motivée n’est enregistrée dans la demande',
    );
    const after = await reload(ctx, plain);
    expect(after.request.extensionNotifiedOn).toBe('');
  });

  it('records the response date and channel once the answer is sent', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      rights: ['access'],
      outcomes: [{ right: 'access', outcome: 'granted', reason: '' }],
      status: 'inProgress',
    });
    const generated = value<GeneratedLetterView>(await generate(ctx, request, 'answer'));
    value(
      await dispatch(ctx, 'letters.recordResponse', {
        requestId: request.request.id,
        delivery: generated.delivery,
      }),
    );
    const after = await reload(ctx, request);
    expect(after.request).toMatchObject({
      responseOn: '2026-11-22',
      responseChannel: 'post',
      status: 'answered',
    });
    expect(after.events.find((e) => e.kind === 'answered')?.data).toEqual({
      on: '2026-11-22',
      channel: 'post',
    });
  });

  it('prints English letters with English titles and punctuation, and the legal mentions in the footer', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, { requesterCivility: 'madame' });
    const { letter } = value<GeneratedLetterView>(
      await generate(ctx, request, 'acknowledgement', { language: 'en' }),
    );
    const text = flat((await readPdf(await letterPdf(ctx, letter))).text);
    expect(text).toContain('Dear Ms Łukasz Żółć,');
    expect(text).toContain('Subject: Acknowledgement of your request');
    expect(text).toContain('Ref.: ');
    expect(text).toContain('Data Protection Officer');
    expect(text).not.toContain(' : ');
    expect(text).toContain(
      'CALLIMEDIA (exemple) — SAS with a share capital of 100 000 € — RCS Montpellier 552 100 554',
    );
    const french = await letterText(ctx, request, 'acknowledgement');
    expect(french).toContain('SAS au capital de 100 000 € — RCS Montpellier 552 100 554');
    expect(french).toContain('Délégué à la protection des données');
  });

  it('gives every example request the letter its state calls for, by post or by email', async () => {
    const { ctx } = await open();
    const page = value<RequestPage>(await dispatch(ctx, 'requests.list', { pageSize: 50 }));
    expect(page.rows.length).toBe(13);
    const made: string[] = [];
    for (const row of page.rows) {
      const view = value<RequestView>(await dispatch(ctx, 'requests.get', { id: row.id }));
      if (row.status === 'withdrawn') continue;
      const kind = ['answered', 'closed'].includes(row.status) ? 'answer' : 'acknowledgement';
      const inputs =
        kind === 'answer' && view.request.rights.includes('portability')
          ? { 'portability.format': 'CSV' }
          : {};
      const result = await generate(ctx, view, kind, { inputs });
      expect(result.ok ? '' : errorText('fr', result.error), `${row.reference} ${kind}`).toBe('');
      if (result.ok) made.push(`${kind}:${(result.value as GeneratedLetterView).delivery}`);
    }
    expect(made).toEqual(
      expect.arrayContaining([
        'acknowledgement:email',
        'acknowledgement:post',
        'answer:email',
        'answer:post',
      ]),
    );
    expect(made).toHaveLength(12);
  });

  it('refuses from the command line a letter that does not fit, writing nothing, and writes the .eml', async () => {
    const { ctx } = await open();
    const late = await newRequest(ctx, {
      receivedOn: '2026-10-01',
      extensionMonths: 2,
      extensionReason: 'Volume.',
    });
    const email = await newRequest(ctx, {
      channel: 'webForm',
      requesterEmail: 'l.zolc@exemple.pl',
    });
    const file = ctx.paths.database;
    await close();
    let out = '';
    let err = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), env: {} };
    const pdf = join(tempDir(), 'courrier.pdf');
    const eml = join(tempDir(), 'courrier.eml');
    const base = ['letter', '--db', file, '--out', pdf];
    expect(
      await runCli([...base, '--request', late.request.reference, '--template', 'extension'], io),
    ).toBe(1);
    expect(err).toContain('Le premier mois a pris fin le 02/11/2026');
    expect(existsSync(pdf)).toBe(false);
    expect(
      await runCli(
        [
          ...base,
          '--request',
          email.request.reference,
          '--template',
          'acknowledgement',
          '--input',
          'portability.format=CSV',
        ],
        io,
      ),
    ).toBe(1);
    expect(err).toContain('Ce courrier n’utilise pas la valeur « portability.format »');
    expect(existsSync(pdf)).toBe(false);
    // A folder that does not exist: said before anything is generated or kept with the request.
    const missing = join(tempDir(), 'absent', 'courrier.pdf');
    expect(
      await runCli(
        [
          'letter',
          '--db',
          file,
          '--out',
          missing,
          '--request',
          email.request.reference,
          '--template',
          'acknowledgement',
        ],
        io,
      ),
    ).toBe(1);
    expect(err).toContain('n’existe pas ; rien n’a été généré ni conservé avec la demande.');
    const untouched = await openContext(file);
    try {
      expect(
        value<LetterRecordView[]>(
          await dispatch(untouched.ctx, 'letters.list', { id: email.request.id }),
        ),
      ).toEqual([]);
    } finally {
      await untouched.close();
    }
    expect(
      await runCli(
        [
          ...base,
          '--request',
          email.request.reference,
          '--template',
          'acknowledgement',
          '--eml',
          eml,
        ],
        io,
      ),
    ).toBe(0);
    const mail = await simpleParser(readFileSync(eml));
    expect(Buffer.compare(mail.attachments[0]?.content ?? Buffer.alloc(0), readFileSync(pdf))).toBe(
      0,
    );
    expect(out).toContain('Brouillon de courriel écrit');
  });
});
