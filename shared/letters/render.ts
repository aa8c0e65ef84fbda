/**
 * Letter templates: a subject and a body with `{{placeholders}}`. Paragraphs are separated by a
 * blank line; a line starting with "- " is a list item. A placeholder's value may itself hold
 * several paragraphs or list items.
 */

export type LetterValues = Readonly<Record<string, string>>;

export interface RenderedLetter {
  subject: string;
  /** Paragraphs; a paragraph whose lines start with "- " is a list. */
  paragraphs: string[];
  /** Placeholders used by the template that have no value: the DPO must see them. */
  missing: string[];
  /** Placeholders unknown to the app (a typo in an edited template). */
  unknown: string[];
}

const placeholderPattern = /\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g;

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((match) => match[1] ?? ''))];
}

function fill(
  text: string,
  values: LetterValues,
  known: ReadonlySet<string>,
  missing: Set<string>,
  unknown: Set<string>,
  optional: ReadonlySet<string>,
): string {
  return text.replace(placeholderPattern, (whole, name: string) => {
    if (!known.has(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name] ?? '';
    if (value.trim() === '') {
      if (optional.has(name)) return '';
      missing.add(name);
      return `[${name}]`;
    }
    return value;
  });
}

export function renderLetter(
  template: { subject: string; body: string },
  values: LetterValues,
  known: ReadonlySet<string>,
  optional: ReadonlySet<string> = new Set(),
): RenderedLetter {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const subject = fill(template.subject, values, known, missing, unknown, optional)
    .replace(/\s+/g, ' ')
    .trim();
  const body = fill(
    template.body.replace(/\r\n/g, '\n'),
    values,
    known,
    missing,
    unknown,
    optional,
  );
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return { subject, paragraphs, missing: [...missing], unknown: [...unknown] };
}

/** The letter as plain text (checks, previews, tests). */
export function letterText(letter: RenderedLetter): string {
  return [letter.subject, ...letter.paragraphs].join('\n\n');
}
