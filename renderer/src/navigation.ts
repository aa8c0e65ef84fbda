/**
 * Leaving a page with unsaved changes asks first. A page registers a guard; the router consults it
 * before following a change of address.
 */
type LeaveGuard = () => boolean;

let current: LeaveGuard | null = null;

export function setLeaveGuard(guard: LeaveGuard): () => void {
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}

/** True when the page may be left (no guard, or the user agreed to lose the changes). */
export function mayLeave(): boolean {
  return current === null || current();
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}

/** The address the app shows; restored when leaving a page is refused. */
let shownHash = window.location.hash;

export function shownLocation(): string {
  return shownHash;
}

export function acceptLocation(hash: string): void {
  shownHash = hash;
}

/** Changes the address without leaving the page (a new record got its id). */
export function replaceLocation(hash: string): void {
  window.history.replaceState(null, '', hash);
  shownHash = hash;
}
