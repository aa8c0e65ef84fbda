import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { foldForSearch } from '../../shared/text';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const cli = (argv: string[]) => runCliCaptured(argv);

interface Document {
  activities: { createdAt: string }[];
  requests: {
    id: string;
    requesterName: string;
    events: { at: string }[];
    attachments: { id: string; kind: string; fileName: string }[];
  }[];
  suppressionList: { addedOn: string }[];
  clients: { id: string }[];
  attachments: {
    id: string;
    fileName: string;
    mimeType: string;
    size: number;
    sha256: string;
    attachedAt: string;
    contentBase64: string;
  }[];
}

async function exampleDocument(dir: string): Promise<Document> {
  const db = join(dir, 'source.sqlite');
  expect((await cli(['init', '--db', db, '--example'])).code).toBe(0);
  const out = join(dir, 'export.json');
  expect((await cli(['export', 'json', '--db', db, '--out', out])).code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as Document;
}

function rows(file: string, query: string): unknown[] {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return sqlite.prepare(query).all();
  } finally {
    sqlite.close();
  }
}

/** An empty PDF-named document, with its true size and digest. */
const emptyPdf = {
  fileName: 'Contrat-signe.pdf',
  mimeType: 'application/pdf',
  size: 0,
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  attachedAt: '2026-01-05T09:00:00.000Z',
  contentBase64: '',
};

describe('import json checks a file as the app checks what a user types', () => {
  it('refuses impossible dates, foreign file types, orphan documents and ids of another kind, writing nothing', async () => {
    const dir = tempDir();
    const document = await exampleDocument(dir);
    const [firstRequest] = document.requests;
    if (firstRequest === undefined) throw new Error('the example has requests');
    const cases: [string, (d: Document) => void, RegExp][] = [
      [
        'addedOn',
        (d) => {
          (d.suppressionList[0] ?? { addedOn: '' }).addedOn = '2026-02-30';
        },
        /liste d’opposition champ « 0\.addedOn » : Date invalide/,
      ],
      [
        'createdAt',
        (d) => {
          (d.activities[0] ?? { createdAt: '' }).createdAt = '9999-99-99T00:00:00.000Z';
        },
        /activité n° 1 T-0001 .* champ « createdAt » : Valeur invalide/,
      ],
      [
        'eventAt',
        (d) => {
          (d.requests[0]?.events[0] ?? { at: '' }).at = '2026-02-30T10:00:00.000Z';
        },
        /demande n° 1 DSR-2026-0001 \(historique\) champ « 0\.at »/,
      ],
      [
        'exe',
        (d) => {
          d.attachments.push({
            ...emptyPdf,
            id: '01a242e8-a0cf-78ac-901d-af588e8e0398',
            fileName: 'Contrat-signe.pdf.exe',
            mimeType: 'application/x-msdownload',
          });
        },
        /« Contrat-signe\.pdf\.exe » \(application\/x-msdownload\) : type de fichier non accepté \(pdf, odt/,
      ],
      [
        'pdf-named-exe',
        (d) => {
          d.attachments.push({
            ...emptyPdf,
            id: '01a242e8-a0cf-78ac-901d-af588e8e0397',
            mimeType: 'application/x-msdownload',
          });
        },
        /type de fichier non accepté/,
      ],
      [
        'orphan',
        (d) => {
          d.attachments.push({ ...emptyPdf, id: '01a242e8-a0cf-78ac-901d-af588e8e0396' });
        },
        /pièce jointe « Contrat-signe\.pdf » : rattachée à aucune demande ni à aucun sous-traitant/,
      ],
      [
        'renamed',
        (d) => {
          const id = '01a242e8-a0cf-78ac-901d-af588e8e0395';
          d.attachments.push({ ...emptyPdf, id });
          const { mimeType: _type, contentBase64: _content, ...info } = emptyPdf;
          d.requests[0]?.attachments.push({ ...info, id, kind: 'other', fileName: 'Autre.pdf' });
        },
        /ne correspond pas au document joint/,
      ],
      [
        'id-shape',
        (d) => {
          (d.clients[0] ?? { id: '' }).id = '../../etc/passwd';
        },
        /client n° 1 .* champ « id » : Valeur invalide/,
      ],
      [
        'id-kind',
        (d) => {
          // A request named by an activity's id.
          const activityId = (d.activities[0] as unknown as { id: string }).id;
          const request = d.requests[d.requests.length - 1];
          if (request !== undefined) request.id = activityId;
        },
        /l’identifiant .* désigne deux éléments du fichier/,
      ],
    ];
    const target = join(dir, 'vide.sqlite');
    for (const [name, change, message] of cases) {
      const broken = structuredClone(document);
      change(broken);
      const path = join(dir, `${name}.json`);
      writeFileSync(path, JSON.stringify(broken));
      const result = await cli(['import', 'json', '--db', target, '--in', path]);
      expect(result.code, name).toBe(1);
      expect(result.err, name).toMatch(message);
      expect(result.err.trimEnd().split('\n'), name).toHaveLength(1);
      expect(rows(target, 'select id from rights_request'), name).toEqual([]);
      expect(rows(target, 'select id from attachment'), name).toEqual([]);
    }
    // The file as exported still goes in.
    const path = join(dir, 'intact.json');
    writeFileSync(path, JSON.stringify(document));
    expect((await cli(['import', 'json', '--db', target, '--in', path])).code).toBe(0);
  });

  it('--replace leaves of the replaced requesters only the trace a delete leaves', async () => {
    const dir = tempDir();
    const document = await exampleDocument(dir);
    const target = join(dir, 'cible.sqlite');
    await cli(['init', '--db', target, '--example']);
    const names = rows(target, 'select requester_name from rights_request') as {
      requester_name: string;
    }[];
    expect(names.length).toBe(13);
    // The document holds none of the target's requests (another base, other ids).
    const path = join(dir, 'sans-demandes.json');
    writeFileSync(path, JSON.stringify({ ...document, requests: [], suppressionList: [] }));
    const replaced = await cli(['import', 'json', '--db', target, '--in', path, '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain('13 demandes remplacées');
    const journal = JSON.stringify(rows(target, 'select before_json, after_json from audit_entry'));
    for (const { requester_name: name } of names) expect(journal).not.toContain(name);
    const traces = rows(
      target,
      "select before_json from audit_entry where entity = 'rights_request' and action = 'delete'",
    ) as { before_json: string }[];
    expect(traces).toHaveLength(13);
    expect(JSON.parse(traces[0]?.before_json ?? '{}')).toMatchObject({ erased: true });
    // Nothing of them is left in the file's bytes either (WAL emptied, freed pages zeroed).
    const bytes = readFileSync(target).toString('utf8');
    for (const { requester_name: name } of names) {
      expect(bytes).not.toContain(name);
      // Nor the folded form the requester sort keeps (the planner's samples held it).
      expect(bytes).not.toContain(foldForSearch(name));
    }
  });
});
