/**
 * Two published versions of a notice compared in words, as a DPO tells what changed on the
 * website: « Finalité ajoutée : Prospection », « Durée de conservation modifiée pour
 * « Prospection » : 3 ans → 5 ans ». Sections are matched by id, table rows by their first cell,
 * cells by their column's name; the words come from the documents themselves.
 */
import { agreementOf, translate, type Language } from '../i18n';
import type { NoticeBlock, NoticeDocument, NoticeSection } from './document';

export const noticeChangeKinds = [
  'organisationChanged',
  'titleChanged',
  'sectionAdded',
  'sectionRemoved',
  'rowAdded',
  'rowRemoved',
  'cellChanged',
  'itemAdded',
  'itemRemoved',
  'paragraphAdded',
  'paragraphRemoved',
  'paragraphChanged',
] as const;
export type NoticeChangeKind = (typeof noticeChangeKinds)[number];

export interface NoticeChange {
  kind: NoticeChangeKind;
  /** The section it happened in (the newer one's, or the older one's when removed). */
  sectionId: string;
  text: string;
}

type Table = Extract<NoticeBlock, { kind: 'table' }>;
type List = Extract<NoticeBlock, { kind: 'list' }>;
type Paragraph = Extract<NoticeBlock, { kind: 'paragraph' }>;

/** A long paragraph is quoted around what changed, a few words either side. */
const contextWords = 6;
const longQuote = 160;

function shorten(text: string): string {
  return text.length <= longQuote ? text : `${text.slice(0, longQuote - 1).trimEnd()}…`;
}

/** The words that differ between two texts, with a little context, an ellipsis for the rest. */
function differingParts(before: string, after: string): [string, string] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end += 1;
  }
  const from = Math.max(0, start - contextWords);
  const quote = (words: string[]) => {
    const to = Math.min(words.length, words.length - end + contextWords);
    const middle = words.slice(from, to).join(' ');
    return shorten(`${from > 0 ? '… ' : ''}${middle}${to < words.length ? ' …' : ''}`);
  };
  return [quote(a), quote(b)];
}

/** Keys rows by their first cell; a repeated first cell is told apart by its rank. */
function rowsByKey(table: Table): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const row of table.rows) {
    const first = (row[0] ?? '').trim();
    let key = first;
    for (let rank = 2; rows.has(key); rank += 1) key = `${first} (${String(rank)})`;
    rows.set(key, row);
  }
  return rows;
}

function blocksOf<K extends NoticeBlock['kind']>(
  section: NoticeSection,
  kind: K,
): Extract<NoticeBlock, { kind: K }>[] {
  return section.blocks.filter(
    (block): block is Extract<NoticeBlock, { kind: K }> => block.kind === kind,
  );
}

class Wording {
  constructor(private readonly language: Language) {}

  say(key: string, params: Record<string, string | number> = {}): string {
    return translate(this.language, `noticeVersions.${key}`, params);
  }

  /** « ajoutée » agreeing with « Finalité » in French; « added » in English. */
  done(verb: 'added' | 'removed' | 'changed', subject: string): string {
    return this.say(`${verb}.${agreementOf(subject)}`);
  }

  value(text: string): string {
    return text.trim() === '' ? this.say('empty') : shorten(text);
  }
}

function compareTables(
  older: Table,
  newer: Table,
  section: NoticeSection,
  words: Wording,
  push: (kind: NoticeChangeKind, text: string) => void,
): void {
  const subject = (newer.columns[0] ?? '').trim() || section.heading;
  const before = rowsByKey(older);
  const after = rowsByKey(newer);
  for (const [key] of before) {
    if (!after.has(key)) {
      push(
        'rowRemoved',
        words.say('change.row', { subject, done: words.done('removed', subject), row: key }),
      );
    }
  }
  for (const [key, row] of after) {
    const previous = before.get(key);
    if (previous === undefined) {
      push(
        'rowAdded',
        words.say('change.row', { subject, done: words.done('added', subject), row: key }),
      );
      continue;
    }
    // Cells are matched by their column's name: a column added or moved is not a change of values.
    const columns = [...new Set([...older.columns.slice(1), ...newer.columns.slice(1)])];
    for (const column of columns) {
      const was = previous[older.columns.indexOf(column)] ?? '';
      const is = row[newer.columns.indexOf(column)] ?? '';
      if (was.trim() === is.trim()) continue;
      push(
        'cellChanged',
        words.say('change.cell', {
          column,
          done: words.done('changed', column),
          row: key,
          before: words.value(was),
          after: words.value(is),
        }),
      );
    }
  }
}

