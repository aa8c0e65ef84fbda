/**
 * Runs electronegativity on the built app (out/) and prints its findings as JSON, then exits:
 * the library starts network requests (translations, Electron releases) that this machine cannot
 * make and that would otherwise fail later. The release check needs the network: excluded.
 * Usage: node --import tsx test/helpers/electronegativity.ts OUT_DIR
 */
import { createRequire } from 'node:module';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview: boolean;
  description: string;
}
type Runner = (options: Record<string, unknown>) => Promise<{ issues: Finding[] }>;

const input = process.argv[2];
if (input === undefined) throw new Error('usage: electronegativity OUT_DIR');
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js') as Runner;
// The bundle does not say which Electron it runs on (checks such as the remote module depend on it).
const electron = require('electron/package.json') as { version: string };
const result = await run({
  input,
  isRelative: true,
  electronVersionOverride: electron.version,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});
process.stdout.write(
  `${JSON.stringify(
    result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      review: issue.manualReview,
      description: issue.description,
    })),
  )}\n`,
  () => process.exit(0),
);
