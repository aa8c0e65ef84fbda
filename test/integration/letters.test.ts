import { errorText } from '../../shared/errors';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/cli';
import { dispatch } from '../../electron/services/dispatch';
import type {
  BatchStatusView,
  GeneratedLetterView,
  LetterPreviewView,
  LetterRecordView,
} from '../../shared/api';
import {
  art15Placeholders,
  isBlockKind,
  templateKinds,
  type LetterTemplate,
} from '../../shared/letters/templates';
import { letterDate } from '../../shared/letters/values';
import type { RequestPage, RequestView } from '../../shared/schemas/request';
import { answered, useLetterContext } from '../helpers/letters';
import { embeddedFonts, flat, readPdf } from '../helpers/pdf';
import { value } from '../helpers/result';

const { tempDir, open, newRequest, letterPdf, close } = useLetterContext(
  new Date('2026-11-22T09:00:00'),
);
const artifacts = resolve(import.meta.dirname, '../artifacts');

describe('letters to data subjects', () => {
  it('prints an access answer with every Art. 15 item, names with accents, A4, fonts embedded', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, answered([['access', 'granted', '']]));
    const { letter } = value<GeneratedLetterView>(
      await dispatch(ctx, 'letters.generate', {
        requestId: request.request.id,
        kind: 'answer',
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
    expect(text).toContain('Objet : Réponse à votre demande');
    expect(text).toContain('Vous avez souhaité accéder aux données personnelles vous concernant');
    // Art. 15(1)(a) to (h) and 15(2), from the register records linked to the request.
    expect(text).toContain('Gérer la relation client, les demandes, réclamations et litiges');
    expect(text).toContain('base légale : Contrat');
    expect(text).toContain('Informations d’ordre économique et financier');
    expect(text).toContain('Infogérance Occitanie (exemple)');
    expect(text).toContain('3 ans à compter de la fin de la relation commerciale');
    // Each recipient once, however many of the linked activities name it.
    expect(text.split('Infogérance Occitanie (exemple)').length - 1).toBe(1);
    expect(text).toContain('Source des données : collectées directement auprès de vous');
    expect(text).toContain('aucun transfert hors de l’Union européenne');
    expect(text).toContain('aucune décision fondée exclusivement sur un traitement automatisé');
    expect(text).toContain('rectification ou l’effacement de vos données, la limitation');
    expect(text).toContain('3 place de Fontenoy');
    expect(text).toContain('Camille Roux');
    expect(pdf.title).toBe(`Réponse à votre demande (réf. ${request.request.reference})`);
    // Pages after the first say which letter they belong to.
    expect(pdf.pages.length).toBe(2);
    expect(flat(pdf.pages[1] ?? '')).toContain(`Réf. : ${request.request.reference}`);
    expect(flat(pdf.pages[1] ?? '')).toContain('Page 2 / 2');
    expect(flat(pdf.pages[0] ?? '')).not.toContain(`Réf. : ${request.request.reference} Page`);
    expect(text).toContain('SAS au capital de 100 000 € — RCS Montpellier 552 100 554');

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
    const { letter, email } = value<GeneratedLetterView>(
      await dispatch(ctx, 'letters.generate', {
        requestId: request.request.id,
        kind: 'acknowledgement',
        language: 'fr',
      }),
    );
    expect(email).toBeNull();
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
      const { letter } = value<GeneratedLetterView>(
        await dispatch(ctx, 'letters.generate', {
          requestId: request.request.id,
          kind: 'refusal',
          language,
        }),
      );
      const text = flat((await readPdf(await letterPdf(ctx, letter))).text);
      expect(text).toContain('Conservation imposée par le Code de commerce.');
      expect(text).toMatch(language === 'fr' ? /tribunal judiciaire/ : /courts of the place/);
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
    const { letter } = value<GeneratedLetterView>(
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
    const request = await newRequest(ctx, {
      rights: ['portability'],
      ...answered([['portability', 'granted', '']]),
    });
    const input = { requestId: request.request.id, kind: 'answer', language: 'fr' } as const;
    const preview = value<LetterPreviewView>(await dispatch(ctx, 'letters.preview', input));
    expect(preview.missing).toEqual(['portability.format']);
    expect(preview.inputs).toEqual(['portability.format']);
    const refused = await dispatch(ctx, 'letters.generate', input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(refused.ok ? '' : errorText('fr', refused.error)).toContain('{{portability.format}}');
    const { letter } = value<GeneratedLetterView>(
      await dispatch(ctx, 'letters.generate', {
        ...input,
        inputs: { 'portability.format': 'fichier CSV (UTF-8)' },
      }),
    );
    expect(flat((await readPdf(await letterPdf(ctx, letter))).text)).toContain(
      'fichier CSV (UTF-8)',
    );
    // A postal letter without a postal address is refused before anything is generated.
    const noAddress = await newRequest(ctx, { requesterAddress: '' });
    const refusedPost = await dispatch(ctx, 'letters.generate', {
      requestId: noAddress.request.id,
      kind: 'acknowledgement',
      language: 'fr',
    });
    expect(refusedPost.ok ? '' : errorText('fr', refusedPost.error)).toContain(
      'La demande ne comporte pas d’adresse postale',
    );
  });

  it('blocks a refusal whose edited template lost the CNIL paragraph, until the original is restored', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      rights: ['erasure'],
      outcomes: [
        { right: 'erasure', outcome: 'refused', reason: 'Obligation légale de conservation.' },
      ],
    });
    const access = await newRequest(ctx, answered([['access', 'granted', '']]));
    const templates = value<{ kind: string; language: string; subject: string; body: string }[]>(
      await dispatch(ctx, 'letters.templates', {}),
    );
    const remedies = templates.find((t) => t.kind === 'remedies' && t.language === 'fr');
    const edited = (remedies?.body ?? '').replace('{{rights.complaint}}', '');
    value(
      await dispatch(ctx, 'letters.saveTemplate', {
        kind: 'remedies',
        language: 'fr',
        subject: '',
        body: edited,
      }),
    );
    const blocked = await dispatch(ctx, 'letters.generate', {
      requestId: request.request.id,
      kind: 'refusal',
      language: 'fr',
    });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(blocked.ok ? '' : errorText('fr', blocked.error)).toContain(
      'le droit d’introduire une réclamation auprès de la CNIL',
    );
    // An access template without an Art. 15 item is blocked the same way.
    const accessBlock = templates.find((t) => t.kind === 'accessGranted' && t.language === 'fr');
    value(
      await dispatch(ctx, 'letters.saveTemplate', {
        kind: 'accessGranted',
        language: 'fr',
        subject: '',
        body: (accessBlock?.body ?? '').replace('{{access.source}}', ''),
      }),
    );
    const accessBlocked = await dispatch(ctx, 'letters.generate', {
      requestId: access.request.id,
      kind: 'answer',
      language: 'fr',
    });
    expect(accessBlocked.ok ? '' : errorText('fr', accessBlocked.error)).toContain(
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
      await dispatch(ctx, 'letters.restoreTemplate', { kind: 'remedies', language: 'fr' }),
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
    const templates = value<LetterTemplate[]>(await dispatch(ctx, 'letters.templates', {}));
    expect(templates).toHaveLength(templateKinds.length * 2);
    const access = templates.filter((t) => t.kind === 'accessGranted');
    for (const template of access) {
      for (const name of art15Placeholders)
        expect(template.body, `${template.language} ${name}`).toContain(`{{${name}}}`);
    }
    for (const template of templates) {
      if (isBlockKind(template.kind)) expect(template.subject, template.kind).toBe('');
      else expect(template.subject.length, template.kind).toBeGreaterThan(10);
      expect(template.body, template.kind).not.toMatch(/^---/);
    }
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
    await close();
    let out = '';
    let err = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), env: {} };
    expect(await runCli(['letter', '--list-templates'], io)).toBe(0);
    expect(out).toContain('answer');
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
