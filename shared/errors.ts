import { translate, type Language, type MessageKey } from './i18n';
import { formatCalendarDate } from './dates';

/** The closed list of error codes that can cross the API boundary. */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CALL',
  'NEWER_DATABASE',
  'DATABASE_UNAVAILABLE',
  'UNAUTHORIZED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field, named by its path in the input (e.g. `dpo.email`). */
export interface FieldIssue {
  path: string;
  /** An i18n key from shared/i18n (`validation.siren`...), so each side can translate it. */
  messageKey: string;
}

/** Data put into a message: names, references, ISO dates, counts. */
export type MessageValues = Record<string, string | number>;

/** A sentence not yet worded: its key and its values, worded by whoever shows it. */
export interface Wording {
  key: MessageKey;
  values?: MessageValues;
}

/**
 * What a refused call answers: a code, a message key and its values, never a sentence. The UI
 * words it in its language, the command line in French (`errorText`).
 */
export interface ApiError {
  code: ErrorCode;
  key: MessageKey;
  values?: MessageValues;
  /**
   * Values that are sentences themselves (why a letter is refused, what a template lacks): worded
   * in the reader's language, joined, and put in `values` under their name.
   */
  parts?: Record<string, Wording[]>;
  details?: { fields?: FieldIssue[]; [key: string]: unknown };
}

export type Result<T, E = ApiError> = { ok: true; value: T } | { ok: false; error: E };

/**
 * Values worded in the language: a value named `date` (or ending in `Date`, `On`) holding an ISO
 * calendar date is shown as 22/11/2026; `rights` holds `enum.right.*` keys joined by commas; a
 * decimal number takes the language's decimal sign (whole numbers stay as they are: a PID, a
 * schema version, a count for plurals).
 */
function wordValues(language: Language, values: MessageValues): MessageValues {
  const worded: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && /^(date|\w+Date|\w+On)$/.test(name))
      worded[name] = formatCalendarDate(value);
    else if (typeof value === 'string' && name === 'rights')
      worded[name] = value
        .split(',')
        .map((key) => translate(language, key).toLowerCase())
        .join(', ');
    else if (typeof value === 'number' && !Number.isInteger(value))
      worded[name] = value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');
    else worded[name] = value;
  }
  return worded;
}

/** One message in the language, its values formatted there. */
export function wordingText(language: Language, wording: Wording): string {
  return translate(language, wording.key, wordValues(language, wording.values ?? {}));
}

/** A refused call's message in the language: what the UI shows, what the command line prints. */
export function errorText(language: Language, error: Omit<ApiError, 'code'>): string {
  const values = wordValues(language, error.values ?? {});
  for (const [name, parts] of Object.entries(error.parts ?? {})) {
    values[name] = parts
      .map((part) => wordingText(language, part))
      .join(language === 'fr' ? ' ; ' : '; ');
  }
  return translate(language, error.key, values);
}

/** Any error as data: an AppError as itself, anything else as an unexpected one naming its text. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  return {
    code: 'INTERNAL',
    key: 'error.unexpected',
    values: { detail: error instanceof Error ? error.message : String(error) },
  };
}

/**
 * Thrown inside services; turned into `{ ok: false, error }` at the boundary. Its `message` is
 * the French wording, for logs and the command line only.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly values: MessageValues | undefined;
  readonly parts: ApiError['parts'];
  readonly details: ApiError['details'];

  constructor(
    code: ErrorCode,
    key: MessageKey,
    values?: MessageValues,
    details?: ApiError['details'],
    parts?: ApiError['parts'],
  ) {
    super(errorText('fr', { key, values, parts }));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.values = values;
    this.parts = parts;
    this.details = details;
  }

  /** The same error again, after it crossed a thread as data. */
  static from(error: ApiError): AppError {
    return new AppError(error.code, error.key, error.values, error.details, error.parts);
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      key: this.key,
      ...(this.values === undefined ? {} : { values: this.values }),
      ...(this.parts === undefined ? {} : { parts: this.parts }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}
