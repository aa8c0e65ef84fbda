import { join } from 'node:path';

export const databaseFileName = 'dpo-desk.sqlite';
export const productName = 'DPO Desk';

/**
 * The folder Electron's `app.getPath('userData')` gives for this app, computed without Electron so
 * the CLI and the browser host open the same file as the desktop app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  const configHome =
    env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== ''
      ? env.XDG_CONFIG_HOME
      : join(home, '.config');
  return join(configHome, productName);
}

/** `--db PATH` (or `--db=PATH`) wins, then `DPO_DESK_DB`, then the userData folder. */
export function resolveDatabasePath(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  userDataDir: string,
): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db' && argv[i + 1] !== undefined) return argv[i + 1] as string;
    if (arg?.startsWith('--db=') === true) return arg.slice('--db='.length);
  }
  const fromEnv = env.DPO_DESK_DB;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return join(userDataDir, databaseFileName);
}
