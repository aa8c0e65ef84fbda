#!/usr/bin/env node
import { existsSync } from 'node:fs';

const entry = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'dpo-desk : l’application n’est pas construite, lancez « npm run build ».\n',
  );
  process.exit(1);
}
await import(entry.href);
