import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const here = import.meta.dirname;

export default defineConfig({
  main: {
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
          // The register exports run in a worker thread with its own bounded heap.
          exportWorker: resolve(here, 'electron/services/exportWorker.ts'),
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
