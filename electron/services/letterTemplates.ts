import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../../db/audit';
import { deleteTemplateOverride, getTemplateOverride, putTemplateOverride } from '../../db/letters';
import type { Database } from '../../db/schema';
import { AppError } from '../../shared/errors';
import { placeholdersOf } from '../../shared/letters/render';
import {
  letterLanguages,
  templateKinds,
  type LetterLanguage,
  type LetterTemplate,
  type TemplateKind,
} from '../../shared/letters/templates';
import { knownPlaceholders } from '../../shared/letters/values';
import type { Context } from './context';
import { resourcesDir } from './resources';
import { transact } from './transact';

/** The templates shipped in resources/letters/<language>/<kind>.txt: "subject: …", "---", body. */
export function originalTemplate(
  kind: TemplateKind,
  language: LetterLanguage,
): { subject: string; body: string } {
  const text = readFileSync(
    join(resourcesDir(), 'letters', language, `${kind}.txt`),
    'utf8',
  ).replace(/\r\n/g, '\n');
  // A building block has no subject: its file starts with the separator.
  const separator = text.startsWith('---\n') ? -1 : text.indexOf('\n---\n');
  const header = separator < 0 ? '' : text.slice(0, separator);
  const body = text.startsWith('---\n')
    ? text.slice(4)
    : separator < 0
      ? text
      : text.slice(separator + 5);
  const subject = /^subject:\s*(.*)$/m.exec(header)?.[1] ?? '';
  return { subject: subject.trim(), body: body.trim() };
}

export async function getTemplate(
  db: Kysely<Database>,
  kind: TemplateKind,
  language: LetterLanguage,
): Promise<LetterTemplate> {
  const override = await getTemplateOverride(db, kind, language);
  const template = override ?? originalTemplate(kind, language);
  return {
    kind,
    language,
    subject: template.subject,
    body: template.body,
    edited: override !== null,
  };
}

export async function listTemplates(ctx: Context): Promise<LetterTemplate[]> {
  const templates: LetterTemplate[] = [];
  for (const language of letterLanguages) {
    for (const kind of templateKinds) templates.push(await getTemplate(ctx.db, kind, language));
  }
  return templates;
}

/** Saves an edited template; a placeholder the app does not know is refused (a typo). */
export function saveTemplate(
  ctx: Context,
  input: { kind: TemplateKind; language: LetterLanguage; subject: string; body: string },
): Promise<LetterTemplate> {
  const unknown = placeholdersOf(`${input.subject}\n${input.body}`).filter(
    (name) => !knownPlaceholders.has(name),
  );
  if (unknown.length > 0) {
    throw new AppError(
      'VALIDATION',
      'error.template.unknownPlaceholder',
      { names: unknown.map((n) => `{{${n}}}`).join(', ') },
      { fields: [{ path: 'body', messageKey: 'validation.unknownPlaceholder' }] },
    );
  }
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await getTemplate(trx, input.kind, input.language);
    await putTemplateOverride(trx, input.kind, input.language, {
      subject: input.subject,
      body: input.body,
      updatedAt: now.toISOString(),
    });
    const after = await getTemplate(trx, input.kind, input.language);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'letter_template',
      entityId: `${input.kind}.${input.language}`,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}

export function restoreTemplate(
  ctx: Context,
  input: { kind: TemplateKind; language: LetterLanguage },
): Promise<LetterTemplate> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await getTemplate(trx, input.kind, input.language);
    await deleteTemplateOverride(trx, input.kind, input.language);
    const after = await getTemplate(trx, input.kind, input.language);
    if (before.edited) {
      await insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: 'letter_template',
        entityId: `${input.kind}.${input.language}`,
        action: 'update',
        before,
        after,
      });
    }
    return after;
  });
}
