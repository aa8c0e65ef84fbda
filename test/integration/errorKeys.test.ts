/**
 * A refused call answers a code, a key and its values, never a French sentence: the UI words it
 * in its language, the command line in French.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { errorText, type ApiError, type Result } from '../../shared/errors';
import { useLetterContext } from '../helpers/letters';
import { value } from '../helpers/result';

const { open, newRequest } = useLetterContext(new Date('2026-11-22T09:00:00'));

/** The refusal, checked to carry no sentence: no `message`, no French word in its data. */
function refusal(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error('expected a refusal');
  const { error } = result;
  expect(error).not.toHaveProperty('message');
  expect(JSON.stringify(error)).not.toMatch(/introuvable|modifiée|Courrier non généré|Rien n’a/);
  return error;
}

describe('refusals as keys and values', () => {
  it('says an unknown request is not found, in either language', async () => {
    const { ctx } = await open();
    const error = refusal(await dispatch(ctx, 'requests.get', { id: 'no-such-request' }));
    expect(error).toEqual({ code: 'NOT_FOUND', key: 'error.request.notFound' });
    expect(errorText('fr', error)).toBe('Demande introuvable.');
    expect(errorText('en', error)).toBe('Request not found.');
  });

  it('names the request saved meanwhile, with when it was saved in the details', async () => {
    const { ctx } = await open();
    const created = await newRequest(ctx, {});
    const {
      id,
      reference,
      createdAt: _c,
      updatedAt: _u,
      attachments: _a,
      ...fields
    } = created.request;
    // An earlier version than the stored one: someone saved in between.
    const error = refusal(
      await dispatch(ctx, 'requests.update', {
        id,
        expectedUpdatedAt: '2026-01-01T00:00:00.000Z',
        request: fields,
      }),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      key: 'error.request.changed',
      values: { reference },
      details: { changedAt: expect.any(String) as string },
    });
    expect(errorText('en', error)).toBe(
      `Request ${reference} was changed in the meantime: reload it.`,
    );
  });

  it('refuses a letter with the reason as a key, worded in English for the English UI', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, { requesterAddress: '' });
    const error = refusal(
      await dispatch(ctx, 'letters.generate', {
        requestId: request.request.id,
        kind: 'acknowledgement',
        language: 'fr',
      }),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION',
      key: 'error.letter.refused',
      values: { reference: request.request.reference },
    });
    const english = errorText('en', error);
    expect(english).toMatch(
      new RegExp(`^Letter not generated \\(${request.request.reference}\\): `),
    );
    expect(english).not.toMatch(/[àâéèêîôûç]|Courrier|demande/);
    expect(errorText('fr', error)).toContain('La demande ne comporte pas d’adresse postale');
  });

  it('lists what an edited template lacks as keys', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {
      rights: ['erasure'],
      outcomes: [{ right: 'erasure', outcome: 'refused', reason: 'Obligation légale.' }],
    });
    const templates = value<{ kind: string; language: string; body: string }[]>(
      await dispatch(ctx, 'letters.templates', {}),
    );
    const remedies = templates.find((t) => t.kind === 'remedies' && t.language === 'en');
    value(
      await dispatch(ctx, 'letters.saveTemplate', {
        kind: 'remedies',
        language: 'en',
        subject: '',
        body: (remedies?.body ?? '').replace('{{rights.complaint}}', ''),
      }),
    );
    const input = { requestId: request.request.id, kind: 'refusal', language: 'en' } as const;
    const error = refusal(await dispatch(ctx, 'letters.generate', input));
    expect(error).toMatchObject({
      key: 'error.letter.templateIncomplete',
      parts: { problems: [{ key: 'letterContent.complaint' }] },
    });
    expect(errorText('en', error)).toContain(
      'the template does not contain the right to lodge a complaint with the CNIL (with its address)',
    );
  });
});
