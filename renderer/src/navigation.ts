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
