import { createColumnHelper, type DisplayColumnDef } from '@tanstack/react-table';

type FieldOptions<T, V> = Omit<DisplayColumnDef<T, V>, 'id' | 'header' | 'size'>;

/**
 * The columns that show one field of a row, keyed by the field's name, for a list's column
 * definitions: `field('name', header, width, { cell, filterFn, ... })`.
 */
export function fieldColumns<T>() {
  const column = createColumnHelper<T>();
  return <K extends keyof T & string>(
    key: K,
    header: string,
    size: number,
    options: FieldOptions<T, T[K]> = {},
  ) => column.accessor((row) => row[key], { ...options, id: key, header, size });
}
