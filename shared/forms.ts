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

/** The leaf at a dotted path (`purposes.0.legalBasis`); undefined where the path goes nowhere. */
function leafAt(value: unknown, path: string): unknown {
  let here = value;
  for (const key of path.split('.')) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

/**
 * The errors still standing after an edit: the error of a field whose value changed goes at once
 * (the next save says again whatever is still wrong). The same object when nothing goes, so that
 * a state setter given it does not render again.
 */
export function errorsAfterEdit<E extends Partial<Record<string, string>>>(
  errors: E,
  before: unknown,
  after: unknown,
): E {
  const kept = Object.entries(errors).filter(
    ([path]) => JSON.stringify(leafAt(before, path)) === JSON.stringify(leafAt(after, path)),
  );
  return kept.length === Object.keys(errors).length ? errors : (Object.fromEntries(kept) as E);
}
