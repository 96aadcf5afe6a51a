import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../deps";
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
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { "Content-Type": PROBLEM_JSON, ...error.headers },
  });
}

function isConstraintViolation(error: unknown): boolean {
  const text = `${(error as Error)?.message ?? ""} ${(error as { cause?: Error })?.cause?.message ?? ""}`;
  return /SQLITE_CONSTRAINT|UNIQUE constraint failed|FOREIGN KEY constraint failed/i.test(text);
}

/**
 * The single error mapper. Typed problems pass through; framework errors become their status;
 * a lost race on a unique key becomes 409; anything else is logged and returned as a bare 500.
 */
export function onError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return problemResponse(c, error);
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
  if (isConstraintViolation(error)) {
    return problemResponse(
      c,
      new ProblemError(409, "conflict", "The write conflicts with data already stored"),
    );
  }
  c.get("deps")?.logError(error, { method: c.req.method, path: c.req.path });
  return problemResponse(c, new ProblemError(500, "internal-error", "An unexpected error occurred"));
}

export function onNotFound(c: Context<AppEnv>): Response {
  return problemResponse(
    c,
    new ProblemError(404, "not-found", `No route matches ${c.req.method} ${c.req.path}`),
  );
}
