/** A message one page leaves for the next (after a delete, the list says what remains to do). */
const key = 'dpo-desk.notice';

export function leaveNotice(messageKey: string): void {
  sessionStorage.setItem(key, messageKey);
}

export function takeNotice(): string | null {
  const messageKey = sessionStorage.getItem(key);
  sessionStorage.removeItem(key);
  return messageKey;
}
