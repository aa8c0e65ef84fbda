import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarSummary } from '../../electron/services/calendar';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import {
  firstReminderDelayMs,
  reminderCheckMs,
  startReminders,
  type ReminderNotice,
} from '../../electron/services/reminders';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

/** Timers the test drives: the reminder runs only when the test moves time on. */
function manualTime(start: Date) {
  let now = start.getTime();
  let timers: { at: number; every: number | null; run: () => void; live: boolean }[] = [];
  return {
    clock: () => new Date(now),
    after: (ms: number, run: () => void) => {
      const timer = { at: now + ms, every: null, run, live: true };
      timers.push(timer);
      return { cancel: () => (timer.live = false) };
    },
    every: (ms: number, run: () => void) => {
      const timer = { at: now + ms, every: ms, run, live: true };
      timers.push(timer);
      return { cancel: () => (timer.live = false) };
    },
    /** Moves time on, running every timer that falls due, then lets the summaries finish. */
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = timers
          .filter((t) => t.live && t.at <= end)
          .sort((a, b) => a.at - b.at)
          .at(0);
        if (next === undefined) break;
        now = next.at;
        if (next.every === null) next.live = false;
        else next.at += next.every;
        next.run();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      now = end;
      timers = timers.filter((t) => t.live);
    },
    live: () => timers.filter((t) => t.live).length,
  };
}

describe('daily reminders', () => {
  it('notifies on start and once each new day while open, naming what is overdue', async () => {
    const time = manualTime(new Date('2026-11-22T08:00:00'));
    opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
      actor: 'dpo',
      clock: time.clock,
    });
    const { ctx } = opened;
    await dispatch(ctx, 'example.load', {});
    const notices: ReminderNotice[] = [];
    const stop = startReminders({
      summarise: () => calendarSummary(ctx),
      notify: (notice) => notices.push(notice),
      clock: time.clock,
      after: time.after,
      every: time.every,
    });

    expect(notices).toHaveLength(0);
    await time.advance(firstReminderDelayMs);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toBe('DPO Desk — échéances RGPD');
    expect(notices[0]?.body).toMatch(/^2 échéances en retard, 1 dans les 7 jours\./);
    expect(notices[0]?.body).toContain(
      '• Revue périodique : Segment CRM : prospects inactifs depuis 3 ans',
    );

    // The same day: nothing more, however many hourly checks.
    await time.advance(10 * reminderCheckMs);
    expect(notices).toHaveLength(1);
    // The next morning, and the day after: one each.
    await time.advance(14 * reminderCheckMs);
    expect(notices).toHaveLength(2);
    await time.advance(24 * reminderCheckMs);
    expect(notices).toHaveLength(3);
    // In English once the interface is: title and summary alike.
    await dispatch(ctx, 'preferences.save', { language: 'en' });
    await time.advance(24 * reminderCheckMs);
    expect(notices[3]?.title).toBe('DPO Desk — GDPR deadlines');
    expect(notices[3]?.body).not.toMatch(/échéance/);

    stop();
    expect(time.live()).toBe(0);
    await time.advance(48 * reminderCheckMs);
    expect(notices).toHaveLength(4);
  });

  it('stays silent when nothing is overdue or due within 7 days', async () => {
    const time = manualTime(new Date('2026-11-22T08:00:00'));
    opened = await openContext(join(tempDir(), 'vide.sqlite'), {
      actor: 'dpo',
      clock: time.clock,
    });
    const { ctx } = opened;
    const notices: ReminderNotice[] = [];
    const summaries: number[] = [];
    const stop = startReminders({
      summarise: async () => {
        const summary = await calendarSummary(ctx);
        summaries.push(summary.overdue + summary.within7);
        return summary;
      },
      notify: (notice) => notices.push(notice),
      clock: time.clock,
      after: time.after,
      every: time.every,
    });
    await time.advance(firstReminderDelayMs + 30 * reminderCheckMs);
    stop();
    expect(summaries).toEqual([0, 0]);
    expect(notices).toEqual([]);
  });
});
