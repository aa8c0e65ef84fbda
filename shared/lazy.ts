/**
 * A value made at its first use, then kept. For the Intl objects (a collator, a time-zone
 * formatter): built at module load they cost 10 to 20 ms to every start of the command line,
 * whether or not the command compares a name or reads a Paris hour.
 */
export function lazy<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}
