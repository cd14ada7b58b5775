import type { MessageKey } from "@/lib/i18n/translator";

/**
 * Expected failures that reach the user. Each code maps to one HTTP status; anything that is not an
 * AppError is unexpected, logged with an id and shown generically.
 */
export const errorStatus = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * Field errors by field: keys under the catalogue's `errors` section ("invalid_email"), a key with one
 * number as "key:count" ("code_wrong:3"). Keys, not sentences: the edge (the form hook, the API's answer)
 * words them in the reader's language.
 */
export type FieldErrors = Record<string, string[] | undefined>;

/** A catalogue key saying what went wrong (`problems.roleNotAllowed`), worded at the edge. */
export type ProblemKey = MessageKey;
/** The arguments a problem's message takes (`{regime}`, `{source}`). */
export type ProblemValues = Record<string, string | number>;

/**
 * An expected failure: a code, a message KEY with its arguments and, for bad input, field errors (keys).
 * `message` is the key, a stable string without personal data for logs; people read `translateAppError`'s
 * wording in their language.
 */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    readonly key: ProblemKey,
    readonly fieldErrors?: FieldErrors,
    readonly values?: ProblemValues,
  ) {
    super(key);
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
