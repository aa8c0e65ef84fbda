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
import { Notice } from '../../components/Notice';
import { ListToolbar, useListShortcuts, type ListFilter } from '../../components/ListToolbar';
import { Tabs } from '../../components/Tabs';
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

/** « 1 000 » in French, « 1,000 » in English. */
function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(count);
}

function isSortField(id: string): id is RequestSortField {
  return (requestSortFields as readonly string[]).includes(id);
}

export function RequestsPage({ view }: { view: RequestViewSlug | undefined }) {
  const { t, language } = useI18n();
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

  useListShortcuts(newRequestHash, 'requests-search');

  const columns = useMemo(() => requestColumns(t), [t]);
  // A new filter goes back to the first page.
  const filter = (
    label: string,
    value: string,
    set: (v: string) => void,
    options: ListFilter['options'],
  ) => ({
    label,
    value,
    options,
    set: (next: string) => {
      set(next);
      setPage(0);
    },
  });
  const specs: ListFilter[] = [
    filter(
      t('requests.filter.status'),
      status,
      setStatus,
      requestStatuses.map((v) => ({ value: v, label: t(`enum.requestStatus.${v}`) })),
    ),
    filter(
      t('requests.filter.right'),
      right,
      setRight,
      rights.map((v) => ({ value: v, label: t(`enum.right.${v}`) })),
    ),
    filter(
      t('requests.filter.dueWithin'),
      dueWithin,
      setDueWithin,
      ['3', '7', '14', '30'].map((days) => ({
        value: days,
        label: t('requests.filter.days', { days }),
      })),
    ),
  ];
  const dateFilter = (label: string, value: string, set: (v: string) => void) => (
    <label className="filter">
      <span>{label}</span>
      <DateInput
        value={value}
        onChange={(next) => {
          // The list asks for dates only: text on its way to one changes nothing yet.
          if (next !== '' && !isCalendarDate(next)) return;
          set(next);
          setPage(0);
        }}
      />
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
      <Notice text={notice === null ? null : t(notice)} role="status" warn />
      <Tabs
        tabs={[undefined, ...requestViews].map((slug) => ({
          key: slug ?? 'all',
          label: t(`requests.view.${slug ?? 'all'}`),
          selected: slug === view,
          href: requestsHash(slug),
        }))}
      />
      <Notice text={message} role="alert" />
      <ListToolbar
        searchId="requests-search"
        placeholder={t('requests.searchPlaceholder')}
        search={text}
        onSearch={setText}
        filters={specs}
      >
        {dateFilter(t('requests.filter.receivedFrom'), receivedFrom, setReceivedFrom)}
        {dateFilter(t('requests.filter.receivedTo'), receivedTo, setReceivedTo)}
      </ListToolbar>
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
          countLabel={(shown, _total, more) =>
            more
              ? t('requests.countMore', { count: formatCount(shown, language) })
              : t('requests.count', { count: shown })
          }
          selection={{ selected, onChange: setSelected, rowLabel: (row) => row.reference }}
          sorting={sorting}
          onSortingChange={(next) => {
            setSorting(next);
            setPage(0);
          }}
          server={{
            total: result.total,
            moreThanTotal: result.moreThanTotal,
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
