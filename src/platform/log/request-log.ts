import type { Context } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv, Deps } from "../../deps";
import type { Principal } from "../auth/principal";
import { newId } from "../crypto/ids";
import { type EntryLevel, JsonFields } from "./logger";

export const REQUEST_ID_HEADER = "X-Request-Id";

/**
 * An incoming id is kept only when it is a plain token (what proxies and tracing tools send), so it
 * cannot smuggle line breaks, separators or unbounded text into headers and logs.
 */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Marks the web pages' in-process API calls (set in env by app.ts; no HTTP client can set it). */
export const INTERNAL_REQUEST: unique symbol = Symbol("in-process API call");

export const requestIdFrom = (header: string | undefined): string =>
  header !== undefined && WELL_FORMED_ID.test(header) ? header : newId();

/**
 * The route pattern (`/v1/incidents/:id`), never the raw path with its ids and query string. When a
 * middleware answered (401, 413, 429) it names the route that would have; null when none matched.
 */
export function routePattern(c: Context<AppEnv>): string | null {
  const routes = matchedRoutes(c);
  // Middleware is registered with method "ALL"; handlers with their HTTP method.
  const current = routes[c.req.routeIndex];
  if (current && current.method !== "ALL") return current.path;
  return routes.find((route) => route.method !== "ALL")?.path ?? null;
}

const roleOf = (principal: Principal | undefined): string =>
  principal?.kind === "user" ? principal.role : "anonymous";

/** Client errors are worth a look (`warn`), server errors always (`error`); a page's inner calls are detail. */
function levelFor(status: number, internal: boolean): EntryLevel {
  if (internal) return "debug";
  if (status >= 500) return "error";
  return status >= 400 ? "warn" : "info";
}

/**
 * Gives the exchange its id (for the `X-Request-Id` header, problem bodies, error logs): the request
 * frame (platform/http/request-frame.ts) calls this before anything else runs.
 */
export function beginRequest(c: Context<AppEnv>): void {
  c.set("requestId", requestIdFrom(c.req.header(REQUEST_ID_HEADER)));
}

/**
 * The one line per request, written once the answer is known, whoever produced it. The line holds
 * no header, body, query string or address: only what is listed here.
 */
export function logRequest(deps: Pick<Deps, "log">, c: Context<AppEnv>, startedMs: number): void {
  const internal = (c.env as Record<symbol, unknown> | undefined)?.[INTERNAL_REQUEST] === true;
  const status = c.res.status;
  const line = requestLineFields(
    c.get("requestId"),
    c.req.method,
    routePattern(c),
    status,
    Math.round((performance.now() - startedMs) * 10) / 10,
    roleOf(c.get("principal") as Principal | undefined),
    internal,
  );
  deps.log[levelFor(status, internal)]("request", line);
}

/**
 * The request line's fields as JSON text, written as JSON.stringify writes the object `{ request_id,
 * method, route, status, duration_ms, role, internal? }` (test/unit/request-line.test.ts), without
 * building and walking that object per request.
 */
export function requestLineFields(
  requestId: string,
  method: string,
  route: string | null,
  status: number,
  durationMs: number,
  role: string,
  internal: boolean,
): JsonFields {
  return new JsonFields(
    `{"request_id":${jsonString(requestId)},"method":${jsonString(method)},"route":${route === null ? "null" : jsonString(route)},` +
      `"status":${jsonNumber(status)},"duration_ms":${jsonNumber(durationMs)},"role":${jsonString(role)}` +
      `${internal ? ',"internal":true' : ""}}`,
  );
}

/** Printable ASCII but `"` and `\`: what JSON writes as itself between quotes (ids, methods, routes). */
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
// A call to JSON.stringify per field was most of the line's cost; the check is a fraction of one.
const jsonString = (text: string) => (PLAIN_TEXT.test(text) ? `"${text}"` : JSON.stringify(text));
const jsonNumber = (n: number) => (Number.isFinite(n) ? String(n) : "null");

/** Context for `deps.logError` from inside a request: the id to correlate with, never the raw path. */
export const errorContext = (c: Context<AppEnv>) => ({
  request_id: c.get("requestId"),
  method: c.req.method,
  route: routePattern(c),
});
