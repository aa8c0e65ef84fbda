import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** A list's toolbar: its search box, then its filters. */
export function ListFilters(props: {
  searchId: string;
  placeholder: string;
  search: string;
  onSearch: (value: string) => void;
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
      {props.children}
    </div>
  );
}

/** One filter of a list: « Tous » first, then its choices. */
export function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        <option value="">{t('common.all')}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
