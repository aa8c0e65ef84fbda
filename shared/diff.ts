/** One field that changed between two versions of a record, for the History tab. */
export interface FieldChange {
  /** `purposes.1.legalBasis` */
  path: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
}

type Leaf = string | number | boolean | null;

function flatten(value: unknown, prefix: string, into: Map<string, Leaf>): void {
  if (Array.isArray(value)) {
    if (value.length === 0 && prefix !== '') into.set(prefix, null);
    value.forEach((item, index) => {
      flatten(item, prefix === '' ? String(index) : `${prefix}.${String(index)}`, into);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      flatten(item, prefix === '' ? key : `${prefix}.${key}`, into);
    }
  } else if (prefix !== '') {
    into.set(
      prefix,
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null,
    );
  }
}

/** Field-by-field differences, ignoring the given top-level keys (timestamps...). */
export function diffFields(
  before: unknown,
  after: unknown,
  ignore: readonly string[] = [],
): FieldChange[] {
  const a = new Map<string, Leaf>();
  const b = new Map<string, Leaf>();
  flatten(before ?? {}, '', a);
  flatten(after ?? {}, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((path) => !ignore.includes(path.split('.')[0] ?? ''))
    .filter((path) => (a.get(path) ?? null) !== (b.get(path) ?? null))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}
