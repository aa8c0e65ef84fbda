import { useState } from 'react';
import type { ZodType } from 'zod';
import type { ApiError, Result } from '../../../shared/errors';
import { toFieldIssues } from '../../../shared/schemas/common';
import { issuesByPath } from '../forms';
import { useEditorGuard } from './useRecordPage';

/** What an in-page editor holds: the record's id (null for a new one) and its fields. */
export interface Editing<F> {
  id: string | null;
  value: F;
}

/**
 * An editor opened inside a page (a client, a retention rule): what it holds, its errors by
 * field, the line that says how the last action went, a reload count for the page's list, and
 * the save that checks the fields here before the service does.
 */
export function useInPageEditor<F>() {
  const [editing, setEditing] = useState<Editing<F> | null>(null);
  useEditorGuard(editing);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  const open = (next: Editing<F>) => {
    setEditing(next);
    setErrors({});
  };
  const reload = () => {
    setReloads((n) => n + 1);
  };

  /** Saves, then closes the editor and reloads the list; says whether it saved. */
  const save = async (how: {
    schema: ZodType;
    send: (editing: Editing<F>) => Promise<Result<unknown, ApiError & { message: string }>>;
    /** The service names the fields under this prefix (`client.`, `rule.`). */
    prefix: string;
    savedText: string;
    /** Said when the fields are refused here, before asking the service. */
    refusedText?: string;
  }): Promise<boolean> => {
    if (editing === null) return false;
    const local = how.schema.safeParse(editing.value);
    if (!local.success) {
      setErrors(issuesByPath(toFieldIssues(local.error)));
      if (how.refusedText !== undefined) setMessage(how.refusedText);
      return false;
    }
    const result = await how.send(editing);
    if (!result.ok) {
      setErrors(issuesByPath(result.error.details?.fields ?? [], how.prefix));
      setMessage(result.error.message);
      return false;
    }
    setEditing(null);
    setErrors({});
    setMessage(how.savedText);
    reload();
    return true;
  };

  return {
    editing,
    setEditing,
    open,
    errors,
    setErrors,
    message,
    setMessage,
    reloads,
    reload,
    save,
  };
}
