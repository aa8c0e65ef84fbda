/** The words of a requests log read into the tracker's vocabulary (issue 19, point 4). */
import { describe, expect, it } from 'vitest';
import { outcomeOf, requestStatusOf, rightsOf } from '../../shared/rights/importWords';

describe('a requests log’s words', () => {
  it('reads several rights in a cell, French or English, each once', () => {
    expect(rightsOf('Droit d’accès, effacement')).toEqual({
      rights: ['access', 'erasure'],
      unknown: [],
    });
    expect(rightsOf('Opposition à la prospection ; opposition')).toEqual({
      rights: ['objectionMarketing', 'objection'],
      unknown: [],
    });
    expect(rightsOf('access / rectification and portability').rights).toEqual([
      'access',
      'rectification',
      'portability',
    ]);
    expect(rightsOf('Droit à l’oubli et retrait du consentement').rights).toEqual([
      'erasure',
      'consentWithdrawal',
    ]);
    expect(rightsOf('Limitation + télépathie')).toEqual({
      rights: ['restriction'],
      unknown: ['télépathie'],
    });
  });

  it('reads statuses and outcomes, « à traiter » being still to do', () => {
    expect(requestStatusOf('À traiter')).toBe('received');
    expect(requestStatusOf('En attente de justificatif')).toBe('awaitingIdentity');
    expect(requestStatusOf('Traitée')).toBe('answered');
    expect(requestStatusOf('Clôturée')).toBe('closed');
    expect(requestStatusOf('in progress')).toBe('inProgress');
    expect(requestStatusOf('???')).toBeNull();
    expect(outcomeOf('Refusée : demande excessive')).toBe('refused');
    expect(outcomeOf('Accordée')).toBe('granted');
    expect(outcomeOf('Partiellement accordée')).toBe('partly');
  });
});
