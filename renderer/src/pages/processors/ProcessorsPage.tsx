import { dpo } from '../../api';
import type { ColumnFiltersState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import {
  contractStatuses,
  processorCategories,
  processorRoles,
  processorWarningCodes,
} from '../../../../shared/processors/vocabulary';
import type { ProcessorSummary } from '../../../../shared/schemas/processor';
import { RecordList } from '../../components/RecordList';
import { Notice } from '../../components/Notice';
import { ListToolbar, useListShortcuts, type ListFilter } from '../../components/ListToolbar';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { useAddressSorting, useAddressState } from '../../navigation';
import { newProcessorHash, processorHash } from '../../routes';
import { processorColumns } from './columns';

export function ProcessorsPage() {
  const { t } = useI18n();
  const [processors, setProcessors] = useState<ProcessorSummary[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Search and filters live in the address: Back from a record finds the list as it was left.
  const [search, setSearch] = useAddressState('q', '');
  const [sorting, setSorting] = useAddressSorting([{ id: 'name', desc: false }]);
  const [category, setCategory] = useAddressState('categorie', '');
  const [role, setRole] = useAddressState('role', '');
  const [country, setCountry] = useAddressState('pays', '');
  const [contract, setContract] = useAddressState('contrat', '');
  const [warning, setWarning] = useAddressState('alerte', '');

  useLiveLoad(
    ['processors'],
    useCallback((isCurrent: () => boolean) => {
      void dpo.processors.list().then((result) => {
        if (!isCurrent()) return;
        setProcessors(result.ok ? result.value : []);
        if (!result.ok) setMessage(result.error.message);
      });
    }, []),
  );

  useListShortcuts(newProcessorHash, 'processors-search');

  const columns = useMemo(() => processorColumns(t), [t]);
  const countries = useMemo(
    () => [...new Set((processors ?? []).map((p) => p.country).filter((c) => c !== ''))].sort(),
    [processors],
  );
  const filters = useMemo<ColumnFiltersState>(() => {
    const list: ColumnFiltersState = [];
    if (category !== '') list.push({ id: 'category', value: category });
    if (role !== '') list.push({ id: 'role', value: role });
    if (country !== '') list.push({ id: 'country', value: country });
    if (contract !== '') list.push({ id: 'contractStatus', value: contract });
    if (warning !== '') list.push({ id: 'warnings', value: warning });
    return list;
  }, [category, role, country, contract, warning]);

  const specs: ListFilter[] = [
    {
      id: 'filter-category',
      label: t('processors.filter.category'),
      value: category,
      set: setCategory,
      options: processorCategories.map((v) => ({ value: v, label: t(`enum.category.${v}`) })),
    },
    {
      id: 'filter-role',
      label: t('processors.filter.role'),
      value: role,
      set: setRole,
      options: processorRoles.map((v) => ({ value: v, label: t(`enum.role.${v}`) })),
    },
    {
      id: 'filter-country',
      label: t('processors.filter.country'),
      value: country,
      set: setCountry,
      options: countries.map((v) => ({ value: v, label: v })),
    },
    {
      id: 'filter-contract',
      label: t('processors.filter.contract'),
      value: contract,
      set: setContract,
      options: contractStatuses.map((v) => ({ value: v, label: t(`enum.contract.${v}`) })),
    },
    {
      id: 'filter-warning',
      label: t('processors.filter.warning'),
      value: warning,
      set: setWarning,
      options: processorWarningCodes.map((v) => ({ value: v, label: t(`warning.${v}`) })),
    },
  ];

  return (
    <section className="page page-wide">
      <div className="page-head">
        <h1>{t('nav.processors')}</h1>
        <a className="button primary" href={newProcessorHash}>
          {t('processors.new')}
        </a>
      </div>
      <Notice text={message} role="status" />
      <ListToolbar
        searchId="processors-search"
        placeholder={t('processors.searchPlaceholder')}
        search={search}
        onSearch={setSearch}
        filters={specs}
      />
      <RecordList
        tableId="processors"
        rows={processors}
        columns={columns}
        search={search}
        filters={filters}
        sorting={sorting}
        onSortingChange={setSorting}
        recordHash={processorHash}
        texts="processors"
      />
    </section>
  );
}
