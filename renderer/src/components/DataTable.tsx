import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { compareFrench, matchesSearch } from '../../../shared/text';
import { useI18n } from '../i18n';

/** TanStack's own column type: accessor columns of different value types live in one list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack types column lists as ColumnDef<T, any>
export type Columns<T> = ColumnDef<T, any>[];

/** Paging, sorting and filtering done by the service: the table shows one page and asks for others. */
export interface ServerSide {
  total: number;
  /** The service stopped counting at `total`: more rows match (« plus de 1 000 »). */
  moreThanTotal?: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}

interface DataTableProps<T> {
  /** Names the table for the remembered column visibility. */
  tableId: string;
  data: T[];
  columns: Columns<T>;
  getRowId: (row: T) => string;
  /** The row's words for the search box (matched without case or accents). */
  searchText: (row: T) => string;
  search: string;
  columnFilters: ColumnFiltersState;
  onRowOpen?: (row: T) => void;
  emptyMessage: string;
  countLabel: (shown: number, total: number, moreThanTotal: boolean) => string;
  /** The sort shown and its change (kept by the page, in the address). */
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  /** When given, the rows are one page from the service, already sorted and filtered. */
  server?: ServerSide;
  /**
   * When given, a first column of checkboxes selects rows (by id). Each checkbox is named after
   * the row as the DPO knows it (« Sélectionner DSR-2026-0007 »), never after its internal id.
   */
  selection?: {
    selected: ReadonlySet<string>;
    onChange: (selected: Set<string>) => void;
    rowLabel: (row: T) => string;
  };
}

const rowHeight = 44;

function loadVisibility(tableId: string): VisibilityState {
  try {
    const stored = window.localStorage.getItem(`dpo-desk.table.${tableId}.columns`);
    return stored === null ? {} : (JSON.parse(stored) as VisibilityState);
  } catch {
    return {};
  }
}

/**
 * The one table of the app: sorting, search, column filters, column visibility remembered per
 * table, row count, and virtualised rows so that thousands of records scroll smoothly.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useI18n();
  const [visibility, setVisibility] = useState<VisibilityState>(() =>
    loadVisibility(props.tableId),
  );

  useEffect(() => {
    window.localStorage.setItem(
      `dpo-desk.table.${props.tableId}.columns`,
      JSON.stringify(visibility),
    );
  }, [props.tableId, visibility]);

  const { searchText, server } = props;
  // TanStack's hook returns functions that the React Compiler cannot memoise; that is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: props.data,
    columns: props.columns,
    // Every column sorts in French order unless it says otherwise.
    defaultColumn: {
      sortingFn: (a, b, columnId) => compareFrench(a.getValue(columnId), b.getValue(columnId)),
    },
    getRowId: props.getRowId,
    manualSorting: server !== undefined,
    manualFiltering: server !== undefined,
    state: {
      sorting: props.sorting,
      columnVisibility: visibility,
      globalFilter: server === undefined ? props.search : '',
      columnFilters: server === undefined ? props.columnFilters : [],
    },
    onSortingChange: (updater) => {
      props.onSortingChange(typeof updater === 'function' ? updater(props.sorting) : updater);
    },
    onColumnVisibilityChange: setVisibility,
    globalFilterFn: (row, _columnId, value: string) =>
      matchesSearch(searchText(row.original), value),
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const { selection } = props;
  const columnCount = table.getVisibleLeafColumns().length + (selection === undefined ? 0 : 1);
  const pageIds = rows.map((row) => row.id);
  const allSelected =
    pageIds.length > 0 && pageIds.every((id) => selection?.selected.has(id) === true);
  const toggle = (id: string, on: boolean) => {
    if (selection === undefined) return;
    const next = new Set(selection.selected);
    if (on) next.add(id);
    else next.delete(id);
    selection.onChange(next);
  };

  return (
    <div className="data-table">
      <div className="data-table-bar">
        <span className="row-count" role="status" data-testid="row-count">
          {server === undefined
            ? props.countLabel(rows.length, props.data.length, false)
            : props.countLabel(server.total, server.total, server.moreThanTotal === true)}
        </span>
        {server !== undefined ? <Pager server={server} /> : null}
        <details className="column-menu">
          <summary>{t('common.columns')}</summary>
          <div className="column-menu-list">
            {table
              .getAllLeafColumns()
              .filter((column) => column.getCanHide())
              .map((column) => (
                <label key={column.id}>
                  <input
                    type="checkbox"
                    checked={column.getIsVisible()}
                    onChange={column.getToggleVisibilityHandler()}
                  />
                  {typeof column.columnDef.header === 'string'
                    ? column.columnDef.header
                    : column.id}
                </label>
              ))}
          </div>
        </details>
      </div>
      <div className="data-table-scroll" ref={scrollRef}>
        <table>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {selection !== undefined ? (
                  <th className="select-cell" style={{ width: 48 }}>
                    <input
                      type="checkbox"
                      aria-label={t('table.selectAll')}
                      checked={allSelected}
                      onChange={(event) => {
                        const next = new Set(selection.selected);
                        for (const id of pageIds) {
                          if (event.target.checked) next.add(id);
                          else next.delete(id);
                        }
                        selection.onChange(next);
                      }}
                    />
                  </th>
                ) : null}
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      style={{ width: header.getSize() }}
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : undefined
                      }
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true">
                            {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                          </span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              return (
                <tr
                  key={row.id}
                  data-row-id={row.id}
                  style={{ height: rowHeight }}
                  className={props.onRowOpen !== undefined ? 'clickable' : undefined}
                  onClick={() => props.onRowOpen?.(row.original)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') props.onRowOpen?.(row.original);
                  }}
                  tabIndex={props.onRowOpen !== undefined ? 0 : undefined}
                >
                  {selection !== undefined ? (
                    <td
                      className="select-cell"
                      onClick={(event) => {
                        event.stopPropagation();
                      }}
                    >
                      <input
                        type="checkbox"
                        aria-label={t('table.selectRow', { row: selection.rowLabel(row.original) })}
                        checked={selection.selected.has(row.id)}
                        onChange={(event) => {
                          toggle(row.id, event.target.checked);
                        }}
                      />
                    </td>
                  ) : null}
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true">
                <td
                  colSpan={columnCount}
                  style={{ height: paddingBottom, padding: 0, border: 0 }}
                />
              </tr>
            ) : null}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="table-empty">{props.emptyMessage}</p> : null}
      </div>
    </div>
  );
}

function Pager({ server }: { server: ServerSide }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(server.total / server.pageSize));
  const more = server.moreThanTotal === true;
  return (
    <nav className="pager" aria-label={t('table.pages')}>
      <button
        type="button"
        disabled={server.page === 0}
        onClick={() => {
          server.onPageChange(server.page - 1);
        }}
      >
        {t('table.previous')}
      </button>
      <span>{t(more ? 'table.pageOfMore' : 'table.pageOf', { page: server.page + 1, pages })}</span>
      <button
        type="button"
        disabled={!more && server.page + 1 >= pages}
        onClick={() => {
          server.onPageChange(server.page + 1);
        }}
      >
        {t('table.next')}
      </button>
    </nav>
  );
}
