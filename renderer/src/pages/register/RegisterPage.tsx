import { dpo } from '../../api';
import type { ColumnFiltersState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { ActivitySummary } from '../../../../shared/schemas/activity';
import {
  activityStatuses,
  legalBases,
  type RegisterKind,
} from '../../../../shared/register/vocabulary';
import { RecordList } from '../../components/RecordList';
import { Notice } from '../../components/Notice';
import { ListToolbar, useListShortcuts, type ListFilter } from '../../components/ListToolbar';
import { Tabs } from '../../components/Tabs';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { useAddressSorting, useAddressState } from '../../navigation';
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
  const [publicText, setPublic] = useAddressState('public', '');
  const [incompleteText, setIncompleteText] = useAddressState('incompletes', '');
  const tristateOf = (text: string): Tristate => (text === 'yes' || text === 'no' ? text : '');
  const sensitive = tristateOf(sensitiveText);
  const dpia = tristateOf(dpiaText);
  const concernsPublic = register === 'controller' ? tristateOf(publicText) : '';
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

  useListShortcuts(newActivityHash(register), 'register-search');

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
    if (concernsPublic !== '') list.push({ id: 'concernsPublic', value: concernsPublic === 'yes' });
    if (incomplete) list.push({ id: 'missingCount', value: true });
    return list;
  }, [status, legalBasis, sensitive, dpia, concernsPublic, incomplete]);

  const loadExample = async () => {
    const result = await dpo.example.load();
    if (result.ok) {
      // The list reloads when the write is announced, like after any other write.
      setMessage(t('register.exampleLoaded', { ...result.value }));
    } else {
      setMessage(result.error.message);
    }
  };

  const yesNo = [
    { value: 'yes', label: t('common.yesNo.true') },
    { value: 'no', label: t('common.yesNo.false') },
  ];
  const specs: ListFilter[] = [
    {
      label: t('register.filter.status'),
      value: status,
      set: setStatus,
      options: activityStatuses.map((v) => ({ value: v, label: t(`enum.status.${v}`) })),
    },
    {
      label: t('register.filter.legalBasis'),
      value: legalBasis,
      set: setLegalBasis,
      options: legalBases.map((v) => ({ value: v, label: t(`enum.legalBasis.${v}`) })),
    },
    {
      id: 'filter-sensitive',
      label: t('register.filter.sensitive'),
      value: sensitive,
      set: setSensitive,
      options: yesNo,
    },
    {
      id: 'filter-dpia',
      label: t('register.filter.dpia'),
      value: dpia,
      set: setDpia,
      options: yesNo,
    },
    ...(register === 'controller'
      ? [
          {
            id: 'filter-public',
            label: t('register.filter.public'),
            value: concernsPublic,
            set: setPublic,
            options: [
              { value: 'yes', label: t('register.filter.publicOnly') },
              { value: 'no', label: t('register.filter.internalOnly') },
            ],
          },
        ]
      : []),
  ];

  return (
    <section className="page page-wide">
      <div className="page-head">
        <h1>{t('nav.register')}</h1>
        <a className="button primary" href={newActivityHash(register)}>
          {t('register.new')}
        </a>
      </div>
      <Tabs
        tabs={(['controller', 'processor'] as const).map((kind) => ({
          key: kind,
          label: t(`register.${kind}`),
          selected: kind === register,
          href: registerHash(kind),
        }))}
      />
      <Notice text={message} role="status" />
      {activities !== null && activities.length === 0 ? (
        <div className="notice first-run">
          <p>{t('register.firstRun')}</p>
          <button type="button" className="primary" onClick={() => void loadExample()}>
            {t('register.loadExample')}
          </button>
        </div>
      ) : null}
      <ListToolbar
        searchId="register-search"
        placeholder={t('register.searchPlaceholder')}
        search={search}
        onSearch={setSearch}
        filters={specs}
      >
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
      </ListToolbar>
      <RecordList
        tableId={`register-${register}`}
        rows={activities === null ? null : rows}
        columns={columns}
        search={search}
        filters={filters}
        sorting={sorting}
        onSortingChange={setSorting}
        recordHash={activityHash}
        texts="register"
      />
      {register === 'processor' ? <ClientsPanel /> : null}
    </section>
  );
}
