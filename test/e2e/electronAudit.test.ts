/**
 * The Electron audit: electronegativity on the built output. A high or medium finding fails the
 * suite unless the source line it comes from (found through the bundle's source map) says why it
 * is acceptable with an `eng-disable <CHECK_ID>` comment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'out');

interface Finding {
  id: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  description: string;
}

function audit(): Finding[] {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'test/helpers/electronegativity.ts'), out],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
  const json = run.stdout.split('\n').find((line) => line.startsWith('['));
  if (json === undefined) throw new Error(`electronegativity gave no result: ${run.stderr}`);
  return JSON.parse(json) as Finding[];
}

/** The source line a finding in the bundle comes from, and that line's text. */
function sourceLineOf(finding: Finding): { source: string; text: string } | null {
  const bundle = join(out, finding.file);
  if (!existsSync(`${bundle}.map`)) return null;
  const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as RawSourceMap;
  // source-map-js types these as always set; a position outside any source gives nulls.
  const position: { source: string | null; line: number | null } = new SourceMapConsumer(
    map,
  ).originalPositionFor({ line: finding.line, column: finding.column });
  if (position.source === null || position.line === null) return null;
  const source = resolve(join(out, finding.file, '..'), position.source);
  const lines = readFileSync(source, 'utf8').split('\n');
  // The justification may sit at the end of the statement, which prettier can wrap.
  const text = lines.slice(position.line - 1, position.line + 1).join('\n');
  return { source, text };
}

describe('Electron audit (electronegativity on out/)', () => {
  it('has no high or medium finding that is not justified where it is', () => {
    expect(existsSync(join(out, 'main/index.js')), 'build first').toBe(true);
    const findings = audit();
    const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
    const unjustified = serious.filter((finding) => {
      const origin = sourceLineOf(finding);
      return origin === null || !origin.text.includes(`eng-disable ${finding.id}`);
    });
    expect(
      unjustified.map((f) => `${f.id} ${f.severity} ${f.file}:${String(f.line)} ${f.description}`),
    ).toEqual([]);
    // The audit did run and did look at the window's code.
    expect(serious.map((f) => f.id)).toContain('PRELOAD_JS_CHECK');
  }, 180_000);
});
