import type { SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';

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

/** A list's state written after `?` in the address, so that Back brings it back. */
function addressParams(): URLSearchParams {
  const [, query = ''] = window.location.hash.split('?');
  return new URLSearchParams(query);
}

function writeAddressParam(name: string, value: string | null): void {
  const [path = '#/'] = window.location.hash.split('?');
  const params = addressParams();
  if (value === null) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  replaceLocation(query === '' ? path : `${path}?${query}`);
}

/**
 * A list's sort kept in the address as `column.asc` or `column.desc` (`tri=name.asc`), one column
 * at a time.
 */
export function useAddressSorting(
  initial: SortingState,
): [SortingState, (next: SortingState) => void] {
  const [first] = initial;
  const [text, setText] = useAddressState(
    'tri',
    first === undefined ? '' : `${first.id}.${first.desc ? 'desc' : 'asc'}`,
  );
  const sorting = useMemo<SortingState>(() => {
    const [id, direction] = text.split('.');
    return id === undefined || id === '' ? [] : [{ id, desc: direction === 'desc' }];
  }, [text]);
  const setSorting = useCallback(
    (next: SortingState) => {
      const [chosen] = next;
      setText(chosen === undefined ? '' : `${chosen.id}.${chosen.desc ? 'desc' : 'asc'}`);
    },
    [setText],
  );
  return [sorting, setSorting];
}

/**
 * A list's search, filter, sort or page, kept in the address (without a new history entry):
 * leaving for a record and coming Back shows the list as it was.
 */
export function useAddressState(name: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => addressParams().get(name) ?? initial);
  useEffect(() => {
    writeAddressParam(name, value === initial ? null : value);
  }, [name, value, initial]);
  return [value, setValue];
}