function compareLists(
  older: List,
  newer: List,
  heading: string,
  words: Wording,
  push: (kind: NoticeChangeKind, text: string) => void,
): void {
  const before = new Set(older.items.map((item) => item.trim()));
  const after = new Set(newer.items.map((item) => item.trim()));
  for (const item of before) {
    if (!after.has(item))
      push('itemRemoved', words.say('change.itemRemoved', { heading, item: shorten(item) }));
  }
  for (const item of after) {
    if (!before.has(item))
      push('itemAdded', words.say('change.itemAdded', { heading, item: shorten(item) }));
  }
}

/**
 * Paragraphs found on one side only; taken in order, one gone and one come make a paragraph
 * changed (its wording), the rest are added or removed.
 */
function compareParagraphs(
  older: Paragraph[],
  newer: Paragraph[],
  heading: string,
  words: Wording,
  push: (kind: NoticeChangeKind, text: string) => void,
): void {
  const texts = (paragraphs: Paragraph[]) => paragraphs.map((p) => p.text.trim());
  const before = texts(older);
  const after = texts(newer);
  const gone = before.filter((text) => !after.includes(text));
  const come = after.filter((text) => !before.includes(text));
  const paired = Math.min(gone.length, come.length);
  for (let index = 0; index < paired; index += 1) {
    const [was, is] = differingParts(gone[index] ?? '', come[index] ?? '');
    push(
      'paragraphChanged',
      words.say('change.paragraphChanged', { heading, before: was, after: is }),
    );
  }
  for (const text of gone.slice(paired)) {
    push(
      'paragraphRemoved',
      words.say('change.paragraphRemoved', { heading, text: shorten(text) }),
    );
  }
  for (const text of come.slice(paired)) {
    push('paragraphAdded', words.say('change.paragraphAdded', { heading, text: shorten(text) }));
  }
}

function compareSections(
  older: NoticeSection,
  newer: NoticeSection,
  words: Wording,
  push: (kind: NoticeChangeKind, text: string) => void,
): void {
  const heading = newer.heading;
  // Tables and lists of a section are matched in their order: a section holds one or two.
  const tables = [blocksOf(older, 'table'), blocksOf(newer, 'table')] as const;
  for (let index = 0; index < Math.max(tables[0].length, tables[1].length); index += 1) {
    const empty: Table = { kind: 'table', columns: [], rows: [] };
    const was = tables[0][index];
    const is = tables[1][index];
    compareTables(
      was ?? { ...empty, columns: is?.columns ?? [] },
      is ?? { ...empty, columns: was?.columns ?? [] },
      newer,
      words,
      push,
    );
  }
  const lists = [blocksOf(older, 'list'), blocksOf(newer, 'list')] as const;
  for (let index = 0; index < Math.max(lists[0].length, lists[1].length); index += 1) {
    const empty: List = { kind: 'list', items: [] };
    compareLists(lists[0][index] ?? empty, lists[1][index] ?? empty, heading, words, push);
  }
  compareParagraphs(
    blocksOf(older, 'paragraph'),
    blocksOf(newer, 'paragraph'),
    heading,
    words,
    push,
  );
}

/** What changed from `older` to `newer`, in the order of the newer document, removals first. */
export function compareNotices(
  older: NoticeDocument,
  newer: NoticeDocument,
  language: Language,
): NoticeChange[] {
  const words = new Wording(language);
  const changes: NoticeChange[] = [];
  const at = (sectionId: string) => (kind: NoticeChangeKind, text: string) => {
    changes.push({ kind, sectionId, text });
  };
  if (older.organisation.trim() !== newer.organisation.trim()) {
    at('')(
      'organisationChanged',
      words.say('change.organisation', {
        before: words.value(older.organisation),
        after: words.value(newer.organisation),
      }),
    );
  }
  if (older.title.trim() !== newer.title.trim()) {
    at('')('titleChanged', words.say('change.title', { before: older.title, after: newer.title }));
  }
  const newerIds = new Set(newer.sections.map((section) => section.id));
  for (const section of older.sections) {
    if (!newerIds.has(section.id)) {
      at(section.id)(
        'sectionRemoved',
        words.say('change.sectionRemoved', { heading: section.heading }),
      );
    }
  }
  const olderById = new Map(older.sections.map((section) => [section.id, section]));
  for (const section of newer.sections) {
    const previous = olderById.get(section.id);
    if (previous === undefined) {
      at(section.id)(
        'sectionAdded',
        words.say('change.sectionAdded', { heading: section.heading }),
      );
    } else {
      compareSections(previous, section, words, at(section.id));
    }
  }
  return changes;
}
