import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';

export type RecordTab = 'record' | 'history';

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
  /** The record and history tabs, for the records that keep a history. */
  tab?: { value: RecordTab; onChange: (tab: RecordTab) => void } | undefined;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { tab } = props;
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
      {props.saved && tab !== undefined ? (
        <div className="tabs" role="tablist">
          {(['record', 'history'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab.value === name}
              className={tab.value === name ? 'tab tab-active' : 'tab'}
              onClick={() => {
                tab.onChange(name);
              }}
            >
              {t(`activity.tab.${name}`)}
            </button>
          ))}
        </div>
      ) : null}
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
