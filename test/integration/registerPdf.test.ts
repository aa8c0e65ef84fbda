import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import { runCliCaptured } from '../helpers/cli';
import { flat, overlaps, readPdf, readPdfLayout } from '../helpers/pdf';
import { value } from '../helpers/result';
import { completeActivity, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** A name long enough to wrap on two or three lines of the contents. */
const longName = (n: number) =>
  `Activité ${String(n)} : gestion des campagnes d’appels sortants, de la qualification des fichiers de prospects, des rappels programmés et des enquêtes de satisfaction menées après chaque appel`;

describe('the register as a PDF to hand to the CNIL', () => {
  it('lays out contents that wrap without overlap, bookmarks every part and activity, and prints the Art. 30(2) part as the law lists it', async () => {
    const dir = tempDir();
    const db = join(dir, 'dpo-desk.sqlite');
    const opened = await openContext(db);
    try {
      value(await dispatch(opened.ctx, 'example.load', {}));
      // Notes running over several pages: the footer drawn as each page starts must leave the
      // paragraph in its own font (else the two layout passes disagree and the export fails).
      value<ProcessingActivity>(
        await dispatch(opened.ctx, 'activities.create', {
          activity: completeActivity({
            name: 'Fiche aux longues notes',
            notes: 'Une note de suivi détaillée, relue chaque trimestre. '.repeat(350),
          }),
        }),
      );
      for (let n = 1; n <= 60; n++) {
        value<ProcessingActivity>(
          await dispatch(opened.ctx, 'activities.create', {
            activity: completeActivity({ name: longName(n) }),
          }),
        );
      }
    } finally {
      await opened.close();
    }
    const out = join(dir, 'registre.pdf');
    expect((await runCliCaptured(['export', 'pdf', '--db', db, '--out', out])).code).toBe(0);
    const bytes = readFileSync(out);
    const layout = await readPdfLayout(bytes);
    const pdf = await readPdf(bytes);

    // No text is printed over other text, on any page (the contents included: 71 entries, most
    // of them on two or three lines).
    const contentsPages = pdf.pages.filter((text) => /T-\d{4} — .* \d+/.test(flat(text)));
    expect(contentsPages.length).toBeGreaterThanOrEqual(2);
    layout.pages.forEach((runs, index) => {
      expect({ page: index + 1, overlaps: overlaps(runs) }).toEqual({
        page: index + 1,
        overlaps: [],
      });
    });
    // The long notes keep their size on every page they run over.
    const noteSizes = new Set(
      layout.pages
        .flat()
        .filter((run) => run.text.includes('relue chaque trimestre'))
        .map((run) => (run.top - run.bottom).toFixed(1)),
    );
    expect(noteSizes.size).toBe(1);

    // A wrapped entry still leads to its page: the number is where the activity starts.
    const contents = flat(contentsPages.join(' '));
    const page = Number(/T-0073 — Activité 60 : .*? après chaque appel (\d+)/.exec(contents)?.[1]);
    expect(flat(pdf.pages[page - 1] ?? '')).toContain(`T-0073 — ${longName(60)}`);

    // Bookmarks: one per part and annex, one per activity under its part.
    expect(layout.outline.map((node) => node.title)).toEqual([
      'Registre du responsable de traitement (article 30.1)',
      'Registre du sous-traitant (article 30.2)',
      'Annexe 1 — Sous-traitants et destinataires',
      'Annexe 2 — Transferts hors Union européenne',
      'Annexe 3 — Calendrier de conservation',
      'Annexe 4 — Registre des violations de données (article 33.5)',
    ]);
    expect(layout.outline[0]?.items).toHaveLength(71);
    expect(layout.outline[1]?.items).toEqual([
      'T-0011 — Campagnes d’appels sortants pour le compte de clients',
      'T-0012 — Service client externalisé (appels entrants)',
    ]);

    // The processor's register: each client with address and contacts, sections 1 to 7 in
    // order, and no legal basis (the client, as controller, chooses it).
    const art302 = flat(
      pdf.pages
        .filter((text) => text.includes('T-0011 — Campagnes') || text.includes('T-0012 — Service'))
        .slice(1)
        .join(' '),
    );
    expect(art302).toContain(
      'Énergies du Sud (exemple) — 12 avenue de la Mer, 34000 Montpellier — contact : Direction marketing, marketing@energies-du-sud.example — DPO : dpo@energies-du-sud.example',
    );
    expect(art302).toContain('Mutuelle Horizon (exemple) — 5 rue des Remparts, 30000 Nîmes');
    const numbers = [...art302.matchAll(/(?:^| )(\d)\. [A-ZÉ]/g)].map((m) => Number(m[1]));
    expect(numbers.slice(0, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const basis of ['Consentement', 'Obligation légale', 'Intérêt légitime', 'À déterminer']) {
      expect(art302).not.toContain(`— ${basis}`);
    }
    expect(art302).toMatch(/Fiche créée le \d{2}\/\d{2}\/\d{4}/);
  });
});
