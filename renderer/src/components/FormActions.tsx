import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';

export type FormStatus = { kind: 'ok' | 'error'; text: string } | null;

/** Ctrl+S (Cmd+S) saves the form on screen. */
export function useSaveShortcut(save: () => Promise<void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [save]);
}

/**
 * A save that cannot run twice at once: a double click, Enter then Ctrl+S, a second press while
 * the first is on its way are dropped, and the button says so by being disabled.
 */
export function useSaveOnce(save: () => Promise<void>): {
  run: () => Promise<void>;
  saving: boolean;
} {
  const inFlight = useRef(false);
  const [saving, setSaving] = useState(false);
  const run = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    try {
      await save();
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  }, [save]);
  return { run, saving };
}

/** The save button, its shortcut, the unsaved marker and what the last save said. */
export function FormActions(props: {
  dirty: boolean;
  status: FormStatus;
  saveLabel: string;
  unsavedLabel: string;
  sticky?: boolean;
  /** A save is on its way: the button waits for it. */
  saving?: boolean;
  /**
   * Another window saved first: the status says when, and this offers to load that version with
   * what was typed here put back on top.
   */
  onReloadKeeping?: (() => void) | null;
  reloadKeepingLabel?: string;
}) {
  return (
    <div className={props.sticky === true ? 'form-actions sticky-actions' : 'form-actions'}>
      <button type="submit" className="primary" disabled={props.saving === true}>
        {props.saveLabel}
      </button>
      <span className="shortcut">Ctrl+S</span>
      {props.dirty ? <span className="dirty">{props.unsavedLabel}</span> : null}
      <span
        role="status"
        className={props.status?.kind === 'error' ? 'status status-error' : 'status'}
      >
        {props.status?.text ?? ''}
      </span>
      {props.onReloadKeeping != null ? (
        <button type="button" data-testid="reload-keeping" onClick={props.onReloadKeeping}>
          {props.reloadKeepingLabel}
        </button>
      ) : null}
    </div>
  );
}

/** Save and cancel, for an editor opened inside a page (a client, a retention rule, a dataset). */
export function EditorActions(props: { onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="primary">
        {t('common.save')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
