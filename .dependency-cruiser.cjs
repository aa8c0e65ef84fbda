/**
 * The dependency rules of DESIGN.md, checked by `npm run deps` (part of `npm test`).
 * test/unit/dependency-rules.test.ts proves each rule reports a forbidden import.
 */
const electronPackage = '(^|/)node_modules/electron/';
const pureLibraries = '(^|/)node_modules/(zod|date-fns)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ imports only shared/ and pure libraries: no node:, no electron, no React.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', pureLibraries] },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-only-shared-and-browser',
      comment: 'renderer/ talks to window.dpo only: never db/, electron/ or node:.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: {
        path: ['^db/', '^electron/', electronPackage, '(^|/)node_modules/(better-sqlite3|kysely)/'],
      },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'db-not-electron-or-renderer',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: ['^electron/', '^renderer/', electronPackage] },
    },
    {
      name: 'business-code-free-of-electron',
      comment: "Only electron/app and electron/preload import 'electron'.",
      severity: 'error',
      from: { path: '^electron/(services|documents|cli|host)/' },
      to: { path: [electronPackage, '^electron/(app/main|preload)', '^renderer/'] },
    },
    {
      name: 'nobody-imports-renderer',
      severity: 'error',
      from: { pathNot: '^renderer/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^test/fixtures/', '^test/artifacts/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
