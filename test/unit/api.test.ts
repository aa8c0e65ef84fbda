import { describe, expect, it } from 'vitest';
import { apiNames, createDpoClient, type ApiName } from '../../shared/api';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { errorCodes } from '../../shared/errors';

describe('window.dpo', () => {
  it('has one method per contract entry, calling the transport with its name', async () => {
    const calls: [ApiName, unknown][] = [];
    const client = createDpoClient((name, input) => {
      calls.push([name, input]);
      return Promise.resolve({ ok: true, value: null });
    });
    await client.settings.get();
    await client.preferences.save({ language: 'en' });
    expect(calls).toEqual([
      ['settings.get', {}],
      ['preferences.save', { language: 'en' }],
    ]);
    const methods = Object.entries(client).flatMap(([ns, group]) =>
      Object.keys(group).map((method) => `${ns}.${method}`),
    );
    expect(methods.sort()).toEqual([...apiNames].sort());
  });
});

describe('translations', () => {
  it('gives every French message an English one and every error code a message', () => {
    for (const key of Object.keys(fr)) {
      expect(en[key as keyof typeof en], key).toBeTruthy();
    }
    for (const code of errorCodes) {
      expect(Object.keys(fr)).toContain(`error.${code}`);
    }
  });
});
