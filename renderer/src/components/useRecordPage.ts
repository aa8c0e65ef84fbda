import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { ZodType } from 'zod';
import type { ChangeTopic } from '../../../shared/changes';
import { errorText, type ApiError, type Result } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { conflictTimeOf, errorsAfterEdit, reapply } from '../../../shared/forms';
import { toFieldIssues } from '../../../shared/schemas/common';
import { issuesByPath } from '../forms';
import { formatInstant, useI18n } from '../i18n';
import { useChanges } from '../live';
import { setLeaveGuard } from '../navigation';
import { useSaveOnce, useSaveShortcut, type FormStatus } from './FormActions';

/**
 * While `dirty`, leaving asks first: an in-app link (the router asks the guard), a reload or a
 * window close (`beforeunload`; Electron turns it into its own question). `release` says the page
 * may now be left freely (its record was deleted).
 */
export function useLeaveGuard(dirty: boolean): { release: () => void } {
  const { t } = useI18n();
  const nothingToKeep = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    const releaseGuard = setLeaveGuard(
      () => nothingToKeep.current || window.confirm(t('common.leaveUnsaved')),
    );
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (nothingToKeep.current) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      releaseGuard();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [dirty, t]);
  const release = useCallback(() => {
    nothingToKeep.current = true;
  }, []);
  return { release };
}

/** Editing a field takes its error away at once (the next save says what is still wrong). */
export function useErrorsClearedOnEdit<E extends Partial<Record<string, string>>>(
  value: unknown,
  setErrors: (update: (errors: E) => E) => void,
): void {
  const shown = useRef(value);
  useEffect(() => {
    const before = shown.current;
    shown.current = value;
    if (before !== value) setErrors((errors) => errorsAfterEdit(errors, before, value));
  }, [value, setErrors]);
}

/**
 * What the last save said stops standing once the record is edited: « Enregistré » goes as soon
 * as something is typed; « rien n’a été enregistré » goes once every field in error is fixed. A
 * conflict stays until it is resolved.
 */
function useStatusFollowsEdits(
  value: unknown,
  dirty: boolean,
  errors: Record<string, string>,
  conflict: boolean,
  setStatus: Dispatch<SetStateAction<FormStatus>>,
): void {
  const shown = useRef(value);
  const errorCount = Object.keys(errors).length;
  const hadErrors = useRef(errorCount);
  useEffect(() => {
    const edited = shown.current !== value;
    shown.current = value;
    const fixed = hadErrors.current > 0 && errorCount === 0;
    hadErrors.current = errorCount;
    if (conflict) return;
    // Errors go only as fields are edited (or the record is saved, which says so itself).
    if (fixed) setStatus((current) => (current?.kind === 'error' ? null : current));
    if (edited && dirty) setStatus((current) => (current?.kind === 'ok' ? null : current));
  }, [value, dirty, errorCount, conflict, setStatus]);
}

export interface RecordPage<R, F> {
  /** The record as last loaded or saved; null on a "new" page until its first save. */
  record: R | null;
  setRecord: Dispatch<SetStateAction<R | null>>;
  value: F;
  setValue: Dispatch<SetStateAction<F>>;
  dirty: boolean;
  errors: Record<string, string>;
  setErrors: Dispatch<SetStateAction<Record<string, string>>>;
  status: FormStatus;
  setStatus: Dispatch<SetStateAction<FormStatus>>;
  /** The id a create on this visit sends: sent twice, the service makes one record. */
  createId: string;
  /** A record loaded or saved: shown, its fields the new reference for "unsaved". */
  accept: (record: R, message?: string) => void;
  /** What the service refused: field messages and the status line; a conflict says when. */
  refuse: (error: ApiError, fieldPrefix: string) => void;
  /**
   * The schema's check before sending (the service checks the same): false, with the field
   * messages and "not saved", when `input` does not pass.
   */
  check: (schema: ZodType, input: unknown) => boolean;
  /** Counts the saves refused with field messages: the form brings the first one into view. */
  refused: number;
  /** Set after a save over a newer version: when that version was saved, in local time. */
  conflict: { when: string } | null;
  /** After a conflict: loads the record as it now is and puts what the user typed back on top. */
  reloadKeeping: () => Promise<void>;
  /** The record is gone: leaving loses nothing. */
  release: () => void;
  saving: boolean;
  /** The save, once at a time (button, Enter, Ctrl+S). */
  save: () => Promise<void>;
}

export interface RecordPageOptions<R, F> {
  /** What a write elsewhere (another window, the command line) changes on this record. */
  topics: readonly ChangeTopic[];
  initial: () => F;
  fieldsOf: (record: R) => F;
  /** Saves `page.value` (a create sends `page.createId`) and accepts or refuses the answer. */
  save: (page: RecordPage<R, F>) => Promise<void>;
  /** The record as it is now in the database (after a conflict). */
  reload: (record: R) => Promise<Result<R>>;
}

