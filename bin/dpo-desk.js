#!/usr/bin/env node
import { existsSync } from 'node:fs';
import module from 'node:module';

const entry = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'dpo-desk : l’application n’est pas construite, lancez « npm run build ».\n',
  );
  process.exit(1);
}
// Node keeps the compiled code of the command line in its cache folder (in the temporary folder):
// each later start skips compiling about a megabyte of JavaScript.
module.enableCompileCache?.();
await import(entry.href);
