import { translate, type Language } from '../i18n';
import type { CalendarItem } from './calendar';

/** Text escaped as RFC 5545 wants it (backslash, semicolon, comma, line breaks). */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines of at most 75 octets, continued with a space (RFC 5545 section 3.1), never cutting a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function day(date: string): string {
  return date.replaceAll('-', '');
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replaceAll('-', '');
}

/** A reminder `days` before an all-day event, at 9:00 (the event starts at midnight). */
function trigger(days: number): string {
  return days === 0 ? 'PT9H' : `-PT${String(days * 24 - 9)}H`;
}

/**
 * The calendar as an iCalendar file: one all-day event per deadline, its kind as a category in the
 * user's language, a reminder (VALARM) `reminderDays` before, overdue ones marked as such.
 */
export function toIcs(
  items: readonly CalendarItem[],
  stamp: Date,
  organisation: string,
  options: { language: Language; reminderDays: number } = { language: 'fr', reminderDays: 1 },
): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(options.language, key, params);
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DPO Desk//Calendrier des échéances//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t('calendar.calendarName', { organisation }))}`,
  ];
  for (const item of items) {
    const summary = item.overdue ? `${t('calendar.overdueMark')} — ${item.title}` : item.title;
    const categories = [t(`enum.calendarKind.${item.kind}`)];
    if (item.overdue) categories.push(t('calendar.overdueMark'));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}@dpo-desk`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${day(item.date)}`,
      `DTEND;VALUE=DATE:${nextDay(item.date)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(item.detail)}`,
      `CATEGORIES:${categories.map(escapeText).join(',')}`,
      'TRANSP:TRANSPARENT',
    );
    // A deadline already past needs no reminder before it.
    if (!item.overdue) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${trigger(options.reminderDays)}`,
        `DESCRIPTION:${escapeText(summary)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
