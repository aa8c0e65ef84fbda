import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { navigate } from '../navigation';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** A labelled drop-down of a toolbar; it reports only one of its own choices. */
export function FilterSelect<V extends string>(props: {
  label: string;
  value: string;
  options: readonly Choice<V>[];
  onChange: (value: V) => void;
  id?: string | undefined;
}) {
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => {
          const next = props.options.find((option) => option.value === event.target.value);
          if (next !== undefined) props.onChange(next.value);
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One filter of a list; its empty value, offered first as "all", filters nothing. */
export interface ListFilter {
  label: string;
  value: string;
  options: Choice<string>[];
  set: (value: string) => void;
  id?: string;
}

/** A list's search box and filters; `children` adds the controls a list alone has. */
export function ListToolbar(props: {
  searchId: string;
  placeholder: string;
  search: string;
  onSearch: (text: string) => void;
  filters: ListFilter[];
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="toolbar">
      <input
        id={props.searchId}
        type="search"
        className="search"
        aria-label={t('common.search')}
        placeholder={props.placeholder}
        value={props.search}
        maxLength={200}
        onChange={(event) => {
          props.onSearch(event.target.value);
        }}
      />
      {props.filters.map((filter) => (
        <FilterSelect
          key={filter.id ?? filter.label}
          id={filter.id}
          label={filter.label}
          value={filter.value}
          options={[{ value: '', label: t('common.all') }, ...filter.options]}
          onChange={filter.set}
        />
      ))}
      {props.children}
    </div>
  );
}

/** A list's shortcuts: Ctrl+N (Cmd+N) opens a new record, Ctrl+F (Cmd+F) goes to the search. */
export function useListShortcuts(newHash: string, searchId: string): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'n') {
        event.preventDefault();
        navigate(newHash);
      }
      if (key === 'f') {
        event.preventDefault();
        document.getElementById(searchId)?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [newHash, searchId]);
}
