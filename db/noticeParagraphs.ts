import type { Kysely } from 'kysely';
import { languages } from '../shared/i18n';
import type { NoticeKind } from '../shared/notices/document';
import { emptyNoticeTexts, noticeParts, type NoticeTexts } from '../shared/schemas/notice';
import type { Database } from './schema';

/** A stored paragraph, as the JSON export carries it. */
export interface NoticeParagraph {
  kind: NoticeKind;
  part: (typeof noticeParts)[number];
  language: (typeof languages)[number];
  text: string;
  updatedAt: string;
}

export async function listNoticeParagraphs(db: Kysely<Database>): Promise<NoticeParagraph[]> {
  const rows = await db
    .selectFrom('notice_paragraph')
    .selectAll()
    .orderBy('kind')
    .orderBy('part')
    .orderBy('language')
    .execute();
  return rows.flatMap((row) => {
    const part = noticeParts.find((p) => p === row.part);
    const language = languages.find((l) => l === row.language);
    const kind = row.kind === 'privacy' || row.kind === 'cookies' ? row.kind : undefined;
    if (part === undefined || language === undefined || kind === undefined) return [];
    return [{ kind, part, language, text: row.text, updatedAt: row.updated_at }];
  });
}

/** The paragraphs of one notice, '' where none was written. */
export async function getNoticeTexts(db: Kysely<Database>, kind: NoticeKind): Promise<NoticeTexts> {
  const texts: NoticeTexts = {
    intro: { ...emptyNoticeTexts.intro },
    closing: { ...emptyNoticeTexts.closing },
  };
  for (const paragraph of await listNoticeParagraphs(db)) {
    if (paragraph.kind === kind) texts[paragraph.part][paragraph.language] = paragraph.text;
  }
  return texts;
}

export async function putNoticeParagraph(
  trx: Kysely<Database>,
  paragraph: NoticeParagraph,
): Promise<void> {
  await trx
    .insertInto('notice_paragraph')
    .values({
      kind: paragraph.kind,
      part: paragraph.part,
      language: paragraph.language,
      text: paragraph.text,
      updated_at: paragraph.updatedAt,
    })
    .onConflict((oc) =>
      oc
        .columns(['kind', 'part', 'language'])
        .doUpdateSet({ text: paragraph.text, updated_at: paragraph.updatedAt }),
    )
    .execute();
}
