import type { FieldError } from "./http/problem";

/**
 * What went wrong, in the domain's words. Services, queries and db code throw `AppError` with one of
 * these codes and never an HTTP status: only the HTTP layer (`lib/errors.ts`, via `APP_ERROR_HTTP`)
 * decides which status and problem type a code becomes, so the same service can serve another
 * transport (a CLI, a queue consumer) unchanged.
 */
export const APP_ERROR_CODES = [
  /** The thing does not exist, or the caller may not know that it exists. */
  "not_found",
  /** The request contradicts stored state (a lost race, a duplicate, a wrong lifecycle stage). */
  "conflict",
  /** The caller is known but may not do this. */
  "forbidden",
  /** A field is malformed (shape, range, encoding): the request can never succeed as written. */
  "invalid_input",
  /** A field is well-formed but refers to something that does not fit (unknown code, future date). */
  "invalid_reference",
  /** An Idempotency-Key came back with a different request body. */
  "idempotency_key_reused",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface AppErrorDetails {
  /** The fields at fault, each with where it was (body, query, path, header). */
  errors?: FieldError[];
  /** Extra problem members (e.g. the current state a conflict was checked against). */
  extensions?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails;

  constructor(code: AppErrorCode, message: string, details: AppErrorDetails = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found`);
export const conflict = (detail: string, extensions?: Record<string, unknown>) =>
  new AppError("conflict", detail, extensions ? { extensions } : {});
export const forbidden = (detail: string, errors?: FieldError[]) =>
  new AppError("forbidden", detail, errors ? { errors } : {});

const INVALID_FIELDS = "The request contains invalid fields";

/** A malformed field (wrong shape or range): a 400 at the HTTP edge. */
export const invalidInput = (where: string, path: string, message: string) =>
  new AppError("invalid_input", INVALID_FIELDS, { errors: [{ in: where, path, message }] });

/**
 * A field zod cannot judge alone (a catalog code that must exist, a date that must not be in the
 * future). `kind: "input"` marks it malformed instead (400 rather than 422 at the HTTP edge).
 */
export const invalidField = (
  where: string,
  path: string,
  message: string,
  kind: "reference" | "input" = "reference",
) =>
  kind === "input"
    ? invalidInput(where, path, message)
    : new AppError("invalid_reference", INVALID_FIELDS, { errors: [{ in: where, path, message }] });
