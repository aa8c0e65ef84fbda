/**
 * Errors travel as keys: every key a service, the database layer, the host or the command line
 * refuses with exists in French and English with the same values to fill in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorText, type ApiError } from '../../shared/errors';
import { en } from '../../shared/i18n/en';
import { fr, type MessageKey } from '../../shared/i18n/fr';
import { isMessageKey } from '../../shared/i18n';

const root = resolve(import.meta.dirname, '../..');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(folder, name));
}

/** The names a message fills in: `{name}` and the counts of `{count, plural, …}`. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] ?? ''))].sort();
}

const errorKeys = Object.keys(fr).filter((key) =>
  /^(error|letterContent|letterRule)\./.test(key),
) as MessageKey[];

describe('error keys', () => {
  const code = ['electron', 'db', 'shared', 'renderer/src']
    .flatMap(sources)
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

  it('names, in every `new AppError(`, a key of both tables', () => {
    const thrown = code.flatMap(({ file, text }) =>
      [...text.matchAll(/new AppError\(\s*'\w+',\s*'([^']+)'/g)].map((m) => ({
        file,
        key: m[1] ?? '',
      })),
    );
    expect(thrown.length).toBeGreaterThan(80);
    for (const { file, key } of thrown) {
      expect(isMessageKey(key), `${file}: ${key}`).toBe(true);
      expect(Object.hasOwn(en, key), `${file}: ${key}`).toBe(true);
    }
  });

  it('uses only error keys that exist, and every error key somewhere', () => {
    const all = code.map(({ text }) => text).join('\n');
    const written = new Set(
      [...all.matchAll(/'((?:error|letterContent)\.[\w.]+)'/g)].map((m) => m[1]),
    );
    for (const key of written) expect(isMessageKey(key ?? ''), key).toBe(true);
    for (const key of errorKeys.filter((k) => !k.startsWith('letterRule.'))) {
      // The future-date keys are named from the field: `error.request.future.${field}`.
      if (key.startsWith('error.request.future.')) continue;
      expect(written.has(key), `${key} is never used`).toBe(true);
    }
  });

  it('has the same values to fill in, in French and in English', () => {
    expect(errorKeys.length).toBeGreaterThan(100);
    for (const key of errorKeys) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it('words a refusal in each language from its key, values and parts', () => {
    const error: Omit<ApiError, 'code'> = {
      key: 'error.letter.refused',
      values: { reference: 'DSR-2026-0001' },
      parts: { reason: [{ key: 'letterRule.extensionLate', values: { date: '2026-12-10' } }] },
    };
    expect(errorText('fr', error)).toBe(
      'Courrier non généré (DSR-2026-0001) : Le premier mois a pris fin le 10/12/2026 : la prolongation ne peut plus être notifiée (article 12.3 du RGPD) et la demande est en retard.',
    );
    expect(errorText('en', error)).toMatch(
      /^Letter not generated \(DSR-2026-0001\): The first month ended on 10\/12\/2026/,
    );
    const tooLarge = {
      key: 'error.file.tooLarge',
      values: { name: 'a.pdf', size: 30.5, limit: 25 },
    } as const;
    expect(errorText('en', tooLarge)).toBe(
      '“a.pdf” weighs 30.5 MB: the limit is 25 MB. Nothing was saved.',
    );
    expect(errorText('fr', tooLarge)).toBe(
      '« a.pdf » pèse 30,5 Mo : la limite est de 25 Mo. Rien n’a été enregistré.',
    );
  });
});
