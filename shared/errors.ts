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

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldIssue[]; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside services; turned into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiError['details'];

  constructor(code: ErrorCode, message: string, details?: ApiError['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
