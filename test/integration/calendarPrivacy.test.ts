import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import type { CalendarItem } from '../../shared/retention/calendar';
import type { RequestPage } from '../../shared/schemas/request';
import { runCliCaptured } from '../helpers/cli';
import { value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';
import { unzip } from '../helpers/zip';

const tempDir = useTempDir();

async function example(dir: string) {
  const db = join(dir, 'dpo-desk.sqlite');
  expect((await runCliCaptured(['init', '--db', db, '--example'])).code).toBe(0);
  const opened = await openContext(db, { actor: 'dpo' });
  const page = value<RequestPage>(await dispatch(opened.ctx, 'requests.list', { pageSize: 100 }));
  await opened.close();
  const names = page.rows.map((row) => row.requesterName);
  expect(names.length).toBeGreaterThan(5);
  return { db, names };
}

/** The text of a sheet of the workbook, its XML as stored in the file. */
function sheetXml(file: string, sheetIndex: number): string {
  const entries = unzip(readFileSync(file));
  const entry = entries.get(`xl/worksheets/sheet${String(sheetIndex)}.xml`);
  if (entry === undefined) throw new Error(`no sheet ${String(sheetIndex)}`);
  return entry;
}

describe('requesters are named only where the DPO asked', () => {
  it('keeps names out of the Échéances sheet, the .ics and the screen calendar by default', async () => {
    const dir = tempDir();
    const { db, names } = await example(dir);
    const xlsx = join(dir, 'registre.xlsx');
    expect((await runCliCaptured(['export', 'xlsx', '--db', db, '--out', xlsx])).code).toBe(0);
    const ics = join(dir, 'echeances.ics');
    expect((await runCliCaptured(['calendar', '--db', db, '--out', ics])).code).toBe(0);

    // Échéances is the last of the workbook's sheets.
    const entries = unzip(readFileSync(xlsx));
    const sheets = [...entries.keys()].filter((name) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(name),
    );
    const deadlines = sheetXml(xlsx, sheets.length);
    expect(deadlines).toContain('Réponse due : DSR-');
    const icsText = readFileSync(ics, 'utf8');
    expect(icsText).toContain('Réponse due : DSR-');
    for (const name of names) {
      expect(deadlines, name).not.toContain(name);
      expect(icsText.replace(/\r\n /g, ''), name).not.toContain(name);
    }
    const opened = await openContext(db, { actor: 'dpo' });
    try {
      const items = value<CalendarItem[]>(await dispatch(opened.ctx, 'calendar.list', {}));
      const titles = items.map((item) => item.title).join('\n');
      for (const name of names) expect(titles, name).not.toContain(name);

      // Asked for: the setting names them in the calendar, and --with-names in the workbook.
      value(await dispatch(opened.ctx, 'preferences.save', { calendarNames: true }));
      const named = value<CalendarItem[]>(await dispatch(opened.ctx, 'calendar.list', {}));
      expect(names.some((name) => named.some((item) => item.title.includes(name)))).toBe(true);
    } finally {
      await opened.close();
    }
    const withNames = join(dir, 'avec-noms.xlsx');
    expect(
      (await runCliCaptured(['export', 'xlsx', '--db', db, '--out', withNames, '--with-names']))
        .code,
    ).toBe(0);
    const namedSheet = sheetXml(withNames, sheets.length);
    expect(names.some((name) => namedSheet.includes(name))).toBe(true);
  });

  it('writes .ics categories in the user’s language, a reminder the day before, and marks what is overdue', async () => {
    const dir = tempDir();
    const { db } = await example(dir);
    const read = async () => {
      const out = join(dir, 'echeances.ics');
      expect((await runCliCaptured(['calendar', '--db', db, '--out', out])).code).toBe(0);
      const calendar = ICAL.Component.fromString(readFileSync(out, 'utf8'));
      return calendar.getAllSubcomponents('vevent');
    };
    const events = await read();
    const categories = new Set(
      events.flatMap((e) => (e.getFirstProperty('categories')?.getValues() ?? []) as string[]),
    );
    expect(categories.has('Demandes')).toBe(true);
    expect(categories.has('request')).toBe(false);
    const overdue = events.filter((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('EN RETARD — '),
    );
    const coming = events.filter(
      (e) => !String(e.getFirstPropertyValue('summary')).startsWith('EN RETARD'),
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(coming.length).toBeGreaterThan(0);
    for (const event of overdue) {
      expect(event.getFirstProperty('categories')?.getValues()).toContain('EN RETARD');
    }
    for (const event of coming) {
      const alarm = event.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      // Midnight of the day, less 15 hours: 9:00 the day before.
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT15H');
    }

    const opened = await openContext(db, { actor: 'dpo' });
    value(await dispatch(opened.ctx, 'preferences.save', { language: 'en', reminderDays: 3 }));
    await opened.close();
    const english = await read();
    const englishCategories = new Set(
      english.flatMap((e) => (e.getFirstProperty('categories')?.getValues() ?? []) as string[]),
    );
    expect(englishCategories.has('OVERDUE')).toBe(true);
    const alarm = english
      .find((e) => e.getFirstSubcomponent('valarm') !== null)
      ?.getFirstSubcomponent('valarm');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT63H');
  });
});
