import { dpo } from '../../api';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { takeNotice } from '../../notices';
import { requestStatuses, rights } from '../../../../shared/rights/vocabulary';
import {
  requestSortFields,
  dashboardLists,
  type RequestListInput,
  type RequestPage,
  type RequestSortField,
} from '../../../../shared/schemas/request';
import { DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { navigate, useAddressSorting, useAddressState } from '../../navigation';
import {
  newRequestHash,
  requestHash,
  requestsHash,
  requestViews,
  suppressionHash,
  type RequestViewSlug,
} from '../../routes';
import { BatchPanel } from '../letters/BatchPanel';
import { requestColumns } from './columns';
import { isCalendarDate } from '../../../../shared/dates';
import { DateInput } from '../../components/DateField';

const pageSize = 50;

/** The saved filters the dashboard opens. */
function viewFilter(view: RequestViewSlug | undefined): Partial<RequestListInput> {
  switch (view) {
    case 'ouvertes':
      return dashboardLists.open;
    case 'en-retard':
      return dashboardLists.overdue;
    case 'cette-semaine':
      return dashboardLists.dueWithin7;
    case 'attente-justificatif':
      return dashboardLists.awaitingIdentity;
    case undefined:
      return {};
  }
}

function isSortField(id: string): id is RequestSortField {
  return (requestSortFields as readonly string[]).includes(id);
}

export function RequestsPage({ view }: { view: RequestViewSlug | undefined }) {
  const { t } = useI18n();
  const saved = viewFilter(view);
  // Search, filters, sort and page live in the address: Back from a request finds them again.
  const [pageText, setPageText] = useAddressState('page', '0');
  const page = Number(pageText) || 0;
  const setPage = (next: number) => {
    setPageText(String(next));
  };
  const [sorting, setSorting] = useAddressSorting([
    { id: saved.sort ?? 'receivedOn', desc: saved.direction !== 'asc' },
  ]);
  const [status, setStatus] = useAddressState('statut', saved.status ?? '');
  const [right, setRight] = useAddressState('droit', '');
  const [dueWithin, setDueWithin] = useAddressState('echeance', '');
  const [receivedFrom, setReceivedFrom] = useAddressState('du', '');
  const [receivedTo, setReceivedTo] = useAddressState('au', '');
  const [text, setText] = useAddressState('q', '');
  const [debouncedText, setDebouncedText] = useState(text);
  const [result, setResult] = useState<RequestPage | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // What the record page had to say after a delete (an erasure not finished yet).
  const [notice] = useState(() => takeNotice());
  const [selected, setSelected] = useState<Set<string>>(() => new Set());

  useEffect(() => {
    // The search as it was when the list was left is already applied: only a new one goes back
    // to the first page.
    if (text === debouncedText) return;
    const timer = window.setTimeout(() => {
      setDebouncedText(text);
      setPageText('0');
    }, 250);
    return () => {
      window.clearTimeout(timer);
    };
  }, [text, debouncedText, setPageText]);

  const query = useMemo<RequestListInput>(() => {
    const [sort] = sorting;
    const input: RequestListInput = {
      ...saved,
      page,
      pageSize,
      sort: sort !== undefined && isSortField(sort.id) ? sort.id : 'receivedOn',
      direction: sort?.desc === false ? 'asc' : 'desc',
    };
    if (status !== '') input.status = status as RequestListInput['status'];
    if (right !== '') input.right = right as RequestListInput['right'];
    if (dueWithin !== '') input.dueWithinDays = Number(dueWithin);
    if (receivedFrom !== '') input.receivedFrom = receivedFrom;
    if (receivedTo !== '') input.receivedTo = receivedTo;
    if (debouncedText.trim() !== '') input.text = debouncedText.trim();
    return input;
    // `saved` follows `view`, which keys the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page, sorting, status, right, dueWithin, receivedFrom, receivedTo, debouncedText]);

  useLiveLoad(
    ['requests'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.requests.list(query).then((answer) => {
          if (!isCurrent()) return;
          if (answer.ok) {
            setResult(answer.value);
            setMessage(null);
          } else {
            setMessage(answer.error.message);
          }
        });
      },
      [query],
    ),
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        navigate(newRequestHash);
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        document.getElementById('requests-search')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const columns = useMemo(() => requestColumns(t), [t]);
  const select = (
    label: string,
    value: string,
    set: (v: string) => void,
    options: { value: string; label: string }[],
  ) => (
    <label className="filter">
      <span>{label}</span>
      <select
        value={value}
        onChange={(event) => {
          set(event.target.value);
          setPage(0);
        }}
      >
        <option value="">{t('common.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="page page-wide">
      <div className="page-head">
        <h1>{t('nav.requests')}</h1>
        <div className="actions">
          <a className="button" href={suppressionHash}>
            {t('requests.suppressionList')}
          </a>
          <a className="button primary" href={newRequestHash}>
            {t('requests.new')}
          </a>
        </div>
      </div>
      {notice !== null ? (
        <p className="notice notice-warn" role="status">
          {t(notice)}
        </p>
      ) : null}
      <div className="tabs" role="tablist">
        {[undefined, ...requestViews].map((slug) => (
          <a
            key={slug ?? 'all'}
            role="tab"
            aria-selected={slug === view}
            className={slug === view ? 'tab tab-active' : 'tab'}
            href={requestsHash(slug)}
          >
            {t(`requests.view.${slug ?? 'all'}`)}
          </a>
        ))}
      </div>
      {message !== null ? (
        <p className="notice" role="alert">
          {message}
        </p>
      ) : null}
      <div className="toolbar">
        <input
          id="requests-search"
          type="search"
          className="search"
          aria-label={t('common.search')}
          placeholder={t('requests.searchPlaceholder')}
          value={text}
          maxLength={200}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        {select(
          t('requests.filter.status'),
          status,
          setStatus,
          requestStatuses.map((v) => ({ value: v, label: t(`enum.requestStatus.${v}`) })),
        )}
        {select(
          t('requests.filter.right'),
          right,
          setRight,
          rights.map((v) => ({ value: v, label: t(`enum.right.${v}`) })),
        )}
        {select(
          t('requests.filter.dueWithin'),
          dueWithin,
          setDueWithin,
          ['3', '7', '14', '30'].map((days) => ({
            value: days,
            label: t('requests.filter.days', { days }),
          })),
        )}
        <label className="filter">
          <span>{t('requests.filter.receivedFrom')}</span>
          <DateInput
            value={receivedFrom}
            onChange={(value) => {
              // The list asks for dates only: text on its way to one changes nothing yet.
              if (value !== '' && !isCalendarDate(value)) return;
              setReceivedFrom(value);
              setPage(0);
            }}
          />
        </label>
        <label className="filter">
          <span>{t('requests.filter.receivedTo')}</span>
          <DateInput
            value={receivedTo}
            onChange={(value) => {
              // The list asks for dates only: text on its way to one changes nothing yet.
              if (value !== '' && !isCalendarDate(value)) return;
              setReceivedTo(value);
              setPage(0);
            }}
          />
        </label>
      </div>
      {result === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <DataTable
          tableId="requests"
          data={result.rows}
          columns={columns}
          getRowId={(row) => row.id}
          searchText={() => ''}
          search=""
          columnFilters={[]}
          onRowOpen={(row) => {
            navigate(requestHash(row.id));
          }}
          emptyMessage={t('requests.noMatch')}
          countLabel={(shown) => t('requests.count', { count: shown })}
          selection={{ selected, onChange: setSelected, rowLabel: (row) => row.reference }}
          sorting={sorting}
          onSortingChange={(next) => {
            setSorting(next);
            setPage(0);
          }}
          server={{
            total: result.total,
            page: result.page,
            pageSize: result.pageSize,
            onPageChange: setPage,
          }}
        />
      )}
      {selected.size > 0 ? <BatchPanel requestIds={[...selected]} /> : null}
    </section>
  );
}
