import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { startupBackup } from '../services/backups';
import { openContext } from '../services/open';
import { defaultUserDataDir, resolveDatabasePath } from '../services/paths';
import { startHost } from './server';

/** `npm run host [-- --db FILE] [--port N]`: the app in a browser, where Electron cannot run. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help === true) {
    console.log(
      'Usage : npm run host -- [--db FICHIER] [--port N]\nSert DPO Desk sur http://127.0.0.1 pour un navigateur, avec la même base que l’application.',
    );
    return;
  }
  const databasePath = resolveDatabasePath(
    values.db !== undefined ? ['--db', values.db] : [],
    process.env,
    defaultUserDataDir(process.platform, process.env, homedir()),
  );
  const opened = await openContext(databasePath, { owner: 'l’hôte navigateur de DPO Desk' });
  const { backup, failure } = await startupBackup(opened.ctx);
  if (backup !== null) console.log(`Sauvegarde automatique : ${backup.name}`);
  if (failure !== null) console.warn(`Attention : ${failure}`);
  const host = await startHost({
    ctx: opened.ctx,
    rendererDir: join(import.meta.dirname, '../../out/renderer'),
    port: values.port !== undefined ? Number(values.port) : 0,
  });
  console.log(`DPO Desk est servi sur ${host.url}`);
  console.log(`Base de données : ${databasePath}`);
  console.log('Ouvrez cette adresse dans un navigateur de cette machine. Ctrl+C pour arrêter.');
  const stop = () => {
    void host
      .close()
      .then(() => opened.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof AppError || error instanceof Error ? error.message : String(error),
  );
  process.exit(1);
});
