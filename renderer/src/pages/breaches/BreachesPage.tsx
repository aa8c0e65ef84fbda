import { dpo } from '../../api';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BreachSummary } from '../../../../shared/schemas/breach';
import { DataTable } from '../../components/DataTable';
import { ListToolbar } from '../../components/ListToolbar';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { navigate, useAddressSorting, useAddressState } from '../../navigation';
import { breachHash, newBreachHash } from '../../routes';
import { breachViews } from '../../../../shared/breaches/display';
import { breachColumns } from './columns';
import { useNow } from './useNow';

const openBreach = (row: BreachSummary) => {
  navigate(breachHash(row.id));
};

/** Ctrl+N opens a new breach: the DPO told of one records it at once. */
function useNewBreachShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      navigate(newBreachHash);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}

/** The breach register: each breach's CNIL deadline and time left, where it stands, its risk. */
export function BreachesPage() {
  const { t } = useI18n();
  const [breaches, setBreaches] = useState<BreachSummary[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Search, state and sort live in the address: Back from a record finds the list as it was.
  const [search, setSearch] = useAddressState('q', '');
  const [view, setView] = useAddressState('situation', '');
  const [sorting, setSorting] = useAddressSorting([{ id: 'reference', desc: true }]);
  useNewBreachShortcut();

  useLiveLoad(
    ['breaches'],
    useCallback((isCurrent: () => boolean) => {
      void dpo.breaches.list().then((result) => {
        if (!isCurrent()) return;
        setBreaches(result.ok ? result.value : []);
        setMessage(result.ok ? null : result.error.message);
      });
    }, []),
  );

  const now = useNow();
  const columns = useMemo(() => breachColumns(t, now), [t, now]);
  const filters = useMemo(() => (view === '' ? [] : [{ id: 'state', value: view }]), [view]);

  const countLabel = (shown: number, total: number) =>
    t(shown === total ? 'breaches.count' : 'common.rowCount', { count: shown, total });

  return (
    <section className="page page-wide">
      <div className="page-head">
        <h1>{t('nav.breaches')}</h1>
        <a className="button primary" href={newBreachHash} aria-keyshortcuts="Control+N">
          {t('breaches.new')}
        </a>
      </div>
      {message !== null ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      <ListToolbar
        searchId="breaches-search"
        placeholder={t('breaches.searchPlaceholder')}
        search={search}
        onSearch={setSearch}
        filters={[
          {
            id: 'filter-state',
            label: t('breaches.filter.state'),
            value: view,
            options: breachViews.map((v) => ({ value: v, label: t(`breaches.view.${v}`) })),
            set: setView,
          },
        ]}
      />
      {breaches === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <DataTable
          tableId="breaches"
          data={breaches}
          columns={columns}
          getRowId={(row) => row.id}
          searchText={(row) => `${row.reference} ${row.title}`}
          search={search}
          columnFilters={filters}
          sorting={sorting}
          onSortingChange={setSorting}
          onRowOpen={openBreach}
          emptyMessage={t(breaches.length === 0 ? 'breaches.empty' : 'breaches.noMatch')}
          countLabel={countLabel}
        />
      )}
    </section>
  );
}
