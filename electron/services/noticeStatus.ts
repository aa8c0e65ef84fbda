/**
 * Whether each published notice still says what the register says: the notice built now compared,
 * in words, with the model kept at its last publication in each language. Only what the notice
 * shows counts (an internal activity or an unrelated processor changed is not a difference).
 */
import { sql } from 'kysely';
import { getPublication, latestPublications } from '../../db/noticePublications';
import { compareNotices } from '../../shared/notices/compare';
import { noticeKinds } from '../../shared/notices/document';
import type { NoticesOverview } from '../../shared/notices/publications';
import { noticeSources, type NoticeStatus } from '../../shared/notices/stale';
import type { Context } from './context';
import { buildNotice } from './notices';

/**
 * Each notice's last publication in each language, with what differs now from what it says
 * (each difference in words) and since when its sources changed; and the notices never published.
 */
export async function noticesOverview(ctx: Context): Promise<NoticesOverview> {
  const latest = await latestPublications(ctx.db);
  const statuses: NoticeStatus[] = [];
  for (const publication of latest) {
    const stored = await getPublication(ctx.db, publication.id);
    if (stored === null) continue;
    const now = await buildNotice(ctx, publication.kind, publication.language);
    const differences = compareNotices(stored.document, now, publication.language).map(
      (change) => change.text,
    );
    const row = await ctx.db
      .selectFrom('audit_entry')
      .select(sql<string | null>`min(at)`.as('since'))
      .where('entity', 'in', [...noticeSources[publication.kind]])
      .where('at', '>', publication.publishedAt)
      .executeTakeFirst();
    statuses.push({
      kind: publication.kind,
      language: publication.language,
      last: {
        id: publication.id,
        version: publication.version,
        publishedOn: publication.publishedOn,
        publishedAt: publication.publishedAt,
      },
      changes: differences.length,
      differences,
      changedSince: differences.length === 0 ? null : (row?.since ?? publication.publishedAt),
    });
  }
  const published = new Set(latest.map((publication) => publication.kind));
  return { statuses, neverPublished: noticeKinds.filter((kind) => !published.has(kind)) };
}
