import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getAttachment } from '../../db/attachments';
import { runCli } from '../../electron/cli/cli';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { BatchStatusView, LetterPreviewView, LetterRecordView } from '../../shared/api';
import { art15Placeholders, letterKinds } from '../../shared/letters/templates';
import { letterDate } from '../../shared/letters/values';
import type { ActivitySummary } from '../../shared/schemas/activity';
import {
  emptyRequest,
  type RequestFields,
  type RequestPage,
  type RequestView,
} from '../../shared/schemas/request';
import { fakeDialogs } from '../helpers/files';
import { embeddedFonts, flat, readPdf } from '../helpers/pdf';
import { useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;
const now = new Date('2026-11-22T09:00:00');
const artifacts = resolve(import.meta.dirname, '../artifacts');

afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function open() {
  const dialogs = fakeDialogs();
  opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
    actor: 'dpo',
    clock: () => now,
    files: dialogs.files,
  });
  value(await dispatch(opened.ctx, 'example.load', {}));
  return { ctx: opened.ctx, dialogs };
}

type Ctx = OpenedContext['ctx'];

async function newRequest(ctx: Ctx, overrides: Partial<RequestFields>): Promise<RequestView> {
  const activities = value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}));
  const customers =
    activities.find((a) => a.name === 'Relation client et suivi clientèle')?.id ?? '';
  const contracts =
    activities.find((a) => a.name === 'Exécution des contrats et des services')?.id ?? '';
  return value<RequestView>(
    await dispatch(ctx, 'requests.create', {
      request: {
        ...emptyRequest('2026-11-10'),
        requesterName: 'Łukasz Żółć',
        requesterAddress:
          'Ελένη Παπαδοπούλου c/o Дмитрий Иванов\n12 rue de l’Église\n34000 Montpellier',
        channel: 'post',
        rights: ['access'],
        activityIds: [customers, contracts],
        ...overrides,
      },
    }),
  );
}

async function letterPdf(ctx: Ctx, letter: LetterRecordView): Promise<Uint8Array> {
  const stored = await getAttachment(ctx.db, letter.id);
  if (stored === null) throw new Error('letter not stored');
  return stored.content;
}

