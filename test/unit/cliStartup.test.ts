import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The file a relative specifier names, as the bundler resolves it. */
function resolveSource(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.json')) return null;
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`${relative(root, from)}: cannot resolve ${specifier}`);
}

/**
 * What a module loads before it runs: its static imports and re-exports, not `import type` and not
 * `import()`, followed through the project's own files. Returns the packages reached.
 */
function packagesLoadedAtStart(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      let specifier: ts.Expression | undefined;
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        const onlyTypes =
          clause?.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (clause !== undefined &&
            clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly));
        if (!onlyTypes) specifier = statement.moduleSpecifier;
      } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
        specifier = statement.moduleSpecifier;
      }
      if (specifier === undefined || !ts.isStringLiteral(specifier)) continue;
      const name = specifier.text;
      if (name.startsWith('.')) {
        const target = resolveSource(file, name);
        if (target !== null) visit(target);
      } else if (!name.startsWith('node:')) {
        packages.set(name, relative(root, file));
      }
    }
  };
  visit(entry);
  return packages;
}

describe('dpo-desk starts light', () => {
  it('loads no package before printing its version, and only commander before a command runs: the database, zod, exceljs, pdfkit and the mail composer wait for the command that needs them', () => {
    expect(
      Object.fromEntries(packagesLoadedAtStart(join(root, 'electron', 'cli', 'main.ts'))),
    ).toEqual({});
    const loaded = packagesLoadedAtStart(join(root, 'electron', 'cli', 'cli.ts'));
    // On failure, says which file brought the package in.
    expect(Object.fromEntries(loaded)).toEqual({ commander: 'electron/cli/cli.ts' });
  });
});
