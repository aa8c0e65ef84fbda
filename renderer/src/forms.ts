import type { FieldIssue } from '../../shared/errors';

/** A copy of `value` with the leaf at `path` replaced; arrays and objects are copied on the way. */
export function setIn<T>(value: T, path: readonly (string | number)[], leaf: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return leaf as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    copy[Number(head)] = setIn(copy[Number(head)], rest, leaf);
    return copy as T;
  }
  const record = { ...(value as Record<string, unknown>) };
  record[String(head)] = setIn(record[String(head)], rest, leaf);
  return record as T;
}

/** Field issues keyed by path, with a prefix (`activity.`) removed; the first issue of a path wins. */
export function issuesByPath(issues: readonly FieldIssue[], prefix = ''): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    byPath[path] ??= issue.messageKey;
  }
  return byPath;
}
