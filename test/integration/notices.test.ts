import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { listActivities } from '../../db/activities';
import { renderNotice } from '../../electron/documents/notices';
import { buildNotice } from '../../electron/services/notices';
import { dispatch } from '../../electron/services/dispatch';
import { importJson } from '../../electron/services/transfer';
import { exportJson } from '../../electron/services/transferExport';
import { openContext } from '../../electron/services/open';
import type { NoticeDocument } from '../../shared/notices/document';
import type { NoticeTexts } from '../../shared/schemas/notice';
import { runCliCaptured as cli } from '../helpers/cli';
import { useLetterContext } from '../helpers/letters';
import { readPdf } from '../helpers/pdf';
import { refused, value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const { open } = useLetterContext(new Date('2026-12-06T09:00:00Z'));
const tempDir = useTempDir();

function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current) found.push(current);
    if ('childNodes' in current) current.childNodes.forEach(visit);
    if ('content' in current) visit(current.content);
  };
  visit(node);
  return found;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function purposesOf(doc: NoticeDocument): string[] {
  const section = doc.sections.find((s) => s.id === 'purposes');
  const table = section?.blocks.find((b) => b.kind === 'table');
  return table?.kind === 'table' ? table.rows.map((row) => row[0] ?? '') : [];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

describe('the privacy notice written as HTML, PDF and .docx', () => {
  it('is one HTML page a real parser reads, with nothing to fetch and every purpose', async () => {
    const { ctx } = await open();
    const doc = await buildNotice(ctx, 'privacy', 'fr');
    expect(purposesOf(doc).length).toBeGreaterThan(10);
    const html = new TextDecoder().decode(await renderNotice(doc, 'html'));
    const tree = parse(html);
    const all = elements(tree);
    const tag = (name: string) => all.filter((e) => e.tagName === name);
    expect(tag('html').map((e) => attr(e, 'lang'))).toEqual(['fr']);
    expect(tag('h1').map(textOf)).toEqual(['Politique de protection des données personnelles']);
    expect(tag('h2').map(textOf)).toContain('Finalités et fondements des traitements');
    // Self-contained: no script, no link, no image, no frame, no URL in a style.
    for (const name of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base']) {
      expect(tag(name), name).toHaveLength(0);
    }
    expect(
      all.filter((e) => attr(e, 'src') !== undefined || attr(e, 'href') !== undefined),
    ).toEqual([]);
    expect(tag('style').map(textOf).join('')).not.toMatch(/url\(|@import/);
    // Tables readable by a screen reader: column headers and row headers.
    const headers = tag('th');
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.every((th) => ['col', 'row'].includes(attr(th, 'scope') ?? ''))).toBe(true);
    const rowHeaders = headers.filter((th) => attr(th, 'scope') === 'row').map(textOf);
    for (const purpose of purposesOf(doc)) expect(rowHeaders).toContain(purpose);
  });

  it('escapes what the DPO typed: a paragraph cannot open a tag', async () => {
    const { ctx } = await open();
    value(
      await dispatch(ctx, 'notices.saveTexts', {
        kind: 'privacy',
        texts: {
          intro: { fr: 'Nous <script>alert(1)</script> & vous', en: '' },
          closing: { fr: '<img src="https://tracker.example/x.gif">', en: '' },
        },
      }),
    );
    const html = new TextDecoder().decode(
      await renderNotice(await buildNotice(ctx, 'privacy', 'fr'), 'html'),
    );
    const all = elements(parse(html));
    expect(all.filter((e) => e.tagName === 'script' || e.tagName === 'img')).toHaveLength(0);
    expect(html).toContain('Nous &lt;script&gt;alert(1)&lt;/script&gt; &amp; vous');
  });

  it('prints as a PDF that reads back with every purpose, its basis and page numbers', async () => {
    const { ctx } = await open();
    const doc = await buildNotice(ctx, 'privacy', 'en');
    const pdf = await readPdf(await renderNotice(doc, 'pdf'));
    const text = normalise(pdf.pages.join(' '));
    expect(pdf.title).toBe('Personal data protection policy');
    for (const purpose of purposesOf(doc)) expect(text).toContain(normalise(purpose));
    expect(text).toContain('Our legitimate interest:');
    expect(text).toContain('3 years from last active contact');
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain(`Page ${String(index + 1)} / ${String(pdf.pages.length)}`);
    });
  });

  it('writes a .docx whose text holds every purpose, heading and retention period', async () => {
    const { ctx } = await open();
    const doc = await buildNotice(ctx, 'privacy', 'fr');
    const zip = await JSZip.loadAsync(await renderNotice(doc, 'docx'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1] ?? '')
      .join(' ')
      .replaceAll('&apos;', '’')
      .replaceAll('&amp;', '&');
    expect(text).toContain('Politique de protection des données personnelles');
    for (const purpose of purposesOf(doc)) expect(text).toContain(purpose.replaceAll("'", '’'));
    expect(text).toContain('3 ans à compter du dernier contact actif');
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('<w:tblHeader');
  });
});

