/**
 * Whether each published notice still says what the register says: the notice built now compared,
 * in words, with the model kept at its last publication in each language. Only what the notice
 * shows counts (an internal activity or an unrelated processor changed is not a difference).
 */
import { sql } from 'kysely';
import { getPublicationDocument, latestPublications } from '../../db/noticePublications';
import { noticeKinds } from '../../shared/notices/document';
import type { NoticesOverview } from '../../shared/notices/publications';
import { noticeSources, type NoticeStatus } from '../../shared/notices/stale';
import type { Context } from './context';

/**
 * Each notice's last publication in each language, with what differs now from what it says
 * (each difference in words) and since when its sources changed; and the notices never published.
 */
export async function noticesOverview(ctx: Context): Promise<NoticesOverview> {
  const latest = await latestPublications(ctx.db);
  // The notice builders are loaded once a notice has been published: `dpo-desk due` and the
  // dashboard of a register without one do not wait for them.
  if (latest.length === 0) return { statuses: [], neverPublished: [...noticeKinds] };
  const [{ buildNotice }, { compareNotices }] = await Promise.all([
    import('./notices'),
    import('../../shared/notices/compare'),
  ]);
  const statuses: NoticeStatus[] = [];
  for (const publication of latest) {
    // The model only: the published file (up to 20 MB) is not read for the comparison.
    const stored = await getPublicationDocument(ctx.db, publication.id);
    if (stored === null) continue;
    const now = await buildNotice(ctx, publication.kind, publication.language);
    const differences = compareNotices(stored, now, publication.language).map(
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
