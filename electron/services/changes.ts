import { sql } from 'kysely';
import { topicsOfEntities, type ChangeTopic } from '../../shared/changes';
import type { Context } from './context';

export type ChangeListener = (topics: ChangeTopic[]) => void;

/** How often the journal is looked at for writes made outside this process (the command line). */
const outsideWritesEveryMs = 3000;

/**
 * Hears committed writes through the audit journal: every write a user makes adds its entry in
 * the same transaction, so an entry is visible exactly when its write is committed, whichever
 * service (or another process on the same file) made it. `check` after each call, and now and
 * then, announces the topics of the entries written since the last look.
 */
interface JournalMark {
  seq: number;
  id: string;
}

export class ChangeFeed {
  private lastSeen: JournalMark | null = null;
  private readonly listeners = new Set<ChangeListener>();
  private checking: Promise<void> = Promise.resolve();

  constructor(private readonly ctx: Pick<Context, 'db'>) {}

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Sets where the journal stands (the first look announces nothing), then looks every few
   * seconds for writes made by another process. Returns the function that stops looking.
   */
  start(): () => void {
    void this.check();
    const timer = setInterval(() => void this.check(), outsideWritesEveryMs);
    timer.unref();
    return () => {
      clearInterval(timer);
    };
  }

  /** Looks at the journal; checks run one after the other so that no entry is announced twice. */
  check(): Promise<void> {
    this.checking = this.checking.then(() => this.look()).catch(() => undefined);
    return this.checking;
  }

  private async newest(): Promise<JournalMark> {
    const result = await sql<JournalMark>`
      select seq, id from audit_entry order by seq desc limit 1`.execute(this.ctx.db);
    return result.rows[0] ?? { seq: 0, id: '' };
  }

  private async look(): Promise<void> {
    const since = this.lastSeen;
    const newest = await this.newest();
    this.lastSeen = newest;
    if (since === null || (newest.seq === since.seq && newest.id === since.id)) return;
    const topics = (await this.sameJournal(since))
      ? topicsOfEntities(
          (
            await sql<{ entity: string }>`
              select distinct entity from audit_entry where seq > ${since.seq}`.execute(this.ctx.db)
          ).rows.map((row) => row.entity),
        )
      : // Another file took this one's place (a restored backup): everything may differ.
        topicsOfEntities(['database']);
    if (topics.length === 0) return;
    for (const listener of this.listeners) listener(topics);
  }

  /** The entry last seen is still there: the journal only grew since. */
  private async sameJournal(since: JournalMark): Promise<boolean> {
    if (since.seq === 0) return true;
    const result = await sql<{ id: string }>`
      select id from audit_entry where seq = ${since.seq}`.execute(this.ctx.db);
    return result.rows[0]?.id === since.id;
  }
}
