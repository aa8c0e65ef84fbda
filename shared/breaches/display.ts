/** The breach list's words: the time left to notify, a Paris reading, its state filters. */
import type { TimeLeft } from './clock';
import type { BreachState } from './vocabulary';

type T = (key: string, params?: Record<string, string | number>) => string;

/** « 5 h 12 min » under a day, « dans 2 j 4 h » beyond, « En retard » once past. */
export function timeLeftText(left: TimeLeft, t: T): string {
  if (left.level === 'late') return t('breach.left.late');
  const hours = Math.floor(left.minutes / 60);
  if (hours < 24) return t('breach.left.hours', { hours, minutes: left.minutes % 60 });
  return t('breach.left.days', { days: Math.floor(hours / 24), hours: hours % 24 });
}

/** Only a breach not yet notified, and not documented only, has a clock still running. */
export function clockRuns(state: BreachState): boolean {
  return state === 'toAssess' || state === 'toNotify' || state === 'late';
}

/** `2026-03-27T14:25[+01:00]` as the DPO reads it: `27/03/2026 14:25`. */
export function parisShort(iso: string): string {
  if (iso.length < 16) return iso;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** The list's state filters, as kept in the address. */
export const breachViews = ['open', 'toNotify', 'notified', 'late', 'documentedOnly'] as const;
export type BreachListView = (typeof breachViews)[number];

export function inView(view: string, state: BreachState, isOpen: boolean): boolean {
  switch (view) {
    case 'open':
      return isOpen;
    case 'toNotify':
      return state === 'toAssess' || state === 'toNotify';
    case 'notified':
      return state === 'notified' || state === 'notifiedLate';
    case 'late':
      return state === 'late';
    case 'documentedOnly':
      return state === 'documentedOnly';
    default:
      return true;
  }
}
