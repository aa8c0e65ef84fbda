import { describe, expect, it } from 'vitest';
import { answerBlocks } from '../../shared/letters/compose';
import { addressRefusal, deliveryOf } from '../../shared/letters/delivery';
import {
  letterRefusal,
  refusalText,
  type LetterRefusal,
  type LetterState,
} from '../../shared/letters/rules';
import type { LetterKind } from '../../shared/letters/templates';
import { emptyRequest, type RequestFields } from '../../shared/schemas/request';

function state(request: Partial<RequestFields>, today = '2026-11-22'): LetterState {
  return {
    request: { ...emptyRequest('2026-11-10'), rights: ['access'], ...request },
    deadline: { firstMonthDue: '2026-12-10' },
    today,
    art19Pending: [],
  };
}
// Stands for a refusal that did not come: its text reads « DPO Desk », which no test expects.
const noRefusal: LetterRefusal = { key: 'app.name', params: {} };
const key = (kind: LetterKind, s: LetterState) => letterRefusal(kind, s)?.key ?? null;

describe('which letter fits which state', () => {
  it('offers the acknowledgement until the answer, and nothing once withdrawn', () => {
    expect(key('acknowledgement', state({ status: 'inProgress' }))).toBeNull();
    const answered = state({ status: 'answered', responseOn: '2026-11-20' });
    expect(key('acknowledgement', answered)).toBe('letterRule.acknowledgementAnswered');
    expect(refusalText(letterRefusal('acknowledgement', answered) ?? noRefusal, 'fr')).toBe(
      'La demande a déjà reçu sa réponse (le 20/11/2026) : l’accusé de réception ne s’applique plus.',
    );
    for (const kind of ['acknowledgement', 'identityProof', 'extension', 'answer'] as const)
      expect(key(kind, state({ status: 'withdrawn' }))).toBe('letterRule.withdrawn');
  });

  it('allows the extension notice only with its reasons and within the first month', () => {
    expect(key('extension', state({}))).toBe('letterRule.noExtension');
    expect(key('extension', state({ extensionMonths: 2, extensionReason: '' }))).toBe(
      'letterRule.noExtension',
    );
    const extended = { extensionMonths: 2, extensionReason: 'Volume' };
    expect(key('extension', state(extended, '2026-12-10'))).toBeNull();
    const late = letterRefusal('extension', state(extended, '2026-12-11'));
    expect(late).toEqual({ key: 'letterRule.extensionLate', params: { date: '2026-12-10' } });
    expect(refusalText(late ?? noRefusal, 'en')).toBe(
      'The first month ended on 10/12/2026: the extension can no longer be notified (Article 12(3) GDPR) and the request is late.',
    );
  });

  it('answers once every right has its outcome, and refuses only what is refused', () => {
    const pending = state({ rights: ['access', 'erasure'], outcomes: [] });
    expect(refusalText(letterRefusal('answer', pending) ?? noRefusal, 'fr')).toBe(
      'Aucune suite n’est enregistrée pour : accès, effacement. Indiquez la suite donnée à chaque droit avant de répondre.',
    );
    const refusedWhole = state({
      rights: ['erasure'],
      outcomes: [{ right: 'erasure', outcome: 'refused', reason: 'Obligation légale' }],
    });
    expect(key('refusal', refusedWhole)).toBeNull();
    expect(key('answer', refusedWhole)).toBeNull();
    const granted = state({ outcomes: [{ right: 'access', outcome: 'granted', reason: '' }] });
    expect(key('refusal', granted)).toBe('letterRule.nothingRefused');
    expect(key('answer', { ...granted, art19Pending: ['Infogérance'] })).toBe(
      'letterRule.art19Pending',
    );
  });

  it('composes one paragraph per right and outcome, remedies after a refusal, the list only when listed', () => {
    const kinds = (request: Partial<RequestFields>, onSuppressionList = false) =>
      answerBlocks(
        { rights: [], outcomes: [], ...request },
        { onSuppressionList, art19Told: ['Infogérance'] },
        'fr',
      ).map((block) => ('kind' in block ? block.kind : 'text'));
    expect(
      kinds({
        rights: ['access', 'erasure'],
        outcomes: [
          { right: 'access', outcome: 'granted', reason: '' },
          { right: 'erasure', outcome: 'refused', reason: 'x' },
        ],
      }),
    ).toEqual(['accessGranted', 'rightRefused', 'remedies']);
    expect(
      kinds({
        rights: ['objectionMarketing'],
        outcomes: [{ right: 'objectionMarketing', outcome: 'granted', reason: '' }],
      }),
    ).toEqual(['objectionMarketingApplied']);
    expect(
      kinds(
        {
          rights: ['objectionMarketing'],
          outcomes: [{ right: 'objectionMarketing', outcome: 'granted', reason: '' }],
        },
        true,
      ),
    ).toEqual(['objectionMarketingApplied', 'suppressionListed']);
    expect(
      kinds({
        rights: ['objection', 'rectification'],
        outcomes: [
          { right: 'objection', outcome: 'granted', reason: '' },
          { right: 'rectification', outcome: 'partly', reason: 'x' },
        ],
      }),
    ).toEqual(['objectionApplied', 'rightPartly', 'art19Recipients', 'remedies']);
  });
});

