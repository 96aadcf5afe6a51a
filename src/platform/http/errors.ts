import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../../deps";
import { classifySqliteError } from "../db/sqlite-errors";
import { AppError, type AppErrorCode } from "../errors";
import { errorContext } from "../log/request-log";
import { ProblemError, toProblemBody } from "./problem";

const PROBLEM_JSON = "application/problem+json";

export function problemResponse(c: Context<AppEnv>, error: ProblemError): Response {
  const body = toProblemBody(
    error.status,
    error.code,
    error.message,
    c.req.path,
    error.errors,
    error.extensions,
  );
  // Quoted by a caller reporting a problem, it finds the one log line of the exchange.
  const requestId = c.get("requestId");
  if (requestId) body.request_id = requestId;
  // Through the context, so the headers prepared for every answer (security, request id) come along.
  return c.body(JSON.stringify(body), error.status as ContentfulStatusCode, {
    "Content-Type": PROBLEM_JSON,
    ...error.headers,
  });
}

/**
 * The only place a domain error code becomes an HTTP status and a problem type. The problem types
 * are the API's published contract (clients match on them), so they keep their names.
 */
export const APP_ERROR_HTTP: Record<AppErrorCode, { status: number; type: string }> = {
  not_found: { status: 404, type: "not-found" },
  conflict: { status: 409, type: "conflict" },
  forbidden: { status: 403, type: "forbidden" },
  invalid_input: { status: 400, type: "validation-error" },
  invalid_reference: { status: 422, type: "validation-error" },
  idempotency_key_reused: { status: 422, type: "idempotency-key-reused" },
};

export function toProblemError(error: AppError): ProblemError {
  const { status, type } = APP_ERROR_HTTP[error.code];
  return new ProblemError(status, type, error.message, {
    ...(error.details.errors ? { errors: error.details.errors } : {}),
    ...(error.details.extensions ? { extensions: error.details.extensions } : {}),
  });
}

/**
 * The single error mapper. Typed problems pass through; framework errors become their status;
 * a lost race on a unique key becomes 409; anything else is logged and returned as a bare 500.
 */
export function onError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return problemResponse(c, error);
  if (error instanceof AppError) return problemResponse(c, toProblemError(error));
  if (error instanceof HTTPException) {
    const status = error.status;
    const code = status === 413 ? "payload-too-large" : status === 400 ? "malformed-request" : "http-error";
    const detail =
      status === 400 && /json/i.test(error.message)
        ? "The body is not valid JSON"
        : status === 413
          ? "The body exceeds the 256 KiB limit"
          : error.message;
    return problemResponse(c, new ProblemError(status, code, detail));
  }
  if (classifySqliteError(error) === "constraint") {
    return problemResponse(
      c,
      new ProblemError(409, "conflict", "The write conflicts with data already stored"),
    );
  }
  c.get("deps")?.logError(error, errorContext(c));
  return problemResponse(c, new ProblemError(500, "internal-error", "An unexpected error occurred"));
}

export function onNotFound(c: Context<AppEnv>): Response {
  return problemResponse(
    c,
    new ProblemError(404, "not-found", `No route matches ${c.req.method} ${c.req.path}`),
  );
}
