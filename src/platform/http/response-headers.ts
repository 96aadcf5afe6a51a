import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../deps";
import { REQUEST_ID_HEADER } from "../log/request-log";

/**
 * The security headers of hono/secure-headers' defaults (its HEADERS_MAP with DEFAULT_OPTIONS, read
 * in hono 4.13), no CSP: the pages set their own (modules/web). Copied rather than used because that
 * middleware sets them on the finished response, and touching a finished response's headers makes
 * @hono/node-server build a full web Response instead of writing its prepared one: on /health that
 * was most of the request's cost. Here they are prepared before the handler runs, so they ride along
 * with whatever the handler builds, and a header a route sets itself (the pages' Referrer-Policy) wins.
 */
const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/** Every answer carries the security headers and its request id (set by requestLog, which runs first). */
export const standardHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
  c.header(REQUEST_ID_HEADER, c.get("requestId"));
  await next();
};
