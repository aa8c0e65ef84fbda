import { dpo } from '../../api';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { cookieCategories } from '../../../../shared/cookies/vocabulary';
import type { CookieView } from '../../../../shared/schemas/cookie';
import { DataTable } from '../../components/DataTable';
import { ListToolbar } from '../../components/ListToolbar';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { navigate, useAddressSorting, useAddressState } from '../../navigation';
import { cookieHash, newCookieHash } from '../../routes';
import { cookieColumns } from './columns';

const openCookie = (row: CookieView) => {
  navigate(cookieHash(row.cookie.id));
};

/** Ctrl+N opens a new cookie, as on the other lists. */
function useNewCookieShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      navigate(newCookieHash);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}

/** The cookie and tracker inventory: each cookie's provider, consent, lifetime and warnings. */
export function CookiesPage() {
  const { t, language } = useI18n();
  const [cookies, setCookies] = useState<CookieView[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [search, setSearch] = useAddressState('q', '');
  const [category, setCategory] = useAddressState('categorie', '');
  const [warned, setWarned] = useAddressState('alertes', '');
  const [sorting, setSorting] = useAddressSorting([{ id: 'category', desc: false }]);
  useNewCookieShortcut();

  useLiveLoad(
    ['cookies'],
    useCallback((isCurrent: () => boolean) => {
      void dpo.cookies.list().then((result) => {
        if (!isCurrent()) return;
        setCookies(result.ok ? result.value : []);
        setMessage(result.ok ? null : result.error.message);
      });
    }, []),
  );

  const columns = useMemo(() => cookieColumns(t, language), [t, language]);
  const filters = useMemo(
    () => [
      ...(category === '' ? [] : [{ id: 'category', value: category }]),
      ...(warned === '' ? [] : [{ id: 'warnings', value: warned }]),
    ],
    [category, warned],
  );
  const countLabel = (shown: number, total: number) =>
    t(shown === total ? 'cookies.count' : 'common.rowCount', { count: shown, total });

  return (
    <section className="page page-wide">
      <div className="page-head">
        <h1>{t('nav.cookies')}</h1>
        <a className="button primary" href={newCookieHash} aria-keyshortcuts="Control+N">
          {t('cookies.new')}
        </a>
      </div>
      {message !== null ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      <ListToolbar
        searchId="cookies-search"
        placeholder={t('cookies.searchPlaceholder')}
        search={search}
        onSearch={setSearch}
        filters={[
          {
            id: 'filter-category',
            label: t('cookies.filter.category'),
            value: category,
            options: cookieCategories.map((c) => ({
              value: c,
              label: t(`enum.cookieCategory.${c}`),
            })),
            set: setCategory,
          },
          {
            id: 'filter-warnings',
            label: t('cookies.filter.warnings'),
            value: warned,
            options: [{ value: 'oui', label: t('cookies.filter.withWarnings') }],
            set: setWarned,
          },
        ]}
      />
      {cookies === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <DataTable
          tableId="cookies"
          data={cookies}
          columns={columns}
          getRowId={(row) => row.cookie.id}
          searchText={(row) =>
            `${row.cookie.name} ${row.provider?.name ?? ''} ${row.cookie.purpose} ${row.cookie.domain}`
          }
          search={search}
          columnFilters={filters}
          sorting={sorting}
          onSortingChange={setSorting}
          onRowOpen={openCookie}
          emptyMessage={t(cookies.length === 0 ? 'cookies.empty' : 'cookies.noMatch')}
          countLabel={countLabel}
        />
      )}
    </section>
  );
}
