import { dpo } from '../../api';
import type { ColumnFiltersState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import {
  activityStatuses,
  legalBases,
  type RegisterKind,
} from '../../../../shared/register/vocabulary';
import { DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { navigate, useAddressSorting, useAddressState } from '../../navigation';
import { activityHash, newActivityHash, registerHash } from '../../routes';
import { ClientsPanel } from './ClientsPanel';
import { activityColumns } from './columns';

type Tristate = '' | 'yes' | 'no';

export function RegisterPage({ register }: { register: RegisterKind }) {
  const { t } = useI18n();
  const [activities, setActivities] = useState<ActivitySummary[] | null>(null);
  // Search and filters live in the address: Back from a record finds the list as it was left.
  const [search, setSearch] = useAddressState('q', '');
  const [sorting, setSorting] = useAddressSorting([{ id: 'reference', desc: false }]);
  const [status, setStatus] = useAddressState('statut', '');
  const [legalBasis, setLegalBasis] = useAddressState('base', '');
  const [sensitiveText, setSensitive] = useAddressState('sensibles', '');
  const [dpiaText, setDpia] = useAddressState('aipd', '');
  const [incompleteText, setIncompleteText] = useAddressState('incompletes', '');
  const tristateOf = (text: string): Tristate => (text === 'yes' || text === 'no' ? text : '');
  const sensitive = tristateOf(sensitiveText);
  const dpia = tristateOf(dpiaText);
  const incomplete = incompleteText === '1';
  const setIncomplete = (checked: boolean) => {
    setIncompleteText(checked ? '1' : '');
  };
  const [message, setMessage] = useState<string | null>(null);

  useLiveLoad(
    ['activities', 'processors', 'retention', 'clients'],
    useCallback((isCurrent: () => boolean) => {
      void dpo.activities.list({}).then((result) => {
        if (!isCurrent()) return;
        setActivities(result.ok ? result.value : []);
        if (!result.ok) setMessage(result.error.message);
      });
    }, []),
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        navigate(newActivityHash(register));
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        document.getElementById('register-search')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [register]);

  const rows = useMemo(
    () => (activities ?? []).filter((activity) => activity.register === register),
    [activities, register],
  );
  const columns = useMemo(() => activityColumns(t, register), [t, register]);
  const filters = useMemo<ColumnFiltersState>(() => {
    const list: ColumnFiltersState = [];
    if (status !== '') list.push({ id: 'status', value: status });
    if (legalBasis !== '') list.push({ id: 'legalBases', value: legalBasis });
    if (sensitive !== '') list.push({ id: 'hasSensitiveData', value: sensitive === 'yes' });
    if (dpia !== '') list.push({ id: 'dpiaNeeded', value: dpia === 'yes' });
    if (incomplete) list.push({ id: 'missingCount', value: true });
    return list;
  }, [status, legalBasis, sensitive, dpia, incomplete]);

  const loadExample = async () => {
    const result = await dpo.example.load();
    if (result.ok) {
      // The list reloads when the write is announced, like after any other write.
      setMessage(t('register.exampleLoaded', { ...result.value }));
    } else {
      setMessage(result.error.message);
    }
  };

  const tristate = (id: string, label: string, value: Tristate, set: (v: Tristate) => void) => (
    <label className="filter">
      <span>{label}</span>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          set(event.target.value as Tristate);
        }}
      >
        <option value="">{t('common.all')}</option>
        <option value="yes">{t('common.yesNo.true')}</option>
        <option value="no">{t('common.yesNo.false')}</option>
      </select>
    </label>
  );

  return (
    <section className="page page-wide">
      <div className="page-head">
        <h1>{t('nav.register')}</h1>
        <a className="button primary" href={newActivityHash(register)}>
          {t('register.new')}
        </a>
      </div>
      <div className="tabs" role="tablist">
        {(['controller', 'processor'] as const).map((kind) => (
          <a
            key={kind}
            role="tab"
            aria-selected={kind === register}
            className={kind === register ? 'tab tab-active' : 'tab'}
            href={registerHash(kind)}
          >
            {t(`register.${kind}`)}
          </a>
        ))}
      </div>
      {message !== null ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      {activities !== null && activities.length === 0 ? (
        <div className="notice first-run">
          <p>{t('register.firstRun')}</p>
          <button type="button" className="primary" onClick={() => void loadExample()}>
            {t('register.loadExample')}
          </button>
        </div>
      ) : null}
      <div className="toolbar">
        <input
          id="register-search"
          type="search"
          className="search"
          aria-label={t('common.search')}
          placeholder={t('register.searchPlaceholder')}
          value={search}
          maxLength={200}
          onChange={(event) => {
            setSearch(event.target.value);
          }}
        />
        <label className="filter">
          <span>{t('register.filter.status')}</span>
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value);
            }}
          >
            <option value="">{t('common.all')}</option>
            {activityStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`enum.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('register.filter.legalBasis')}</span>
          <select
            value={legalBasis}
            onChange={(event) => {
              setLegalBasis(event.target.value);
            }}
          >
            <option value="">{t('common.all')}</option>
            {legalBases.map((value) => (
              <option key={value} value={value}>
                {t(`enum.legalBasis.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {tristate('filter-sensitive', t('register.filter.sensitive'), sensitive, setSensitive)}
        {tristate('filter-dpia', t('register.filter.dpia'), dpia, setDpia)}
        <label className="filter filter-check">
          <input
            type="checkbox"
            checked={incomplete}
            onChange={(event) => {
              setIncomplete(event.target.checked);
            }}
          />
          <span>{t('register.filter.incomplete')}</span>
        </label>
      </div>
      {activities === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <DataTable
          tableId={`register-${register}`}
          data={rows}
          columns={columns}
          getRowId={(row) => row.id}
          searchText={(row) => row.searchText}
          search={search}
          columnFilters={filters}
          onRowOpen={(row) => {
            navigate(activityHash(row.id));
          }}
          emptyMessage={rows.length === 0 ? t('register.empty') : t('register.noMatch')}
          countLabel={(shown, total) =>
            shown === total
              ? t('register.count', { count: total })
              : t('common.rowCount', { count: shown, total })
          }
          sorting={sorting}
          onSortingChange={setSorting}
        />
      )}
      {register === 'processor' ? <ClientsPanel /> : null}
    </section>
  );
}
