import { useState, type ReactNode } from 'react';
import { useAddressState } from '../navigation';
import { HistoryView, type HistoryKind } from './HistoryView';
import { useI18n } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { Tabs } from './Tabs';

/**
 * The head of a record page: the way back, the title with its reference and status, the actions,
 * and the delete button with the question it asks first. Nothing but the way back and the title
 * until the record is saved.
 */
export function RecordHeader(props: {
  backHref: string;
  backLabel: string;
  title: string;
  /** The status, shown as a badge (`badge-<className>`). */
  badge?: { text: string; className: string } | undefined;
  /** The record is saved: its actions, delete and tabs show. */
  saved: boolean;
  actions?: ReactNode;
  deleteTitle: string;
  deleteMessage: string;
  onDelete: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p>
        <a href={props.backHref}>← {props.backLabel}</a>
      </p>
      <div className="page-head">
        <div className="page-title">
          <h1>{props.title}</h1>
          {props.badge !== undefined ? (
            <span className={`badge badge-${props.badge.className}`}>{props.badge.text}</span>
          ) : null}
        </div>
        {props.saved ? (
          <div className="actions">
            {props.actions}
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('activity.delete')}
            </button>
          </div>
        ) : null}
      </div>
      {confirming && props.saved ? (
        <ConfirmDialog
          title={props.deleteTitle}
          message={props.deleteMessage}
          confirmLabel={t('activity.deleteButton')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            setConfirming(false);
            void props.onDelete();
          }}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : null}
    </>
  );
}

/**
 * The record and its history, as two tabs, for the records that keep one; the record alone while
 * it is not saved yet.
 */
export function RecordTabs(props: {
  kind: HistoryKind;
  record: { id: string; updatedAt: string } | null;
  /** Parts of a saved record shown beside its form (documents, people...), before its history. */
  more?: readonly { key: string; label: string; content: ReactNode }[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { record } = props;
  const more = props.more ?? [];
  // The tab is kept in the address (`onglet=history`): a reload or Back shows the same tab.
  const [chosen, setTab] = useAddressState('onglet', 'record');
  const known = ['record', 'history', ...more.map(({ key }) => key)];
  const tab = known.includes(chosen) ? chosen : 'record';
  const tabs = [
    { key: 'record', label: t('activity.tab.record') },
    ...more.map(({ key, label }) => ({ key, label })),
    { key: 'history', label: t('activity.tab.history') },
  ];
  const shown = more.find((part) => part.key === tab);
  // One shape whether saved or not: the form stays mounted when its first save adds the tabs.
  return (
    <>
      {record === null ? null : (
        <Tabs
          tabs={tabs.map(({ key, label }) => ({
            key,
            label,
            selected: tab === key,
            onSelect: () => {
              setTab(key);
            },
          }))}
        />
      )}
      {tab === 'history' && record !== null ? (
        // Keyed by version: a save made meanwhile shows in the history at once.
        <HistoryView key={record.updatedAt} kind={props.kind} id={record.id} />
      ) : shown !== undefined && record !== null ? (
        shown.content
      ) : (
        props.children
      )}
    </>
  );
}
