import type { Context } from "hono";

/**
 * A request body's size as its Content-Length declares it, or undefined when the body is chunked
 * (Transfer-Encoding) or the header is absent or not a plain number. A declared length is the size:
 * Node's HTTP parser and the Workers runtime hand the app exactly that many bytes, no more.
 *
 * Reading the header rather than the body matters on Node: asking the adapter's request for its
 * `body` stream (as hono's bodyLimit does first) makes it build a full web Request and stream, and
 * every later read of the body (the validator's JSON) then goes through those instead of its direct
 * read of the socket: ~5% of a filing's CPU.
 */
export function declaredBodySize(c: Context): number | undefined {
  if (c.req.header("transfer-encoding") !== undefined) return undefined;
  const declared = c.req.header("content-length");
  if (declared === undefined || !/^\d{1,15}$/.test(declared)) return undefined;
  return Number(declared);
}