describe('post or email', () => {
  const request = {
    channel: 'email' as const,
    responseChannel: '' as const,
    requesterAddress: '',
    requesterEmail: 'a@b.fr',
  };
  it('answers by the means the request came by, unless told otherwise', () => {
    expect(deliveryOf(request)).toBe('email');
    expect(deliveryOf({ ...request, channel: 'webForm' })).toBe('email');
    expect(deliveryOf({ ...request, channel: 'post' })).toBe('post');
    expect(deliveryOf({ ...request, channel: 'post', responseChannel: 'email' })).toBe('email');
    expect(deliveryOf({ ...request, responseChannel: 'post' })).toBe('post');
    expect(deliveryOf({ ...request, channel: 'phone' })).toBe('email');
    expect(deliveryOf({ ...request, channel: 'phone', requesterAddress: '1 rue X\n34000 Y' })).toBe(
      'post',
    );
    expect(deliveryOf(request, 'post')).toBe('post');
  });

  it('checks the address against NF Z10-011 and names the line at fault', () => {
    expect(addressRefusal('Anne Roux', '8 rue des Écoles\n34000 Montpellier')).toBeNull();
    expect(
      addressRefusal('Anne Roux', '3 place de Fontenoy\nTSA 80715\n75334 PARIS CEDEX 07'),
    ).toBeNull();
    expect(addressRefusal('Anne Roux', '')?.key).toBe('letterRule.noAddress');
    expect(addressRefusal('Anne Roux', 'a\nb\nc\nd\ne\n34000 Montpellier')).toEqual({
      key: 'letterRule.addressTooManyLines',
      params: { count: '7', max: '6' },
    });
    // 38 characters fit; 39 do not, counted as a reader counts them (É written as E + accent).
    const line38 = 'Résidence les Grands Chênes, bât. A12'.padEnd(38, 'x');
    expect(addressRefusal('Anne Roux', `${line38}\n34000 Montpellier`)).toBeNull();
    expect(addressRefusal('Anne Roux', `${line38}x\n34000 Montpellier`)?.params.line).toBe('2');
    expect(
      addressRefusal('Anne Roux', 'E\u0301cole'.padEnd(39, 'x') + '\n34000 Montpellier'),
    ).toBeNull();
    expect(addressRefusal('Anne Roux', '8 rue des Écoles\nMontpellier')?.key).toBe(
      'letterRule.addressLastLine',
    );
    expect(addressRefusal('Jan Kowalski', 'ul. Długa 5\n80-827 Gdańsk\nPologne')).toBeNull();
  });
});
