/**
 * The writer the crash test kills: opens (and migrates) the database, then makes audited writes
 * through the services, printing `ack <id>` once each is committed. In `backup` mode it takes a
 * backup between writes; in `owner` mode it holds the file as the app does (its lock) and writes
 * every 20 ms. Run as `node --import tsx test/helpers/crashWriter.ts FILE MODE`.
 */
import { errorText } from '../../shared/errors';
import { writeSync } from 'node:fs';
import { takeBackup } from '../../electron/services/backups';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import { completeActivity } from './temp';

const [file, mode] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: crashWriter FILE [writes|backup|owner]');

/**
 * Straight to the pipe: what is printed was acknowledged, even if the process dies next. The pipe
 * is non-blocking: when the test is busy (a quick_check) and the pipe is full, wait and retry.
 */
function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  for (let written = 0; written < bytes.length;) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

say('opening');
const opened = await openContext(file, {
  actor: 'crash-writer',
  ...(mode === 'owner' ? { owner: 'l’hôte navigateur de DPO Desk' } : {}),
});
say('ready');
for (let n = 0; ; n++) {
  const result = await dispatch(opened.ctx, 'activities.create', {
    activity: completeActivity({ name: `Écriture ${String(process.pid)}-${String(n)}` }),
  });
  if (!result.ok) throw new Error(errorText('fr', result.error));
  say(`ack ${(result.value as ProcessingActivity).id}`);
  if (mode === 'owner') await new Promise((resolve) => setTimeout(resolve, 20));
  if (mode === 'backup' && n % 3 === 0) {
    const backup = await takeBackup(opened.ctx, 'manual');
    say(`backup ${backup.name}`);
  }
}
