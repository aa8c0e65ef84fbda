import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { inView, parisShort, timeLeftText } from '../../shared/breaches/display';

const fr = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);
const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

describe('the time left to notify, in words', () => {
  it('says hours and minutes under a day, days and hours beyond, and late once past', () => {
    expect(timeLeftText({ minutes: 5 * 60 + 12, level: 'urgent' }, fr)).toBe('5 h 12 min');
    expect(timeLeftText({ minutes: 23 * 60 + 59, level: 'soon' }, fr)).toBe('23 h 59 min');
    expect(timeLeftText({ minutes: 24 * 60, level: 'ok' }, fr)).toBe('dans 1 j 0 h');
    expect(timeLeftText({ minutes: 2 * 24 * 60 + 4 * 60 + 30, level: 'ok' }, fr)).toBe(
      'dans 2 j 4 h',
    );
    expect(timeLeftText({ minutes: 2 * 24 * 60 + 4 * 60, level: 'ok' }, en)).toBe('in 2 d 4 h');
    expect(timeLeftText({ minutes: -1, level: 'late' }, fr)).toBe('En retard');
  });

  it('shows a Paris reading as dd/mm/yyyy HH:MM', () => {
    expect(parisShort('2026-03-27T14:25+01:00')).toBe('27/03/2026 14:25');
    expect(parisShort('2026-03-27T14:25')).toBe('27/03/2026 14:25');
  });

  it('puts each state under the list filters a DPO expects', () => {
    expect(inView('open', 'notified', true)).toBe(true);
    expect(inView('open', 'notified', false)).toBe(false);
    expect(inView('toNotify', 'toAssess', true)).toBe(true);
    expect(inView('notified', 'notifiedLate', false)).toBe(true);
    expect(inView('late', 'notifiedLate', false)).toBe(false);
    expect(inView('documentedOnly', 'documentedOnly', false)).toBe(true);
    expect(inView('', 'late', true)).toBe(true);
  });
});