/**
 * The state every record page shares: the record, typed and saved values, the dirty state and its
 * leave guard, the save that runs once, the client-made id for an idempotent create, and the
 * conflict with its reload that keeps the user's values. A page is mounted afresh for each address
 * (keyed by route and id), so nothing here carries over from one record to the next.
 */
export function useRecordPage<R, F extends object>(
  options: RecordPageOptions<R, F>,
): RecordPage<R, F> {
  const { t, language } = useI18n();
  const [record, setRecord] = useState<R | null>(null);
  const [value, setValue] = useState<F>(options.initial);
  const [saved, setSaved] = useState<F>(options.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<FormStatus>(null);
  const [conflict, setConflict] = useState<{ when: string } | null>(null);
  const [refused, setRefused] = useState(0);
  useErrorsClearedOnEdit(value, setErrors);
  const [createId] = useState(() => newId());
  const dirty = useMemo(() => JSON.stringify(value) !== JSON.stringify(saved), [value, saved]);
  const { release } = useLeaveGuard(dirty);
  useStatusFollowsEdits(value, dirty, errors, conflict !== null, setStatus);
  // The page's callbacks of its latest render (they read its other state).
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  const accept = useCallback((next: R, message?: string) => {
    const fields = latest.current.fieldsOf(next);
    setRecord(next);
    setValue(fields);
    setSaved(fields);
    setErrors({});
    setConflict(null);
    if (message !== undefined) setStatus({ kind: 'ok', text: message });
  }, []);

  const refuse = useCallback(
    (error: ApiError, fieldPrefix: string) => {
      const fields = error.details?.fields ?? [];
      setErrors(issuesByPath(fields, fieldPrefix));
      if (fields.length > 0) setRefused((count) => count + 1);
      // Only a save over a newer version says when that version was made.
      const changedAt = error.code === 'CONFLICT' ? conflictTimeOf(error.details) : null;
      if (changedAt === null) {
        setStatus({ kind: 'error', text: errorText(language, error) });
        return;
      }
      const when = formatInstant(changedAt, language, 'long');
      setConflict({ when });
      setStatus({ kind: 'error', text: t('common.conflictAt', { when }) });
    },
    [t, language],
  );

  const check = useCallback(
    (schema: ZodType, input: unknown) => {
      const local = schema.safeParse(input);
      if (local.success) return true;
      setErrors(issuesByPath(toFieldIssues(local.error)));
      setStatus({ kind: 'error', text: t('common.notSaved') });
      setRefused((count) => count + 1);
      return false;
    },
    [t],
  );

  const reloadKeeping = useCallback(async () => {
    if (record === null) return;
    const result = await latest.current.reload(record);
    if (!result.ok) {
      setStatus({ kind: 'error', text: errorText(language, result.error) });
      return;
    }
    const fresh = latest.current.fieldsOf(result.value);
    setRecord(result.value);
    setValue((typed) => reapply(saved, typed, fresh));
    setSaved(fresh);
    setConflict(null);
    setStatus({ kind: 'ok', text: t('common.reloadedKeeping') });
  }, [record, saved, t, language]);

  const page: RecordPage<R, F> = {
    record,
    setRecord,
    value,
    setValue,
    dirty,
    errors,
    setErrors,
    status,
    setStatus,
    createId,
    accept,
    refuse,
    check,
    refused,
    conflict,
    reloadKeeping,
    release,
    saving: false,
    save: () => Promise.resolve(),
  };
  const pageRef = useRef(page);
  useLayoutEffect(() => {
    pageRef.current = page;
  });
  // A change made elsewhere shows at once while nothing is typed here; once something is, the
  // save's conflict check says what happened instead of wiping it. A late answer is dropped.
  const reloads = useRef(0);
  useEffect(
    () => () => {
      reloads.current += 1;
    },
    [],
  );
  useChanges(options.topics, () => {
    const shown = pageRef.current.record;
    if (shown === null || pageRef.current.dirty) return;
    const mine = ++reloads.current;
    void latest.current.reload(shown).then((result) => {
      if (mine !== reloads.current || pageRef.current.dirty || !result.ok) return;
      accept(result.value);
    });
  });
  const saveLatest = useCallback(() => latest.current.save(pageRef.current), []);
  const { run, saving } = useSaveOnce(saveLatest);
  useSaveShortcut(run);
  return { ...page, saving, save: run };
}

/**
 * The leave guard for an editor opened inside a page (a retention rule, a tracked dataset, a
 * client): it guards once what is typed differs from what the editor opened with.
 */
export function useEditorGuard(editing: unknown): void {
  const [openedWith, setOpenedWith] = useState<string | null>(null);
  const current = editing === null ? null : JSON.stringify(editing);
  // Remembered from the render that opened the editor (React's "state from the previous render").
  if (current === null && openedWith !== null) setOpenedWith(null);
  if (current !== null && openedWith === null) setOpenedWith(current);
  useLeaveGuard(current !== null && openedWith !== null && current !== openedWith);
}
