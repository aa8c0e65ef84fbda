import { localCalendarDate } from '../../shared/dates';
import type { CalendarSummary } from './calendar';

export interface ReminderNotice {
  title: string;
  body: string;
}

export interface ReminderDeps {
  /** What is overdue and due within 7 days, now. */
  summarise: () => Promise<CalendarSummary>;
  /** Shows the desktop notification (Electron's Notification in the app). */
  notify: (notice: ReminderNotice) => void;
  clock: () => Date;
  /** Timers, passed in so that tests drive the time. */
  every: (ms: number, run: () => void) => { cancel: () => void };
  after: (ms: number, run: () => void) => { cancel: () => void };
}

/** A few seconds after start, so that the window is up before the notification. */
export const firstReminderDelayMs = 5_000;
/**
 * How often the day is checked. Hourly rather than a 24-hour timer: a laptop asleep overnight
 * would otherwise push the reminder later every day, or skip one.
 */
export const reminderCheckMs = 60 * 60 * 1000;

/** The notification's text: the summary, and the first deadlines by name. */
export function reminderNotice(summary: CalendarSummary): ReminderNotice | null {
  if (summary.overdue + summary.within7 === 0) return null;
  const first = summary.items.slice(0, 3).map((item) => `• ${item.title}`);
  const more = summary.items.length > 3 ? [`… (+${String(summary.items.length - 3)})`] : [];
  return {
    title: summary.title,
    body: [summary.text, ...first, ...more].join('\n'),
  };
}

/**
 * The daily reminder: once on start, then once each new calendar day while the app stays open,
 * only when something is overdue or due within 7 days. Returns the function that stops it.
 */
export function startReminders(deps: ReminderDeps): () => void {
  let lastDay = '';
  let running = false;
  const check = () => {
    const today = localCalendarDate(deps.clock());
    if (today === lastDay || running) return;
    running = true;
    deps
      .summarise()
      .then((summary) => {
        lastDay = today;
        const notice = reminderNotice(summary);
        if (notice !== null) deps.notify(notice);
      })
      // A failed read (database busy, closing) is tried again at the next check.
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  };
  const first = deps.after(firstReminderDelayMs, check);
  const hourly = deps.every(reminderCheckMs, check);
  return () => {
    first.cancel();
    hourly.cancel();
  };
}