describe('the paragraphs around the notice', () => {
  const texts: NoticeTexts = {
    intro: {
      fr: 'CALLIMEDIA s’engage pour la protection de vos données personnelles.',
      en: 'CALLIMEDIA is committed to protecting your personal data.',
    },
    closing: { fr: 'Cette politique peut évoluer.', en: '' },
  };

  it('are saved with a journal entry, shown in the notice, and left out when empty', async () => {
    const { ctx } = await open();
    value(await dispatch(ctx, 'notices.saveTexts', { kind: 'privacy', texts }));
    expect(value(await dispatch(ctx, 'notices.texts', { kind: 'privacy' }))).toEqual(texts);
    const entries = await listAuditEntries(ctx.db, { entity: 'notice_paragraph' });
    expect(entries).toHaveLength(1);
    const fr = value<NoticeDocument>(
      await dispatch(ctx, 'notices.preview', { kind: 'privacy', language: 'fr' }),
    );
    expect(fr.sections[0]).toMatchObject({ id: 'intro', blocks: [{ text: texts.intro.fr }] });
    expect(fr.sections.at(-1)).toMatchObject({ id: 'closing' });
    const en = value<NoticeDocument>(
      await dispatch(ctx, 'notices.preview', { kind: 'privacy', language: 'en' }),
    );
    expect(en.sections[0]).toMatchObject({ id: 'intro', blocks: [{ text: texts.intro.en }] });
    expect(en.sections.some((s) => s.id === 'closing')).toBe(false);
    // Saving the same words again changes nothing and writes no entry.
    value(await dispatch(ctx, 'notices.saveTexts', { kind: 'privacy', texts }));
    expect(await listAuditEntries(ctx.db, { entity: 'notice_paragraph' })).toHaveLength(1);
  });

  it('travel in the JSON export, with the activities concerning the public', async () => {
    const { ctx } = await open();
    value(await dispatch(ctx, 'notices.saveTexts', { kind: 'privacy', texts }));
    const json = await exportJson(ctx);
    const target = await openContext(join(tempDir(), 'copie.sqlite'), { actor: 'dpo' });
    try {
      await importJson(target.ctx, json, { replace: false });
      expect(value(await dispatch(target.ctx, 'notices.texts', { kind: 'privacy' }))).toEqual(
        texts,
      );
      const publicNames = (await listActivities(target.ctx.db))
        .filter((a) => a.concernsPublic)
        .map((a) => a.name);
      expect(publicNames).toContain('Prospection commerciale');
      expect(publicNames).not.toContain('Vidéosurveillance et contrôle d’accès par badge');
    } finally {
      await target.close();
    }
  });

  it('refuses a paragraph longer than the limit', async () => {
    const { ctx } = await open();
    const long = 'x'.repeat(20_001);
    refused(
      await dispatch(ctx, 'notices.saveTexts', {
        kind: 'privacy',
        texts: { ...texts, intro: { fr: long, en: '' } },
      }),
      'VALIDATION',
    );
  });

  it('publishes the cookie policy built from the inventory as a numbered version with its SHA-256', async () => {
    const { ctx } = await open();
    const preview = value<NoticeDocument>(
      await dispatch(ctx, 'notices.preview', { kind: 'cookies', language: 'fr' }),
    );
    const cookieRows = preview.sections
      .flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'table' ? block.rows.map((row) => row[0]) : []));
    expect(cookieRows).toContain('_ga');
    const published = value<{ version: number; sha256: string; format: string }>(
      await dispatch(ctx, 'notices.publish', { kind: 'cookies', language: 'fr', format: 'html' }),
    );
    expect(published).toMatchObject({ version: 1, format: 'html' });
    const stored = value<{ sha256: string }[]>(
      await dispatch(ctx, 'noticeVersions.list', { kind: 'cookies' }),
    );
    expect(stored.map((version) => version.sha256)).toEqual([published.sha256]);
    const again = value<{ version: number }>(
      await dispatch(ctx, 'notices.publish', { kind: 'cookies', language: 'fr', format: 'html' }),
    );
    expect(again.version).toBe(2);
  });

  it('filters the register on the activities concerning the public', async () => {
    const { ctx } = await open();
    const shown = value<{ name: string }[]>(
      await dispatch(ctx, 'activities.list', { concernsPublic: true }),
    );
    expect(shown.map((a) => a.name)).toContain('Prospection commerciale');
    expect(shown).toHaveLength(8);
  });
});

describe('dpo-desk notice', () => {
  it('writes the notice from the register in the three formats', async () => {
    const dir = tempDir();
    const db = join(dir, 'dpo-desk.sqlite');
    expect((await cli(['init', '--db', db, '--example'])).code).toBe(0);
    for (const format of ['html', 'pdf', 'docx'] as const) {
      const out = join(dir, `politique.${format}`);
      const result = await cli([
        'notice',
        '--db',
        db,
        '--kind',
        'privacy',
        '--format',
        format,
        '--out',
        out,
        '--language',
        'en',
      ]);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toContain(`Politique écrite : ${out} (${format}`);
      const bytes = readFileSync(out);
      if (format === 'html') expect(bytes.toString('utf8')).toContain('lang="en"');
      if (format === 'pdf') {
        expect((await readPdf(new Uint8Array(bytes))).text).toContain('Prospection commerciale');
      }
      if (format === 'docx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('says in French what is wrong and writes nothing, and writes the cookie policy', async () => {
    const dir = tempDir();
    const db = join(dir, 'dpo-desk.sqlite');
    await cli(['init', '--db', db, '--example']);
    const wrong = await cli([
      'notice',
      '--db',
      db,
      '--kind',
      'privacy',
      '--format',
      'odt',
      '--out',
      join(dir, 'x.odt'),
    ]);
    expect(wrong).toMatchObject({ code: 1, err: 'dpo-desk : --format : html, pdf ou docx.\n' });
    const cookies = await cli([
      'notice',
      '--db',
      db,
      '--kind',
      'cookies',
      '--format',
      'html',
      '--out',
      join(dir, 'c.html'),
    ]);
    expect(cookies.code).toBe(0);
    // The cookie policy from the example inventory: each cookie in its category's table.
    const html = readFileSync(join(dir, 'c.html'), 'utf8');
    for (const name of ['_ga', '_pk_id', '_clck']) expect(html).toContain(name);
  });
});
