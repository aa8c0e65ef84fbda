import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'electron-vite';
import { normalizePath, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';

const here = import.meta.dirname;

/**
 * The main process's two language tables as `JSON.parse` of their text: V8 reads 4,000 keys of
 * JSON about three times faster than the same object literals (47 ms against 16 ms at every
 * start of the command line, which `dpo-desk due` waits for), and English only when first used.
 * The tables stay written in TypeScript (shared/i18n); they are evaluated here, at build time.
 */
function languageTablesAsJson(): Plugin {
  const source = resolve(here, 'shared/i18n/languageTables.ts');
  // Vite names modules with forward slashes, on Windows too.
  const tables = normalizePath(source);
  return {
    name: 'dpo-desk:language-tables-as-json',
    async load(id) {
      if (id !== tables) return null;
      for (const file of readdirSync(resolve(here, 'shared/i18n'))) {
        this.addWatchFile(resolve(here, 'shared/i18n', file));
      }
      const loaded: unknown = await tsImport(pathToFileURL(source).href, import.meta.url);
      if (typeof loaded !== 'object' || loaded === null || !('languageTables' in loaded)) {
        throw new Error(`${tables} exports no languageTables`);
      }
      const { fr, en } = loaded.languageTables as Record<'fr' | 'en', unknown>;
      const text = (table: unknown) => JSON.stringify(JSON.stringify(table));
      // French is read at load; English at its first use (the command line words in French).
      return [
        `const frText = ${text(fr)};`,
        `const enText = ${text(en)};`,
        'let en;',
        'export const languageTables = {',
        '  fr: JSON.parse(frText),',
        '  get en() { return (en ??= JSON.parse(enText)); },',
        '};',
        'export const loadLanguageTable = () => Promise.resolve();',
      ].join('\n');
    },
  };
}

/**
 * Node makes the ES module face of a built-in module by reading each of its exports, and some are
 * getters that load more of Node: `import process from 'node:process'` (in commander) loads the
 * diagnostic report, the REPL history and file streams; `node:util` the argument parser and the
 * worker module; `node:child_process` the network modules: about 10 ms at every start of the
 * command line, for modules it does not use. Commander gets these three through
 * `process.getBuiltinModule`, which reads nothing, and child_process at its first use. Only the
 * imports listed here are rewritten; another form of them in commander stops the build.
 */
function builtinsOnDemand(): Plugin {
  const prefix = '\0dpo-desk-builtin:';
  // Each module: the import commander writes, and the module served in its place.
  const served: Record<string, { clause: string; code: string }> = {
    'node:process': { clause: 'process', code: 'export default process;' },
    'node:util': {
      clause: '{ stripVTControlCharacters }',
      code: [
        "const util = process.getBuiltinModule('node:util');",
        'export default util;',
        'export const stripVTControlCharacters = (text) => util.stripVTControlCharacters(text);',
      ].join('\n'),
    },
    'node:child_process': {
      clause: 'childProcess',
      code: [
        'export default new Proxy({}, {',
        "  get: (_, name) => process.getBuiltinModule('node:child_process')[name],",
        '});',
      ].join('\n'),
    },
  };
  return {
    name: 'dpo-desk:builtins-on-demand',
    enforce: 'pre',
    // The imports are renamed in the code itself: electron-vite marks every built-in module
    // external before any plugin may resolve it.
    transform(code, id) {
      if (!/node_modules[\\/]commander[\\/]/.test(id)) return null;
      const renamed = code.replace(
        /\bimport\s+([^;]+?)\s+from\s*(['"])(node:(?:process|util|child_process))\2/g,
        (statement, clause: string, quote: string, name: string) => {
          if (clause.replace(/\s+/g, ' ') !== served[name]?.clause) {
            this.error(`${id}: « ${statement} » is not one builtinsOnDemand serves`);
          }
          return `import ${clause} from ${quote}${prefix}${name}${quote}`;
        },
      );
      return renamed === code ? null : { code: renamed, map: null };
    },
    resolveId(id) {
      return id.startsWith(prefix) ? id : null;
    },
    load(id) {
      return id.startsWith(prefix) ? (served[id.slice(prefix.length)]?.code ?? null) : null;
    },
  };
}

export default defineConfig({
  main: {
    plugins: [languageTablesAsJson(), builtinsOnDemand()],
    build: {
      outDir: 'out/main',
      // Bundled rather than loaded file by file from node_modules: kysely alone is hundreds of
      // small modules, which `dpo-desk due` paid for at every start (0.8 s against 1.5 s here).
      // better-sqlite3 (native) and the large writers (exceljs, pdfkit), which only the commands
      // that need them load, stay outside.
      externalizeDeps: { exclude: ['kysely', 'zod', 'commander'] },
      // Lets the Electron audit (electronegativity, run on this output) find each finding's
      // source line and its justification there.
      sourcemap: true,
      rollupOptions: {
        input: {
          index: resolve(here, 'electron/app/main.ts'),
          // The command line ships in the same bundle folder; it never imports 'electron'.
          cli: resolve(here, 'electron/cli/main.ts'),
          // The register exports and `import json` run in worker threads with bounded heaps.
          exportWorker: resolve(here, 'electron/services/exportWorker.ts'),
          importWorker: resolve(here, 'electron/services/importWorker.ts'),
          // `export json` makes the requests' text on a second thread.
          requestFormatWorker: resolve(here, 'electron/services/requestFormatWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() node_modules: bundle zod and shared/ into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(here, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(here, 'renderer'),
    plugins: [react()],
    resolve: {
      // English in a chunk of its own, fetched when chosen (see shared/i18n/languageTables.ts).
      alias: [
        {
          find: /^\.\/languageTables$/,
          replacement: resolve(here, 'shared/i18n/languageTables.lazy.ts'),
        },
      ],
    },
    build: {
      outDir: resolve(here, 'out/renderer'),
      minify: true,
      rollupOptions: {
        input: { index: resolve(here, 'renderer/index.html') },
      },
    },
  },
});
