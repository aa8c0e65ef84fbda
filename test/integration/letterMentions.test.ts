import { errorText } from '../../shared/errors';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import type { GeneratedLetterView } from '../../shared/api';
import type { OrganisationSettings } from '../../shared/schemas/settings';
import { useLetterContext } from '../helpers/letters';
import { flat, readPdf } from '../helpers/pdf';
import { value } from '../helpers/result';

const { open, newRequest, letterPdf } = useLetterContext(new Date('2026-11-22T09:00:00'));

type Ctx = Awaited<ReturnType<typeof open>>['ctx'];

async function acknowledgementText(ctx: Ctx, overrides = {}): Promise<string> {
  const request = await newRequest(ctx, overrides);
  const { letter } = value<GeneratedLetterView>(
    await dispatch(ctx, 'letters.generate', {
      requestId: request.request.id,
      kind: 'acknowledgement',
      language: 'fr',
    }),
  );
  return flat((await readPdf(await letterPdf(ctx, letter))).text);
}

describe('what a letter says of who signs it and of the company', () => {
  it('signs with the title chosen in Paramètres, greets « Madame, Monsieur » without a civility, and prints only the legal mentions set', async () => {
    const { ctx } = await open();
    value(
      await dispatch(ctx, 'preferences.save', {
        dpoTitle: 'Déléguée à la protection des données',
      }),
    );
    let text = await acknowledgementText(ctx, { requesterCivility: 'none' });
    expect(text).toContain('Camille Roux Déléguée à la protection des données');
    expect(text).toContain('Madame, Monsieur,');

    value(await dispatch(ctx, 'preferences.save', { dpoTitle: 'Responsable conformité RGPD' }));
    text = await acknowledgementText(ctx, { requesterCivility: 'madame' });
    expect(text).toContain('Camille Roux Responsable conformité RGPD');
    expect(text).not.toContain('Madame, Monsieur');

    // Without the registry town, the footer keeps the SIREN and does not invent an « RCS ».
    const settings = value<OrganisationSettings>(await dispatch(ctx, 'settings.get', {}));
    const { updatedAt: _updatedAt, ...fields } = settings;
    value(await dispatch(ctx, 'settings.save', { ...fields, rcsTown: '', shareCapital: '' }));
    text = await acknowledgementText(ctx);
    expect(text).toContain('SIREN 552 100 554');
    expect(text).not.toContain('RCS');
    expect(text).not.toContain('au capital de');
  });

  it('refuses before printing a name written right to left or an emoji, naming it, and keeps nothing', async () => {
    const { ctx } = await open();
    for (const [overrides, expected] of [
      [
        { requesterName: 'محمد علي', requesterAddress: '12 rue de la Paix\n75002 Paris' },
        '« محمد علي » s’écrit de droite à gauche',
      ],
      [{ requesterName: 'Inès 😀 Moreau' }, '« 😀 » ne peut pas être imprimé'],
    ] as const) {
      const request = await newRequest(ctx, overrides);
      const result = await dispatch(ctx, 'letters.generate', {
        requestId: request.request.id,
        kind: 'acknowledgement',
        language: 'fr',
      });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : errorText('fr', result.error)).toContain(expected);
      expect(
        value<unknown[]>(await dispatch(ctx, 'letters.list', { id: request.request.id })),
      ).toEqual([]);
    }
  });
});