describe('letters to data subjects', () => {
  it('prints an access answer with every Art. 15 item, names with accents, A4, fonts embedded', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {});
    const letter = value<LetterRecordView>(
      await dispatch(ctx, 'letters.generate', {
        requestId: request.request.id,
        kind: 'accessGranted',
        language: 'fr',
      }),
    );
    const bytes = await letterPdf(ctx, letter);
    const pdf = await readPdf(bytes);
    const text = flat(pdf.text);
    expect(pdf.pageSize.map(Math.round)).toEqual([595, 842]);
    expect(embeddedFonts(bytes)).toEqual(expect.arrayContaining(['DejaVuSans', 'DejaVuSans-Bold']));
    expect(text).toContain(request.request.reference);
    expect(text).toContain('Łukasz Żółć');
    expect(text).toContain('Ελένη Παπαδοπούλου c/o Дмитрий Иванов');
    expect(text).toContain('Castelnau-le-Lez, le 22 novembre 2026');
    expect(text).toContain('Objet : Réponse à votre demande d’accès');
    // Art. 15(1)(a) to (h) and 15(2), from the register records linked to the request.
    expect(text).toContain('Gérer la relation client, les demandes, réclamations et litiges');
    expect(text).toContain('base légale : Contrat');
    expect(text).toContain('Informations d’ordre économique et financier');
    expect(text).toContain('Infogérance Occitanie (exemple)');
    expect(text).toContain('3 ans à compter de fin de la relation commerciale');
    expect(text).toContain('Source des données : collectées directement auprès de vous');
    expect(text).toContain('aucun transfert hors de l’Union européenne');
    expect(text).toContain('aucune décision fondée exclusivement sur un traitement automatisé');
    expect(text).toContain('rectification ou l’effacement de vos données, la limitation');
    expect(text).toContain('3 place de Fontenoy');
    expect(text).toContain('Camille Roux');
    expect(pdf.title).toBe(
      `Réponse à votre demande d’accès à vos données personnelles (réf. ${request.request.reference})`,
    );

    if (existsSync('/usr/bin/pdftoppm')) {
      mkdirSync(artifacts, { recursive: true });
      const file = join(artifacts, 'letter-access.pdf');
      writeFileSync(file, bytes);
      execFileSync('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '60',
        file,
        join(artifacts, 'letter-access'),
      ]);
      expect(existsSync(join(artifacts, 'letter-access-1.png'))).toBe(true);
    }
  });

  it('keeps the letter with the request: timeline entry with the SHA-256 of the stored PDF', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {});
    const letter = value<LetterRecordView>(
      await dispatch(ctx, 'letters.generate', {
        requestId: request.request.id,
        kind: 'acknowledgement',
        language: 'fr',
      }),
    );
    const bytes = await letterPdf(ctx, letter);
    expect(letter.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const view = value<RequestView>(
      await dispatch(ctx, 'requests.get', { id: request.request.id }),
    );
    const generated = view.events.find((event) => event.kind === 'letterGenerated');
    expect(generated?.data).toMatchObject({
      kind: 'acknowledgement',
      sha256: letter.sha256,
      fileName: letter.fileName,
    });
    expect(view.events.find((event) => event.kind === 'acknowledged')?.data).toEqual({
      on: '2026-11-22',
    });
    expect(
      value<LetterRecordView[]>(await dispatch(ctx, 'letters.list', { id: request.request.id })),
    ).toEqual([letter]);
    const text = flat((await readPdf(bytes)).text);
    expect(text).toContain(`au plus tard le ${letterDate(view.deadline.deadline.due, 'fr')}`);
  });

  it('prints a refusal with its reasons, the CNIL complaint and the judicial remedy, in English too', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      rights: ['erasure'],
      status: 'answered',
      responseOn: '2026-11-20',
      outcomes: [
        {
          right: 'erasure',
          outcome: 'refused',
          reason: 'Conservation imposée par le Code de commerce.',
        },
      ],
    });
    for (const language of ['fr', 'en'] as const) {
      const letter = value<LetterRecordView>(
        await dispatch(ctx, 'letters.generate', {
          requestId: request.request.id,
          kind: 'refusal',
          language,
        }),
      );
      const text = flat((await readPdf(await letterPdf(ctx, letter))).text);
      expect(text).toContain('Conservation imposée par le Code de commerce.');
      expect(text).toContain('3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07');
      expect(text).toMatch(language === 'fr' ? /recours juridictionnel/ : /judicial remedy/);
    }
  });

  it('records the extension notice when an extension letter is generated, and refuses one without extension', async () => {
    const { ctx } = await open();
    const plain = await newRequest(ctx, {});
    expect(
      await dispatch(ctx, 'letters.generate', {
        requestId: plain.request.id,
        kind: 'extension',
        language: 'fr',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const extended = await newRequest(ctx, {
      extensionMonths: 2,
      extensionReason: 'Données dispersées dans plusieurs outils.',
    });
    const letter = value<LetterRecordView>(
      await dispatch(ctx, 'letters.generate', {
        requestId: extended.request.id,
        kind: 'extension',
        language: 'fr',
      }),
    );
    const text = flat((await readPdf(await letterPdf(ctx, letter))).text);
    expect(text).toContain('Données dispersées dans plusieurs outils.');
    const after = value<RequestView>(
      await dispatch(ctx, 'requests.get', { id: extended.request.id }),
    );
    expect(after.request.extensionNotifiedOn).toBe('2026-11-22');
    expect(text).toContain(`au plus tard le ${letterDate(after.deadline.deadline.due, 'fr')}`);
  });

  it('shows a value that is missing before printing and refuses to print it blank', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, { rights: ['portability'] });
    const input = {
      requestId: request.request.id,
      kind: 'portabilityGranted',
      language: 'fr',
    } as const;
    const preview = value<LetterPreviewView>(await dispatch(ctx, 'letters.preview', input));
    expect(preview.missing).toEqual(['portability.format']);
    const refused = await dispatch(ctx, 'letters.generate', input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(refused.ok ? '' : refused.error.message).toContain('{{portability.format}}');
    const letter = value<LetterRecordView>(
      await dispatch(ctx, 'letters.generate', {
        ...input,
        inputs: { 'portability.format': 'fichier CSV (UTF-8)' },
      }),
    );
    expect(flat((await readPdf(await letterPdf(ctx, letter))).text)).toContain(
      'fichier CSV (UTF-8)',
    );
    const noAddress = await newRequest(ctx, { requesterAddress: '' });
    expect(
      value<LetterPreviewView>(
        await dispatch(ctx, 'letters.preview', {
          requestId: noAddress.request.id,
          kind: 'acknowledgement',
          language: 'fr',
        }),
      ).missing,
    ).toEqual(['requester.address']);
  });

  it('blocks a refusal whose edited template lost the CNIL paragraph, until the original is restored', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      rights: ['erasure'],
      outcomes: [
        { right: 'erasure', outcome: 'refused', reason: 'Obligation légale de conservation.' },
      ],
    });
    const templates = value<{ kind: string; language: string; subject: string; body: string }[]>(
      await dispatch(ctx, 'letters.templates', {}),
    );
    const refusal = templates.find((t) => t.kind === 'refusal' && t.language === 'fr');
    const edited = (refusal?.body ?? '').replace('{{rights.complaint}}', '');
    value(
      await dispatch(ctx, 'letters.saveTemplate', {
        kind: 'refusal',
        language: 'fr',
        subject: refusal?.subject ?? '',
        body: edited,
      }),
    );
    const blocked = await dispatch(ctx, 'letters.generate', {
      requestId: request.request.id,
      kind: 'refusal',
      language: 'fr',
    });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(blocked.ok ? '' : blocked.error.message).toContain(
      'le droit d’introduire une réclamation auprès de la CNIL',
    );
    // An access template without an Art. 15 item is blocked the same way.
    const access = templates.find((t) => t.kind === 'accessGranted' && t.language === 'fr');
    value(
      await dispatch(ctx, 'letters.saveTemplate', {
        kind: 'accessGranted',
        language: 'fr',
        subject: access?.subject ?? '',
        body: (access?.body ?? '').replace('{{access.source}}', ''),
      }),
    );
    const accessBlocked = await dispatch(ctx, 'letters.generate', {
      requestId: request.request.id,
      kind: 'accessGranted',
      language: 'fr',
    });
    expect(accessBlocked.ok ? '' : accessBlocked.error.message).toContain(
      'la source des données (art. 15.1.g)',
    );
    expect(
      await dispatch(ctx, 'letters.saveTemplate', {
        kind: 'refusal',
        language: 'fr',
        subject: 'x',
        body: '{{requester.nom}}',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const restored = value<{ edited: boolean }>(
      await dispatch(ctx, 'letters.restoreTemplate', { kind: 'refusal', language: 'fr' }),
    );
    expect(restored.edited).toBe(false);
    expect(
      await dispatch(ctx, 'letters.generate', {
        requestId: request.request.id,
        kind: 'refusal',
        language: 'fr',
      }),
    ).toMatchObject({ ok: true });
  });

  it('ships every template in both languages with its mandatory content', async () => {
    const { ctx } = await open();
    const templates = value<{ kind: string; language: string; body: string; subject: string }[]>(
      await dispatch(ctx, 'letters.templates', {}),
    );
    expect(templates).toHaveLength(letterKinds.length * 2);
    const access = templates.filter((t) => t.kind === 'accessGranted');
    for (const template of access) {
      for (const name of art15Placeholders)
        expect(template.body, `${template.language} ${name}`).toContain(`{{${name}}}`);
    }
    for (const template of templates)
      expect(template.subject.length, template.kind).toBeGreaterThan(10);
  });

  it('generates a batch into one PDF with progress, skipping the requests it cannot print', async () => {
    const { ctx, dialogs } = await open();
    const page = value<RequestPage>(await dispatch(ctx, 'requests.list', { pageSize: 50 }));
    const withAddress = [];
    for (let i = 0; i < 3; i++)
      withAddress.push(
        (await newRequest(ctx, { requesterName: `Personne ${String(i)}` })).request.id,
      );
    const started = value<BatchStatusView>(
      await dispatch(ctx, 'letters.startBatch', {
        requestIds: [...withAddress, page.rows[0]?.id ?? ''],
        kind: 'acknowledgement',
        language: 'fr',
        mode: 'onePdf',
      }),
    );
    let status = started;
    for (let i = 0; i < 200 && !status.finished; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = value<BatchStatusView>(
        await dispatch(ctx, 'letters.batchStatus', { id: started.id }),
      );
    }
    expect(status).toMatchObject({ total: 4, done: 4, finished: true, ready: true, error: null });
    expect(status.skipped).toHaveLength(1);
    value(await dispatch(ctx, 'letters.saveBatch', { id: started.id }));
    const saved = dialogs.state.saved[0];
    const pdf = await readPdf(saved?.content ?? new Uint8Array());
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 3; i++) expect(flat(pdf.text)).toContain(`Personne ${String(i)}`);
  });

  it('is reachable from the command line', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {});
    const file = ctx.paths.database;
    await opened?.close();
    opened = null;
    let out = '';
    let err = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), env: {} };
    expect(await runCli(['letter', '--list-templates'], io)).toBe(0);
    expect(out).toContain('accessGranted');
    const target = join(tempDir(), 'courrier.pdf');
    expect(
      await runCli(
        [
          'letter',
          '--db',
          file,
          '--request',
          request.request.reference,
          '--template',
          'acknowledgement',
          '--out',
          target,
        ],
        io,
      ),
    ).toBe(0);
    expect(flat((await readPdf(new Uint8Array(readFileSync(target)))).text)).toContain(
      'Łukasz Żółć',
    );
    expect(
      await runCli(
        [
          'letter',
          '--db',
          file,
          '--request',
          'DSR-1999-0001',
          '--template',
          'acknowledgement',
          '--out',
          target,
        ],
        io,
      ),
    ).toBe(1);
    expect(err).toContain('Demande DSR-1999-0001 introuvable');
  });
});
