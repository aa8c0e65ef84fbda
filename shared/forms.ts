/**
 * After a conflict: the record as it now is (`fresh`), with what the user changed since the form
 * was loaded (`typed` against `loaded`) put back on top, field by field. A field the user did not
 * touch takes the other window's value; one they did keeps theirs, to be saved over it knowingly.
 */
export function reapply<F extends object>(loaded: F, typed: F, fresh: F): F {
  const merged = { ...fresh };
  for (const key of Object.keys(typed) as (keyof F)[]) {
    if (JSON.stringify(typed[key]) !== JSON.stringify(loaded[key])) merged[key] = typed[key];
  }
  return merged;
}

/** The time another window saved, from a CONFLICT's details (null when the service did not say). */
export function conflictTimeOf(details: Record<string, unknown> | undefined): string | null {
  const changedAt = details?.changedAt;
  return typeof changedAt === 'string' ? changedAt : null;
}
