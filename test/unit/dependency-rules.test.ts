import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)(
  resolve(root, '.dependency-cruiser.cjs'),
) as IConfiguration;

async function violationsIn(baseDir: string) {
  const output = await cruise(['.'], {
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  });
  const result = output.output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.from} -> ${v.rule.name}`).sort();
}

describe('dependency rules', () => {
  it('report each forbidden import of the fixture, and nothing allowed', async () => {
    const violations = await violationsIn(resolve(root, 'test/fixtures/dependency-rules'));
    expect(violations).toEqual([
      'db/connection.ts -> db-not-electron-or-renderer',
      'electron/services/bad.ts -> business-code-free-of-electron',
      'renderer/bad.ts -> renderer-only-shared-and-browser',
      'shared/bad.ts -> shared-is-pure',
      'shared/bad.ts -> shared-no-node-builtins',
    ]);
  });
});
