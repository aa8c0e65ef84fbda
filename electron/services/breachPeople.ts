import { insertAuditEntry } from '../../db/audit';
import { breachPeopleView, deleteBreachPeople, replaceBreachPeople } from '../../db/breachPeople';
import { readPeopleList } from '../../shared/breaches/peopleList';
import { translate } from '../../shared/i18n';
import { readCsv } from '../documents/readers/csvReader';
import { getPreferences } from './preferences';
import { cellText } from './registerImportCnil';
import { AppError } from '../../shared/errors';
import type { BreachPeopleView } from '../../shared/schemas/breachPeople';
import { breachEntity, getBreachView } from './breaches';
import type { Context } from './context';
import { transact } from './transact';

/** More than any breach a DPO tells by letter; a bigger list is a public communication. */
export const maxBreachPeople = 100_000;

export async function peopleOf(ctx: Context, id: string): Promise<BreachPeopleView> {
  await getBreachView(ctx, id);
  return breachPeopleView(ctx.db, id);
}

/**
 * Replaces the list with the people of a table (its first line names the columns): every line is
 * checked first, and one refused line refuses the whole list, each refused line named. The
 * journal records how many people, never who.
 */
export async function importPeopleLines(
  ctx: Context,
  id: string,
  lines: readonly { line: number; cells: readonly string[] }[],
): Promise<BreachPeopleView> {
  await getBreachView(ctx, id);
  if (lines.length - 1 > maxBreachPeople) {
    throw new AppError('VALIDATION', 'error.breachPeople.tooMany');
  }
  const list = readPeopleList(lines);
  if (!list.ok) {
    if (list.key === 'error.breachPeople.noColumns') throw new AppError('VALIDATION', list.key);
    throw new AppError(
      'VALIDATION',
      list.key,
      { count: list.problems.length },
      { problems: list.problems },
      {
        // The first lines say what to correct; the count says how many.
        problems: list.problems.slice(0, 5).map((problem) => problem.reason),
      },
    );
  }
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    const before = await breachPeopleView(trx, id, 0);
    await replaceBreachPeople(trx, id, list.people, now);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: breachEntity,
      entityId: id,
      action: 'update',
      before: { peopleToTell: before.count },
      after: { peopleToTell: list.people.length },
    });
  });
  return breachPeopleView(ctx.db, id);
}

/** The list from a CSV file chosen in a dialog; null when the DPO cancelled. */
export async function importPeopleFile(ctx: Context, id: string): Promise<BreachPeopleView | null> {
  await getBreachView(ctx, id);
  const language = (await getPreferences(ctx)).language;
  const file = await ctx.files.choose({
    title: translate(language, 'dialog.peopleList'),
    extensions: ['csv', 'txt'],
  });
  if (file === null) return null;
  const bytes = await file.read();
  if (bytes.includes(0)) throw new AppError('VALIDATION', 'error.breachPeople.unreadable');
  const [sheet] = readCsv(bytes, file.name).sheets;
  const lines = (sheet?.rows ?? []).map((row) => {
    const width = Math.max(0, ...row.cells.map((cell) => cell.column));
    const cells = new Array<string>(width).fill('');
    for (const cell of row.cells) cells[cell.column - 1] = cellText(cell.value);
    return { line: row.number, cells };
  });
  return importPeopleLines(ctx, id, lines);
}

/** Erases the list for good (secure_delete wipes the pages): the people have been told. */
export async function erasePeople(ctx: Context, id: string): Promise<BreachPeopleView> {
  await getBreachView(ctx, id);
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    const count = await deleteBreachPeople(trx, id);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: breachEntity,
      entityId: id,
      action: 'update',
      before: { peopleToTell: count },
      after: { peopleToTell: 0 },
    });
  });
  return breachPeopleView(ctx.db, id);
}
