import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let found: string | null = null;

/**
 * The `resources/` folder (fonts, letter templates), found by walking up from this module: the
 * same code runs from the sources (tests, tsx) and from the bundle in out/main. DPO_DESK_RESOURCES
 * overrides it for a packaged app.
 */
export function resourcesDir(): string {
  if (found !== null) return found;
  const override = process.env.DPO_DESK_RESOURCES;
  if (override !== undefined && override !== '') return (found = override);
  let dir = import.meta.dirname;
  for (let depth = 0; depth < 8; depth++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'fonts', 'DejaVuSans.ttf'))) return (found = candidate);
    dir = dirname(dir);
  }
  throw new Error(`Dossier resources introuvable depuis ${resolve(import.meta.dirname)}.`);
}
